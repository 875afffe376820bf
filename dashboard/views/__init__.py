"""One st.Page script per page; each reads the shared context and draws."""

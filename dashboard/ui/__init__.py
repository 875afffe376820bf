"""The Streamlit side: cache wrappers, shared widgets and page context (with views/)."""

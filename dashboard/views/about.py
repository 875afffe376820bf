"""About page: what the data is, where it comes from, how to add to it."""

import streamlit as st

from dashboard.ui import context, large, widgets

ctx = context.current()
crisis = ctx.dataset.crisis
st.title("About the data")
widgets.data_warnings(ctx)
# The crisis's own words come from its pack (data): plain text, never Markdown.
st.text(f"This dashboard follows {crisis.description} through the news: who did or said "
        "what, to or about whom, on which issue, with which position, when and where.")
st.markdown(
    """
* **Curated events** were read from public reporting and written up by the project; every row
  cites its sources (publisher, link, publication date). Where sources disagree, the row's
  note says so.
* **Extracted events** are found automatically in the articles of `data/articles/` by the
  project's extractor. They carry a confidence between 0 and 1 and the sentence they come
  from; the sidebar switch hides them.
"""
)
st.text(f"Boundaries: {crisis.text('boundaries') or 'see the crisis pack'}")
st.markdown(
    """
Filters live in the address bar, so a filtered view can be shared as a link. `DATA.md` in the
project explains every field and how to add or correct a row; each crisis is a pack in
`data/crises/` (see "Adding a crisis pack" in the README).
"""
)
st.header("Files loaded")
st.dataframe({"file": list(ctx.dataset.files)}, hide_index=True)
st.header("Counts")
counts = large.method_counts(ctx)
st.dataframe(counts, width="content")

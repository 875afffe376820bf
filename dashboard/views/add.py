"""Add articles: paste or upload, extract, decide on each event, save with its source."""

import streamlit as st

from dashboard.ui import adding, editing, importing

st.title("Add articles")
st.caption(
    "Paste an article or upload files (.txt, .md, .html, .json, .jsonl; several at once). "
    "The extractor proposes events; accept, edit or reject each, then save. The article is "
    "stored once (by its content), with its source. Accepted and edited events appear on "
    "the map, timeline and position tables; events left undecided wait in the review queue. "
    "ACLED and GDELT event files can be imported here too; their events wait for review.")
reviewer = editing.gate()
store = editing.store()
adding.saved_message()
importing.import_form(store)
adding.input_form()
batch = st.session_state.get(adding.BATCH, [])
if batch:
    adding.accept_above_control()
    for extraction in batch:
        with st.container(border=True):
            adding.article_panel(extraction, store, reviewer)

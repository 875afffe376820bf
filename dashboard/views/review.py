"""Review queue: every machine event nobody has reviewed yet, with its evidence in context."""

import streamlit as st

from dashboard.ui import context, editing, queue

st.title("Review queue")
st.caption(
    "Machine-extracted events wait here until a person accepts, edits or rejects them. "
    "Accepted and edited events appear on every page (review filter 'accepted', the "
    "default); rejected ones appear nowhere and stay rejected when their article is added "
    "again.")
reviewer = editing.gate()
store = editing.store()
queue.done_message()
order = queue.order_choice()
pending = store.pending(order=order, crisis=context.current().dataset.crisis.id)
if pending.empty:
    st.success("No machine event waits for review.", icon=":material/task_alt:")
    st.stop()
st.text(f"{len(pending):,} event(s) wait for review.")
queue.accept_above(pending, store, reviewer)
selected = queue.queue_table(pending)
row = pending[pending["event_id"] == selected].iloc[0].to_dict()
queue.review_card(store, row, reviewer)

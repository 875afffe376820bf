"""The review queue's widgets: the pending events, one event's review card, and an event's
detail (sources and audit trail) for any page.

Text from articles and events is shown with ``st.text``, ``st.code`` and table cells only.
"""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from dashboard.db import Store
from dashboard.review import above_confidence, apply_edit
from dashboard.ui import reviewing

ORDERS = {"newest": "Newest first", "least_confident": "Least confident first"}
_SELECTED = "queue:selected"
_DONE = "queue:done"
_PLAIN_ID = re.compile(r"[A-Za-z0-9_.:-]{1,40}")  # safe in a button label (no Markdown)
MAX_PROPOSALS = 5
QUEUE_COLUMNS = ["date", "actor", "event_type", "issue", "stance", "location", "summary",
                 "confidence", "source_publisher", "added", "event_id"]


def order_choice() -> str:
    """Newest or least confident first."""
    choice = st.segmented_control("Order", list(ORDERS), format_func=ORDERS.__getitem__,
                                  default="newest", key="queue-order")
    return choice or "newest"


def done_message() -> None:
    """What the last action did (it is shown after the rerun that refreshes the queue)."""
    message = st.session_state.pop(_DONE, "")
    if message:
        st.success(message, icon=":material/check:")


def accept_above(queue: pd.DataFrame, store: Store, reviewer: str | None) -> None:
    """Accept every pending event at or above a confidence, in one go."""
    with st.container(horizontal=True, vertical_alignment="bottom"):
        threshold = st.slider("Confidence at least", 0.0, 1.0, 0.8, 0.05,
                              key="queue-threshold", width=300)
        ids = above_confidence(queue.to_dict("records"), threshold)
        if st.button(f"Accept {len(ids)} event(s) at or above", disabled=not ids or not reviewer,
                     icon=":material/done_all:", key="queue-accept-above"):
            with store.transaction():
                for event_id in ids:
                    store.review(event_id, "accept", reviewer)
            st.session_state[_DONE] = f"{len(ids)} event(s) accepted."
            st.rerun()


def queue_table(queue: pd.DataFrame) -> str:
    """The pending events; returns the id of the selected one (the first by default)."""
    shown = queue[[c for c in QUEUE_COLUMNS if c in queue.columns]]
    state = st.dataframe(
        shown, hide_index=True, key="queue-table", on_select="rerun",
        selection_mode="single-row", height=min(38 + 35 * len(shown), 350),
        column_config={"date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
                       "confidence": st.column_config.NumberColumn("confidence",
                                                                    format="%.2f"),
                       "added": st.column_config.DatetimeColumn("added",
                                                                format="YYYY-MM-DD HH:mm")})
    rows = state.selection.rows if state else []
    if rows and 0 <= rows[0] < len(queue):
        return str(queue.iloc[rows[0]]["event_id"])
    return str(queue.iloc[0]["event_id"])


def review_card(store: Store, row: dict, reviewer: str | None) -> None:
    """One event: evidence in context, every field editable, accept or reject, its trail."""
    event_id = row["event_id"]
    # The label names the actor (data): plain text under a fixed heading, not a Markdown one.
    st.header("Event under review")
    st.text(reviewing.event_label(row))
    article = row.get("article_id")
    text = store.article_text(int(article)) if pd.notna(article) else None
    with st.container(border=True):
        reviewing.show_evidence(text, row, "The evidence in its article")
    merge_proposals(store, row, reviewer)
    action, values = reviewing.event_form(row, f"review-{event_id}", enabled=bool(reviewer))
    if not reviewer:
        st.caption("Type your name in the sidebar to review.")
    if action:
        _act(store, row, action, values, reviewer)
    with st.expander("Audit trail"):
        reviewing.history(store.history(event_id))


def merge_proposals(store: Store, row: dict, reviewer: str | None) -> None:
    """Stored events reporting the same act, each with both evidence sentences and a
    "Merge into …" action: the pending event's sources move there (one event, several
    sources) and it is set aside."""
    event_id = row["event_id"]
    candidates = store.merge_candidates(event_id)[:MAX_PROPOSALS]
    if not candidates:
        return
    st.warning(f"{len(candidates)} stored event(s) may report the same act: merge rather "
               "than accept a second copy.", icon=":material/merge:")
    for candidate in candidates:
        other = candidate["event_id"]
        with st.container(border=True):
            st.text(f"{other} ({candidate['review_status']}), {candidate['date']}: "
                    f"{reviewing.event_label(candidate)}; source: "
                    f"{candidate['source_publisher'] or 'unnamed'}")
            st.caption("This event's evidence")
            st.code(str(row.get("evidence") or "(none recorded)"), language=None,
                    wrap_lines=True)
            st.caption("The other event's evidence")
            st.code(candidate["evidence"] or "(none recorded)", language=None, wrap_lines=True)
            label = f"Merge into {other}" if _PLAIN_ID.fullmatch(other) else \
                "Merge into this event"
            if st.button(label, key=f"merge-{event_id}-{other}", disabled=not reviewer,
                         icon=":material/merge:"):
                store.review(event_id, "merge", reviewer, into=other)
                st.session_state[_DONE] = ("Event merged: the act is now one event with "
                                           f"{len(store.sources_of(other))} source(s).")
                st.rerun()


def _act(store: Store, row: dict, action: str, changes: dict, reviewer: str) -> None:
    """Record a decision; an edit that fails validation is refused, field by field."""
    event_id = row["event_id"]
    if action == "reject":
        store.review(event_id, "reject", reviewer)
        st.session_state[_DONE] = "Event rejected: it is shown nowhere."
        st.rerun()
    stored = store.event(event_id) or {}
    edit = apply_edit(stored, changes)
    if not edit.ok:
        reviewing.problems_text(edit.problems)
        return
    if edit.changes:
        store.review(event_id, "edit", reviewer, edit.new_values)
        st.session_state[_DONE] = f"Event accepted with {len(edit.changes)} change(s)."
    else:
        store.review(event_id, "accept", reviewer)
        st.session_state[_DONE] = "Event accepted."
    st.rerun()


def event_detail(store: Store, event_id: str) -> None:
    """An event's sources (with the evidence each gives) and its audit trail."""
    event = store.event(event_id)
    if event is None:
        st.caption("This event is not in the store.")
        return
    st.text(f"{event_id}: {event['summary']} (review status: {event['review_status']})")
    sources = pd.DataFrame(store.sources_of(event_id))
    if not sources.empty:
        st.caption("Sources")
        st.dataframe(sources[[c for c in ("publisher", "title", "url", "language", "published",
                                          "evidence") if c in sources.columns]],
                     hide_index=True,
                     column_config={"url": st.column_config.LinkColumn(
                         "url", validate=r"^https?://")})
    st.caption("Audit trail")
    reviewing.history(store.history(event_id))

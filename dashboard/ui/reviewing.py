"""Widgets for reviewing machine events: evidence in context, the event form with its
decisions, the audit trail.

Article text is untrusted: it is drawn with ``st.text`` and ``st.code`` only (the evidence
in a code block is the highlight), never through Markdown or HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from dashboard.review import (
    EDITABLE_COLUMNS,
    Segments,
    audit_line,
    cell_text,
    evidence_in_context,
    vocabularies,
)
from dashboard.schema import vocabulary_label


def show_evidence(text: str | None, row: dict, label: str = "") -> None:
    """The article text around an event's evidence, the evidence set apart in a code block."""
    segments = None if text is None else evidence_in_context(
        text, row.get("evidence_start"), row.get("evidence_end"),
        cell_text(row.get("evidence")))
    if label:
        st.caption(label)
    if segments is None:
        st.caption("The evidence could not be placed in the article text.")
        if cell_text(row.get("evidence")):
            st.code(cell_text(row.get("evidence")), language=None, wrap_lines=True)
        return
    _draw(segments)


def _draw(segments: Segments) -> None:
    before = segments.before.strip()
    after = segments.after.strip()
    if before:
        st.text(("… " if segments.cut_before else "") + before)
    st.code(segments.evidence.strip(), language=None, wrap_lines=True)
    if after:
        st.text(after + (" …" if segments.cut_after else ""))


def event_form(row: dict, key: str, *, enabled: bool = True,
               actions: tuple[str, ...] = ("accept", "reject"),
               issues: Sequence[str] | None = None) -> tuple[str | None, dict]:
    """Every editable field of an event (vocabularies as pick lists) and action buttons.

    ``issues``: the issue codes offered, by default the current crisis pack's (its own
    codes beside the shared ones). Returns the action clicked (``accept``, ``reject``,
    ``pending``; ``None`` when none was) and the fields' values. Accepting with changed
    fields is an edit.
    """
    if issues is None:
        from dashboard.ui import context

        issues = context.current().dataset.crisis.issue_codes
    labels = {"accept": ("Accept (with the fields as shown)", ":material/check:"),
              "reject": ("Reject", ":material/close:"),
              "pending": ("Leave undecided", ":material/undo:")}
    clicked = None
    with st.form(key):
        values = _fields(row, key, vocabularies(issues))
        with st.container(horizontal=True):
            for action in actions:
                label, icon = labels[action]
                if st.form_submit_button(label, disabled=not enabled, icon=icon,
                                         type="primary" if action == "accept" else "secondary"):
                    clicked = action
    return clicked, values


def _fields(row: dict, key: str, lists: dict[str, tuple[str, ...]]) -> dict:
    """Inputs for every editable field (``lists``: the pick lists), in three columns;
    returns their values."""
    values = {}
    columns = st.columns(3)
    for number, column in enumerate(EDITABLE_COLUMNS):
        current = cell_text(row.get(column))
        with columns[number % 3]:
            if column in lists:
                options = list(lists[column])
                options += [] if current in options else [current]
                values[column] = st.selectbox(
                    column, options, index=options.index(current), key=f"{key}:{column}",
                    format_func=lambda code: vocabulary_label(code) if code else "(none)")
            else:
                values[column] = st.text_input(column, value=current, key=f"{key}:{column}")
    return values


def problems_text(problems: list[tuple[str, str]]) -> None:
    """Say that an edit was refused, field by field."""
    st.error("Not recorded: the edited event is not valid.", icon=":material/error:")
    st.text("\n".join(f"field '{f}': {m}" for f, m in problems))


def event_label(row: dict) -> str:
    """A short line naming an event in a pick list (plain text)."""
    kind = vocabulary_label(cell_text(row.get("event_type")))
    issue = vocabulary_label(cell_text(row.get("issue")))
    confidence = cell_text(row.get("confidence"))
    return (f"{cell_text(row.get('actor'))}: {kind}, {issue}"
            + (f" (confidence {float(confidence):.2f})" if confidence else ""))


def history(entries: list[dict]) -> None:
    """The audit trail of an event, one line per review, oldest first."""
    if not entries:
        st.caption("No review recorded yet.")
        return
    lines = []
    for entry in entries:
        old, new = entry.get("old") or {}, entry.get("new") or {}
        changes = {k: (old.get(k, ""), new[k]) for k in new
                   if k not in ("review_status", "merged_into")}
        lines.append(audit_line({**entry, "changes": changes}))
    st.text("\n".join(lines))

"""The analyst brief's button: one HTML file of the current view, made when clicked.

The brief itself is built by :mod:`dashboard.brief` (pure); this module gathers its parts
from the page context (the figures and the position table as the pages draw them, cached
by filters) and offers the download in the sidebar of every page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import streamlit as st

from dashboard.brief import BriefParts, brief_html, brief_pdf, find_chromium
from dashboard.shifts import shift_sentence, stance_shifts
from dashboard.ui import figures
from dashboard.ui.context import PageContext


def brief_parts(context: PageContext) -> BriefParts:
    """The parts of the brief of ``context``'s view, stamped now (UTC)."""
    state = context.state
    notes = []
    if state.day is not None:
        drawn = len(state.on_day(context.events))
        notes.append(f"The map shows the {drawn:,} of these events {state.describe_day()}.")
    shifts = stance_shifts(context.events)
    return BriefParts(
        sentence=context.sentence, query=state.to_query(), generated=datetime.now(UTC),
        events=context.events, matrix=figures.built(context, "matrix"),
        figures=(("Map", figures.built(context, "map")),
                 ("Timeline", figures.built(context, "timeline"))),
        shifts=shifts, shift_sentence=shift_sentence(shifts), notes=tuple(notes),
        crisis=context.dataset.crisis.title)


def _html(context: PageContext) -> bytes:
    return brief_html(brief_parts(context))


def _pdf(context: PageContext) -> bytes:
    return brief_pdf(_html(context))


@st.cache_resource(show_spinner=False)
def _can_print() -> bool:
    return find_chromium() is not None


def brief_button(context: PageContext) -> None:
    """The sidebar's downloads of the brief, HTML and PDF (built only when clicked)."""
    prefix = context.dataset.crisis.file_prefix
    with st.sidebar, st.container(horizontal=True):
        st.download_button(
            "Analyst brief", data=partial(_html, context),
            file_name=f"{prefix}-brief.html", mime="text/html", key="brief-html",
            on_click="ignore", icon=":material/summarize:",
            help="One HTML file of this view that opens and prints offline: the filters, the "
                 "map, the timeline, the positions, the most cited statements and every "
                 "source, numbered.")
        st.download_button(
            "PDF", data=partial(_pdf, context), file_name=f"{prefix}-brief.pdf",
            mime="application/pdf", key="brief-pdf", on_click="ignore",
            icon=":material/picture_as_pdf:", disabled=not _can_print(),
            help="The brief printed by the server's Chromium (takes a few seconds)"
                 if _can_print() else "The PDF needs Chromium on the server.")

"""Widgets the pages share: the filter sentence, warnings, charts with their downloads.

Text from data files and articles is untrusted: it is shown with ``st.text`` or inside
``st.dataframe`` cells, never through Markdown or HTML.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import exports
from dashboard.charts import PLOTLY_CONFIG, selected_event_ids, summaries
from dashboard.ui.context import PageContext

LINK_NOTICE = ("Some filters in this link were not understood or were adjusted; the "
               "filters shown are what is applied:")
# The text alternative of each chart whose view passes none, by the chart's widget key.
# The map's says what the map draws: the day's events when a day is chosen.
ALT_TEXT = {
    "map-chart": lambda c: summaries.map_summary(c.state.on_day(c.events)),
    "timeline-chart": lambda c: summaries.timeline_summary(c.events),
    "positions-chart": lambda c: summaries.positions_summary(c.events),
}
EMPTY_HELP = ("No events match these filters. Widen the date range, choose another crisis "
              "phase, or clear a filter in the sidebar.")


def page_header(context: PageContext, title: str, intro: str) -> None:
    """Title, one line of help, the data warnings and the sentence saying what is shown."""
    st.title(title)
    st.caption(intro)
    data_warnings(context)
    st.text(context.sentence)


def data_warnings(context: PageContext) -> None:
    """Say visibly that rows were left out or link parameters ignored, with the details."""
    errors = context.dataset.errors
    if errors:
        st.warning(f"{len(errors)} problem(s) in the data files: the rows concerned are left "
                   "out, every other row is shown.", icon=":material/warning:")
        with st.expander("Which file, line and field"):
            st.dataframe(pd.DataFrame([e.__dict__ for e in errors]), hide_index=True)
    if context.state.notes:
        # Fixed words in the (Markdown) warning; the notes quote the link's values, so
        # they go through st.text, which draws plain text.
        st.warning(LINK_NOTICE, icon=":material/warning:")
        st.text("\n".join(context.state.notes))


def empty_state() -> None:
    """What to do when the filters leave nothing."""
    st.info(EMPTY_HELP, icon=":material/search_off:")


def chart(fig: go.Figure, context: PageContext, *, key: str, name: str, select: bool = False,
          alt: str = ""):
    """Draw a figure with offline config, its text alternative, then its downloads.

    ``alt`` says in words what the chart shows (shown as plain text: it names actors and
    places from the data), for readers who cannot see the chart. Returns the selection
    state when ``select`` is set, else ``None``.
    """
    state = st.plotly_chart(fig, config=PLOTLY_CONFIG, key=key,
                            on_select="rerun" if select else "ignore")
    alt = alt or (ALT_TEXT[key](context) if key in ALT_TEXT else "")
    if alt:
        st.text(f"In words: {alt}")
    chart_downloads(fig, context, name)
    return state if select else None


def chart_downloads(fig: go.Figure, context: PageContext, name: str) -> None:
    """Server-side PNG/SVG (kaleido, when a Chromium is present) and standalone HTML."""
    # The crisis is named first: a chart taken out of the app still says what it shows.
    caption = exports.caption_text(f"{context.dataset.crisis.title}. {context.sentence}",
                                   datetime.now())
    can_render = exports.chromium_available()
    with st.container(horizontal=True, vertical_alignment="center"):
        for fmt, mime in (("png", "image/png"), ("svg", "image/svg+xml")):
            st.download_button(
                fmt.upper(), data=partial(exports.figure_image, fig, fmt, caption),
                file_name=f"{name}.{fmt}", mime=mime, key=f"{name}-{fmt}", on_click="ignore",
                disabled=not can_render, icon=":material/download:",
                help=f"The chart as {fmt.upper()}, with its caption")
        st.download_button(
            "HTML", data=partial(exports.figure_html, fig, caption), file_name=f"{name}.html",
            mime="text/html", key=f"{name}-html", on_click="ignore",
            icon=":material/download:", help="An interactive copy of the chart that works offline")
        if not can_render:
            st.caption("PNG and SVG need Chromium on the server (`make chromium`); the "
                       "camera icon above the chart saves a PNG from your browser.")


# Columns of the events table, in display order.
TABLE_COLUMNS = ["date", "actor", "actor_country", "event_type", "target", "issue", "stance",
                 "location", "summary", "quote", "note", "evidence", "source_publisher",
                 "source_url", "source_published", "method", "confidence", "event_id"]


def events_table(events: pd.DataFrame, select: bool = False) -> str | None:
    """The events as a table; links are shown as links only when they are http(s).

    With ``select``, a row can be selected: the id of its event is returned.
    """
    first_url = events["source_url"].str.split(" | ", regex=False).str[0]
    shown = events[TABLE_COLUMNS].assign(source_url=first_url)
    state = st.dataframe(
        shown, hide_index=True, height=min(38 + 35 * len(shown), 600),
        key="events-table" if select else None, on_select="rerun" if select else "ignore",
        selection_mode="single-row",
        column_config={
            "date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
            "source_url": st.column_config.LinkColumn(
                "first source", validate=r"^https?://", display_text=r"^https?://([^/]+)"),
            "confidence": st.column_config.NumberColumn("confidence", format="%.2f"),
        })
    rows = state.selection.rows if select and state else []
    return str(shown.iloc[rows[0]]["event_id"]) if rows and rows[0] < len(shown) else None


def selected_events(selection, events: pd.DataFrame) -> pd.DataFrame | None:
    """The events picked on a chart, or ``None`` when nothing is selected."""
    ids = selected_event_ids(selection.get("selection") if selection else None)
    if not ids:
        return None
    return events[events["event_id"].isin(ids)]


def picked_cell(state, matrix: pd.DataFrame) -> tuple[str, str] | None:
    """(actor, issue) of the cell selected in the position table, if any."""
    cells = (state or {}).get("selection", {}).get("cells", []) if state else []
    if not cells:
        return None
    row, column = cells[0][0], cells[0][1]
    if column not in matrix.columns or column == "actor_group" or not 0 <= int(row) < len(matrix):
        return None
    return str(matrix.index[int(row)]), str(column)


def csv_download(label: str, frame: pd.DataFrame, *, name: str, help: str = "") -> None:
    """A formula-safe CSV download of ``frame`` (written only when clicked)."""
    st.download_button(label, data=partial(exports.table_csv, frame), file_name=f"{name}.csv",
                       mime="text/csv", key=f"{name}-csv", on_click="ignore",
                       icon=":material/download:",
                       help=help or "Safe to open in a spreadsheet: formula-like cells are quoted.")

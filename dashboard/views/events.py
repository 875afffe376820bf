"""Events page: the filtered rows themselves, with their sources, and the data downloads."""

from functools import partial

import streamlit as st

from dashboard import exports
from dashboard.ui import context, editing, large, queue, widgets

ctx = context.current()
widgets.page_header(
    ctx, "Events",
    "One row per act: who did or said what, to whom, on which issue, with which position, "
    "when and where, and the sources that report it. Machine-extracted rows show their "
    "confidence and the sentence they come from.")
large.note(ctx, "events")
if ctx.events.empty:
    widgets.empty_state()
else:
    with st.container(horizontal=True):
        st.download_button("Events (CSV)", data=partial(exports.events_csv, ctx.events),
                           file_name="events.csv", mime="text/csv", key="events-csv",
                           on_click="ignore", icon=":material/download:",
                           help="Safe to open in a spreadsheet: formula-like cells are quoted.")
        st.download_button("Events (GeoJSON)",
                           data=partial(exports.events_geojson, ctx.events),
                           file_name="events.geojson", mime="application/geo+json",
                           key="events-geojson", on_click="ignore", icon=":material/download:",
                           help="Events with coordinates, as points.")
    selected = widgets.events_table(ctx.events, select=True)
    if selected:
        st.header("Selected event: sources and review history")
        queue.event_detail(editing.store(), selected)
    else:
        st.caption("Select a row to see the event's sources and its review history.")

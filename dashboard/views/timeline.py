"""Timeline page: who said what and when, grouped by country or organisation."""

import streamlit as st

from dashboard.ui import context, figures, large, widgets

ctx = context.current()
widgets.page_header(
    ctx, "Timeline of statements",
    "Each mark is one statement, call, appeal or position (colour = stance, symbol = event "
    "type); actors are grouped by country or organisation. Dashed numbered lines mark the "
    "operational milestones listed in the key above the chart"
    + (f": {ctx.dataset.crisis.text('milestones')}." if ctx.dataset.crisis.text("milestones")
       else "."))
large.note(ctx, "timeline")
if ctx.events.empty:
    widgets.empty_state()
selection = widgets.chart(figures.built(ctx, "timeline"), ctx, key="timeline-chart",
                          name=f"{ctx.dataset.crisis.file_prefix}-timeline",
                          select=not ctx.aggregated)
chosen = None if ctx.aggregated else widgets.selected_events(selection, ctx.events)
if chosen is not None:
    st.header("Selected events")
    widgets.events_table(chosen)
elif not ctx.aggregated:
    st.caption("Select marks on the chart (click, box or lasso) to list those events here.")

"""Map page: Central Asia, Kazakhstan's regions shaded by events, events as points."""

import streamlit as st

from dashboard.charts import country_level_count
from dashboard.ui import context, figures, widgets

ctx = context.current()
widgets.page_header(
    ctx, "Map of the unrest",
    "Regions are shaded by the number of events in the selected range; points are places "
    "with events (colour = event type, size = number of events). Hover for details.")
if ctx.events.empty:
    widgets.empty_state()
widgets.chart(figures.built(ctx, "map"), ctx, key="map-chart", name="kazakhstan-map")
nationwide = country_level_count(ctx.events)
if nationwide:
    st.caption(f"{nationwide} event(s) located only at country level (for example nationwide "
               "decrees) are counted in the sentence above but not drawn as points.")
st.caption("Shymkent has been a city of republican significance since 2018, but the open "
           "boundary data has no polygon for it: its events are counted in the Turkistan "
           "Region polygon that surrounds it. Boundaries: Natural Earth (public domain).")

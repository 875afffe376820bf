"""Map page: the crisis's region, its regions shaded by events, events as points; the
whole selected range, or day by day (a slider, a cumulative switch, a play button)."""

from dataclasses import replace

import streamlit as st

from dashboard.charts import country_level_count
from dashboard.ui import context, daymap, figures, large, widgets

ctx = context.current()
widgets.page_header(
    ctx, "Map of the unrest",
    "Regions are shaded by the number of events in the selected range; points are places "
    "with events (colour = event type, size = number of events). Hover for details. "
    "Turn on *Day by day* to step through the range one day at a time.")
large.note(ctx, "map")
if ctx.events.empty:
    widgets.empty_state()
state = daymap.day_controls(ctx)
drawn = state.on_day(ctx.events)
drawn_count, total = large.day_counts(ctx, state, drawn)
shown = ctx
if state.day is not None:
    st.text(f"The map shows {drawn_count:,} of these {total:,} events: those "
            f"{state.describe_day()}.")
    # the downloads' caption names the day too
    shown = replace(ctx, sentence=f"{ctx.sentence}; the map shows the {drawn_count:,} "
                                  f"{state.describe_day()}")
crisis = ctx.dataset.crisis
widgets.chart(figures.built(ctx, "map"), shown, key="map-chart",
              name=f"{crisis.file_prefix}-map")
nationwide = 0 if ctx.aggregated else country_level_count(drawn)
if nationwide:
    st.caption(f"{nationwide} event(s) located only at country level (for example nationwide "
               "decrees) are counted in the sentence above but not drawn as points.")
if crisis.text("map_note"):
    st.text(crisis.text("map_note"))
daymap.advance_when_playing(ctx)

"""Figures and tables built once per data set and filters, shared by every session.

Why (profiled for benchmarks/bench_load.py, shipped data): a page run in a new session spends
nearly all of its server time building the page's figure (plotly validating each trace and
the layout: the timeline, the map and the position table each take a few hundred
milliseconds under load), then copying and serialising it; reading the cached data set,
filtering and describing take under 5 ms. Every session that opens the same link builds
the same figure, so figures are cached by (data set, filters): a new combination of
filters builds once, and the next session with it only serialises.

The objects are shared between sessions and never changed: ``st.plotly_chart`` and the
exports work on copies.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard.alignment import Alignment, alignment
from dashboard.charts import (
    map_figure,
    milestones_from_events,
    position_heatmap_figure,
    timeline_figure,
)
from dashboard.charts.alignment import alignment_matrix_figure, alignment_network_figure
from dashboard.positions import position_matrix
from dashboard.shifts import stance_shifts
from dashboard.ui import data
from dashboard.ui.context import PageContext


def _map(context: PageContext) -> go.Figure:
    crisis = context.dataset.crisis
    countries, regions = data.boundaries(crisis.id)
    # The map page's day (or up to it), when one is chosen: the map alone steps by day.
    return map_figure(context.state.on_day(context.events), countries, regions,
                      crisis=crisis,
                      draw_empty=context.state.day is not None and not context.events.empty)


def _timeline(context: PageContext) -> go.Figure:
    # Milestones of the date range whatever the other filters: they frame the statements.
    if context.dataset.columnar is not None:
        from dashboard.ui import large

        milestones = large.milestones(context)
    else:
        milestones = milestones_from_events(context.state.dates_only().apply(
            context.dataset.events), context.dataset.crisis.milestones)
    return timeline_figure(context.events, milestones)


BUILDERS: dict[str, Callable[[PageContext], go.Figure | pd.DataFrame | Alignment]] = {
    "map": _map,
    "timeline": _timeline,
    "heatmap": lambda context: position_heatmap_figure(context.events),
    "matrix": lambda context: position_matrix(context.events),
    "shifts": lambda context: stance_shifts(context.events),
    "alignment": lambda context: alignment(context.events),
    "alignment-matrix": lambda context: alignment_matrix_figure(built(context, "alignment")),
    "alignment-network": lambda context: alignment_network_figure(built(context, "alignment")),
}


# What the map's day changes: the map alone (the other figures key without it).
DAY_KINDS = frozenset({"map"})
DAY_KEYS = frozenset({"day", "cumulative"})


def built(context: PageContext, kind: str) -> go.Figure | pd.DataFrame | Alignment:
    """The ``kind`` figure (``map``, ``timeline``, ``heatmap``, ``alignment-matrix``,
    ``alignment-network``), table (``matrix``, ``shifts``) or ``alignment`` of the
    context's data set and filters, built once for all sessions."""
    query = tuple(sorted((key, tuple(value) if isinstance(value, list) else (value,))
                         for key, value in context.state.to_query().items()
                         if kind in DAY_KINDS or key not in DAY_KEYS))
    return _cached(kind, context.dataset.key, query, _context=context)


@st.cache_resource(max_entries=64, show_spinner=False)
def _cached(kind: str, dataset_key: str, query: tuple, _context: PageContext):
    """Keyed by kind, data set and filters; ``_context`` (not hashed) holds the rows."""
    if _context.aggregated:  # past the budget of marks: aggregates (ui/large.py)
        from dashboard.ui import large

        return large.BUILDERS[kind](_context)
    return BUILDERS[kind](_context)

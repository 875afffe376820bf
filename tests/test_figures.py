"""The figure cache of the pages: one build per data set and filters, shared by sessions."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from dashboard.filters import FilterState
from dashboard.ui import figures
from dashboard.ui.context import PageContext
from dashboard.ui.data import Dataset


def _context(events, key: str, **query) -> PageContext:
    state = FilterState.from_query(query)
    dataset = Dataset(events.assign(actor_group="Other"), (), (), {}, key)
    return PageContext(dataset, state, state.apply(dataset.events), "")


@pytest.fixture(autouse=True)
def _empty_cache():
    figures._cached.clear()
    yield
    figures._cached.clear()


@pytest.mark.parametrize("kind", ["map", "timeline", "heatmap", "matrix"])
def test_figures_built_once_per_data_set_and_filters(small_events, kind):
    first = figures.built(_context(small_events, "k1", country="CHN"), kind)
    again = figures.built(_context(small_events, "k1", country="CHN"), kind)
    other_filter = figures.built(_context(small_events, "k1", country="KAZ"), kind)
    other_data = figures.built(_context(small_events, "k2", country="CHN"), kind)
    assert again is first  # a second session with the same link: no rebuild
    assert other_filter is not first and other_data is not first


def test_figures_match_the_builders(small_events):
    context = _context(small_events, "k1", type="statement")
    fig = figures.built(context, "timeline")
    assert isinstance(fig, go.Figure)
    assert fig.to_dict() == figures.BUILDERS["timeline"](context).to_dict()

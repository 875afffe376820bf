"""What app.py computes once per run and every page reads: data, filters, sentence."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.filters import FilterState
from dashboard.ui.data import Dataset

_KEY = "_page_context"


@dataclass(frozen=True)
class PageContext:
    """The loaded data set, the active filters and the rows they keep."""

    dataset: Dataset
    state: FilterState
    events: pd.DataFrame
    sentence: str
    # A large store (dashboard/ui/large.py): how many events pass the filters, and
    # whether that is past the budget of marks, so the pages draw aggregates.
    total: int = 0
    aggregated: bool = False


def build(dataset: Dataset, state: FilterState) -> PageContext:
    """Filter once and describe the result; stored for the page about to run."""
    if dataset.columnar is not None:
        from dashboard.ui import large

        context = large.context(dataset, state)
    else:
        events = state.apply(dataset.events)
        context = PageContext(dataset, state, events,
                              state.describe(len(events), dataset.labels), len(events))
    st.session_state[_KEY] = context
    return context


def current() -> PageContext:
    """The context app.py built in this run."""
    return st.session_state[_KEY]

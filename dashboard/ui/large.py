"""Large stores: the pages read through DuckDB (dashboard/columnar.py) instead of pandas.

From :func:`dashboard.columnar.threshold` shown events on, the data set holds no events
frame: a Parquet snapshot of the store (one per store version, cached here as a resource)
answers the filters. A filtered view of at most :data:`~dashboard.columnar.MARK_BUDGET`
events is fetched whole and drawn as always; past it, the page draws aggregates
(:mod:`dashboard.aggregate`) and says so above the chart.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import pandas as pd
import sqlalchemy as sa
import streamlit as st

from dashboard import aggregate, columnar, store
from dashboard.charts import milestones_from_events, polygon_lookup
from dashboard.charts.aggregated import aggregated_map_figure, daily_figure
from dashboard.charts.common import empty_figure
from dashboard.db import open_store
from dashboard.filters import FilterState
from dashboard.positions import cell_events, issue_summary, matrix_from_cells
from dashboard.positions import summary_from_cells as _summary_from_cells
from dashboard.schema import EVENT_TYPES, STANCES, vocabulary_label
from dashboard.ui import data
from dashboard.ui.context import PageContext


def shown_count(database, crisis: str | None = None) -> int:
    """How many events the store shows (every one not rejected; of the crisis pack
    ``crisis`` when given): one count."""
    from dashboard.db.tables import events

    query = sa.select(sa.func.count()).select_from(events).where(
        events.c.review_status != "rejected")
    if crisis:
        query = query.where(events.c.crisis == crisis)
    with database.reading() as connection:
        return connection.execute(query).scalar_one()


@st.cache_resource(max_entries=2, show_spinner="Preparing the columnar copy of the store…")
def columnar_store(url: str, version: int, crisis: str | None = None) -> columnar.Columnar:
    """DuckDB over the snapshot of the store at ``version`` (of the crisis pack ``crisis``
    when given), written first if missing."""
    path = columnar.snapshot_path(url, version, crisis=crisis)
    if not path.is_file():
        columnar.write_snapshot(open_store(url), path, _group_of(crisis), crisis)
    return columnar.Columnar(path)


def _group_of(crisis: str | None = None):
    """(actor, actor country) -> display group, as :func:`store.add_actor_groups` says
    (with the crisis pack's actors when ``crisis`` is given)."""
    groups = data.actor_groups(crisis)

    def group_of(actor: str, country: str) -> str:
        names = data.country_names(pd.Series([country]), crisis)
        frame = pd.DataFrame({"actor": [actor], "actor_country": [country]})
        return store.add_actor_groups(frame, groups, names)["actor_group"].iat[0]
    return group_of


def dataset(url: str, version: int, loads: dict, key: str, pack) -> data.Dataset:
    """The data set of one crisis pack's events in a large store: no events frame, the
    filters' options and bounds and the labels read through DuckDB."""
    crisis = pack.id
    col = columnar_store(url, version, crisis)
    names = data.country_names(pd.Series(col.distinct("actor_country")), crisis)
    languages = col.distinct("source_language")
    labels = {"country": names, "lang": data.language_names(pd.Series(languages)),
              "type": {code: vocabulary_label(code) for code in EVENT_TYPES},
              "issue": {code: pack.issue_label(code) for code in pack.issue_codes}}
    types, issues = set(col.distinct("event_type")), set(col.distinct("issue"))
    options = {"actor": [a for a in col.distinct("actor") if a],
               "country": [c for c in col.distinct("actor_country") if c],
               "type": [t for t in EVENT_TYPES if t in types],
               "issue": [i for i in pack.issue_codes if i in issues],
               "stance": list(STANCES), "lang": [code for code in languages if code]}
    empty = store.add_actor_groups(store.rows_to_frame([]), {}, {})
    errors = [error for load in loads.values() for error in load.errors]
    files = [name for load in loads.values() for name in load.files]
    return data.Dataset(empty, tuple(errors), tuple(files), labels, key, columnar=col,
                        options=options, bounds=col.date_bounds(), crisis=pack)


def context(dataset: data.Dataset, state: FilterState) -> PageContext:
    """Count what the filters keep; fetch it whole within the budget, else the first rows
    of the table and mark the context as aggregated."""
    col = dataset.columnar
    total = col.count(state)
    aggregated = total > columnar.MARK_BUDGET
    events = col.rows(state, columnar.TABLE_ROWS if aggregated else columnar.MARK_BUDGET)
    return PageContext(dataset, state, events, state.describe(total, dataset.labels),
                       total=total, aggregated=aggregated)


def milestones(context: PageContext) -> pd.DataFrame:
    """The timeline's milestones of the date range, read through DuckDB.

    They depend on the date range and the review filter only, so they are kept per
    snapshot and range: changing the other filters does not read them again.
    """
    return _milestones(context.dataset.columnar, context.state.dates_only())


@functools.lru_cache(maxsize=32)
def _milestones(col: columnar.Columnar, state: FilterState) -> pd.DataFrame:
    return milestones_from_events(aggregate.milestone_rows(col, state))


def on_day(state: FilterState) -> FilterState:
    """The filters with the map's day as the date range (:meth:`FilterState.on_day`: that
    day, or with ``cumulative`` every dated event up to it)."""
    if not state.day:
        return state
    return replace(state, date_from=state.date_from if state.cumulative else state.day,
                   date_to=state.day)


def day_counts(context: PageContext, state: FilterState, drawn: pd.DataFrame
               ) -> tuple[int, int]:
    """How many events the map draws for its day, and of how many."""
    if not context.aggregated:
        return len(drawn), len(context.events)
    return context.dataset.columnar.count(on_day(state)), context.total


def _map(context: PageContext):
    countries, regions = data.boundaries()
    summary = aggregate.map_summary(context.dataset.columnar, on_day(context.state),
                                    polygon_lookup(regions))
    return aggregated_map_figure(summary, countries, regions)


def _cells(context: PageContext):
    return aggregate.position_cells(context.dataset.columnar, context.state)


# The figures and tables of an aggregated page (see ui/figures.py).
BUILDERS = {
    "map": _map,
    "timeline": lambda c: daily_figure(aggregate.daily_counts(c.dataset.columnar, c.state),
                                       milestones(c)),
    "matrix": lambda c: matrix_from_cells(*_cells(c)),
    "cells": _cells,
    "heatmap": lambda c: empty_figure(
        "Actor positions", "Too many events to draw as a chart: see the table, or narrow "
        "the filters"),
}


def note(context: PageContext, kind: str) -> None:
    """Say above the chart what was aggregated (nothing below the budget)."""
    if context.aggregated:
        st.text(aggregate.aggregation_note(kind, context.total))


def cell_table(context: PageContext, actor: str, issue: str) -> pd.DataFrame:
    """The events behind one position cell (the first rows, for a large store)."""
    if context.dataset.columnar is None:
        return cell_events(context.events, actor, issue)
    return aggregate.cell_rows(context.dataset.columnar, context.state, actor, issue,
                               columnar.TABLE_ROWS)


def summary_table(context: PageContext, issue: str, cells=None) -> pd.DataFrame:
    """Who stands where on ``issue``; from the grouped cells when aggregated."""
    if not context.aggregated:
        return issue_summary(context.events, issue)
    return _summary_from_cells(*cells, issue)


def method_counts(context: PageContext) -> pd.Series:
    """Events per method (curated, extracted, imported) of the whole data set."""
    col = context.dataset.columnar
    if col is None:
        return context.dataset.events.groupby("method").size().rename("events")
    frame = col.grouped(FilterState(review="all"), "method", order="method")
    return frame.set_index("method")["n"].rename("events")

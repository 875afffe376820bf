"""What the pages draw when the filters keep more events than a person can see one by one.

Each function runs one or two grouped queries through :class:`dashboard.columnar.Columnar`
and returns a small frame: counts per region and the top places for the map, counts per
day and actor group for the timeline, the position cells (same rules as
:func:`dashboard.positions.position_cells`: stances in date order, consecutive repeats
collapsed) for the position table. Column names in the SQL are written here; every value
from the filters is a bound parameter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import pandas as pd

from dashboard.columnar import TABLE_ROWS, Columnar, where
from dashboard.filters import FilterState
from dashboard.positions import CELL_COLUMNS, actor_order_from_counts

TOP_PLACES = 200  # places drawn as points on an aggregated map
def milestone_sql() -> str:
    """Rows that can be operational milestones: the event types of the default crisis
    pack's milestone rules (the rules themselves then pick among them,
    :func:`dashboard.charts.milestones_from_events`). Types are event-model codes."""
    from dashboard.crisis import default_pack

    types = sorted({kind for rule in default_pack().milestones for kind in rule.event_types})
    return f"event_type IN ({', '.join(repr(t) for t in types)})" if types else "FALSE"


def map_summary(columnar: Columnar, state: FilterState, lookup: Mapping[str, str],
                top: int = TOP_PLACES) -> dict:
    """Counts behind an aggregated map.

    Returns ``regions`` (region polygon -> events), ``places`` (the ``top`` places with a
    point: ``location``, ``latitude``, ``longitude``, ``n``, ``event_type`` of most of
    them, ``admin1``), and ``counts`` as :func:`dashboard.charts.geomap.map_counts` names
    them (``events``, ``in_regions``, ``points``, ``country_only``, ``no_place``).
    """
    point_sql = ("geo_precision = 'point' AND latitude IS NOT NULL AND longitude IS NOT "
                 "NULL")
    by_admin = columnar.grouped(
        state, f"admin1, {point_sql} AS point, geo_precision = 'country' OR (admin1 = '' "
        "AND latitude IS NULL AND (location <> '' OR country <> '')) AS country_level")
    by_admin["polygon"] = by_admin["admin1"].map(lookup)
    in_region = by_admin["polygon"].notna()
    point = by_admin["point"].astype(bool)
    country_only = by_admin["country_level"].astype(bool) & ~point & ~in_region
    regions = by_admin[in_region].groupby("polygon")["n"].sum().astype(int).to_dict()
    places = columnar.grouped(
        state, "location, round(latitude, 4) AS latitude, round(longitude, 4) AS longitude",
        extra="mode(event_type) AS event_type, any_value(admin1) AS admin1",
        order="n DESC, location", limit=top, also=point_sql)
    total = int(by_admin["n"].sum())
    counts = {"events": total, "in_regions": int(by_admin.loc[in_region, "n"].sum()),
              "points": int(by_admin.loc[point, "n"].sum()), "points_outside_view": 0,
              "country_only": int(by_admin.loc[country_only, "n"].sum())}
    counts["no_place"] = int(by_admin.loc[~in_region & ~point & ~country_only, "n"].sum())
    return {"regions": regions, "places": places.reset_index(drop=True), "counts": counts}


def daily_counts(columnar: Columnar, state: FilterState) -> pd.DataFrame:
    """Events per day and actor group (dated events only): ``date``, ``actor_group``,
    ``n``, and ``stance_n`` (how many of them take a stance)."""
    frame = columnar.grouped(state, "date, actor_group",
                             extra="count(*) FILTER (WHERE stance <> '') AS stance_n",
                             order="date, actor_group")
    frame = frame[frame["date"].notna()]
    return frame.assign(date=pd.to_datetime(frame["date"]))


def milestone_rows(columnar: Columnar, state: FilterState) -> pd.DataFrame:
    """The rows milestones are read from (:func:`dashboard.charts.milestones_from_events`),
    one per distinct (day, type, issue, stance, country, summary, quote) with the first
    event's id: a million deployments make a handful of milestones, not a million rows."""
    condition, params = where(state.dates_only())
    frame = columnar.frame(
        "SELECT date, event_type, issue, stance, actor_country, summary, quote, "  # noqa: S608 (values bound)
        f"min(event_id) AS event_id FROM events WHERE {condition} AND {milestone_sql()} "
        "AND date IS NOT NULL GROUP BY ALL ORDER BY date", params)
    return frame.assign(date=pd.to_datetime(frame["date"]))


def position_cells(columnar: Columnar, state: FilterState
                   ) -> tuple[pd.DataFrame, list[tuple[str, str]]]:
    """The position cells (:data:`dashboard.positions.CELL_COLUMNS`) of a group-by, and
    the actor order (``(group, actor)`` pairs).

    Past the budget a stance sequence can alternate thousands of times, which nobody can
    read; so a cell counts the events of each stance instead (``support 120 · oppose 30``,
    most frequent first): ``stances`` in order of first appearance, ``last_stance`` the
    stance of the latest event, ``changed`` when there is more than one.
    """
    groups = columnar.grouped(state, "actor, actor_group, issue, stance",
                              extra="min(seq) AS first, max(seq) AS last",
                              order="actor, issue, first", also="stance <> ''")
    named = groups[groups["actor"] != ""]
    pairs = actor_order_from_counts(named.groupby(["actor", "actor_group"], as_index=False)
                                    ["n"].sum().rename(columns={"actor_group": "group"}))
    if groups.empty:
        return pd.DataFrame(columns=list(CELL_COLUMNS)), pairs
    # One row per (actor, issue, stance), then whole columns at once (a loop over
    # thousands of cells took seconds).
    key = ["actor", "issue"]
    stances = groups.groupby([*key, "stance"], as_index=False, sort=False).agg(
        n=("n", "sum"), first=("first", "min"), last=("last", "max"))
    ranked = stances.sort_values([*key, "n", "first"], ascending=[True, True, False, True])
    pieces = ranked["stance"] + " " + ranked["n"].map("{:,}".format)
    by_cell = ranked.assign(piece=pieces).groupby(key, sort=False)
    cells = by_cell.agg(n_events=("n", "sum"), label=("piece", " · ".join),
                        count=("stance", "size")).reset_index()
    in_order = stances.sort_values([*key, "first"]).groupby(key)["stance"].agg(tuple)
    latest = stances.loc[stances.groupby(key)["last"].idxmax(), [*key, "stance"]]
    cells = cells.merge(in_order.rename("stances").reset_index(), on=key).merge(
        latest.rename(columns={"stance": "last_stance"}), on=key)
    group_of = {actor: group for group, actor in pairs}
    cells["actor_group"] = cells["actor"].map(group_of).fillna("")
    cells["changed"] = cells["count"] > 1
    cells["label"] = cells["label"] + cells["n_events"].map(" ({:,})".format)
    cells["n_events"] = cells["n_events"].astype(int)
    first_seen = groups.groupby(key)["first"].min()
    cells = cells.assign(_first=[first_seen[k] for k in zip(cells["actor"], cells["issue"],
                                                             strict=True)])
    cells = cells.sort_values("_first").reset_index(drop=True)
    return cells[list(CELL_COLUMNS)], pairs


def cell_rows(columnar: Columnar, state: FilterState, actor: str, issue: str,
              limit: int) -> pd.DataFrame:
    """The stance-bearing events of one position cell, first ``limit`` in date order."""
    rows = columnar.rows(replace(state, actors=(actor,), issues=(issue,)), limit)
    return rows[rows["stance"] != ""]


def aggregation_note(kind: str, total: int) -> str:
    """The sentence above an aggregated chart: what was aggregated, and how to see more."""
    what = {
        "map": f"regions are shaded by their number of events and the {TOP_PLACES} places "
               "with most events are drawn as points (size = events)",
        "timeline": "the chart shows events per day for each actor group instead of one "
                    "mark per statement",
        "positions": "each cell counts the events of each stance (most frequent first) "
                     "instead of listing the stances in date order; the events behind a "
                     "cell are listed when you select it",
        "events": f"the table and its downloads hold the first {TABLE_ROWS} rows in date "
                  "order",
    }[kind]
    return (f"{total:,} events match the filters, too many to draw one by one: {what}. "
            "Narrow the filters (dates, actor, type) to see individual events.")

"""Figures of aggregates, for filters that keep more events than a person can see.

Built from the small frames of :mod:`dashboard.aggregate` (counts per region, the top
places, counts per day and actor group): the figure's size depends on the number of
regions, places and days, never on the number of events. Every text from data (place,
group and milestone names) is escaped with :func:`dashboard.charts.common.esc`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.common import EVENT_TYPE_COLOURS, empty_figure, esc
from dashboard.charts.geomap import (
    _countries_trace,
    _country_names_trace,
    _counts_note,
    _marker_size,
    _pack,
)
from dashboard.schema import vocabulary_label

TIMELINE_TITLE = "Events per day by actor group"
# Enough distinct colours for the actor groups (Okabe-Ito, then greys and browns).
GROUP_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
                 "#F0E442", "#000000", "#8c6d31", "#7f7f7f", "#a50f15", "#6a3d9a")


def aggregated_map_figure(summary: Mapping[str, Any], countries_geojson: Mapping[str, Any],
                          regions_geojson: Mapping[str, Any]) -> go.Figure:
    """Regions shaded by their events and the top places as points sized by events.

    ``summary`` is :func:`dashboard.aggregate.map_summary`'s result.
    """
    counts = summary["counts"]
    if not counts["events"]:
        return empty_figure(_pack(None).map_title)
    names = [f["properties"]["name"] for f in regions_geojson.get("features", [])]
    z = [int(summary["regions"].get(name, 0)) for name in names]
    regions = {
        "type": "choropleth", "geojson": regions_geojson, "featureidkey": "properties.name",
        "locations": names, "z": z, "zmin": 0, "zmax": max(max(z, default=0), 1),
        "colorscale": "Blues", "marker": {"line": {"color": "#6b6b6b", "width": 0.6}},
        "colorbar": {"title": {"text": "Events per region", "side": "top"},
                     "orientation": "h", "x": 0.0, "xanchor": "left", "y": -0.02,
                     "yanchor": "top", "len": 0.45, "thickness": 12},
        "hovertext": [f"<b>{esc(n)}</b><br>{c:,} events" for n, c in zip(names, z, strict=True)],
        "hovertemplate": "%{hovertext}<extra></extra>", "name": "Kazakh regions",
        "showlegend": False}
    crisis = _pack(None)  # a large store is read for the default crisis (ui/large.py)
    countries, labels = _static_traces(countries_geojson)
    layout = {
        "title": {"text": esc(crisis.map_title)}, "height": 620,
        "margin": {"l": 10, "r": 10, "t": 50, "b": 110},
        "legend": {"title": {"text": "Most frequent event type (size = events)"},
                   "itemsizing": "constant"},
        "meta": {"counts": counts, "aggregated": True},
        "geo": {"visible": False, "projection": {"type": "mercator"}, "fitbounds": False,
                "lonaxis": {"range": list(crisis.lon_range)},
                "lataxis": {"range": list(crisis.lat_range)},
                "bgcolor": "#f6f9fc", "showframe": False},
        "annotations": [{"text": _counts_note(counts, crisis), "showarrow": False,
                         "xref": "paper", "yref": "paper", "x": 0, "y": 0, "yshift": -78,
                         "xanchor": "left", "yanchor": "top", "font": {"size": 11}}]}
    # Built from plain dicts of known keys, not validated key by key: plotly's checks
    # of the boundary GeoJSON took most of the page's time.
    return go.Figure(data=[countries, regions, labels, *_place_traces(summary["places"])],
                     layout=layout, _validate=False)


_STATIC: dict[int, tuple] = {}


def _static_traces(countries_geojson: Mapping[str, Any]) -> tuple[dict, dict]:
    """The countries and their names as trace dicts, made once per boundary object."""
    held = _STATIC.get(id(countries_geojson))
    if held is None or held[0] is not countries_geojson:
        traces = (_countries_trace(countries_geojson).to_plotly_json(),
                  _country_names_trace(countries_geojson, _pack(None)).to_plotly_json())
        held = _STATIC[id(countries_geojson)] = (countries_geojson, *traces)
    return held[1], held[2]


def _place_traces(places: pd.DataFrame) -> list[dict]:
    """One Scattergeo per most frequent event type; one marker per place."""
    if places is None or places.empty:
        return []
    traces = []
    for kind, part in places.groupby("event_type", sort=True):
        label = vocabulary_label(str(kind))
        hover = [f"<b>{esc(place or admin1)}</b>: {n:,} events (mostly {esc(label)})"
                 for place, admin1, n in zip(part["location"], part["admin1"], part["n"],
                                             strict=True)]
        traces.append({
            "type": "scattergeo", "lat": [float(v) for v in part["latitude"]],
            "lon": [float(v) for v in part["longitude"]], "mode": "markers",
            "name": esc(label), "legendgroup": str(kind),
            "marker": {"size": [_marker_size(min(int(n), 60)) for n in part["n"]],
                       "color": EVENT_TYPE_COLOURS.get(str(kind), "#444444"),
                       "opacity": 0.85, "line": {"color": "#ffffff", "width": 0.8}},
            "hovertext": hover, "hovertemplate": "%{hovertext}<extra></extra>"})
    return traces


def daily_figure(daily: pd.DataFrame, milestones: pd.DataFrame | None = None) -> go.Figure:
    """Stacked bars: events per day, one colour per actor group; milestones as dashed
    lines with their labels (escaped)."""
    if daily.empty:
        return empty_figure(TIMELINE_TITLE)
    totals = daily.groupby("actor_group")["n"].sum().sort_values(ascending=False)
    days = daily["date"].dt.strftime("%Y-%m-%d")
    bars = []
    for number, group in enumerate(totals.index):
        part = daily["actor_group"] == group
        name = esc(group or "Unknown")
        bars.append({"type": "bar", "x": days[part].tolist(),
                     "y": [int(n) for n in daily.loc[part, "n"]], "name": name,
                     "marker": {"color": GROUP_COLOURS[number % len(GROUP_COLOURS)]},
                     "customdata": [int(n) for n in daily.loc[part, "stance_n"]],
                     "hovertemplate": f"<b>{name}</b><br>%{{x|%d %b %Y}}: %{{y:,}} events "
                                      "(%{customdata:,} with a stance)<extra></extra>"})
    days = _milestone_days(milestones)
    shapes = [{"type": "line", "x0": day, "x1": day, "y0": 0, "y1": 1, "yref": "paper",
               "line": {"dash": "dash", "color": "#555555", "width": 1}} for day, _ in days]
    notes = [{"x": day, "y": 1, "yref": "paper", "text": esc(labels), "showarrow": False,
              "textangle": -90, "xanchor": "right", "yanchor": "top",
              "font": {"size": 10, "color": "#555555"}} for day, labels in days]
    layout = {"shapes": shapes, "annotations": notes, "title": {"text": TIMELINE_TITLE},
              "barmode": "stack", "height": 560, "xaxis": {"title": {"text": "Day"}},
              "yaxis": {"title": {"text": "Events"}},
              "legend": {"title": {"text": "Actor group"}},
              "meta": {"aggregated": True, "events": int(daily["n"].sum())}}
    # Plain dicts of known keys, not validated key by key (plotly's checks cost more
    # than the query behind the chart).
    return go.Figure(bars, layout=layout, _validate=False)


def _milestone_days(milestones: pd.DataFrame | None) -> list[tuple[pd.Timestamp, str]]:
    """(day, labels joined) of each milestone day."""
    if milestones is None or milestones.empty:
        return []
    joined = milestones.groupby("date")["label"].agg(lambda s: " · ".join(dict.fromkeys(s)))
    return [(day.strftime("%Y-%m-%d"), labels) for day, labels in joined.items()]

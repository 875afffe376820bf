"""The map of a crisis: countries, the crisis country's regions shaded by events, points.

Plotly *geo* traces (Choropleth, Scattergeo) with our own GeoJSON, never MapLibre tiles,
so the map renders with no network once ``PLOTLY_CONFIG`` (empty ``topojsonURL``) is
passed to the renderer. The boundary files have clockwise exterior rings, which plotly
geo needs; this module never rewrites geometry.

How events are placed:

* a row whose ``admin1`` maps to a region polygon is counted in that region (point and
  region precision alike); a unit with no polygon in the boundary data is counted in the
  one the pack's ``boundaries.polygon_of`` names, whose hover says so;
* a row with ``geo_precision == "point"`` and coordinates is also drawn as a marker;
  markers are aggregated per place and event type (size = events there);
* a row located only at country level is counted (annotation and ``layout.meta``) and
  never drawn as a fake point; so is a row with no place at all.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.common import (
    EVENT_TYPE_COLOURS,
    empty_figure,
    esc,
    event_hovers,
    pack_ids,
)
from dashboard.geo import label_points
from dashboard.schema import vocabulary_label

if TYPE_CHECKING:  # pragma: no cover - typing only
    from dashboard.crisis import CrisisPack

MAX_HOVER_EVENTS = 5


def _pack(crisis: CrisisPack | None) -> CrisisPack:
    """The crisis drawn: the one given, else the default pack."""
    from dashboard.crisis import default_pack

    return crisis or default_pack()


def polygon_lookup(regions_geojson: Mapping[str, Any],
                   region_names: Mapping[str, str] | None = None,
                   crisis: CrisisPack | None = None) -> dict[str, str]:
    """admin1 value -> region polygon name.

    Starts from the identity on the polygons' ``properties.name``, adds the crisis pack's
    ``boundaries.polygon_of`` (units without a polygon of their own) and
    ``boundaries.aliases`` (other names of a region), and finally the
    caller's ``region_names``.
    """
    names = [f["properties"]["name"] for f in regions_geojson.get("features", [])]
    lookup = {name: name for name in names}
    lookup.update(_pack(crisis).boundaries.polygon_of)
    lookup.update(_pack(crisis).boundaries.aliases)
    lookup.update(region_names or {})
    return {k: v for k, v in lookup.items() if v in set(names)}


def _has_point(events: pd.DataFrame) -> pd.Series:
    return ((events["geo_precision"] == "point") & events["latitude"].notna()
            & events["longitude"].notna())


def _in_view(events: pd.DataFrame, crisis: CrisisPack) -> pd.Series:
    return (events["longitude"].between(*crisis.lon_range)
            & events["latitude"].between(*crisis.lat_range))


def country_only_mask(events: pd.DataFrame) -> pd.Series:
    """Rows located only at country level: never drawn, only counted.

    ``geo_precision == "country"`` (even when the gazetteer gave the country's centroid),
    or no point, no ``admin1`` and no coordinates but a place or country named.
    """
    named = (events["location"] != "") | (events["country"] != "")
    unplaced = (events["admin1"] == "") & events["latitude"].isna()
    return (events["geo_precision"] == "country") | (unplaced & named & ~_has_point(events))


def country_level_count(events: pd.DataFrame) -> int:
    """How many events are located only at country level (counted, not drawn)."""
    return int(country_only_mask(events).sum()) if len(events) else 0


def map_counts(events: pd.DataFrame, lookup: Mapping[str, str],
               crisis: CrisisPack | None = None) -> dict[str, int]:
    """How the frame's events are placed on the map.

    Keys: ``events``, ``in_regions`` (counted in a region), ``points`` (drawn as
    markers), ``points_outside_view`` (markers beyond the crisis's map frame),
    ``country_only`` (located only at country level, not drawn) and ``no_place``
    (none of these: no place given, or a place the map cannot show).
    """
    in_region = events["admin1"].map(lookup).notna()
    point = _has_point(events)
    country_only = country_only_mask(events) & ~point & ~in_region
    return {
        "events": len(events), "in_regions": int(in_region.sum()), "points": int(point.sum()),
        "points_outside_view": int((point & ~_in_view(events, _pack(crisis))).sum()),
        "country_only": int(country_only.sum()),
        "no_place": int((~in_region & ~point & ~country_only).sum()),
    }


def _countries_trace(countries_geojson: Mapping[str, Any]) -> go.Choropleth:
    props = [f["properties"] for f in countries_geojson.get("features", [])]
    return go.Choropleth(
        geojson=countries_geojson, featureidkey="properties.iso_a3",
        locations=[p["iso_a3"] for p in props], z=[0] * len(props),
        colorscale=[[0, "#ececec"], [1, "#ececec"]], showscale=False,
        marker={"line": {"color": "#ffffff", "width": 0.8}},
        hovertext=[esc(p.get("name", "")) for p in props],
        customdata=[[""] for _ in props], hovertemplate="%{hovertext}<extra></extra>",
        name="Countries", showlegend=False,
    )


def _country_names_trace(countries_geojson: Mapping[str, Any],
                         crisis: CrisisPack) -> go.Scattergeo:
    """The neighbours' names, written inside their outlines (the crisis's country shows
    its regions instead)."""
    points = label_points(countries_geojson, crisis.lon_range, crisis.lat_range,
                          skip=(crisis.boundaries.region_country,))
    return go.Scattergeo(
        lon=[lon for _, lon, _ in points], lat=[lat for _, _, lat in points],
        text=[esc(name) for name, _, _ in points], mode="text",
        textfont={"size": 12, "color": "#8a8a8a"}, hoverinfo="skip", showlegend=False,
        name="Country names", customdata=[[""] for _ in points])


def _region_hover(name: str, count: int, folded: dict[str, int], note: str) -> str:
    lines = [f"<b>{esc(name)}</b>", f"{count} event{'s' if count != 1 else ''}"]
    for alias, n in sorted(folded.items()):
        lines.append(f"incl. {n} in {esc(alias)}, which has no polygon of its own here")
    if note:
        lines.append(esc(note))
    return "<br>".join(lines)


def _regions_trace(events: pd.DataFrame, regions_geojson: Mapping[str, Any],
                   lookup: Mapping[str, str], crisis: CrisisPack) -> go.Choropleth:
    feats = [f["properties"] for f in regions_geojson.get("features", [])]
    polygon = events["admin1"].map(lookup)
    placed = events.assign(_polygon=polygon)[polygon.notna()]
    ids = placed.groupby("_polygon")["event_id"].agg(list).to_dict()
    folded_rows = placed[placed["admin1"] != placed["_polygon"]]
    folded = folded_rows.groupby(["_polygon", "admin1"]).size()
    names = [p["name"] for p in feats]
    counts = [len(ids.get(n, [])) for n in names]
    hover = []
    for p, count in zip(feats, counts, strict=True):
        extra = {a: int(v) for (poly, a), v in folded.items() if poly == p["name"]}
        for alias, holder in crisis.boundaries.polygon_of.items():
            if holder == p["name"] and alias not in extra:
                extra[alias] = 0
        hover.append(_region_hover(p["name"], count, extra, p.get("note", "")))
    return go.Choropleth(
        geojson=regions_geojson, featureidkey="properties.name", locations=names, z=counts,
        zmin=0, zmax=max(max(counts), 1), colorscale="Blues",
        marker={"line": {"color": "#6b6b6b", "width": 0.6}},
        colorbar={"title": {"text": "Events per region", "side": "top"}, "orientation": "h",
                  "x": 0.0, "xanchor": "left", "y": -0.02, "yanchor": "top", "len": 0.45,
                  "thickness": 12},
        hovertext=hover, customdata=[[pack_ids(ids.get(n, []))] for n in names],
        hovertemplate="%{hovertext}<extra></extra>", name=esc(crisis.regions_label),
        showlegend=False,
    )


def _marker_size(n: int) -> float:
    return min(8.0 + 5.0 * math.sqrt(n - 1), 40.0)


def _place_hover(group: pd.DataFrame, total_here: int, shown: list[str]) -> str:
    """Hover of one marker: the place, how many events of its type, the first few."""
    kind = vocabulary_label(str(group["event_type"].iat[0]))
    place = group["location"].iat[0] or group["admin1"].iat[0]
    head = (f"<b>{esc(place)}</b>: {len(group)} {esc(kind)} "
            f"event{'s' if len(group) != 1 else ''} ({total_here} here in all)")
    more = len(group) - len(shown)
    tail = [f"… and {more} more"] if more > 0 else []
    return "<br><br>".join([head, *shown, *tail])


def _point_traces(events: pd.DataFrame) -> list[go.Scattergeo]:
    """One Scattergeo per event type; one marker per place, sized by its events.

    The hover texts of the first :data:`MAX_HOVER_EVENTS` events of every marker are made
    in one pass over those rows (slicing each marker's rows for them dominated the
    map's build time).
    """
    points = events[_has_point(events)].sort_values("date", kind="stable")
    if points.empty:
        return []
    points = points.assign(_lat=points["latitude"].round(4), _lon=points["longitude"].round(4))
    totals = points.groupby(["_lat", "_lon"]).size()
    shown = points.groupby(["event_type", "_lat", "_lon"], sort=False).head(MAX_HOVER_EVENTS)
    hover_of = dict(zip(shown.index, event_hovers(shown, limit=100), strict=True))
    traces = []
    for kind, part in points.groupby("event_type", sort=True):
        groups = list(part.groupby(["_lat", "_lon"], sort=False))
        groups.sort(key=lambda item: -len(item[1]))  # big markers first, small ones on top
        traces.append(go.Scattergeo(
            lat=[lat for (lat, _), _ in groups], lon=[lon for (_, lon), _ in groups],
            mode="markers", name=esc(vocabulary_label(str(kind))), legendgroup=str(kind),
            marker={"size": [_marker_size(len(g)) for _, g in groups],
                    "color": EVENT_TYPE_COLOURS.get(str(kind), "#444444"), "opacity": 0.85,
                    "line": {"color": "#ffffff", "width": 0.8}},
            hovertext=[_place_hover(g, int(totals[key]),
                                    [hover_of[i] for i in g.index[:MAX_HOVER_EVENTS]])
                       for key, g in groups],
            customdata=[[pack_ids(g["event_id"])] for _, g in groups],
            hovertemplate="%{hovertext}<extra></extra>",
        ))
    return traces


def _counts_note(counts: Mapping[str, int], crisis: CrisisPack) -> str:
    parts = [f"{counts['events']} events",
             f"{counts['in_regions']} counted in {esc(crisis.regions_label)}",
             f"{counts['points']} at points"]
    if counts["points_outside_view"]:
        parts.append(f"{counts['points_outside_view']} of those outside this map")
    parts.append(f"{counts['country_only']} located only at country level (not drawn)")
    if counts["no_place"]:
        parts.append(f"{counts['no_place']} with no place")
    return " · ".join(parts)


def map_figure(events: pd.DataFrame, countries_geojson: Mapping[str, Any],
               regions_geojson: Mapping[str, Any],
               region_names: Mapping[str, str] | None = None,
               crisis: CrisisPack | None = None, *,
               draw_empty: bool = False) -> go.Figure:
    """Map of the crisis: its country's regions shaded by events, and event markers.

    Parameters
    ----------
    events : DataFrame
        The filtered events (schema columns plus ``actor_group``, ``source_count``).
    countries_geojson, regions_geojson : dict
        The shipped boundary files, parsed (clockwise rings; used as they are).
    region_names : mapping, optional
        Extra ``admin1`` value -> region polygon name aliases (see :func:`polygon_lookup`).
    crisis : CrisisPack, optional
        Whose frame, title and country (default: the default crisis pack).
    draw_empty : bool
        Draw the map even with no events (a quiet day of the day-by-day map, which must
        not blink to a blank box); else no events give the "no events" placeholder.

    Returns
    -------
    go.Figure
        Traces: countries (one colour), the regions (all drawn, zero included), the
        neighbours' names (text), one Scattergeo per event type. ``customdata`` holds
        packed event ids; the placement counts are in ``layout.meta["counts"]`` and in an
        annotation.
    """
    crisis = _pack(crisis)
    if events.empty and not draw_empty:
        return empty_figure(crisis.map_title)
    lookup = polygon_lookup(regions_geojson, region_names, crisis)
    counts = map_counts(events, lookup, crisis)
    fig = go.Figure([_countries_trace(countries_geojson),
                     _regions_trace(events, regions_geojson, lookup, crisis),
                     _country_names_trace(countries_geojson, crisis), *_point_traces(events)])
    fig.update_geos(visible=False, projection_type="mercator", fitbounds=False,
                    lonaxis_range=list(crisis.lon_range), lataxis_range=list(crisis.lat_range),
                    bgcolor="#f6f9fc", showframe=False)
    fig.add_annotation(text=_counts_note(counts, crisis), showarrow=False, xref="paper",
                       yref="paper", x=0, y=0, yshift=-78, xanchor="left", yanchor="top",
                       font={"size": 11})
    fig.update_layout(title=esc(crisis.map_title), height=620,
                      margin={"l": 10, "r": 10, "t": 50, "b": 110},
                      legend={"title": {"text": "Event type (size = events)"},
                              "itemsizing": "constant"},
                      meta={"counts": counts, "lookup_size": len(lookup)})
    return fig


def region_event_counts(events: pd.DataFrame, regions_geojson: Mapping[str, Any],
                        region_names: Mapping[str, str] | None = None,
                        crisis: CrisisPack | None = None) -> pd.Series:
    """Events per region polygon (all polygons, zero included), as the map shades them."""
    lookup = polygon_lookup(regions_geojson, region_names, crisis)
    names = [f["properties"]["name"] for f in regions_geojson.get("features", [])]
    counts = events["admin1"].map(lookup).value_counts()
    return counts.reindex(names, fill_value=0).astype(np.int64).rename("events")

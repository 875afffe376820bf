import json
import re

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from dashboard.charts import (
    NO_EVENTS_TEXT,
    OFFLINE_TOPOJSON,
    PLOTLY_CONFIG,
    STANCE_COLOURS,
    country_level_count,
    is_empty_figure,
    map_figure,
    milestones_from_events,
    position_heatmap_figure,
    region_event_counts,
    selected_event_ids,
    timeline_figure,
    use_offline_topojson,
)
from dashboard.charts.common import ID_SEPARATOR
from dashboard.charts.timeline import KEY_GAP, key_lines, spread_same_day, stagger_levels
from dashboard.crisis import default_pack
from dashboard.store import rows_to_frame
from tests.conftest import event_row

HOSTILE = '<script>alert("x")</script> and <b>bold</b> & more'


def frame(*rows: dict, groups: dict[str, str] | None = None) -> pd.DataFrame:
    """Typed events frame from rows, with the loader's ``actor_group`` column."""
    events = rows_to_frame(list(rows))
    groups = groups or {}
    events["actor_group"] = [groups.get(a, "Other states") for a in events["actor"]]
    return events


def point(event_id, place, lat, lon, admin1, **values):
    return event_row(event_id=event_id, location=place, latitude=str(lat), longitude=str(lon),
                     admin1=admin1, country="KAZ", geo_precision="point", **values)


@pytest.fixture(scope="module")
def boundaries():
    files = default_pack().boundaries  # Kazakhstan's pack (data/crises/)
    countries = json.loads(files.countries.read_text("utf-8"))
    regions = json.loads(files.regions.read_text("utf-8"))
    return countries, regions


@pytest.fixture
def map_events():
    """Two Almaty points, one Shymkent point, a region-level row, country-only and no place."""
    return frame(
        point("P1", "Almaty", 43.25, 76.91, "Almaty", event_type="violent_clash", stance=""),
        point("P2", "Almaty", 43.25, 76.91, "Almaty", event_type="violent_clash", stance=""),
        point("P3", "Shymkent", 42.32, 69.59, "Shymkent", event_type="protest",
              issue="fuel_prices", stance="oppose", summary=HOSTILE),
        event_row(event_id="R1", location="Mangystau Region", latitude="44.0",
                  longitude="53.0", admin1="Mangystau Region", country="KAZ",
                  geo_precision="region", event_type="protest", issue="fuel_prices",
                  stance="oppose"),
        event_row(event_id="C1", location="Kazakhstan", country="KAZ", geo_precision="country",
                  event_type="state_of_emergency", issue="sovereignty_stability", stance=""),
        event_row(event_id="C2", location="Kazakhstan", latitude="48.0", longitude="67.0",
                  country="KAZ", geo_precision="country"),  # a centroid is no place to draw
        event_row(event_id="N1"),
    )


def trace_ids(trace) -> set[str]:
    return {i for cell in trace.customdata for i in str(cell[0]).split(ID_SEPARATOR) if i}


def regions_trace(fig):
    return next(t for t in fig.data if t.name == "Kazakh regions")


def test_charts_map_trace_types_and_all_16_regions(map_events, boundaries):
    fig = map_figure(map_events, *boundaries)
    kinds = [type(t) for t in fig.data]
    assert kinds[:2] == [go.Choropleth, go.Choropleth]
    assert all(k is go.Scattergeo for k in kinds[2:])
    regions = regions_trace(fig)
    assert len(regions.locations) == 16
    assert regions.featureidkey == "properties.name"
    assert fig.data[0].featureidkey == "properties.iso_a3"
    assert fig.layout.geo.lonaxis.range == (44.0, 90.0)


def test_charts_map_marker_hover_lists_the_first_events_by_date(boundaries):
    rows = [point(f"Z{d}", "Zhanaozen", 43.34, 52.86, "Mangystau Region",
                  date=f"2022-01-{d:02d}", event_type="protest", summary=f"Day {d} rally.")
            for d in (9, 2, 8, 3, 7, 4, 6)]
    fig = map_figure(frame(*rows), *boundaries)
    (marker,) = [t for t in fig.data if t.name == "protest"]
    (hover,) = marker.hovertext
    assert hover.startswith("<b>Zhanaozen</b>: 7 protest events (7 here in all)")
    days = [int(d) for d in re.findall(r"Day (\d+) rally", hover)]
    assert days == [2, 3, 4, 6, 7]  # the first five by date
    assert hover.endswith("… and 2 more")
    assert marker.marker.size[0] == pytest.approx(8.0 + 5.0 * 6 ** 0.5)


def test_charts_map_names_the_neighbours_not_kazakhstan(map_events, boundaries):
    fig = map_figure(map_events, *boundaries)
    (names,) = [t for t in fig.data if t.name == "Country names"]
    assert names.mode == "text" and names.hoverinfo == "skip"
    assert {"Uzbekistan", "Kyrgyzstan", "Turkmenistan", "Tajikistan", "Russia", "China"} <= set(
        names.text)
    assert "Kazakhstan" not in names.text


def test_charts_map_country_names_are_escaped(map_events, boundaries):
    countries, regions = boundaries
    hostile = json.loads(json.dumps(countries))
    uzbekistan = next(f for f in hostile["features"] if f["properties"]["iso_a3"] == "UZB")
    uzbekistan["properties"]["name"] = HOSTILE
    (names,) = [t for t in map_figure(map_events, hostile, regions).data
                if t.name == "Country names"]
    assert "&lt;script&gt;" in " ".join(names.text) and "<script>" not in " ".join(names.text)


@pytest.mark.parametrize(("region", "expected"), [
    ("Almaty", 2),
    ("Turkistan Region", 1),  # the Shymkent point, folded into the polygon holding it
    ("Mangystau Region", 1),  # region-level row: counted, not drawn
    ("Akmola Region", 0),
])
def test_charts_map_counts_events_per_region(map_events, boundaries, region, expected):
    fig = map_figure(map_events, *boundaries)
    regions = regions_trace(fig)
    z = dict(zip(regions.locations, regions.z, strict=True))
    assert z[region] == expected
    assert region_event_counts(map_events, boundaries[1])[region] == expected


def test_charts_map_turkistan_hover_names_shymkent(map_events, boundaries):
    regions = regions_trace(map_figure(map_events, *boundaries))
    hover = dict(zip(regions.locations, regions.hovertext, strict=True))
    assert "Shymkent" in hover["Turkistan Region"]
    assert "Shymkent" not in hover["Almaty"]


def test_charts_map_markers_only_for_point_rows(map_events, boundaries):
    fig = map_figure(map_events, *boundaries)
    markers = [t for t in fig.data if isinstance(t, go.Scattergeo)]
    drawn = set().union(*(trace_ids(t) for t in markers))
    assert drawn == {"P1", "P2", "P3"}
    clash = next(t for t in markers if t.name == "violent clash")
    assert len(clash.lat) == 1  # two events at one place: one bigger marker
    protest = next(t for t in markers if t.name == "protest")
    assert clash.marker.size[0] > protest.marker.size[0]


def test_charts_map_counts_country_level_rows_without_drawing(map_events, boundaries):
    fig = map_figure(map_events, *boundaries)
    counts = fig.layout.meta["counts"]
    assert counts["country_only"] == country_level_count(map_events) == 2
    assert counts["no_place"] == 1
    assert counts["points"] == 3
    assert "2 located only at country level" in fig.layout.annotations[0].text
    ids = set().union(*(trace_ids(t) for t in fig.data))
    assert not {"C1", "C2"} & ids


def test_charts_map_region_customdata_maps_back_to_events(map_events, boundaries):
    regions = regions_trace(map_figure(map_events, *boundaries))
    at = list(regions.locations).index("Turkistan Region")
    selection = {"selection": {"points": [{"customdata": list(regions.customdata[at])}]}}
    assert selected_event_ids(selection) == ["P3"]


@pytest.mark.parametrize("builder", ["map", "timeline", "heatmap"])
def test_charts_hover_text_is_escaped(map_events, boundaries, builder):
    events = pd.concat([map_events, frame(event_row(event_id="S1", summary=HOSTILE))],
                       ignore_index=True)
    fig = {"map": lambda: map_figure(events, *boundaries),
           "timeline": lambda: timeline_figure(events),
           "heatmap": lambda: position_heatmap_figure(
               frame(event_row(event_id="H1", actor=HOSTILE)))}[builder]()
    hover = " ".join(str(h) for t in fig.data if t.hovertext is not None
                     for h in (t.hovertext if not isinstance(t.hovertext, str)
                               else [t.hovertext]))
    assert "&lt;script&gt;" in hover
    assert "<script>" not in hover and "<b>bold</b>" not in hover
    assert all(t.hovertemplate in (None, "%{hovertext}<extra></extra>") for t in fig.data)


@pytest.mark.parametrize("builder", [
    lambda e, b: map_figure(e, *b),
    lambda e, b: timeline_figure(e),
    lambda e, b: position_heatmap_figure(e),
])
def test_charts_empty_frame_says_no_events(boundaries, builder):
    empty = rows_to_frame([])
    empty["actor_group"] = pd.Series(dtype=str)
    fig = builder(empty, boundaries)
    assert is_empty_figure(fig)
    assert [a.text for a in fig.layout.annotations] == [NO_EVENTS_TEXT]


def test_charts_config_is_offline():
    assert PLOTLY_CONFIG["topojsonURL"] == OFFLINE_TOPOJSON
    assert PLOTLY_CONFIG["showSendToCloud"] is False
    before = pio.defaults.topojson
    try:
        use_offline_topojson()
        assert pio.defaults.topojson == OFFLINE_TOPOJSON
    finally:
        pio.defaults.topojson = before


@pytest.mark.parametrize(("selection", "expected"), [
    (None, []),
    ({}, []),
    ({"selection": {"points": []}}, []),
    ({"selection": {"points": [{"customdata": ["A1"]}, {"customdata": ["A2"]}]}}, ["A1", "A2"]),
    ({"points": [{"customdata": "A1 A2"}, {"customdata": ["A2 A3"]}]}, ["A1", "A2", "A3"]),
    ({"selection": {"points": [{"x": 1}, {"customdata": []}]}}, []),
])
def test_charts_selected_event_ids(selection, expected):
    assert selected_event_ids(selection) == expected


TIMELINE_GROUPS = {"Kassym-Jomart Tokayev": "Kazakhstan", "Kazakh Foreign Ministry": "Kazakhstan",
                   "Sergey Lavrov": "Russia", "Vladimir Putin": "Russia", "Wang Yi": "China",
                   "CSTO": "International organisations", "protesters": "Non-state"}


@pytest.fixture
def timeline_events():
    rows = [
        event_row(event_id="T1", date="2022-01-06", actor="Wang Yi", stance="support"),
        event_row(event_id="T2", date="2022-01-06", actor="Sergey Lavrov", stance="oppose",
                  issue="foreign_interference"),
        event_row(event_id="T3", date="2022-01-07", actor="Kazakh Foreign Ministry",
                  stance="neutral", issue="other"),
        event_row(event_id="T4", date="2022-01-07", actor="Vladimir Putin", stance="concern",
                  event_type="phone_call"),
        event_row(event_id="T5", date="2022-01-07", actor="Kassym-Jomart Tokayev",
                  actor_country="KAZ", event_type="statement", issue="use_of_force",
                  stance="support", summary="Tokayev ordered troops to shoot without warning."),
        event_row(event_id="T6", date="2022-01-05", actor="Kassym-Jomart Tokayev",
                  actor_country="KAZ", event_type="appeal_request", target="CSTO"),
        event_row(event_id="O1", date="2022-01-05", actor="Kassym-Jomart Tokayev",
                  event_type="state_of_emergency", issue="sovereignty_stability", stance=""),
        event_row(event_id="O2", date="2022-01-06", actor="CSTO",
                  event_type="military_deployment", stance=""),
        event_row(event_id="O3", date="2022-01-13", actor="CSTO", event_type="withdrawal",
                  stance=""),
        event_row(event_id="O4", date="2022-01-13", actor="Kassym-Jomart Tokayev",
                  event_type="state_of_emergency", issue="sovereignty_stability", stance="",
                  summary="Tokayev lifted the state of emergency in Pavlodar Region."),
        event_row(event_id="U1", date="", actor="Wang Yi", stance="support"),
    ]
    return frame(*rows, groups=TIMELINE_GROUPS)


def test_charts_timeline_plots_statements_with_stance_colours(timeline_events):
    fig = timeline_figure(timeline_events)
    data = [t for t in fig.data if len(t.customdata)]
    ids = {cell[0] for t in data for cell in t.customdata}
    assert ids == {"T1", "T2", "T3", "T4", "T5", "T6"}  # no operational, no undated row
    colours = {t.name: t.marker.color for t in data}
    assert colours == {"support": STANCE_COLOURS["support"], "oppose": STANCE_COLOURS["oppose"],
                       "concern": STANCE_COLOURS["concern"], "neutral": STANCE_COLOURS["neutral"]}
    # one trace per stance; each point carries its event type's symbol
    assert sorted(t.name for t in data) == ["concern", "neutral", "oppose", "support"]
    marks = {cell[0]: (t.name, symbol) for t in data
             for cell, symbol in zip(t.customdata, t.marker.symbol, strict=True)}
    assert marks["T4"] == ("concern", "diamond")  # the phone call
    assert marks["T6"] == ("support", "star")  # the appeal
    assert marks["T2"] == ("oppose", "circle")  # the statement
    assert "1 undated" in fig.layout.title.text


@pytest.mark.parametrize(("label", "event_ids"), [
    ("State of emergency", ["O1"]),
    ("CSTO request", ["T6"]),
    ("CSTO deployment", ["O2"]),
    ("Shoot-to-kill order", ["T5"]),
    ("Emergency eased", ["O4"]),  # a lifting is not a new state of emergency
    ("Withdrawal", ["O3"]),
])
def test_charts_milestones_from_events(timeline_events, label, event_ids):
    milestones = milestones_from_events(timeline_events)
    picked = milestones[milestones["label"] == label]
    assert [ids for ids in picked["event_ids"]] == [event_ids]


def test_charts_milestones_drawn_as_vertical_lines(timeline_events):
    fig = timeline_figure(timeline_events)
    vertical = [s for s in fig.layout.shapes if s.yref == "paper" and s.x0 == s.x1]
    days = milestones_from_events(timeline_events)["date"].nunique()
    assert len(vertical) == days == 4  # one line per day, kinds of one day share it
    assert all(s.y0 == 0 and s.y1 == 1 for s in vertical)


def test_charts_milestone_badges_and_key(timeline_events):
    fig = timeline_figure(timeline_events)
    lines = sorted(s.x0 for s in fig.layout.shapes if s.yref == "paper" and s.x0 == s.x1)
    badges = [a for a in fig.layout.annotations if a.name == "milestone"]
    # numbered in date order, each on top of its line
    assert [(a.text, a.x) for a in badges] == [
        (f"<b>{n}</b>", x) for n, x in enumerate(lines, start=1)]
    (key,) = [a.text for a in fig.layout.annotations if a.name == "milestone-key"]
    for entry in ("<b>1</b> 5 Jan: State of emergency · CSTO request",
                  "<b>3</b> 7 Jan: Shoot-to-kill order",
                  "<b>4</b> 13 Jan: Emergency eased · Withdrawal"):
        assert entry in key


def test_charts_milestone_badges_of_close_days_do_not_overlap():
    # Over six weeks a day is narrower than a badge: consecutive days take two levels.
    rows = [event_row(event_id=f"S{d}", date=f"2022-{m:02d}-{d:02d}", actor="Wang Yi")
            for m, d in ((1, 1), (2, 14))]
    rows += [event_row(event_id=f"E{d}", date=f"2022-01-{d:02d}", actor="CSTO", stance="",
                       event_type="military_deployment") for d in (5, 6, 7)]
    fig = timeline_figure(frame(*rows, groups=TIMELINE_GROUPS))
    shifts = [a.yshift for a in fig.layout.annotations if a.name == "milestone"]
    assert len(shifts) == 3 and shifts[0] != shifts[1] and shifts[0] == shifts[2]
    assert fig.layout.meta["milestone_levels"] == 2


def test_charts_milestone_key_escapes_labels():
    milestones = pd.DataFrame({"date": [pd.Timestamp("2022-01-05")],
                               "label": ["<img src=x onerror=alert(1)>"]})
    events = frame(event_row(event_id="S1", date="2022-01-05", actor="Wang Yi"),
                   groups=TIMELINE_GROUPS)
    fig = timeline_figure(events, milestones)
    (key,) = [a.text for a in fig.layout.annotations if a.name == "milestone-key"]
    assert "<img" not in key and "&lt;img" in key


@pytest.mark.parametrize(("entries", "width", "expected"), [
    (["a" * 10, "b" * 10], 1000, ["a" * 10 + KEY_GAP + "b" * 10]),
    (["a" * 10, "b" * 10], 100, ["a" * 10, "b" * 10]),
    (["<b>1</b> " + "a" * 20, "<b>2</b> " + "b" * 20], 330, ["<b>1</b> " + "a" * 20 + KEY_GAP
                                                               + "<b>2</b> " + "b" * 20]),
    ([], 500, []),
])
def test_charts_key_lines(entries, width, expected):
    # tags do not count towards the width: 2 x (22 chars x 5.8 px + 24 px) = 303 px < 330
    assert key_lines(entries, width) == expected


@pytest.mark.parametrize(("days", "widths", "levels"), [
    ([0, 1, 2, 10], [3, 3, 3, 3], [0, 1, 2, 0]),
    ([0, 5, 10], [3, 3, 3], [0, 0, 0]),
    ([0, 0, 4], [3, 3, 3], [0, 1, 0]),
    ([0, 2, 4], [1, 6, 1], [0, 1, 0]),
])
def test_charts_stagger_levels(days, widths, levels):
    start = pd.Timestamp("2022-01-01")
    dates = [start + pd.Timedelta(days=d) for d in days]
    assert stagger_levels(dates, [pd.Timedelta(days=w) for w in widths]) == levels


def test_charts_timeline_actor_order_keeps_groups_together(timeline_events):
    fig = timeline_figure(timeline_events)
    order = list(fig.layout.yaxis.categoryarray)
    groups = [TIMELINE_GROUPS.get(a, "Other states") for a in order]
    assert groups[0] == "Kazakhstan"
    # each group is one contiguous run
    runs = [g for k, g in enumerate(groups) if k == 0 or groups[k - 1] != g]
    assert len(runs) == len(set(runs))
    assert fig.layout.yaxis.autorange == "reversed"


def test_charts_timeline_height_grows_with_actors():
    def many(n):
        return frame(*[event_row(event_id=f"E{k}", actor=f"Actor {k:02d}") for k in range(n)])
    small, large = timeline_figure(many(5)), timeline_figure(many(40))
    assert large.layout.height >= small.layout.height + 30 * 20


def test_charts_same_day_points_are_spread():
    events = frame(*[event_row(event_id=f"D{k}", actor="Wang Yi") for k in range(4)],
                   event_row(event_id="D9", actor="Wang Yi", date="2022-01-06"))
    x = spread_same_day(events)
    day = pd.Timestamp("2022-01-05")
    same = x[:4]
    assert same.nunique() == 4
    assert ((same > day) & (same < day + pd.Timedelta(days=1))).all()


def test_charts_heatmap_marks_changed_stance(timeline_events):
    events = frame(
        event_row(event_id="H1", date="2022-01-08", actor="Russia", stance="support"),
        event_row(event_id="H2", date="2022-01-05", actor="Russia", stance="concern"),
        event_row(event_id="H3", date="2022-01-05", actor="China", stance="support"),
    )
    fig = position_heatmap_figure(events)
    heat = fig.data[0]
    cells = dict(zip(heat.y, (row[0] for row in heat.text), strict=True))
    assert cells == {"Russia": "concern →<br>support (2)", "China": "support (1)"}
    z = dict(zip(heat.y, (row[0] for row in heat.z), strict=True))
    assert z["Russia"] != z["China"]
    assert set(heat.customdata[list(heat.y).index("Russia")][0].split()) == {"H1", "H2"}



@pytest.mark.parametrize(("builder", "words"), [
    (timeline_figure, "is a dated statement"),
    (position_heatmap_figure, "takes a stance"),
])
def test_charts_no_matching_rows_says_why(builder, words):
    operational = frame(event_row(event_id="O1", event_type="arrest", stance=""))
    fig = builder(operational)
    assert is_empty_figure(fig)
    assert fig.layout.annotations[0].text == f"None of the 1 events that match the filters {words}"


def test_charts_timeline_readable_with_300_statements_and_40_actors():
    rows = [event_row(event_id=f"S{k}", actor=f"Actor {k % 40:02d}",
                      date=f"2022-01-{1 + k % 20:02d}", stance=("support", "oppose")[k % 2])
            for k in range(300)]
    fig = timeline_figure(frame(*rows))
    shown = sum(len(t.customdata) for t in fig.data)
    plot_height = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    assert shown == 300
    assert len(fig.layout.yaxis.categoryarray) == 40
    assert plot_height / 40 >= 2 * fig.layout.yaxis.tickfont.size  # tick labels never touch
    assert fig.layout.yaxis.dtick == 1 and fig.layout.yaxis.automargin


@pytest.mark.parametrize(
    ("method", "confidence", "expected"),
    [
        ("extracted", 0.734, "Machine-extracted, confidence 0.73"),
        ("extracted", float("nan"), "Machine-extracted"),
        ("curated", float("nan"), None),
    ],
)
def test_charts_hover_marks_machine_extracted_events(method, confidence, expected):
    from dashboard.charts.common import event_hover

    text = event_hover({"date": pd.Timestamp("2022-01-10"), "actor": "Wang Yi",
                        "summary": "A call.", "method": method, "confidence": confidence})
    if expected is None:
        assert "Machine-extracted" not in text
    else:
        assert expected in text

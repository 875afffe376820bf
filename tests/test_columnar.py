"""The columnar read path (dashboard/columnar.py, dashboard/aggregate.py): DuckDB over a
Parquet snapshot of the store gives what the pandas path gives, and the pages draw
aggregates past the budget of marks."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import aggregate, columnar
from dashboard.charts import map_counts, polygon_lookup, position_cells
from dashboard.charts.aggregated import aggregated_map_figure, daily_figure
from dashboard.crisis import default_pack
from dashboard.db import open_store
from dashboard.filters import FilterState
from dashboard.positions import actor_order, stance_rows
from dashboard.store import add_actor_groups, sort_events
from tests.conftest import ROOT, event_row, write_events_csv

GROUPS = {"Wang Yi": "China", "CSTO": "International organisations"}
NAMES = {"CHN": "China", "INT": "International"}


def _group_of(actor: str, country: str) -> str:
    """The display group the dashboard gives (store.add_actor_groups), one pair at a time."""
    frame = pd.DataFrame({"actor": [actor], "actor_country": [country]})
    return add_actor_groups(frame, GROUPS, NAMES)["actor_group"].iat[0]


def _rows() -> list[dict]:
    """Hand-built events: stance changes, places, no place, several sources, undated."""
    return [
        event_row(event_id="E1", date="2022-01-02", actor="protesters", actor_country="",
                  event_type="protest", issue="fuel_prices", stance="oppose",
                  location="Zhanaozen", latitude="43.34", longitude="52.86",
                  admin1="Mangystau Region", country="KAZ", geo_precision="point"),
        event_row(event_id="E2", date="2022-01-05", actor="Wang Yi", actor_country="CHN",
                  issue="csto_deployment", stance="concern", source_language="fr"),
        event_row(event_id="E3", date="2022-01-06", actor="Wang Yi", actor_country="CHN",
                  issue="csto_deployment", stance="support", source_language="ru | fr",
                  source_url="https://example.org/b | https://example.org/c",
                  source_publisher="B | C", source_published="2022-01-07 | 2022-01-08"),
        event_row(event_id="E4", date="2022-01-07", actor="Wang Yi", actor_country="CHN",
                  issue="csto_deployment", stance="support"),
        event_row(event_id="E5", date="2022-01-07", actor="CSTO", actor_country="INT",
                  event_type="military_deployment", stance="", location="Almaty",
                  latitude="43.25", longitude="76.91", admin1="Almaty", country="KAZ",
                  geo_precision="point"),
        event_row(event_id="E6", date="2022-01-07", actor="CSTO", actor_country="INT",
                  event_type="military_deployment", stance="", location="Kazakhstan",
                  country="KAZ", geo_precision="country"),
        event_row(event_id="E7", date="", actor="Wang Yi", actor_country="CHN",
                  method="extracted", confidence="0.7", extractor_version="0.1",
                  review_status="unreviewed", source_published="2022-01-11"),
        event_row(event_id="E8", date="2022-01-08", actor="CSTO", actor_country="INT",
                  issue="csto_deployment", stance="support", review_status="rejected"),
    ]


@pytest.fixture
def loaded(tmp_path, monkeypatch):
    """A store with the rows above, its snapshot and the pandas frame the dashboard reads."""
    monkeypatch.setenv(columnar.SNAPSHOT_DIR_ENV, str(tmp_path / "columnar"))
    url = f"sqlite:///{tmp_path}/store.sqlite"
    store = open_store(url)
    store.save_events(_rows())
    path = columnar.snapshot_path(url, store.version())
    columnar.write_snapshot(store, path, _group_of)
    frame = add_actor_groups(sort_events(store.events_frame(review="all")), GROUPS, NAMES)
    return columnar.Columnar(path), frame


STATES = [
    FilterState(),
    FilterState(review="all"),
    FilterState(review="pending"),
    FilterState(date_from=date(2022, 1, 5), date_to=date(2022, 1, 7)),
    FilterState(actors=("Wang Yi",), review="all"),
    FilterState(languages=("ru",)),
    FilterState(languages=("fr",), stances=("support", "concern")),
    FilterState(types=("military_deployment", "protest"), include_extracted=False),
    FilterState(countries=("CHN", "INT"), issues=("csto_deployment",)),
]


@pytest.mark.parametrize("state", STATES)
def test_columnar_filters_keep_the_rows_pandas_keeps(loaded, state):
    col, frame = loaded
    expected = state.apply(frame)
    assert col.count(state) == len(expected)
    rows = col.rows(state, 100)
    assert list(rows["event_id"]) == list(expected["event_id"])
    pd.testing.assert_frame_equal(rows.reset_index(drop=True),
                                  expected[list(rows.columns)].reset_index(drop=True))


def test_columnar_rows_stop_at_the_limit_in_date_order(loaded):
    col, _ = loaded
    assert list(col.rows(FilterState(review="all"), 3)["event_id"]) == ["E1", "E2", "E3"]


@pytest.mark.parametrize("state", STATES)
def test_columnar_position_cells_count_each_stance(loaded, state):
    col, frame = loaded
    cells, pairs = aggregate.position_cells(col, state)
    expected = position_cells(state.apply(frame))  # the pandas cells: stances in order
    key = ["actor", "issue"]
    cells, expected = (c.sort_values(key).reset_index(drop=True) for c in (cells, expected))
    for column in ("actor", "actor_group", "issue", "n_events", "last_stance"):
        assert list(cells[column]) == list(expected[column]), column
    assert [tuple(dict.fromkeys(s)) for s in expected["stances"]] == list(cells["stances"])
    assert [c > 1 for c in cells["stances"].map(len)] == list(cells["changed"])
    assert pairs == actor_order(stance_rows(state.apply(frame)))


def test_columnar_position_cell_label_counts_stances(loaded):
    col, _ = loaded
    cells, _ = aggregate.position_cells(col, FilterState(actors=("Wang Yi",)))
    (label,) = cells["label"]
    assert label == "support 2 · concern 1 (3)"


@pytest.mark.parametrize("state", STATES)
def test_columnar_map_counts_equal_the_pandas_ones(loaded, state):
    col, frame = loaded
    regions = json.loads(default_pack().boundaries.regions.read_text())  # Kazakhstan's
    lookup = polygon_lookup(regions)
    summary = aggregate.map_summary(col, state, lookup)
    expected = map_counts(state.apply(frame), lookup)
    assert summary["counts"] == {**expected, "points_outside_view": 0}
    assert sum(summary["places"]["n"]) == expected["points"]


def test_columnar_daily_counts_add_up_to_the_dated_events(loaded):
    col, frame = loaded
    daily = aggregate.daily_counts(col, FilterState(review="all"))
    dated = FilterState(review="all").apply(frame)
    assert daily["n"].sum() == dated["date"].notna().sum() == 6
    by_group = daily.groupby("actor_group")["n"].sum().to_dict()
    assert by_group == {"China": 3, "International organisations": 2,
                        _group_of("protesters", ""): 1}


def test_columnar_aggregated_figures_escape_names():
    hostile = "<img src=x onerror=alert(1)>"
    places = pd.DataFrame({"location": [hostile], "latitude": [43.2], "longitude": [76.9],
                           "n": [7000], "event_type": ["protest"], "admin1": [""]})
    summary = {"regions": {"Almaty": 7000}, "places": places,
               "counts": {"events": 7000, "in_regions": 7000, "points": 7000,
                          "points_outside_view": 0, "country_only": 0, "no_place": 0}}
    regions = json.loads(default_pack().boundaries.regions.read_text())  # Kazakhstan's
    countries = json.loads((ROOT / "data" / "geo" / "central_asia_countries.geojson")
                           .read_text())
    daily = pd.DataFrame({"date": pd.to_datetime(["2022-01-05"]), "actor_group": [hostile],
                          "n": [9000], "stance_n": [10]})
    milestones = pd.DataFrame({"date": pd.to_datetime(["2022-01-05"]), "label": [hostile],
                               "event_ids": [["E1"]]})
    figures = [aggregated_map_figure(summary, countries, regions),
               daily_figure(daily, milestones)]
    spec = "".join(fig.to_json() for fig in figures)
    assert "<img" not in spec and "&lt;img" in spec
    for fig in figures:  # built unvalidated: every key must still be one plotly knows
        go.Figure(fig.to_plotly_json())


def _page(tmp_path, monkeypatch, page: str, threshold: int, budget: int) -> AppTest:
    write_events_csv(tmp_path / "events.csv", [r for r in _rows() if r["event_id"] != "E8"])
    monkeypatch.setenv("CRISIS_EVENTS_DIR", str(tmp_path))
    monkeypatch.setenv("CRISIS_ARTICLES_DIR", str(tmp_path / "none"))
    monkeypatch.setenv(columnar.SNAPSHOT_DIR_ENV, str(tmp_path / "columnar"))
    monkeypatch.setenv(columnar.COLUMNAR_FROM_ENV, str(threshold))
    monkeypatch.setattr(columnar, "MARK_BUDGET", budget)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["review"] = "all"
    at.run()
    if page != "map":
        at.switch_page(f"dashboard/views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.slow
@pytest.mark.parametrize("page", ["map", "timeline", "positions", "events"])
def test_columnar_pages_below_the_budget_draw_as_before(tmp_path, monkeypatch, own_store,
                                                         page):
    """The same page from pandas (a small store) and from DuckDB (threshold 1, budget
    above the events): the same sentence, charts and tables."""
    plain = _page(tmp_path, monkeypatch, page, threshold=10**9, budget=5000)
    large = _page(tmp_path, monkeypatch, page, threshold=1, budget=5000)
    assert [t.value for t in large.text] == [t.value for t in plain.text]
    charts = [c.proto.spec for c in plain.get("plotly_chart")]
    assert len(charts) == (page in ("map", "timeline"))
    assert [c.proto.spec for c in large.get("plotly_chart")] == charts
    assert len(plain.dataframe) == len(large.dataframe) >= (page in ("positions", "events"))
    for mine, theirs in zip(large.dataframe, plain.dataframe, strict=True):
        pd.testing.assert_frame_equal(mine.value, theirs.value)


@pytest.mark.slow
@pytest.mark.parametrize(("page", "words"), [
    ("map", "places with most events are drawn as points"),
    ("timeline", "events per day for each actor group"),
    ("positions", "counts the events of each stance"),
    ("events", "the first 500 rows in date order"),
])
def test_columnar_pages_past_the_budget_say_what_was_aggregated(tmp_path, monkeypatch,
                                                                  own_store, page, words):
    at = _page(tmp_path, monkeypatch, page, threshold=1, budget=2)
    texts = [t.value for t in at.text]
    assert texts[0].startswith("Showing 7 events")
    assert any(t.startswith("7 events match the filters, too many") and words in t
               for t in texts), texts
    if page in ("map", "timeline"):
        (chart,) = at.get("plotly_chart")
        assert json.loads(chart.proto.spec)["layout"]["meta"]["aggregated"] is True


def test_columnar_snapshot_of_one_crisis_holds_only_its_events(tmp_path, monkeypatch):
    # Two crisis packs share one store: each one's snapshot and count keep to its own
    # events, so a large store never shows one crisis's events under another.
    from dashboard.ui import large

    monkeypatch.setenv(columnar.SNAPSHOT_DIR_ENV, str(tmp_path / "columnar"))
    url = f"sqlite:///{tmp_path}/store.sqlite"
    store = open_store(url)
    store.save_events(_rows()[:3], crisis="alpha")
    store.save_events(_rows()[3:6], crisis="beta")
    paths = {c: columnar.snapshot_path(url, store.version(), crisis=c) for c in ("alpha", "beta")}
    assert paths["alpha"] != paths["beta"]
    for crisis, path in paths.items():
        columnar.write_snapshot(store, path, _group_of, crisis)
    alpha, beta = (columnar.Columnar(paths[c]) for c in ("alpha", "beta"))
    assert sorted(alpha.rows(FilterState(), 10)["event_id"]) == ["E1", "E2", "E3"]
    assert sorted(beta.rows(FilterState(), 10)["event_id"]) == ["E4", "E5", "E6"]
    assert (large.shown_count(store, "alpha"), large.shown_count(store, "beta"),
            large.shown_count(store)) == (3, 3, 6)


def test_columnar_benchmark_store_is_read_as_the_default_crisis(tmp_path, monkeypatch):
    # bench_scale measures the pages on a generated store: its rows must be the default
    # crisis pack's, or the snapshot the app reads is empty and every page time is of 0 rows.
    import pyarrow.parquet as pq

    from benchmarks.scale_data import write_store_and_csv
    from dashboard.crisis import default_id
    from dashboard.ui import large

    monkeypatch.setenv(columnar.SNAPSHOT_DIR_ENV, str(tmp_path / "columnar"))
    url = f"sqlite:///{tmp_path}/bench.sqlite"
    write_store_and_csv(40, url, tmp_path / "bench.csv")
    store, crisis = open_store(url), default_id()
    path = columnar.write_snapshot(store, columnar.snapshot_path(url, store.version(),
                                                                 crisis=crisis),
                                   _group_of, crisis)
    assert large.shown_count(store, crisis) == 40
    assert pq.ParquetFile(path).metadata.num_rows == 40

"""AppTest smoke tests: every page runs on the shipped data, with and without a link's filters."""

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.filters import FilterState
from dashboard.store import event_files, load_events, load_extracted
from dashboard.ui.widgets import LINK_NOTICE
from tests.conftest import ROOT, event_row, write_events_csv

PAGES = ["map", "timeline", "positions", "shifts", "alignment", "events", "about"]
SENTENCE = re.compile(r"^Showing ([\d,]+) events?")


def _app(**query: str | list[str]) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    return at


def _open(at: AppTest, page: str) -> AppTest:
    at.run()
    if page != "map":
        at.switch_page(f"dashboard/views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _shown_count(at: AppTest) -> int:
    counts = [int(m.group(1).replace(",", "")) for t in at.text if (m := SENTENCE.match(t.value))]
    assert len(counts) == 1, [t.value for t in at.text]
    return counts[0]


def _expected(params) -> int:
    curated = load_events(event_files()).events
    extracted = load_extracted().events
    state = FilterState.from_query(params)
    return len(state.apply(curated)) + len(state.apply(extracted))


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES)
def test_app_every_page_runs(page):
    at = _open(_app(), page)
    if page != "about":
        assert _shown_count(at) == _expected({})
        assert _shown_count(at) > 0


@pytest.mark.slow
@pytest.mark.parametrize("page", ["map", "timeline", "events"])
def test_app_page_opened_with_query_parameters(page):
    params = {"from": "2022-01-05", "to": "2022-01-07"}
    at = _open(_app(**params), page)
    assert _shown_count(at) == _expected(params)
    assert _shown_count(at) < _expected({})
    assert any("from 5 to 7 January 2022" in t.value for t in at.text)


@pytest.mark.slow
def test_app_repeated_list_parameters_restore_the_filter():
    params = {"type": ["protest", "violent_clash"]}
    at = _open(_app(**params), "events")
    assert _shown_count(at) == _expected(params)
    assert any("event type is protest or violent clash" in t.value for t in at.text)


@pytest.mark.slow
def test_app_bad_rows_warn_and_good_rows_load(tmp_path, monkeypatch, own_store):
    rows = [event_row(event_id="G1"), event_row(event_id="B1", date="2022-01-99"),
            event_row(event_id="G2", date="2022-01-07")]
    write_events_csv(tmp_path / "events.csv", rows)
    monkeypatch.setenv("CRISIS_EVENTS_DIR", str(tmp_path))
    monkeypatch.setenv("CRISIS_ARTICLES_DIR", str(tmp_path / "none"))
    at = _open(_app(), "events")
    assert _shown_count(at) == 2
    assert any("problem(s) in the data files" in w.value for w in at.warning)


@pytest.mark.slow
@pytest.mark.parametrize("page", ["timeline", "map", "events"])
def test_app_hostile_cells_leave_the_page_working(tmp_path, monkeypatch, page, own_store):
    rows = [event_row(event_id="G1"), event_row(event_id="B1", evidence_start="abc"),
            event_row(event_id="B2", latitude="4_3", longitude="50"),
            event_row(event_id="B3", date="9999-12-31"),
            event_row(event_id="B4", method="extracted", confidence="0.5_0"),
            event_row(event_id="B5", actor="\u202eaissuR"),
            event_row(event_id="G2", date="2022-01-07")]
    write_events_csv(tmp_path / "events.csv", rows)
    monkeypatch.setenv("CRISIS_EVENTS_DIR", str(tmp_path))
    monkeypatch.setenv("CRISIS_ARTICLES_DIR", str(tmp_path / "none"))
    at = _open(_app(), page)
    assert _shown_count(at) == 2
    assert any("5 problem(s) in the data files" in w.value for w in at.warning)
    (details,) = [d.value for d in at.dataframe if "field" in d.value.columns]
    assert list(zip(details["line"], details["field"], strict=True)) == [
        (3, "evidence_start"), (4, "latitude"), (5, "date"), (6, "confidence"), (7, "actor")]


@pytest.mark.slow
def test_app_missing_events_folder_is_said(tmp_path, monkeypatch, own_store):
    monkeypatch.setenv("CRISIS_EVENTS_DIR", str(tmp_path / "nonexistent"))
    at = _open(_app(), "events")
    assert _shown_count(at) == _expected({}) - len(load_events(event_files()).events)
    assert any("1 problem(s) in the data files" in w.value for w in at.warning)
    (details,) = [d.value for d in at.dataframe if "field" in d.value.columns]
    assert details["file"].tolist() == ["nonexistent/"]
    assert "does not exist" in details["message"].iloc[0]


@pytest.mark.slow
def test_app_store_change_shows_on_the_next_rerun(tmp_path, monkeypatch, own_store):
    from dashboard.db import open_store

    write_events_csv(tmp_path / "events.csv", [event_row(event_id="G1"),
                                               event_row(event_id="G2", date="2022-01-07")])
    monkeypatch.setenv("CRISIS_EVENTS_DIR", str(tmp_path))
    monkeypatch.setenv("CRISIS_ARTICLES_DIR", str(tmp_path / "none"))
    at = _open(_app(), "events")
    assert _shown_count(at) == 2
    open_store(own_store).review("G1", "reject", "Ana")  # another session's review
    at.run()
    assert _shown_count(at) == 1


@pytest.mark.slow
def test_app_unknown_link_value_is_dropped():
    at = _open(_app(actor="No Such Actor"), "map")
    assert _shown_count(at) == _expected({})


def _url(at: AppTest) -> dict[str, list[str]]:
    return {key: value if isinstance(value, list) else [value]
            for key, value in dict(at.query_params).items()}


@pytest.mark.slow
@pytest.mark.parametrize(("query", "named", "kept"), [
    ({"from": "garbage"}, "'from' value 'garbage'", {}),
    ({"to": "9999-99-99"}, "'to' value '9999-99-99'", {}),
    ({"to": "9999-12-31"}, "'to' 9999-12-31 is outside the data", {}),
    ({"from": "2022-01-20", "to": "2022-01-05"}, "the two dates were swapped",
     {"from": ["2022-01-05"], "to": ["2022-01-20"]}),
    ({"stance": ["angry", "oppose"]}, "stance value(s) 'angry'", {"stance": ["oppose"]}),
    ({"type": "riot"}, "event type value(s) 'riot'", {}),
    ({"issue": "xx"}, "issue value(s) 'xx'", {}),
    ({"country": ["QQQ", "CHN"]}, "actor country value(s) 'QQQ'", {"country": ["CHN"]}),
    ({"lang": "zz"}, "source language value(s) 'zz'", {}),
    ({"actor": "<b>No Such Actor</b>"}, "actor value(s) '<b>No Such Actor</b>'", {}),
    ({"extracted": "perhaps"}, "'extracted' value 'perhaps'", {}),
    ({"actor": [f"x{i}" for i in range(80)]}, "only the first 50 of 80 values", {}),
    ({"type": "protest", "actor": ["y" * 400 + str(i) for i in range(8)]},
     "longer than 2,000 characters", {"type": ["protest"]}),
])
def test_app_link_notice_names_what_was_dropped(query, named, kept):
    at = _open(_app(**query), "map")
    assert [w.value for w in at.warning if "this link" in w.value] == [LINK_NOTICE]
    assert any(named in t.value for t in at.text), [t.value for t in at.text]
    assert _shown_count(at) == _expected(kept)
    assert _url(at) == kept  # the link now says what is applied
    at.run()  # the notice is said once, not on every rerun
    assert not [w for w in at.warning if "this link" in w.value]


@pytest.mark.slow
def test_app_link_filters_survive_a_page_switch():
    query = {"country": ["CHN"], "type": ["statement"]}
    at = _open(_app(**query), "map")
    at.query_params.clear()  # what the browser's page switch does to the URL
    at.switch_page("dashboard/views/timeline.py").run()
    assert _shown_count(at) == _expected(query) < _expected({})
    assert _url(at) == query
    assert not at.warning


@pytest.mark.slow
@pytest.mark.parametrize("page", ["map", "timeline", "positions", "events"])
def test_app_empty_result_says_what_to_do(tmp_path, monkeypatch, page, own_store):
    rows = [event_row(event_id="G1", date="2022-01-05"),
            event_row(event_id="G2", date="2022-01-07")]
    write_events_csv(tmp_path / "events.csv", rows)
    monkeypatch.setenv("CRISIS_EVENTS_DIR", str(tmp_path))
    monkeypatch.setenv("CRISIS_ARTICLES_DIR", str(tmp_path / "none"))
    at = _open(_app(**{"from": "2022-01-06", "to": "2022-01-06"}), page)
    assert _shown_count(at) == 0
    assert any("No events match" in i.value for i in at.info)


@pytest.mark.slow
def test_app_positions_chart_tab_draws_the_heatmap():
    at = _open(_app(), "positions")
    assert at.get("plotly_chart") == []  # the chart tab is drawn only when opened
    at.session_state["positions-view"] = "Chart"
    at.run()
    assert not at.exception
    (chart,) = at.get("plotly_chart")
    assert '"type":"heatmap"' in chart.proto.spec.replace(" ", "")
    downloads = {b.proto.label for b in at.get("download_button")}
    assert {"PNG", "SVG", "HTML"} <= downloads


@pytest.mark.slow
def test_app_failing_page_shows_an_error_id_and_other_pages_work(monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise ValueError("secret detail of the failure")

    monkeypatch.setattr("dashboard.charts.country_level_count", broken)
    at = _app()
    at.run()
    assert not at.exception  # no traceback shown
    (error,) = at.error
    ident = re.search(r"error id ([0-9a-f]{10})", error.value).group(1)
    assert "the Map page could not be shown" in error.value
    assert "secret detail" not in error.value
    assert any(ident in r.getMessage() and r.exc_info for r in caplog.records)
    at.switch_page("dashboard/views/timeline.py").run()
    assert not at.exception and not at.error
    assert _shown_count(at) == _expected({})


@pytest.mark.slow
def test_app_failing_data_load_shows_an_error_id(monkeypatch, tmp_path):
    def broken(*args, **kwargs):
        raise ValueError("secret detail of the failure")

    monkeypatch.setattr("dashboard.db.load.load_events_folder", broken)
    monkeypatch.setenv("CRISIS_EVENTS_DIR", str(tmp_path))  # a new folder: not cached
    at = _app()
    at.run()
    assert not at.exception
    (error,) = at.error
    assert "the data set could not be shown" in error.value and "error id" in error.value
    assert "secret detail" not in error.value


@pytest.mark.parametrize(("cells", "expected"), [
    (["fr", "en | ru"], {"fr": "French", "en": "English", "ru": "Russian"}),
    (["kk", "qq"], {"kk": "Kazakh", "qq": "qq"}),  # an unknown code keeps its code
    (["", None], {}),
])
def test_app_language_names(cells, expected):
    from dashboard.ui.data import language_names

    assert language_names(pd.Series(cells, dtype=object)) == expected



@pytest.mark.parametrize(("codes", "expected"), [
    (["RUS", "TUR"], {"RUS": "Russia", "TUR": "Turkey"}),  # as the state actors are named
    (["VAT"], {"VAT": "Holy See (Vatican City State)"}),  # no state actor: pycountry
    (["QQQ", ""], {"QQQ": "QQQ"}),  # unknown code keeps its code
])
def test_app_country_names(codes, expected):
    from dashboard.ui.data import country_names

    assert country_names(pd.Series(codes, dtype=object)) == {"INT": "International", **expected}


@pytest.mark.slow
def test_app_shifts_page_lists_a_known_change_with_both_sources():
    # Tokayev: concern on 4 January (URA.RU), then oppose on 7 January (three agencies).
    at = _open(_app(), "shifts")
    lines = "\n".join(t.value for t in at.text)
    assert ("Kassym-Jomart Tokayev on restraint human rights: concern on 2022-01-04 (URA.RU)"
            " → oppose on 2022-01-07 (A News, RT, EFE)") in lines
    assert "Stance shifts (CSV)" in [b.label for b in at.get("download_button")]


@pytest.mark.slow
def test_app_alignment_page_draws_both_charts_and_names_blocs():
    at = _open(_app(), "alignment")
    assert len(at.get("plotly_chart")) == 2
    words = " ".join(t.value for t in at.text)
    assert "Blocs (average agreement above one half): bloc 1: " in words
    assert "Lines join the " in words


@pytest.mark.slow
@pytest.mark.parametrize(("page", "words"), [
    ("map", r"In words: \d+ of the \d+ events have a place on the map"),
    ("timeline", r"In words: The timeline shows \d+ dated statement"),
    ("alignment", r"In words: Agreement of \d+ actors"),
])
def test_app_charts_have_a_text_alternative(page, words):
    at = _open(_app(), page)
    assert any(re.match(words, t.value) for t in at.text), [t.value for t in at.text]

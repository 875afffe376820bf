"""AppTest of the day-by-day map: the day in the URL, the slider, the switch, the play."""

import json
import re
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.filters import FilterState
from dashboard.store import event_files, load_events, load_extracted
from dashboard.ui import daymap
from dashboard.ui.widgets import LINK_NOTICE
from tests.conftest import ROOT

pytestmark = pytest.mark.slow
DRAWN = re.compile(r"^The map shows ([\d,]+) of these ([\d,]+) events: those (on|up to) (.+)\.$")


def _app(**query: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _expected_drawn(params) -> int:
    state = FilterState.from_query(params)
    return sum(len(state.on_day(state.apply(frame))) for frame in
               (load_events(event_files()).events, load_extracted().events))


def _drawn(at: AppTest) -> tuple[int, str]:
    (match,) = [m for t in at.text if (m := DRAWN.match(t.value))]
    return int(match.group(1).replace(",", "")), f"{match.group(3)} {match.group(4)}"


def _map_events(at: AppTest) -> int:
    """How many events the drawn map figure counts (its ``layout.meta``)."""
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    return figure["layout"]["meta"]["counts"]["events"]


def test_app_daymap_link_day_draws_that_day():
    at = _app(day="2022-01-06")
    count, said = _drawn(at)
    assert count == _expected_drawn({"day": "2022-01-06"}) == _map_events(at) > 0
    assert said == "on 6 January 2022"
    assert at.slider(key="map-day").value == date(2022, 1, 6)
    assert dict(at.query_params) == {"day": "2022-01-06"}


def test_app_daymap_slider_and_switch_change_map_and_url():
    at = _app(day="2022-01-06")
    at.slider(key="map-day").set_value(date(2022, 1, 8)).run()
    assert _drawn(at) == (_expected_drawn({"day": "2022-01-08"}), "on 8 January 2022")
    assert at.query_params["day"] == "2022-01-08"
    at.toggle(key="map-cumulative").set_value(True).run()
    up_to = _expected_drawn({"day": "2022-01-08", "cumulative": "1"})
    assert _drawn(at) == (up_to, "up to 8 January 2022") and up_to == _map_events(at)
    assert at.query_params["cumulative"] == "1"
    at.toggle(key="map-by-day").set_value(False).run()
    assert not [t for t in at.text if DRAWN.match(t.value)]
    assert "day" not in at.query_params
    assert _map_events(at) == _expected_drawn({})


def test_app_daymap_quiet_day_still_draws_the_regions(monkeypatch):
    at = _app(**{"from": "2022-01-05", "to": "2022-01-07", "day": "2022-01-06",
                 "type": "arrest"})
    count, _ = _drawn(at)
    figure = json.loads(at.get("plotly_chart")[0].proto.spec)
    regions = [t for t in figure["data"] if t.get("name") == "Kazakh regions"]
    assert count == _map_events(at) == _expected_drawn(dict(at.query_params))
    assert len(regions) == 1 and len(regions[0]["z"]) == 16  # the map, not a blank box


@pytest.mark.parametrize(("day", "named", "kept"), [
    ("2022-01-40", "ignored 'day' value '2022-01-40': not a date", None),
    ("2022-01-12", "'day' 2022-01-12 is outside the selected range (2022-01-05 to "
                   "2022-01-07): 2022-01-07 is used", "2022-01-07"),
])
def test_app_daymap_bad_day_in_a_link_is_said(day, named, kept):
    at = _app(**{"from": "2022-01-05", "to": "2022-01-07", "day": day})
    assert [w.value for w in at.warning if "this link" in w.value] == [LINK_NOTICE]
    assert any(named in t.value for t in at.text), [t.value for t in at.text]
    assert at.query_params.get("day") == kept


def test_app_daymap_narrowed_range_moves_the_day_into_it():
    at = _app(day="2022-01-20")
    at.date_input(key="to").set_value(date(2022, 1, 10)).run()
    assert at.query_params["day"] == "2022-01-10"
    assert _drawn(at)[1] == "on 10 January 2022"


def test_app_daymap_play_steps_to_the_last_day(monkeypatch):
    monkeypatch.setattr(daymap, "PLAY_SECONDS", 0.0)
    at = _app(**{"from": "2022-01-05", "to": "2022-01-07"})
    at.button(key="map-play").click().run()
    assert not at.exception, [e.value for e in at.exception]
    # played 5, 6 and 7 January, then stopped on the last day
    assert at.query_params["day"] == "2022-01-07"
    assert _drawn(at) == (_expected_drawn({"day": "2022-01-07"}), "on 7 January 2022")
    assert at.button(key="map-play").label == "Play"


def test_app_daymap_leaving_the_map_stops_the_play(monkeypatch):
    monkeypatch.setattr(daymap, "PLAY_SECONDS", 0.0)
    at = _app(**{"from": "2022-01-05", "to": "2022-01-09", "day": "2022-01-06"})
    at.session_state["map-playing"] = True  # a play running when the reader leaves
    at.switch_page("dashboard/views/timeline.py").run()
    assert not at.exception, [e.value for e in at.exception]
    at.switch_page("dashboard/views/map.py").run()
    assert not at.exception, [e.value for e in at.exception]
    # back on the map: the day the reader left, not stepped on to the end
    assert at.query_params["day"] == "2022-01-06"
    assert _drawn(at)[1] == "on 6 January 2022"
    assert at.button(key="map-play").label == "Play"

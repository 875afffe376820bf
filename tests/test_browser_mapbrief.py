"""Browser tests of the day-by-day map and the analyst brief, under `streamlit run`.

Every request the app page makes must stay on 127.0.0.1 and no console error may appear
(as in test_browser.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from dashboard.filters import FilterState
from dashboard.store import event_files, load_events, load_extracted
from tests.live_server import CHROMIUM, CHROMIUM_ARGS, is_local, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SENTENCE = re.compile(r"Showing ([\d,]+) events?")
# the counts note under the map: "38 events · 30 counted in Kazakh regions · ..."
MAP_NOTE = ".js-plotly-plot .annotation-text"


def _frames():
    return load_events(event_files()).events, load_extracted().events


def _drawn(params) -> int:
    """Events the map draws for ``params`` (the day, or up to it)."""
    state = FilterState.from_query(params)
    return sum(len(state.on_day(state.apply(frame))) for frame in _frames())


@pytest.fixture(scope="module")
def app_url():
    with running_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make chromium` or set CHROMIUM")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, app_url):
    """A fresh page that records console errors and requests leaving the app."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.console_errors, page.foreign_requests = [], []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    page.on("request", lambda r: is_local(r.url, app_url) or page.foreign_requests.append(r.url))
    yield page
    assert page.console_errors == []
    assert page.foreign_requests == []
    context.close()


def _map_count(page, expected: int) -> None:
    """Wait until the drawn map counts ``expected`` events in its note."""
    page.wait_for_function(
        "([sel, n]) => [...document.querySelectorAll(sel)].some("
        "e => e.textContent.startsWith(n + ' events'))",
        arg=[MAP_NOTE, str(expected)], timeout=30_000)


def test_browser_mapbrief_day_slider_changes_the_map_and_the_url(page, app_url):
    page.goto(f"{app_url}/?day=2022-01-06")
    page.get_by_text(SENTENCE).first.wait_for(timeout=30_000)
    sixth, seventh = _drawn({"day": "2022-01-06"}), _drawn({"day": "2022-01-07"})
    assert sixth != seventh
    _map_count(page, sixth)
    page.get_by_role("slider").first.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(r"day=2022-01-07"), timeout=30_000)
    _map_count(page, seventh)
    page.get_by_text("The map shows").filter(has_text="on 7 January 2022").wait_for()
    page.get_by_text("Cumulative", exact=True).click()
    page.wait_for_url(re.compile(r"cumulative=1"), timeout=30_000)
    _map_count(page, _drawn({"day": "2022-01-07", "cumulative": "1"}))


def test_browser_mapbrief_play_steps_through_the_range(page, app_url):
    page.goto(f"{app_url}/?from=2022-01-05&to=2022-01-07")
    page.get_by_text(SENTENCE).first.wait_for(timeout=30_000)
    page.get_by_role("button", name=re.compile("Play")).click()
    page.wait_for_url(re.compile(r"day=2022-01-06"), timeout=30_000)
    page.wait_for_url(re.compile(r"day=2022-01-07"), timeout=30_000)
    _map_count(page, _drawn({"day": "2022-01-07"}))
    page.get_by_role("button", name=re.compile("Play")).wait_for(timeout=30_000)  # stopped

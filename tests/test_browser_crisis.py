"""Both shipped crises in the real app (Playwright, Debian's Chromium): map of the right
countries and regions, timeline, positions, events and downloads, ``crisis=`` in the URL.

One server for the module, on the shipped packs. No request may leave 127.0.0.1 and no
console error may appear (the fixtures of test_browser.py check it).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from dashboard import crisis as packs
from dashboard.filters import FilterState
from dashboard.store import event_files, load_events, load_extracted, read_event_rows
from tests.test_browser import SENTENCE, _open, _sentence_count, _wait_for_charts

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHIPPED = packs.available(Path(__file__).resolve().parent.parent / "data" / "crises")
CRISES = sorted(SHIPPED)


def _expected(crisis_id: str) -> int:
    """Events the crisis shows with no filter: its curated files (and, for the default
    crisis, the sample articles' extracted events)."""
    pack = SHIPPED[crisis_id]
    state = FilterState()
    count = len(state.apply(load_events(event_files(pack.events_dir)).events))
    if crisis_id == packs.default_id():
        count += len(state.apply(load_extracted().events))
    return count


def _figure(tab) -> dict:
    """The first plotly figure of the page: trace names, choropleth locations, title."""
    return tab.evaluate("""() => {
        const plot = document.querySelector('.js-plotly-plot');
        return {title: (plot.layout.title || {}).text || '',
                names: plot.data.map(t => t.name || ''),
                locations: plot.data.map(t => t.locations || []).flat()};
    }""")


def _url_crisis(tab) -> list[str]:
    return re.findall(r"[?&]crisis=([\w-]+)", tab.url)


def test_browser_crisis_both_packs_ship():
    assert {"kazakhstan-2022-01", "karakalpakstan-2022-07"} <= set(CRISES)


@pytest.mark.parametrize("crisis_id", CRISES)
def test_browser_crisis_map_shows_its_countries_and_regions(page, app_url, crisis_id):
    pack = SHIPPED[crisis_id]
    _open(page, app_url, "Map", f"?crisis={crisis_id}")
    assert _sentence_count(page) == _expected(crisis_id) > 0
    _wait_for_charts(page)
    figure = _figure(page)
    assert pack.map_title in figure["title"]
    assert pack.regions_label in figure["names"]
    regions = {f["properties"]["name"] for f in
               json.loads(pack.boundaries.regions.read_text("utf-8"))["features"]}
    assert regions <= set(figure["locations"])  # every region of the crisis's country
    assert pack.boundaries.region_country in figure["locations"]  # and the countries
    assert page.title() == pack.title
    assert _url_crisis(page) == [crisis_id]


@pytest.mark.parametrize("crisis_id", CRISES)
def test_browser_crisis_pages_follow_the_crisis(page, app_url, crisis_id):
    pack = SHIPPED[crisis_id]
    expected = _expected(crisis_id)
    _open(page, app_url, "Timeline", f"?crisis={crisis_id}")
    _wait_for_charts(page)
    assert _sentence_count(page) == expected and _url_crisis(page) == [crisis_id]
    for title in ("Positions", "Events"):
        page.locator("[data-testid='stSidebarNav']").get_by_text(title, exact=True).click()
        page.get_by_role("heading", name=re.compile(title, re.I)).first.wait_for(
            timeout=30_000)
        page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=30_000)
        assert _sentence_count(page) == expected and _url_crisis(page) == [crisis_id]
    with page.expect_download() as info:
        page.get_by_role("button", name=re.compile("Events \\(CSV\\)")).click()
    rows = list(csv.DictReader(io.StringIO(
        Path(info.value.path()).read_bytes().decode("utf-8-sig"))))
    curated = {row["event_id"] for path in event_files(pack.events_dir)
               for _, row in read_event_rows(path)[0]}
    assert len(rows) == expected and curated <= {row["event_id"] for row in rows}
    assert info.value.suggested_filename == "events.csv"


def test_browser_crisis_selector_switches_and_old_links_open_the_default(page, app_url):
    default = packs.default_id()
    other = next(c for c in CRISES if c != default)
    _open(page, app_url, "Map")  # a link from before packs: no crisis=
    assert _sentence_count(page) == _expected(default)
    assert _url_crisis(page) == []
    page.locator("[data-testid='stSidebar']").get_by_label("Crisis", exact=True).click()
    page.get_by_role("option", name=SHIPPED[other].title).click()
    page.wait_for_function("c => location.search.includes('crisis=' + c)", arg=other,
                           timeout=30_000)
    page.wait_for_function(
        "n => [...document.querySelectorAll('*')].some(e => e.childElementCount === 0 && "
        "e.textContent.startsWith('Showing ' + n + ' event'))",
        arg=f"{_expected(other):,}", timeout=30_000)
    assert _url_crisis(page) == [other]
    assert SENTENCE.search(page.get_by_text(SENTENCE).first.inner_text())

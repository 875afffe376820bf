"""Browser tests of the day-by-day map and the analyst brief, under `streamlit run`.

Every request the app page makes must stay on 127.0.0.1 and no console error may appear
(as in test_browser.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from dashboard.brief import PRINT_WIDTH_PX, cited_sources
from dashboard.filters import FilterState
from dashboard.schema import is_http_url
from dashboard.store import event_files, load_events, load_extracted

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


def _cited_urls(params) -> set[str]:
    state = FilterState.from_query(params)
    return {url for frame in _frames() for cell in state.apply(frame)["source_url"]
            for url in cell.split(" | ") if url}


def test_browser_mapbrief_brief_downloads_and_opens_offline(page, browser, app_url, tmp_path):
    params = {"from": "2022-01-05", "to": "2022-01-08", "country": ["RUS", "KAZ"]}
    page.goto(f"{app_url}/?from=2022-01-05&to=2022-01-08&country=RUS&country=KAZ&day=2022-01-06")
    page.get_by_text(SENTENCE).first.wait_for(timeout=30_000)
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("button", name=re.compile("Analyst brief")).click()
    saved = tmp_path / "brief.html"
    info.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    urls = _cited_urls(params)
    assert urls and not [url for url in urls if url not in text and
                         url.replace("&", "&amp;") not in text]

    context = browser.new_context()
    offline = context.new_page()
    requests = []
    offline.on("request", lambda r: r.url.startswith("file:") or requests.append(r.url))
    context.route(re.compile(r"^(?!file:).*"), lambda route: route.abort())
    offline.goto(saved.as_uri())
    offline.wait_for_function(  # the map drew its countries and regions, offline
        "() => document.querySelectorAll('.geo .choroplethlocation').length >= 30",
        timeout=30_000)
    offline.wait_for_function(  # and the timeline
        "() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 4",
        timeout=30_000)
    body = offline.inner_text("body")
    assert "where actor country is Russia or Kazakhstan" in body
    assert "The map shows the" in body and "on 6 January 2022" in body
    assert "Stance shifts" in body and "most cited statements" in body
    assert re.search(r"Made \d{4}-\d\d-\d\d \d\d:\d\d UTC", body)
    state = FilterState.from_query(params)
    sources = cited_sources(pd.concat([state.apply(frame) for frame in _frames()]))
    assert f"Sources ({len(sources)})" in body
    links = offline.eval_on_selector_all(".sources a",
                                         "els => els.map(e => e.getAttribute('href'))")
    assert set(links) == {url for url in urls if is_http_url(url)}
    # printed, each chart is drawn at the page's width (its legend stays on the page) ...
    widths = "() => [...document.querySelectorAll('.js-plotly-plot .main-svg')].map(" \
             "s => Number(s.getAttribute('width')))"
    assert min(offline.evaluate(widths)) > PRINT_WIDTH_PX  # a 1280 px window
    offline.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    offline.wait_for_function(f"() => ({widths})().every(w => w === {PRINT_WIDTH_PX})",
                              timeout=30_000)
    offline.evaluate("window.dispatchEvent(new Event('afterprint'))")  # ... then as before
    offline.wait_for_function(f"() => ({widths})().every(w => w > {PRINT_WIDTH_PX})",
                              timeout=30_000)
    assert requests == []
    context.close()


def test_browser_mapbrief_brief_as_pdf(page, app_url):
    page.goto(f"{app_url}/?from=2022-01-05&to=2022-01-06&country=CHN")
    page.get_by_text(SENTENCE).first.wait_for(timeout=30_000)
    with page.expect_download(timeout=240_000) as info:
        page.get_by_role("button", name=re.compile("PDF")).click()
    assert Path(info.value.path()).read_bytes().startswith(b"%PDF")

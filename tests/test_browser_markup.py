"""Hostile data in the real app: markup in every text field never becomes markup on a page.

A data set written in a temporary folder holds links, images with handlers, styled spans,
scripts and Markdown links in every free-text field. Every page, the positions chart, a
hover label and the HTML and SVG exports are opened in Chromium; none may hold an element
made from the payload, run a script or open a dialog, and the payload must still be there
as text (the rows load and are shown, not dropped).
"""

from __future__ import annotations

import re
import urllib.parse

import pytest

from tests.conftest import event_row, write_events_csv
from tests.live_server import running_app, watched_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LINK = '<a href="https://attacker.invalid/">official source</a>'
IMAGE = "<img src=x onerror=alert(1)>"
STYLED = '<span style="font-size:80px;color:red">big</span>'
SCRIPT = "<script>window.xssRan=1</script>"
MARKDOWN = "[click here](https://attacker.invalid/md) **payload-bold**"
PAYLOAD = " ".join([LINK, IMAGE, STYLED, SCRIPT, MARKDOWN])
TEXT_FIELDS = ("target", "location", "summary", "quote", "evidence", "note", "source_title",
               "source_publisher")
# Elements the payload would make if any of it were drawn as HTML, SVG text or Markdown.
FORBIDDEN = ['a[href*="attacker.invalid"]', 'img[src="x"]', '[style*="size:80px"]',
             '[style*="size: 80px"]', '[style*="color:red"]']
# A script element made from the payload (the export's own scripts hold it as escaped data).
# Nor a Markdown rendering of it (bold text).
SCRIPT_RAN = ("() => window.xssRan !== undefined || [...document.querySelectorAll('script')]"
              ".some(s => s.textContent.trim() === 'window.xssRan=1') || "
              "[...document.querySelectorAll('strong, em')]"
              ".some(e => e.textContent.includes('payload-bold'))")
ROWS = 4
PAGES = ["Map", "Timeline", "Positions", "Events", "About the data"]


def _rows() -> list[dict[str, str]]:
    """Four loadable rows: statements with stances (timeline, positions), map points."""
    place = {"latitude": "43.25", "longitude": "76.91", "admin1": "Almaty", "country": "KAZ",
             "geo_precision": "point"}
    rows = []
    for number, (actor, stance) in enumerate([(LINK, "support"), (STYLED, "oppose"),
                                              (IMAGE, "support"), (SCRIPT, "neutral")]):
        values = dict.fromkeys(TEXT_FIELDS, f"{PAYLOAD} {number}")
        rows.append(event_row(event_id=f"X{number}", date=f"2022-01-0{number + 4}",
                              actor=actor, stance=stance, **values, **place))
    return rows


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    write_events_csv(folder / "events.csv", _rows())
    (folder / "articles").mkdir()
    env = {"CRISIS_EVENTS_DIR": str(folder), "CRISIS_ARTICLES_DIR": str(folder / "articles"),
           "DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('hostile-store')}/s.sqlite"}
    with running_app(env) as url:
        yield url


@pytest.fixture
def page(browser, hostile_url):
    """A page that records dialogs, console errors and requests leaving the app."""
    context, page = watched_page(browser, hostile_url)
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    assert page.dialogs == [] and page.console_errors == [] and page.foreign_requests == []
    context.close()


def _assert_nothing_drawn(page) -> None:
    """No element made from the payload, in the page or any frame of it; no script ran."""
    for frame in page.frames:
        for selector in FORBIDDEN:
            found = [e.evaluate("e => e.outerHTML.slice(0, 120)")
                     for e in frame.query_selector_all(selector)]
            assert found == [], (selector, found)
        assert not frame.evaluate(SCRIPT_RAN)


def _open(page, url: str, title: str, query: str = "") -> None:
    page.goto(f"{url}/{query}")
    page.get_by_text(re.compile(r"Showing \d+ events?")).first.wait_for(timeout=30_000)
    if title != "Map":
        page.locator("[data-testid='stSidebarNav']").get_by_text(title, exact=True).click()
    page.get_by_role("heading", name=re.compile(title.split()[0], re.I)).first.wait_for(
        timeout=30_000)


def _ticks(page) -> list[str]:
    """The y axis tick labels as drawn (SVG text)."""
    return page.locator(".ytick text").evaluate_all("els => els.map(e => e.textContent)")


def _wait_for_chart(page) -> None:
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .main-svg')"
                           ".length > 0", timeout=30_000)


@pytest.mark.parametrize("title", PAGES)
def test_browser_markup_no_page_draws_the_payload(page, hostile_url, title):
    _open(page, hostile_url, title)
    if title != "About the data":
        # Every row loaded; waited for, as a page switch draws the heading before the sentence.
        page.get_by_text(f"Showing {ROWS} events").first.wait_for(timeout=30_000)
    if title in ("Map", "Timeline"):
        _wait_for_chart(page)
    if title == "Timeline":
        ticks = _ticks(page)
        assert LINK in ticks and STYLED in ticks  # names drawn as the text they are
    if title in ("Positions", "Events"):
        page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=30_000)
    if title == "Positions":
        page.get_by_role("tab", name="Chart").click()
        _wait_for_chart(page)
        assert LINK in _ticks(page)
    page.wait_for_timeout(500)  # a handler that would fire has had its chance
    _assert_nothing_drawn(page)


def test_browser_markup_hover_label_is_text(page, hostile_url):
    _open(page, hostile_url, "Timeline")
    _wait_for_chart(page)
    page.locator(".scatterlayer .point").first.hover(force=True)
    label = page.locator(".hoverlayer .hovertext")
    label.first.wait_for(timeout=10_000)
    text = label.first.text_content()
    assert any(actor in text for actor in (LINK, STYLED, IMAGE, SCRIPT)), text
    _assert_nothing_drawn(page)


def test_browser_markup_filter_sentence_and_exports(page, browser, hostile_url, tmp_path):
    # The payload actor chosen by a link: in the sentence, the caption and the exports.
    _open(page, hostile_url, "Timeline", "?actor=" + urllib.parse.quote(LINK))
    assert f"Showing 1 event where actor is {LINK}" in page.inner_text("body")
    _wait_for_chart(page)
    _assert_nothing_drawn(page)
    saved = {}
    for fmt in ("HTML", "SVG"):
        with page.expect_download(timeout=90_000) as info:
            page.get_by_role("button", name=fmt).first.click()
        saved[fmt] = tmp_path / f"timeline.{fmt.lower()}"
        info.value.save_as(saved[fmt])
    context = browser.new_context()
    offline = context.new_page()
    offline.dialogs = []
    offline.on("dialog", lambda d: (offline.dialogs.append(d.message), d.dismiss()))
    context.route("http*://**", lambda route: route.abort())
    offline.goto(saved["HTML"].as_uri())
    _wait_for_chart(offline)
    assert LINK in _ticks(offline)
    assert "actor is " + LINK in offline.inner_text("body")  # the caption, as text
    _assert_nothing_drawn(offline)
    offline.goto(saved["SVG"].as_uri())
    assert offline.locator("svg").count() > 0 and "official source" in offline.content()
    _assert_nothing_drawn(offline)
    assert offline.dialogs == []
    context.close()

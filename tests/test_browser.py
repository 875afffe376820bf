"""The real thing: the app under `streamlit run`, driven by Playwright in Debian's Chromium.

One server for the module. Every request the page makes is recorded: none may leave
127.0.0.1. Every console error is recorded: none may appear.
"""

from __future__ import annotations

import csv
import io
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from dashboard.filters import FilterState
from dashboard.store import event_files, load_events, load_extracted
from dashboard.ui.preload import chart_chunk, import_tag
from tests.live_server import open_dropdown

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SENTENCE = re.compile(r"Showing ([\d,]+) events?")
# Page titles in the sidebar navigation; the map is the default page, served at "/".
PAGES = ["Map", "Timeline", "Positions", "Events", "About the data"]


def _expected(params) -> int:
    state = FilterState.from_query(params)
    return len(state.apply(load_events(event_files()).events)) + len(
        state.apply(load_extracted().events))


def _sentence_count(page) -> int:
    locator = page.get_by_text(SENTENCE).first
    locator.wait_for(timeout=30_000)
    return int(SENTENCE.search(locator.inner_text()).group(1).replace(",", ""))


def _open(page, app_url: str, title: str, query: str = "") -> None:
    """Open the app at its root, then go to a page through the sidebar navigation.

    (A deep link such as /timeline also works, but Streamlit's frontend first probes
    /timeline/_stcore/health and logs the 404 as a console error.)
    """
    page.goto(f"{app_url}/{query}")
    if title != "Map":
        page.get_by_text(SENTENCE).first.wait_for(timeout=30_000)
        page.locator("[data-testid='stSidebarNav']").get_by_text(title, exact=True).click()
    page.get_by_role("heading", name=re.compile(title.split()[0], re.I)).first.wait_for(
        timeout=30_000)


def _wait_for_charts(page, minimum: int = 1) -> None:
    page.wait_for_function(
        "n => document.querySelectorAll('.js-plotly-plot .main-svg').length >= n",
        arg=minimum, timeout=30_000)


@pytest.mark.parametrize("name", PAGES)
def test_browser_every_page_shows_data(page, app_url, name):
    _open(page, app_url, name)
    if name == "About the data":
        page.get_by_text("Files loaded").wait_for()
        return
    assert _sentence_count(page) == _expected({}) > 0
    if name in ("Map", "Timeline"):
        _wait_for_charts(page)
    if name in ("Positions", "Events"):
        page.locator("[data-testid='stDataFrame']").first.wait_for(timeout=30_000)


def test_browser_metrics_endpoint_is_closed(app_url):
    with pytest.raises(urllib.error.HTTPError) as closed:
        urllib.request.urlopen(f"{app_url}/_stcore/metrics", timeout=10)
    closed.value.close()  # the error holds the response open
    assert closed.value.code == 404
    with urllib.request.urlopen(f"{app_url}/_stcore/health", timeout=10) as answer:
        assert answer.status == 200


def test_browser_reversed_dates_are_swapped_with_a_notice(page, app_url):
    _open(page, app_url, "Map", "?from=2022-01-20&to=2022-01-05")
    swapped = {"from": "2022-01-05", "to": "2022-01-20"}
    assert _sentence_count(page) == _expected(swapped)
    page.get_by_text(re.compile("the two dates were swapped")).wait_for(timeout=30_000)
    page.wait_for_url(re.compile(r"from=2022-01-05&to=2022-01-20"), timeout=30_000)


def test_browser_map_draws_countries_regions_and_points(page, app_url):
    _open(page, app_url, "Map")
    _wait_for_charts(page)
    page.wait_for_function(
        "() => document.querySelectorAll('.geo .choroplethlocation').length >= 30",
        timeout=30_000)
    shapes = page.locator(".geo .choroplethlocation").count()
    points = page.locator(".geo .scattergeo .point").count()
    assert shapes >= 18 + 16  # the countries of the region and Kazakhstan's 16 regions
    assert points > 0


def test_browser_page_loads_the_chart_library_at_once(page, app_url):
    # serve.py's middleware: the chunk is requested by the page itself, before any chart.
    chunk = chart_chunk()
    with page.expect_response(lambda r: r.url.endswith(f"/static/js/{chunk}")) as response:
        document = page.goto(f"{app_url}/")
    assert response.value.ok
    assert import_tag(chunk).decode() in document.text()
    _wait_for_charts(page)


def test_browser_positions_cell_lists_its_events(page, app_url):
    # Russia's positions on the CSTO deployment only: a cell of the first issue column.
    params = {"country": ["RUS"], "issue": ["csto_deployment"]}
    _open(page, app_url, "Positions", "?country=RUS&issue=csto_deployment")
    grid = page.locator(".st-key-positions-table [data-testid='stDataFrame']")
    grid.locator("#glide-cell-2-0").wait_for(state="attached", timeout=30_000)
    box = grid.bounding_box()
    # columns are 220 px (actor), 110 px (group), then 150 px per issue; rows are 35 px
    page.mouse.click(box["x"] + 220 + 110 + 75, box["y"] + 35 + 17)
    page.get_by_text("Events behind the selected cell").wait_for(timeout=30_000)
    shown = page.get_by_text(re.compile(r" on CSTO deployment$")).first
    shown.wait_for(timeout=30_000)
    actor = shown.inner_text().removesuffix(" on CSTO deployment")
    assert _sentence_count(page) == _expected(params), page.url  # the filters held
    expected = _expected({**params, "actor": [actor]})
    assert expected > 0
    listed = page.locator(".st-key-positions-cell-events [data-testid='stDataFrame']")
    listed.locator("#glide-cell-0-0").wait_for(state="attached", timeout=30_000)
    assert listed.locator("[id^='glide-cell-0-']").count() == expected  # one per row


def test_browser_positions_chart_tab(page, app_url):
    _open(page, app_url, "Positions")
    page.get_by_role("tab", name="Chart").click()
    page.wait_for_function(
        "() => document.querySelectorAll('.js-plotly-plot .heatmaplayer image, "
        ".js-plotly-plot .hm').length > 0", timeout=30_000)
    page.get_by_role("button", name=re.compile("HTML")).wait_for(timeout=30_000)
    # the rerun of the tab switch keeps every filter (it once turned extracted events off)
    assert _sentence_count(page) == _expected({})
    assert "extracted=" not in page.url


def test_browser_link_and_date_change_update_the_count(page, app_url):
    params = {"from": "2022-01-05", "to": "2022-01-07"}
    _open(page, app_url, "Map", "?from=2022-01-05&to=2022-01-07")
    assert _sentence_count(page) == _expected(params)
    _open(page, app_url, "Map")
    everything = _sentence_count(page)
    assert everything == _expected({})
    open_dropdown(page, "stSelectbox", "Crisis phase")
    page.get_by_role("option", name=re.compile("Fuel protests")).click()
    page.wait_for_function(
        "n => !document.body.innerText.includes('Showing ' + n + ' events')",
        arg=f"{everything:,}", timeout=30_000)
    phase = {"from": "2022-01-02", "to": "2022-01-04"}
    assert _sentence_count(page) == _expected(phase) < everything
    assert "from=2022-01-02" in page.url and "to=2022-01-04" in page.url


@pytest.mark.parametrize(("query", "params", "words"), [
    ("?country=CHN", {"country": ["CHN"]}, "actor country is China"),
    ("?type=violent_clash&lang=fr", {"type": ["violent_clash"], "lang": ["fr"]},
     "event type is violent clash and source language is French"),
])
def test_browser_coded_filters_take_codes_in_the_link(page, app_url, query, params, words):
    # The widgets show names, but links carry the codes (the README's example link).
    _open(page, app_url, "Timeline", query)
    assert _sentence_count(page) == _expected(params)
    assert words in page.get_by_text(SENTENCE).first.inner_text()
    for key, values in params.items():
        assert all(f"{key}={value}" in page.url for value in values)


def test_browser_picking_a_coded_filter_writes_its_code(page, app_url):
    _open(page, app_url, "Map")
    everything = _sentence_count(page)
    open_dropdown(page, "stMultiSelect", "Event type")
    page.get_by_role("option", name="phone call", exact=True).click()
    page.wait_for_function(
        "n => !document.body.innerText.includes('Showing ' + n + ' events')",
        arg=f"{everything:,}", timeout=30_000)
    page.wait_for_url(re.compile(r"type=phone_call"), timeout=30_000)
    assert _sentence_count(page) == _expected({"type": ["phone_call"]})


def test_browser_clearing_a_coded_filter_removes_it_from_the_link(page, app_url):
    _open(page, app_url, "Map", "?type=phone_call")
    assert _sentence_count(page) == _expected({"type": ["phone_call"]})
    box = page.locator("[data-testid='stMultiSelect']").filter(has_text="Event type")
    box.get_by_role("button", name="Remove phone call").click()
    page.wait_for_function(
        "n => document.body.innerText.includes('Showing ' + n + ' events')",
        arg=f"{_expected({}):,}", timeout=30_000)
    assert "type=" not in page.url


def test_browser_downloads_csv_and_chart(page, browser, app_url, tmp_path):
    _open(page, app_url, "Events")
    _sentence_count(page)
    with page.expect_download() as info:
        page.get_by_role("button", name=re.compile("Events \\(CSV\\)")).click()
    payload = Path(info.value.path()).read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(payload)))
    assert len(rows) == _expected({})
    assert all(not r["summary"].startswith(("=", "+", "-", "@")) for r in rows)

    _open(page, app_url, "Map")
    _wait_for_charts(page)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="PNG").first.click()
    assert Path(info.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with page.expect_download() as info:
        page.get_by_role("button", name="HTML").first.click()
    saved = tmp_path / "map.html"
    info.value.save_as(saved)
    html = saved.read_text(encoding="utf-8")
    assert "Plotly.newPlot" in html and "<script src=\"http" not in html
    _assert_renders_offline(browser, saved)


def _assert_renders_offline(browser, path: Path) -> None:
    """Open a downloaded chart from disk with every network request refused."""
    context = browser.new_context()
    offline = context.new_page()
    requests = []
    offline.on("request", lambda r: r.url.startswith("file:") or requests.append(r.url))
    context.route("http*://**", lambda route: route.abort())
    offline.goto(path.as_uri())
    offline.wait_for_function(
        "() => document.querySelectorAll('.geo .choroplethlocation').length >= 30",
        timeout=30_000)
    assert "Showing" in offline.inner_text("body")  # the caption carries the filter sentence
    assert requests == []
    context.close()

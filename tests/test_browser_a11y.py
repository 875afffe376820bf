"""Accessibility and the position views, in the real app under Chromium.

axe-core runs on every page and may find no serious or critical violation. It is
vendored in tests/vendor/axe-core/ (the npm package's axe.min.js, see its README) and
injected from disk: no page, test or fixture fetches it from the network. On each page
with downloads, the keyboard alone (Tab, arrows, Enter) reaches the sidebar filters, the
tabs and every download button, and each of them shows a focus ring when it has focus.

The stance-shift page lists a known change of the shipped data with both sources; the
alignment page opens on the shipped data and recovers the blocs of a small data set
built with known agreements.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, event_row, write_events_csv
from tests.live_server import running_app, watched_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
SENTENCE = re.compile(r"Showing ([\d,]+) events?")
TIMEOUT = 60_000
# Each page, and what shows that it has drawn.
PAGES = {
    "Map": ".js-plotly-plot .main-svg",
    "Timeline": ".js-plotly-plot .main-svg",
    "Positions": "[data-testid='stDataFrame']",
    "Stance shifts": "[data-testid='stDataFrame']",
    "Alignment": ".js-plotly-plot .main-svg",
    "Events": "[data-testid='stDataFrame']",
    "About the data": "text=Files loaded",
    "Add articles": "[data-testid='stMain'] h1",
    "Review queue": "[data-testid='stMain'] h1",
}
SERIOUS = ("serious", "critical")
# Moderate, yet checked too: a heading that skips a level (a page title, then a third-level
# heading) misleads those who move through a page by its headings.
ALSO_CHECKED = ("heading-order",)
# The sidebar filters, by their accessible names (the dates by their first field).
FILTERS = {"Crisis phase", "year, From", "year, To", "Actor", "Actor country", "Event type",
           "Issue", "Stance", "Source language", "Include machine-extracted events",
           "Accepted"}
# A control's name: its aria-label, else its label text (a button's text without its icon).
NAME = """e => e.getAttribute('aria-label')
  || (e.querySelector('[data-testid=stMarkdownContainer]') || e).innerText.trim()"""
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const s = getComputedStyle(e);
  return {role: e.getAttribute('role') || e.tagName.toLowerCase(),
          name: (""" + NAME + """)(e),
          download: !!e.closest('[data-testid=stDownloadButton]'),
          sidebar: !!e.closest('[data-testid=stSidebar]'),
          ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)
                || s.boxShadow !== 'none'};
}"""
DOWNLOADS = """() => [...document.querySelectorAll('[data-testid=stDownloadButton] button')]
  .filter(b => !b.disabled).map(""" + NAME + """)"""
SETTLED = """() => !document.querySelector('[data-testid=stSkeleton]')
  && !document.querySelector('[data-testid=stStatusWidget] [data-testid=stSpinner]')"""


def _open(page, base: str, title: str) -> None:
    """Open the app, go to ``title`` through the sidebar, wait until the page has drawn."""
    page.goto(f"{base}/")
    page.get_by_text(SENTENCE).first.wait_for(timeout=TIMEOUT)
    if title != "Map":
        page.locator("[data-testid='stSidebarNav']").get_by_text(title, exact=True).click()
    page.get_by_role("heading", level=1).first.wait_for(timeout=TIMEOUT)
    page.locator(PAGES[title]).first.wait_for(timeout=TIMEOUT)
    page.wait_for_function(SETTLED, timeout=TIMEOUT)
    page.wait_for_timeout(500)  # the last element's fade-in


def _axe(page) -> list[dict]:
    """axe-core's violations on the page, as ``{id, impact, targets}``."""
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']}))
      .violations.map(v => ({id: v.id, impact: v.impact,
                             targets: v.nodes.map(n => n.target.join(' '))}))""")


def _walk(page, reached: list[dict], expected: set[str], presses: int = 250) -> None:
    """Press Tab up to ``presses`` times, recording each focused element, until every
    download button of ``expected`` has had focus."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused:
            reached.append(focused)
        if expected <= {f["name"] for f in reached if f["download"]}:
            return


def _open_chart_tab(page, reached: list[dict]) -> None:
    """Shift+Tab back to the tabs, then arrow to "Chart" and open it with Enter."""
    for _ in range(120):
        page.keyboard.press("Shift+Tab")
        focused = page.evaluate(FOCUSED)
        if focused and focused["role"] == "tab":
            break
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    reached.append(page.evaluate(FOCUSED))
    page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=TIMEOUT)
    page.wait_for_function(SETTLED, timeout=TIMEOUT)


@pytest.mark.parametrize("title", PAGES)
def test_browser_a11y_axe_finds_no_serious_violation(page, app_url, title):
    _open(page, app_url, title)
    found = _axe(page)
    assert isinstance(found, list)
    assert [v for v in found if v["impact"] in SERIOUS or v["id"] in ALSO_CHECKED] == []


@pytest.mark.parametrize("title", ["Positions", "Map", "Timeline", "Stance shifts",
                                   "Alignment", "Events"])
def test_browser_a11y_keyboard_reaches_filters_tabs_and_downloads(page, app_url, title):
    _open(page, app_url, title)
    expected = set(page.evaluate(DOWNLOADS))
    assert expected  # every one of these pages has downloads
    reached: list[dict] = []
    _walk(page, reached, expected)
    if title == "Positions":
        _open_chart_tab(page, reached)
        assert page.get_by_role("tab", name="Chart").get_attribute("aria-selected") == "true"
        more = set(page.evaluate(DOWNLOADS))
        assert {"PNG", "SVG", "HTML"} & more
        expected |= more
        _walk(page, reached, expected)
        assert {"Table", "Chart"} <= {f["name"] for f in reached if f["role"] == "tab"}
        assert all(f["ring"] for f in reached if f["role"] == "tab")
    downloads = {f["name"] for f in reached if f["download"]}
    assert downloads == expected
    filters = {f["name"] for f in reached if f["sidebar"]}
    assert filters >= FILTERS
    shown = [f for f in reached if f["download"] or (f["sidebar"] and f["name"] in FILTERS)]
    assert [f["name"] for f in shown if not f["ring"]] == []  # focus is always visible
    assert _axe_after_keyboard(page) == []


def _axe_after_keyboard(page) -> list[dict]:
    """Serious violations once the keyboard has opened tabs (the Chart tab's content).

    The last focused button's tooltip may still be fading in; axe would measure its text at
    part opacity (a grey that fails contrast), so running transitions finish first."""
    page.evaluate("async () => { await Promise.all(document.getAnimations()"
                  ".map(a => a.finished.catch(() => null))); }")
    return [v for v in _axe(page) if v["impact"] in SERIOUS]


def test_browser_a11y_shift_view_lists_a_known_change_with_both_sources(page, app_url):
    # Tokayev on restraint and human rights: concern on 4 January (URA.RU), then oppose on
    # 7 January (A News, RT, EFE), in the shipped data.
    _open(page, app_url, "Stance shifts")
    page.get_by_text(re.compile(
        r"Kassym-Jomart Tokayev on restraint human rights: concern on 2022-01-04 \(URA\.RU\)"
        r" → oppose on 2022-01-07 \(A News, RT, EFE\)")).wait_for(timeout=TIMEOUT)
    with page.expect_download() as info:
        page.get_by_role("button", name=re.compile(r"Stance shifts \(CSV\)")).click()
    text = Path(info.value.path()).read_bytes().decode("utf-8-sig")
    rows = [r for r in csv.DictReader(io.StringIO(text))
            if r["actor"] == "Kassym-Jomart Tokayev" and r["issue"] == "restraint_human_rights"]
    assert len(rows) == 1
    row = rows[0]
    assert (row["before_stance"], row["after_stance"]) == ("concern", "oppose")
    assert (row["before_date"], row["after_date"]) == ("2022-01-04", "2022-01-07")
    assert row["before_source_url"].startswith("https://")
    assert len(row["after_source_url"].split(" | ")) == 3
    assert row["before_evidence"] and row["after_evidence"]


def test_browser_a11y_alignment_opens_on_the_shipped_data(page, app_url):
    _open(page, app_url, "Alignment")
    page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot .main-svg')"
                           ".length >= 2", timeout=TIMEOUT)
    page.get_by_text(re.compile(r"^In words: Agreement of \d+ actors")).wait_for(timeout=TIMEOUT)
    assert page.locator("[data-testid='stDownloadButton']").count() >= 3


# Two blocs with known agreements: the "North" actors take the same stance on every issue,
# the "South" actors the opposite one.
BLOC_ISSUES = ("csto_deployment", "foreign_interference", "use_of_force", "fuel_prices")
BLOC_STANCES = {"North A": "support", "South A": "oppose", "North B": "support",
                "South B": "oppose", "North C": "support"}


@pytest.fixture(scope="module")
def bloc_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("blocs")
    rows = [event_row(event_id=f"B{n}{k}", actor=actor, issue=issue, stance=stance)
            for n, (actor, stance) in enumerate(BLOC_STANCES.items())
            for k, issue in enumerate(BLOC_ISSUES)]
    write_events_csv(folder / "events.csv", rows)
    (folder / "articles").mkdir()
    env = {"CRISIS_EVENTS_DIR": str(folder), "CRISIS_ARTICLES_DIR": str(folder / "articles"),
           "DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('bloc-store')}/s.sqlite"}
    with running_app(env) as url:
        yield url


def test_browser_a11y_alignment_recovers_the_blocs_of_a_fixture(browser, bloc_url):
    context, page = watched_page(browser, bloc_url)
    _open(page, bloc_url, "Alignment")
    words = page.get_by_text(re.compile(r"^In words: Agreement of 5 actors")).first
    words.wait_for(timeout=TIMEOUT)
    blocs = re.findall(r"bloc \d+: ([^;.]+)", words.inner_text())
    assert sorted(sorted(b.split(", ")) for b in blocs) == [
        ["North A", "North B", "North C"], ["South A", "South B"]]
    assert page.console_errors == [] and page.foreign_requests == []
    context.close()


def test_browser_a11y_a_filter_is_usable_from_the_keyboard(page, app_url):
    # Tab to the event-type filter, type, pick with Enter: the filter and the link change.
    _open(page, app_url, "Map")
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused and focused["name"] == "Event type":
            break
    assert focused["name"] == "Event type" and focused["ring"]
    page.keyboard.type("phone call")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"type=phone_call"), timeout=TIMEOUT)
    page.get_by_text(re.compile("where event type is phone call")).wait_for(timeout=TIMEOUT)

"""The issue's "done when", in a real browser: paste an article, see its events with the
evidence highlighted, edit one, reject one, accept the rest; find the accepted ones on the
map, the timeline and the position table with the filters in the URL; the rejected one
appears nowhere, and stays rejected when the article is added again.

The article below was written for this test, in the project's own words, about public
events of 5 to 7 January 2022 in Kazakhstan. The app runs on a throw-away SQLite store
with one curated event (on another day and about another actor), so counts are exact.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import event_row, write_events_csv
from tests.live_server import is_local, open_dropdown, running_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTICLE = (
    "ALMATY, Jan 5 - Protesters stormed the city administration building in Almaty on "
    "Wednesday and set it on fire, and police said they had detained more than 200 people."
    "\n\nPresident Kassym-Jomart Tokayev declared a state of emergency in Almaty on Wednesday."
    "\n\nOn January 6, the Collective Security Treaty Organization said it would send "
    "peacekeeping forces to Kazakhstan at Tokayev's request.\n\nOn January 7, Chinese "
    "President Xi Jinping told Tokayev in a message that China opposed any attempt by "
    "foreign forces to destabilise Kazakhstan.\n")
SENTENCE = re.compile(r"Showing ([\d,]+) events?")
TIMEOUT = 60_000


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review-app")
    events = folder / "events"
    events.mkdir()
    write_events_csv(events / "curated.csv", [event_row(
        event_id="C1", date="2022-01-10", actor="Wang Yi", actor_country="CHN",
        issue="foreign_interference", stance="oppose")])
    env = {"DATABASE_URL": f"sqlite:///{folder}/store.sqlite",
           "CRISIS_EVENTS_DIR": str(events), "CRISIS_ARTICLES_DIR": str(folder / "none")}
    with running_app(env=env, timeout=120) as url:
        yield url


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT)
    errors, foreign = [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: is_local(r.url, app_url) or foreign.append(r.url))
    yield page
    assert errors == []
    assert foreign == []
    context.close()


def _go(page, app_url: str, title: str, query: str = "") -> None:
    """Open the app at its root with ``query``, then a page through the navigation."""
    page.goto(f"{app_url}/{query}")
    page.get_by_text(SENTENCE).first.wait_for()
    if title != "Map":
        page.locator("[data-testid='stSidebarNav']").get_by_text(title, exact=True).click()
    page.get_by_role("heading", name=re.compile(title.split()[0], re.I)).first.wait_for()


def _count(page) -> int:
    locator = page.get_by_text(SENTENCE).first
    locator.wait_for()
    return int(SENTENCE.search(locator.inner_text()).group(1).replace(",", ""))


def _open_select(page, label: str) -> None:
    """Open the selectbox labelled ``label``, each click once the app has settled."""
    open_dropdown(page, "stSelectbox", label, settle=_settled)


def _choose(page, label: str, option: str) -> None:
    """Pick ``option`` in the selectbox labelled ``label``."""
    _open_select(page, label)
    page.get_by_role("option", name=option).first.click()
    _settled(page)


def _add_article(page, app_url: str) -> None:
    _go(page, app_url, "Add articles")
    name = page.get_by_label("Your name (recorded with each review)", exact=True)
    if not name.input_value():
        name.fill("Test Reviewer")
        name.press("Enter")
    page.get_by_label("Paste an article", exact=True).fill(ARTICLE)
    page.get_by_role("button", name=re.compile("Extract events")).click()
    page.get_by_role("button", name=re.compile("Save this article")).wait_for()
    _settled(page)


def _settled(page) -> None:
    """Wait until the script run the last action started has finished."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"] "
        "[data-testid=\"stStatusWidgetRunningIcon\"]')"
        " && !document.querySelector('[data-stale=\"true\"]')", timeout=TIMEOUT)


def _event_options(page) -> list[str]:
    _open_select(page, "Event")
    options = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    return options


def test_browser_review_add_decide_and_find_on_every_view(page, app_url):
    _add_article(page, app_url)
    options = _event_options(page)
    assert len(options) == 5, options
    arrest = next(o for o in options if "arrest" in o)
    clash = next(o for o in options if "violent clash" in o)
    # the evidence of the picked event, set apart (highlighted) in the article's text
    _choose(page, "Event", arrest)
    evidence = page.locator("[data-testid='stCode']").first
    expect(evidence).to_contain_text("Protesters stormed the city administration building")
    assert "<" not in evidence.inner_text()
    page.get_by_role("button", name="Reject").click()
    page.get_by_text(re.compile(r"^Decision on event \d: reject$")).wait_for()

    _choose(page, "Event", clash)
    _choose(page, "issue", "fuel prices")
    page.get_by_role("button", name=re.compile("Accept \\(with")).click()
    page.get_by_text(re.compile(r"^Decision on event \d: accept \(edited\)$")).wait_for()

    slider = page.get_by_role("slider")
    slider.focus()
    slider.press("Home")  # accept all at or above 0.0: the rest
    page.get_by_role("button", name=re.compile("Accept all above")).click()
    page.get_by_text("4 to accept (1 edited), 1 to reject, 0 undecided").wait_for()
    page.get_by_role("button", name=re.compile("Save this article")).click()
    page.get_by_text(re.compile(
        r"article stored; 5 new event\(s\); 3 accepted, 1 edited, 1 rejected")).wait_for()

    # the accepted ones, with the filters in the URL: two on 5 January (the clash, the
    # state of emergency), one on 6 January (the CSTO's deployment), one on 7 January
    for title in ("Map", "Timeline", "Events"):
        _go(page, app_url, title, "?from=2022-01-06&to=2022-01-06")
        assert _count(page) == 1, (title, page.url)
        _go(page, app_url, title, "?to=2022-01-07")
        assert _count(page) == 4, (title, page.url)
    _go(page, app_url, "Map", "?type=violent_clash&issue=fuel_prices")
    assert _count(page) == 1  # the edited event, with its new issue
    page.wait_for_function("() => document.querySelectorAll('.geo .scattergeo .point')"
                           ".length >= 1", timeout=TIMEOUT)
    _go(page, app_url, "Positions", "?actor=Xi%20Jinping&issue=foreign_interference")
    assert _count(page) == 1
    grid = page.locator(".st-key-positions-table [data-testid='stDataFrame']")
    expect(grid).to_contain_text("Xi Jinping")
    _assert_rejected_nowhere(page, app_url)

    # the same article again: nothing added, the rejected event stays rejected
    _add_article(page, app_url)
    page.get_by_text("5 event(s) of this article were reviewed before (3 accepted, 1 edited, "
                     "1 rejected)", exact=False).wait_for()
    page.get_by_role("button", name=re.compile("Save this article")).click()
    page.get_by_text(re.compile(r"article already stored; 0 new event\(s\)")).wait_for()
    _assert_rejected_nowhere(page, app_url)


def _assert_rejected_nowhere(page, app_url: str) -> None:
    """Only the four accepted events and the curated one are shown, anywhere."""
    for title in ("Map", "Timeline", "Positions", "Events"):
        _go(page, app_url, title)
        assert _count(page) == 5, title
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.locator("[id^='glide-cell-']").first.wait_for(state="attached")
    expect(grid).to_contain_text("Kassym-Jomart Tokayev")
    expect(grid).not_to_contain_text("Kazakh authorities")
    page.locator("[data-testid='stMultiSelect']").filter(has_text="Actor").first.click()
    page.get_by_role("option").first.wait_for()
    actors = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    assert "protesters" in actors and "Kazakh authorities" not in actors, actors
    _go(page, app_url, "Map", "?review=pending")
    assert _count(page) == 0
    _go(page, app_url, "Timeline", "?review=all")
    assert _count(page) == 5
    _go(page, app_url, "Review queue")
    page.get_by_text("No machine event waits for review").first.wait_for()

"""AppTest: the Add articles and Review queue pages against a throw-away SQLite store.

Paste an article, extract it, reject / edit / accept its events, save; the store holds
the article once, the decisions and who made them. The shipped sample article is read at
test time (its text is the project's sample, not copied here).
"""

from __future__ import annotations

import pytest
from streamlit import config
from streamlit.testing.v1 import AppTest

from dashboard.access import SETUP_HELP
from dashboard.db import open_store
from dashboard.schema import vocabulary_label
from tests.conftest import ROOT, event_row, write_events_csv

SAMPLE = ROOT / "data" / "articles" / "xinhua_fr_2022-01-11_wang-yi-lavrov.txt"
pytestmark = pytest.mark.slow


@pytest.fixture
def review_store(tmp_path, monkeypatch):
    """A fresh store for the test, and tiny data folders so the app starts fast."""
    url = f"sqlite:///{tmp_path}/review.sqlite"
    monkeypatch.setenv("DATABASE_URL", url)
    events = tmp_path / "events"
    events.mkdir()
    write_events_csv(events / "curated.csv", [event_row(event_id="C1")])
    monkeypatch.setenv("CRISIS_EVENTS_DIR", str(events))
    monkeypatch.setenv("CRISIS_ARTICLES_DIR", str(tmp_path / "no-articles"))
    return open_store(url)


def _page(name: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page(f"dashboard/views/{name}.py").run()
    _no_error(at)
    return at


def _no_error(at: AppTest) -> None:
    """No uncaught error, and none the frame caught and turned into a message."""
    assert not at.exception, [e.value for e in at.exception]
    assert not [e.value for e in at.error if "internal error" in e.value]


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label.startswith(label))


def _select(at: AppTest, label: str):
    return next(s for s in at.selectbox if s.label == label)


def _paste_and_extract(at: AppTest, text: str, reviewer: str = "Ana") -> None:
    at.sidebar.text_input(key="reviewer_name_input").input(reviewer)
    at.text_area(key="add-paste").input(text)
    _button(at, "Extract events").click().run()
    _no_error(at)


def _decide_sample(at: AppTest) -> list[str]:
    """Reject event 1, edit event 2's issue, accept the rest; return the labels seen."""
    labels = list(_select(at, "Event").options)
    _button(at, "Reject").click().run()
    _select(at, "Event").set_value(1).run()
    _select(at, "issue").set_value("sovereignty_stability")
    _button(at, "Accept (with").click().run()
    at.slider(key="add-threshold").set_value(0.0)
    _button(at, "Accept all above").click().run()
    _button(at, "Save this article").click().run()
    _no_error(at)
    return labels


def test_app_review_add_paste_extract_decide_and_save(review_store):
    at = _page("add")
    _paste_and_extract(at, SAMPLE.read_text(encoding="utf-8"))
    assert len(_select(at, "Event").options) == 6  # the sample article's six events
    assert any("conversation téléphonique" in c.value for c in at.code)  # the evidence
    _decide_sample(at)
    assert any("1 rejected" in s.value and "1 edited" in s.value for s in at.success)
    shown = review_store.events_frame(review="accepted")
    extracted = shown[shown["method"] == "extracted"]
    assert len(extracted) == 5
    assert (extracted["review_status"] == "edited").sum() == 1
    assert "sovereignty_stability" in set(extracted["issue"])
    rejected = review_store.events_frame(review="rejected")
    assert len(rejected) == 1
    trail = review_store.history(rejected["event_id"].iloc[0])
    assert [(t["reviewer"], t["action"]) for t in trail] == [("Ana", "reject")]


def test_app_review_same_article_again_adds_nothing_and_rejected_stays(review_store):
    at = _page("add")
    text = SAMPLE.read_text(encoding="utf-8")
    _paste_and_extract(at, text)
    _decide_sample(at)
    before = review_store.events_frame(review="all")
    rejected = set(review_store.events_frame(review="rejected")["event_id"])
    _paste_and_extract(at, "\n" + text.replace("\n", "\r\n") + "\n")  # the same article
    assert any("already in the store" in i.value for i in at.info)
    assert any("6 event(s) of this article were reviewed before" in t.value for t in at.text)
    _button(at, "Save this article").click().run()
    assert any("article already stored; 0 new event(s)" in s.value for s in at.success)
    assert review_store.events_frame(review="all").equals(before)
    assert set(review_store.events_frame(review="rejected")["event_id"]) == rejected


def test_app_review_invalid_edit_is_refused_with_its_field(review_store):
    at = _page("add")
    _paste_and_extract(at, SAMPLE.read_text(encoding="utf-8"))
    _select(at, "event_type").set_value("arrest")  # operational: takes no stance
    _button(at, "Accept (with").click().run()
    assert any("Not recorded" in e.value for e in at.error)
    assert any("field 'stance'" in t.value for t in at.text)
    assert "Decision on event 1: pending" in [t.value for t in at.text]


def _pending_events(store, confidences: list[str]) -> list[str]:
    rows = [event_row(event_id=f"P{n}", method="extracted", confidence=c,
                      review_status="unreviewed", evidence=f"Sentence {n}.")
            for n, c in enumerate(confidences)]
    store.save_events(rows)
    return [r["event_id"] for r in rows]


def _card_label(at) -> str:
    """The line naming the event of the review card (plain text under its heading)."""
    assert [h.value for h in at.main.header] == ["Event under review"]
    return next(t.value for t in at.text if "(confidence" in t.value)


def test_app_review_queue_orders_and_records_decisions(review_store):
    ids = _pending_events(review_store, ["0.9", "0.4", "0.6"])
    at = _page("review")
    assert any("3 machine events waiting for review" in c.value for c in at.sidebar.caption)
    at.sidebar.text_input(key="reviewer_name_input").input("Bo").run()
    assert any(t.value.startswith("3 event(s) wait") for t in at.text)
    at.segmented_control(key="queue-order").set_value("least_confident").run()
    assert "(confidence 0.40)" in _card_label(at)  # least confident first
    _button(at, "Reject").click().run()
    assert review_store.event(ids[1])["review_status"] == "rejected"
    assert "(confidence 0.60)" in _card_label(at)
    _select(at, "stance").set_value("oppose")
    _button(at, "Accept (with").click().run()
    edited = review_store.event(ids[2])
    assert (edited["review_status"], edited["stance"]) == ("edited", "oppose")
    assert [t["reviewer"] for t in review_store.history(ids[2])] == ["Bo"]
    assert review_store.pending_count() == 1


@pytest.fixture
def shared_address():
    """Serve as if on every interface (a shared deployment)."""
    config.set_option("server.address", "0.0.0.0")
    yield
    config.set_option("server.address", "127.0.0.1")


@pytest.mark.parametrize("name", ["add", "review"])
def test_app_review_pages_closed_on_a_shared_address_without_sign_in(review_store,
                                                                     shared_address, name):
    at = _page(name)
    assert [w.value for w in at.warning] == [SETUP_HELP]
    assert not at.text_area and not at.button
    at.switch_page("dashboard/views/events.py").run()  # viewing stays open
    assert not at.exception and not at.warning


def test_app_review_sign_in_offered_when_configured(review_store, shared_address):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback",
                          "cookie_secret": "x", "client_id": "c", "client_secret": "s",
                          "server_metadata_url": "https://id.example.org/.well-known/x"}
    at.run()
    at.switch_page("dashboard/views/add.py").run()
    assert [b.label for b in at.button] == ["Sign in"]
    assert not at.text_area


def test_app_review_proposes_and_performs_a_merge(review_store):
    from tests.merge_articles import ENGLISH, RUSSIAN, save_extracted

    save_extracted(review_store, "en")
    save_extracted(review_store, "ru")
    first = str(review_store.pending()["event_id"].iloc[0])  # the queue's selected event
    other = review_store.merge_candidates(first)[0]["event_id"]
    at = _page("review")
    at.sidebar.text_input(key="reviewer_name_input").input("Ana").run()
    assert any("may report the same act" in w.value for w in at.warning)
    codes = [c.value for c in at.code]
    assert ENGLISH in codes and RUSSIAN in codes  # both evidence sentences, as plain text
    _button(at, f"Merge into {other}").click().run()
    _no_error(at)
    assert any("one event with 2 source(s)" in s.value for s in at.success)
    assert review_store.event(first)["review_status"] == "rejected"
    assert {s["language"] for s in review_store.sources_of(other)} == {"en", "ru"}
    assert first not in set(review_store.events_frame("all")["event_id"])
    assert any(t.value == "3 event(s) wait for review." for t in at.text)


def test_app_review_add_page_imports_acled_and_gdelt_uploads(review_store):
    from tests.test_imports import ACLED, GDELT

    uploads = [(path.name, path.read_bytes(), "text/csv") for path in (ACLED, GDELT)]
    at = _page("add")
    for attempt in ("first", "again"):
        at.file_uploader(key="add-import-files").set_value(uploads)
        _button(at, "Import files").click().run()
        _no_error(at)
        texts = "\n".join(t.value for t in at.text)
        new = 5 if attempt == "first" else 0
        assert f"acled_fixture.csv: 10 row(s) read; {new} imported" in texts
        assert f"gdelt_fixture.export.CSV: 11 row(s) read; {new} imported" in texts
        assert "acled_fixture.csv, line 10, field 'latitude'" in texts  # bad rows named
        assert any("4 row(s) or file(s) refused" in w.value for w in at.warning)
    pending = review_store.pending()
    origins = pending["event_id"].str.split(":").str[0].value_counts().to_dict()
    assert origins == {"ACLED": 5, "GDELT": 5}  # imported once, waiting for review


@pytest.mark.parametrize(("crisis", "offered"), [
    ("karakalpakstan-2022-07", True),  # its manifest declares autonomy_status
    ("kazakhstan-2022-01", False),  # another pack's own code is not offered here
])
def test_app_review_editor_offers_the_crisis_pack_s_issues(review_store, crisis, offered):
    review_store.save_events([event_row(
        event_id="K1", date="2022-07-02", method="extracted", confidence="0.5",
        review_status="unreviewed", evidence="Sentence.", issue="sovereignty_stability")],
        crisis=crisis)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["crisis"] = crisis
    at.run()
    at.switch_page("dashboard/views/review.py").run()
    at.sidebar.text_input(key="reviewer_name_input").input("Bo").run()
    _no_error(at)
    issue = _select(at, "issue")
    assert ("Karakalpakstan's status" in issue.options) == offered
    assert vocabulary_label("sovereignty_stability") in issue.options  # shared ones stay
    if offered:
        issue.set_value("autonomy_status")
        _button(at, "Accept (with").click().run()
        _no_error(at)
        edited = review_store.event("K1")
        assert (edited["review_status"], edited["issue"]) == ("edited", "autonomy_status")

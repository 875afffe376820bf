"""One event, many sources, in the store (SQLite and PostgreSQL): the same act reported
by an English and a Russian article is proposed for merging and ends as one event with
two sources."""

from __future__ import annotations

from dashboard.db.load import shown_events
from tests.conftest import event_row
from tests.merge_articles import csto_event, save_extracted


def test_db_merge_english_and_russian_reports_end_as_one_event(db):
    english = csto_event(db, save_extracted(db, "en"))
    russian = csto_event(db, save_extracted(db, "ru"))
    assert english["event_id"] != russian["event_id"]
    for key in ("actor", "event_type", "issue", "date"):  # the extractor agrees
        assert english[key] == russian[key]
    before = len(db.events_frame("all"))
    assert [c["event_id"] for c in db.merge_candidates(russian["event_id"])] == [
        english["event_id"]]
    db.review(russian["event_id"], "merge", "Ana", into=english["event_id"])
    sources = db.sources_of(english["event_id"])
    assert [s["language"] for s in sources] == ["en", "ru"]
    assert sources[1]["evidence"].startswith("6 января 2022 года")
    shown = db.events_frame("all")
    assert len(shown) == before - 1 and russian["event_id"] not in set(shown["event_id"])
    merged = shown[shown["event_id"] == english["event_id"]]
    assert merged["source_count"].tolist() == [2]
    assert russian["event_id"] not in set(shown_events(db, {}).events["event_id"])
    assert db.merge_candidates(english["event_id"]) == []  # the merged one is set aside
    assert db.event(russian["event_id"])["review_status"] == "rejected"


def test_db_merge_candidates_follow_the_rules(db):
    db.save_events([event_row(event_id="K1", date="2022-01-06", location="Almaty"),
                    event_row(event_id="K2", date="2022-01-07"),
                    event_row(event_id="K3", date="2022-01-08"),
                    event_row(event_id="K4", date="2022-01-07", location="Aktau"),
                    event_row(event_id="K5", date="2022-01-06", issue="sovereignty_stability"),
                    event_row(event_id="K6", date="2022-01-06", review_status="rejected")])
    assert [c["event_id"] for c in db.merge_candidates("K1")] == ["K2"]
    closest_first = ["K4", "K1", "K3"]
    assert [c["event_id"] for c in db.merge_candidates("K2")] == closest_first
    assert db.merge_candidates("K5") == []

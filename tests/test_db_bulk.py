"""The store's batched save (dashboard.db.bulk) against the per-row upsert it replaces."""

from __future__ import annotations

from dashboard.db import bulk, open_store, writes
from tests.conftest import event_row
from tests.test_db import ARTICLE, machine_row


def _per_row(connection, rows, origin_of, article, stamp, crisis=""):
    """The old path: one :func:`dashboard.db.writes.upsert_event` per row."""
    return {row["event_id"]: writes.upsert_event(connection, row, origin_of(row), article,
                                                 stamp, crisis) for row in rows}


def _two_sources() -> dict[str, str]:
    return {f"source_{name}": f"{one} | {two}" for name, one, two in [
        ("url", "https://example.org/b", "https://example.org/c"), ("title", "B", "C"),
        ("publisher", "P", "Q"), ("language", "en", "fr"),
        ("published", "2022-01-06", "2022-01-07")]}


def _mixed_batch(store):
    """Store a few events, review one, then save a batch of every kind; return the result."""
    ref = store.save_article(ARTICLE)  # no source: machine rows bring their own, no URL
    machine = machine_row()
    imported = event_row(event_id="ACLED:1", method="imported", review_status="unreviewed")
    store.save_events([event_row(event_id="C1"), event_row(event_id="C2")], label="a.csv")
    store.save_events([imported], origin="acled")
    store.review("ACLED:1", "edit", "Ana", changes={"stance": "oppose"})
    [reviewed] = store.save_events([machine], article=ref).event_ids
    store.review(reviewed, "accept", "Ana")
    rows = [
        event_row(event_id="C1"),                                         # unchanged
        event_row(event_id="C2", summary="Changed.", **_two_sources()),   # updated
        {**machine, "summary": "Re-extracted."},                          # kept as reviewed
        {**imported, "summary": "Imported again."},                       # kept as reviewed
        machine_row(evidence="Wang Yi", evidence_start="0", evidence_end="7"),  # inserted
        event_row(event_id="C4", date="2022-13-01"),                      # invalid
        event_row(event_id="C5", source_url="https://example.org/a"),     # inserted, shared
    ]
    version = store.version()
    result = store.save_events(rows, article=ref, label="b.csv")
    return result, store.version() - version


def _snapshot(store, ids):
    return {i: (store.event(i), [{k: v for k, v in s.items() if k != "article_id"}
                                 for s in store.sources_of(i)]) for i in ids}


def test_db_bulk_mixed_batch_matches_the_per_row_path(db, tmp_path, monkeypatch):
    result, bumps = _mixed_batch(db)
    assert (result.inserted, result.updated, result.unchanged, result.kept) == (2, 1, 1, 2)
    assert [(e.file, e.line, e.field) for e in result.errors] == [("b.csv", 6, "date")]
    assert bumps == 1
    monkeypatch.setattr(bulk, "save_batch", _per_row)
    reference = open_store(f"sqlite:///{tmp_path}/per-row.sqlite")
    old, old_bumps = _mixed_batch(reference)
    assert (result.event_ids, result.errors, bumps) == (old.event_ids, old.errors, old_bumps)
    ids = ["C1", "C2", "C4", "C5", *result.event_ids]
    assert _snapshot(db, ids) == _snapshot(reference, ids)
    assert db.event("C2")["summary"] == "Changed." and db.event("C4") is None
    assert db.event("ACLED:1")["stance"] == "oppose"
    assert [s["url"] for s in db.sources_of("C2")] == ["https://example.org/b",
                                                       "https://example.org/c"]
    reference.close()


def test_db_bulk_unchanged_batch_keeps_the_version(db):
    rows = [event_row(event_id=f"B{n}", source_url=f"https://example.org/{n}")
            for n in range(3)]
    db.save_events(rows)
    version = db.version()
    again = db.save_events(rows)
    assert (again.unchanged, again.written, db.version()) == (3, 0, version)

"""The store (dashboard.db) on SQLite and PostgreSQL: loads, upserts, reviews, reads."""

from __future__ import annotations

import pandas as pd
import pytest
import sqlalchemy as sa

from dashboard.crisis import default_pack
from dashboard.db import open_store
from dashboard.db.engine import database_url
from dashboard.db.load import load_articles_folder, load_events_folder, load_folders
from dashboard.store import event_files, load_events
from tests.conftest import event_row, write_events_csv

EVENTS_DIR = default_pack().events_dir  # Kazakhstan's curated events

ARTICLE = ("Wang Yi a eu lundi une conversation téléphonique avec Sergueï Lavrov sur la "
           "situation au Kazakhstan.\nLa Chine soutient fermement les efforts du Kazakhstan "
           "pour rétablir l'ordre.")


def machine_row(**values: str) -> dict[str, str]:
    """An extracted, unreviewed row (its id is replaced by the store's stable one)."""
    row = event_row(event_id="X0", method="extracted", confidence="0.7",
                    extractor_version="0.1", review_status="unreviewed",
                    evidence="La Chine soutient", evidence_start="90", evidence_end="107",
                    source_url="", source_publisher="Xinhua", source_published="2022-01-11")
    row.update(values)
    return row


def _by_id(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("event_id").reset_index(drop=True)


def test_db_shipped_events_load_as_the_files_read(db):
    load = load_events_folder(db, EVENTS_DIR)
    expected = load_events(event_files()).events
    assert load.errors == [] and load.saved.inserted == len(expected) >= 200
    pd.testing.assert_frame_equal(_by_id(db.events_frame("accepted")), _by_id(expected))


def test_db_loading_twice_changes_nothing(db):
    load_events_folder(db, EVENTS_DIR)
    version, frame = db.version(), db.events_frame("all")
    again = load_events_folder(db, EVENTS_DIR)
    shipped = len(load_events(event_files()).events)
    assert (again.saved.inserted, again.saved.updated, again.saved.unchanged) == (0, 0, shipped)
    assert db.version() == version
    pd.testing.assert_frame_equal(db.events_frame("all"), frame)


@pytest.mark.parametrize(("edit", "expected"), [
    ("change", {"G1": "The CSTO said it would not send troops.", "G2": None}),
])
def test_db_curated_folder_is_mirrored(db, tmp_path, edit, expected):
    write_events_csv(tmp_path / "e.csv", [event_row(event_id="G1"), event_row(event_id="G2")])
    load_events_folder(db, tmp_path)
    write_events_csv(tmp_path / "e.csv", [event_row(event_id="G1", summary=expected["G1"])])
    load = load_events_folder(db, tmp_path)
    assert (load.saved.updated, load.removed) == (1, 1)
    assert db.event("G1")["summary"] == expected["G1"]
    assert db.event("G2") is expected["G2"]


def test_db_bad_rows_are_named_and_the_rest_saved(db):
    rows = [event_row(event_id="G1"), event_row(event_id="B1", date="2022-01-99"),
            event_row(event_id="B2", event_type="invasion"), event_row(event_id="G1")]
    result = db.save_events(rows, label="import.csv")
    assert result.inserted == 1
    assert [(e.file, e.line, e.field) for e in result.errors] == [
        ("import.csv", 2, "date"), ("import.csv", 3, "event_type"), ("import.csv", 4, "event_id")]
    assert list(db.events_frame("all")["event_id"]) == ["G1"]


@pytest.mark.parametrize("variant", [ARTICLE, ARTICLE.replace("\n", "\r\n") + "\n"])
def test_db_article_stored_once_by_content(db, variant):
    first = db.save_article(ARTICLE, source={"title": "T", "publisher": "Xinhua"})
    again = db.save_article(variant, source={"title": "Other"})
    assert first.created and not again.created and again.id == first.id
    with db.reading() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM articles").scalar() == 1


def test_db_rejected_machine_event_stays_rejected(db):
    ref = db.save_article(ARTICLE)
    other = machine_row(actor="Wang Yi", evidence_start="0", evidence_end="20")
    [rejected] = db.save_events([machine_row()], article=ref).event_ids
    [kept] = db.save_events([other], article=ref).event_ids
    db.review(rejected, "reject", "Ana")
    again = db.save_events([machine_row(confidence="0.9"), other],
                           article=db.save_article(ARTICLE))
    assert sorted(again.event_ids) == sorted([rejected, kept])
    assert (again.kept, again.unchanged, again.inserted) == (1, 1, 0)
    assert db.event(rejected)["review_status"] == "rejected"
    assert list(db.events_frame("all")["event_id"]) == [kept]
    assert list(db.events_frame("rejected")["event_id"]) == [rejected]


def test_db_machine_ids_differ_between_texts_without_url(db):
    first = db.save_events([machine_row()], article=db.save_article(ARTICLE))
    second = db.save_events([machine_row()], article=db.save_article(ARTICLE + " Fin."))
    assert first.event_ids != second.event_ids and second.inserted == 1


def test_db_review_edit_is_audited(db):
    db.save_events([machine_row(event_id="M1")])
    row = db.review("M1", "edit", "Ana", changes={"stance": "oppose", "confidence": 0.70})
    assert row["review_status"] == "edited" and row["stance"] == "oppose"
    [entry] = db.history("M1")
    assert (entry["reviewer"], entry["action"]) == ("Ana", "edit")
    assert entry["old"] == {"stance": "support", "review_status": "unreviewed"}
    assert entry["new"] == {"stance": "oppose", "review_status": "edited"}


@pytest.mark.parametrize(("action", "changes", "message"), [
    ("edit", {"stance": "hostile"}, "field 'stance'"),
    ("edit", {"date": "2022-02-30"}, "field 'date'"),
    ("edit", {"event_id": "Z"}, "cannot change event_id"),
    ("approve", {}, "action 'approve'"),
])
def test_db_bad_review_writes_nothing(db, action, changes, message):
    db.save_events([machine_row(event_id="M1")])
    version = db.version()
    with pytest.raises(ValueError, match=message):
        db.review("M1", action, "Ana", changes=changes)
    assert db.version() == version and db.history("M1") == []
    assert db.event("M1")["review_status"] == "unreviewed"


def test_db_review_of_unknown_event_raises(db):
    with pytest.raises(KeyError, match="NOPE"):
        db.review("NOPE", "accept", "Ana")


@pytest.mark.parametrize(("review", "expected"), [
    ("accepted", ["C1", "M2"]), ("pending", ["M3", "M4"]), ("all", ["C1", "M2", "M3", "M4"]),
    ("rejected", ["M1"]),
])
def test_db_review_filters(db, review, expected):
    db.save_events([event_row(event_id="C1")])
    db.save_events([machine_row(event_id=f"M{n}") for n in range(1, 5)])
    db.review("M1", "reject", "Ana")
    db.review("M2", "accept", "Bo")
    assert list(db.events_frame(review)["event_id"]) == expected


@pytest.mark.parametrize(("order", "expected"), [
    ("newest", ["M3", "M2", "M1"]), ("least_confident", ["M2", "M3", "M1"]),
])
def test_db_pending_order(db, order, expected):
    for event_id, confidence in (("M1", "0.9"), ("M2", "0.3"), ("M3", "0.5")):
        db.save_events([machine_row(event_id=event_id, confidence=confidence)])
    queue = db.pending(order=order)
    assert list(queue["event_id"]) == expected
    assert db.pending_count() == 3 and queue["added"].notna().all()


def test_db_upsert_by_external_id(db):
    row = event_row(event_id="ACLED:KAZ123", source_url="https://acleddata.com/x")
    assert db.save_events([row], origin="acled", status="accepted").inserted == 1
    assert db.save_events([row], origin="acled", status="accepted").unchanged == 1
    changed = db.save_events([{**row, "summary": "Revised."}], origin="acled")
    assert changed.updated == 1 and db.event("ACLED:KAZ123")["summary"] == "Revised."
    assert len(db.events_frame("all")) == 1


def test_db_transaction_is_all_or_nothing(db):
    version = db.version()
    with pytest.raises(RuntimeError), db.transaction():
        db.save_article(ARTICLE)
        db.save_events([event_row(event_id="G1")])
        raise RuntimeError("the import failed half way")
    assert db.events_frame("all").empty and db.version() == version
    assert db.save_article(ARTICLE).created


def test_db_merge_moves_the_sources(db):
    db.save_events([event_row(event_id="E1", source_url="https://example.org/en",
                              source_language="en")])
    db.save_events([event_row(event_id="R1", source_url="https://example.ru/ru",
                              source_language="ru", source_publisher="RU",
                              summary="The same act.")])
    db.review("R1", "merge", "Ana", into="E1")
    assert [s["url"] for s in db.sources_of("E1")] == ["https://example.org/en",
                                                       "https://example.ru/ru"]
    merged = db.events_frame("all")
    assert list(merged["event_id"]) == ["E1"] and merged["source_count"].tolist() == [2]
    assert merged["source_language"].tolist() == ["en | ru"]
    assert db.history("E1")[0]["new"]["merged_from"] == "R1"


def test_db_shipped_article_gives_its_six_events(db):
    from dashboard.store import ARTICLES_DIR

    load = load_articles_folder(db, ARTICLES_DIR)
    assert load.errors == [] and load.saved.inserted == 6
    pending = db.pending()
    assert len(pending) == 6 and set(pending["review_status"]) == {"unreviewed"}
    text = db.article_text(int(pending["article_id"][0]))
    for _, event in pending.iterrows():
        assert text[event["evidence_start"]:event["evidence_end"]] == event["evidence"]


def test_db_folders_skipped_when_unchanged(db, tmp_path):
    (tmp_path / "events").mkdir()
    write_events_csv(tmp_path / "events" / "e.csv", [event_row(event_id="G1"),
                                                     event_row(event_id="B1", date="bad")])
    first = load_folders(db, tmp_path / "events", tmp_path / "none")
    again = load_folders(db, tmp_path / "events", tmp_path / "none")
    assert not first["events"].skipped and again["events"].skipped
    assert [str(e) for e in again["events"].errors] == [str(e) for e in first["events"].errors]
    assert len(first["events"].errors) == 1


@pytest.mark.parametrize(("value", "driver"), [
    ("postgresql://crisis@127.0.0.1:5433/crisis", "postgresql+psycopg"),
    ("postgres://crisis:pw@db/crisis", "postgresql+psycopg"),
    ("sqlite:///local.sqlite", "sqlite"),
    ("", "sqlite"),
])
def test_db_url_from_environment(value, driver):
    assert database_url(value).drivername == driver


def test_db_url_refuses_other_databases():
    with pytest.raises(ValueError, match="'mysql' is not supported"):
        database_url("mysql://u@h/db")


def test_db_sqlite_connection_settings(tmp_path):
    store = open_store(f"sqlite:///{tmp_path}/s.sqlite")
    with store.reading() as connection:
        pragmas = [connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                   for name in ("journal_mode", "foreign_keys", "busy_timeout")]
        with pytest.raises(sa.exc.IntegrityError):
            connection.exec_driver_sql("INSERT INTO event_sources (event_id, source_id) "
                                       "VALUES ('nope', 99)")
    store.close()
    assert pragmas == ["wal", 1, 30000]


def test_db_migrations_create_the_tables_as_declared(db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from dashboard.db.tables import metadata

    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_db_upgrade_from_the_previous_revision_keeps_every_row(store_url):
    from dashboard.db.engine import current_revision, head_revision, make_engine, migrate

    engine = make_engine(database_url(store_url))
    migrate(engine, "0001")
    assert current_revision(engine) == "0001"
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO sources (id, url, title) VALUES (1, 'https://example.org/a', 'A')")
        connection.exec_driver_sql(
            "INSERT INTO articles (id, content_hash, text, source_id, name) "
            "VALUES (1, 'abc', 'Some text.', 1, 'a.txt')")
        connection.exec_driver_sql(
            "INSERT INTO events (event_id, date, actor, event_type, method, review_status, "
            "article_id, latitude) VALUES ('E1', '2022-01-05', 'CSTO', 'statement', "
            "'extracted', 'rejected', 1, 43.25)")
        connection.exec_driver_sql(
            "INSERT INTO event_sources (event_id, source_id, article_id, evidence) "
            "VALUES ('E1', 1, 1, 'Some text.')")
        connection.exec_driver_sql(
            "INSERT INTO reviews (event_id, reviewer, action, old, new) "
            "VALUES ('E1', 'Ana', 'reject', '{}', '{}')")
    before = _all_rows(engine)
    migrate(engine)
    assert current_revision(engine) == head_revision() != "0001"
    after = _all_rows(engine)
    assert {t: len(rows) for t, rows in after.items()} == {t: len(r) for t, r in before.items()}
    assert after["articles"][0]["extractor_version"] == ""  # the new column, filled
    for table, rows in before.items():
        for old, new in zip(rows, after[table], strict=True):
            assert {k: new[k] for k in old} == old
    engine.dispose()
    store = open_store(store_url)
    assert store.event("E1")["review_status"] == "rejected"


def _all_rows(engine) -> dict[str, list[dict]]:
    tables = ("sources", "articles", "events", "event_sources", "reviews", "store_version")
    with engine.connect() as connection:
        return {t: [dict(r) for r in connection.exec_driver_sql(
            f"SELECT * FROM {t} ORDER BY 1").mappings()] for t in tables}  # noqa: S608


def test_db_another_curated_folder_loaded_over_is_reloaded(db, tmp_path):
    from dashboard.db.load import stale_folders

    for name, event_id in (("one", "A1"), ("two", "B1")):
        (tmp_path / name).mkdir()
        write_events_csv(tmp_path / name / "e.csv", [event_row(event_id=event_id)])
    none = tmp_path / "none"
    load_folders(db, tmp_path / "one", none)
    assert stale_folders(db, tmp_path / "one", none) == []
    load_folders(db, tmp_path / "two", none)
    assert stale_folders(db, tmp_path / "one", none) == ["events"]
    load_folders(db, tmp_path / "one", none)
    assert list(db.events_frame("all")["event_id"]) == ["A1"]


def test_db_new_store_fills_from_the_extraction_cache(tmp_path, monkeypatch):
    from dashboard.store import ARTICLES_DIR

    first = open_store(f"sqlite:///{tmp_path}/first.sqlite")
    load_articles_folder(first, ARTICLES_DIR, cache_dir=tmp_path / "cache")

    def no_extraction(*args, **kwargs):
        raise AssertionError("extracted again")

    monkeypatch.setattr("dashboard.extract.pipeline.extract_events", no_extraction)
    second = open_store(f"sqlite:///{tmp_path}/second.sqlite")
    load = load_articles_folder(second, ARTICLES_DIR, cache_dir=tmp_path / "cache")
    assert load.saved.inserted == 6
    pd.testing.assert_frame_equal(first.events_frame("all"), second.events_frame("all"))
    first.close()
    second.close()


def test_db_article_in_an_unread_language_is_reported(db, tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "noticia.txt").write_text(
        "O governo declarou o estado de emergência na capital depois dos confrontos.",
        encoding="utf-8")
    for _ in range(2):  # not stored, so reported at every load
        load = load_articles_folder(db, tmp_path / "articles", cache_dir=tmp_path / "cache")
        assert [(e.file, e.message) for e in load.errors] == [
            ("noticia.txt", "language 'pt' is not supported; supported: de, en, es, fr, it, ru")]
    assert db.events_frame("all").empty

"""Batched upsert of validated event rows: a few statements per batch, not per row.

:func:`save_batch` keeps the rules of :func:`dashboard.db.writes.upsert_event` (upsert by
``event_id``, unchanged rows untouched, reviewed machine events kept, source links
replaced on update) while reading the stored rows of the whole batch in a few ``IN``
queries and writing with ``executemany``: an importer's tens of thousands of rows cost
seconds, not minutes. The stored rows are locked as they are read (``FOR UPDATE`` on
PostgreSQL; SQLite's writer holds its lock from ``BEGIN``). A row another writer inserted
between that read and the insert is handed to the per-row path, which finds it.
"""

from __future__ import annotations

import sqlalchemy as sa

from dashboard.db.rows import SOURCE_FIELDS, row_hash, source_parts, to_db
from dashboard.db.tables import event_sources, events, sources
from dashboard.db.writes import _insert, reviewed_and_kept, upsert_event

CHUNK = 500  # ids per IN list / rows per statement, under every backend's parameter limit


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def save_batch(connection, rows: list[dict[str, str]], origin_of, article,
               stamp, crisis: str = "") -> dict[str, str]:
    """Upsert validated rows (distinct ids) of one ``crisis``; return each id's outcome.

    The outcome is ``inserted``, ``updated``, ``unchanged`` or ``kept``, as
    :func:`dashboard.db.writes.upsert_event` returns it; ``origin_of(row)`` gives a row's
    origin.
    """
    stored = _lock_existing(connection, [row["event_id"] for row in rows])
    outcome: dict[str, str] = {}
    new, changed = [], []
    for row in rows:
        digest = row_hash(row)
        values = {**to_db(row), "origin": origin_of(row), "origin_hash": digest,
                  "crisis": crisis, "article_id": article.id if article else None,
                  "updated_at": stamp}
        old = stored.get(row["event_id"])
        if old is None:
            new.append((row, values))
        elif old.origin_hash == digest and old.crisis == crisis:
            outcome[row["event_id"]] = "unchanged"
        elif reviewed_and_kept(old._mapping):
            outcome[row["event_id"]] = "kept"
        else:
            changed.append((row, values))
    inserted = _insert_new(connection, [values for _, values in new], stamp)
    _update_changed(connection, changed)
    linked = [row for row, _ in new if row["event_id"] in inserted]
    _link_all(connection, linked + [row for row, _ in changed], article)
    outcome.update({row["event_id"]: "updated" for row, _ in changed})
    outcome.update({row["event_id"]: "inserted" for row in linked})
    for row, values in new:  # another writer inserted it after our read: the slow path
        if row["event_id"] not in inserted:
            outcome[row["event_id"]] = upsert_event(connection, row, values["origin"],
                                                    article, stamp, crisis)
    return outcome


def _lock_existing(connection, ids: list[str]) -> dict[str, sa.Row]:
    """The stored rows among ``ids`` (only what the upsert decides on), locked."""
    found = {}
    columns = (events.c.event_id, events.c.origin_hash, events.c.method,
               events.c.review_status, events.c.crisis)
    for chunk in _chunks(ids):
        query = sa.select(*columns).where(events.c.event_id.in_(chunk)).with_for_update()
        found.update({record.event_id: record for record in connection.execute(query)})
    return found


def _insert_new(connection, values: list[dict], stamp) -> set[str]:
    """Insert rows not stored; return the ids actually inserted (not a concurrent one)."""
    inserted: set[str] = set()
    statement = (_insert(connection, events).on_conflict_do_nothing(
        index_elements=["event_id"]).returning(events.c.event_id))
    for chunk in _chunks(values):
        result = connection.execute(statement, [{**v, "created_at": stamp} for v in chunk])
        inserted.update(result.scalars().all())
    return inserted


def _update_changed(connection, changed: list[tuple[dict, dict]]) -> None:
    """Replace changed rows and drop their source links (:func:`_link_all` adds them)."""
    if not changed:
        return
    statement = sa.update(events).where(events.c.event_id == sa.bindparam("key_event_id"))
    params = [{**{k: v for k, v in values.items() if k != "event_id"},
               "key_event_id": row["event_id"]} for row, values in changed]
    for chunk in _chunks(params):
        connection.execute(statement, chunk)
    for chunk in _chunks([row["event_id"] for row, _ in changed]):
        connection.execute(sa.delete(event_sources).where(event_sources.c.event_id.in_(chunk)))


def _link_all(connection, rows: list[dict[str, str]], article) -> None:
    """Link each row to its sources, as :func:`dashboard.db.writes.link_sources` does."""
    plans, by_url, without_url = [], {}, []
    for row in rows:
        parts = source_parts(row)
        if article is not None and article.source_id is not None and not any(
                part["url"] for part in parts):
            plans.append((row, [("id", article.source_id)]))
            continue
        plan = []
        for part in parts:
            values = {name: str(part.get(name) or "").strip() for name in SOURCE_FIELDS}
            if not any(values.values()):
                continue
            if values["url"]:
                by_url.setdefault(values["url"], values)
                plan.append(("url", values["url"]))
            else:
                plan.append(("new", len(without_url)))
                without_url.append({k: v for k, v in values.items() if k != "url"})
        plans.append((row, plan))
    ids = {"url": _url_source_ids(connection, by_url), "id": {},
           "new": _new_source_ids(connection, without_url)}
    links = []
    for row, plan in plans:
        resolved = [key if kind == "id" else ids[kind][key] for kind, key in plan]
        for number, sid in enumerate(dict.fromkeys(resolved)):
            first = number == 0
            links.append({
                "event_id": row["event_id"], "source_id": sid,
                "article_id": article.id if article and first else None,
                "evidence": row["evidence"] if first else "",
                "evidence_start": int(row["evidence_start"]) if first and row[
                    "evidence_start"] else None,
                "evidence_end": int(row["evidence_end"]) if first and row["evidence_end"]
                else None})
    statement = _insert(connection, event_sources).on_conflict_do_nothing(
        index_elements=["event_id", "source_id"])
    for chunk in _chunks(links):
        connection.execute(statement, chunk)


def _url_source_ids(connection, by_url: dict[str, dict]) -> dict[str, int]:
    """Add the sources not stored by URL (the first description wins); return URL -> id."""
    statement = _insert(connection, sources).on_conflict_do_nothing(index_elements=["url"])
    found: dict[str, int] = {}
    for chunk in _chunks(list(by_url)):
        connection.execute(statement, [by_url[url] for url in chunk])
        query = sa.select(sources.c.id, sources.c.url).where(sources.c.url.in_(chunk))
        found.update({record.url: record.id for record in connection.execute(query)})
    return found


def _new_source_ids(connection, values: list[dict]) -> dict[int, int]:
    """Add one source per description without URL; return position -> id."""
    found: dict[int, int] = {}
    statement = sa.insert(sources).returning(sources.c.id, sort_by_parameter_order=True)
    for offset in range(0, len(values), CHUNK):
        chunk = values[offset:offset + CHUNK]
        new_ids = connection.execute(statement, chunk).scalars().all()
        found.update({offset + n: new_id for n, new_id in enumerate(new_ids)})
    return found

"""The store's write steps, each on a connection inside the caller's transaction.

:class:`dashboard.db.api.Store` is the interface; these functions hold the rules it
documents (validation before any write, upsert by ``event_id``, reviewed machine events
kept, source links, the audit trail). Rows are locked before they are read for an update
(``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's writer holds its lock from ``BEGIN``),
so two writers never both change the same old value. :meth:`Store.save_events` writes
through :func:`dashboard.db.bulk.save_batch`, which keeps the rules of
:func:`upsert_event` in a few statements per batch and falls back to it for a row another
writer inserted meanwhile.
"""

from __future__ import annotations

import sqlalchemy as sa

from dashboard.db.rows import (
    SOURCE_FIELDS,
    clean_row,
    from_db,
    join_sources,
    machine_event_id,
    row_hash,
    source_parts,
    to_db,
)
from dashboard.db.tables import articles, event_sources, events, reviews, sources
from dashboard.schema import EVENT_COLUMNS, REVIEW_STATUSES, RowError, validate_event

ACTIONS = ("accept", "edit", "reject", "merge")
_STATUS = {"accept": "accepted", "edit": "edited", "reject": "rejected", "merge": "rejected"}


def _insert(connection: sa.Connection, table: sa.Table):
    """``INSERT`` of the connection's dialect (both have ``on_conflict_do_nothing``)."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def prepare_rows(rows, article, source, status, label, result) -> list[dict[str, str]]:
    """Clean, complete and validate rows; bad ones go to ``result.errors``.

    Returns the good rows in ``event_id`` order (a stable lock order: two writers locking
    the same rows take them in the same order). A second row with an ``event_id`` already
    seen in this call is an error; the first is kept.
    """
    if status is not None and status not in REVIEW_STATUSES:
        raise ValueError(f"status '{status}' is not one of {', '.join(REVIEW_STATUSES)}")
    good: dict[str, dict[str, str]] = {}
    for index, item in enumerate(rows, start=1):
        line, raw = item if isinstance(item, tuple) else (index, item)
        row = clean_row(raw)
        for name in SOURCE_FIELDS:
            if source and not row[f"source_{name}"]:
                row[f"source_{name}"] = str(source.get(name) or "")
        if status:
            row["review_status"] = status
        problems = validate_event(row)
        if not row["event_id"] and not (article and row["method"] == "extracted"):
            problems.append(("event_id", "is empty"))
        if problems:
            result.errors.extend(RowError(label, line, f, m) for f, m in problems)
            continue
        if article is not None and row["method"] == "extracted":
            row["event_id"] = machine_event_id(article.content_hash, row)
        if row["event_id"] in good:
            result.errors.append(RowError(label, line, "event_id",
                                          f"'{row['event_id']}' is already used above"))
            continue
        good[row["event_id"]] = row
    return [good[key] for key in sorted(good)]


def upsert_event(connection, row: dict[str, str], origin: str, article, stamp,
                 crisis: str = "") -> str:
    """Insert or update one validated row; return ``inserted``, ``updated``, ``unchanged``
    or ``kept`` (a reviewed machine event, left as reviewed).

    The per-row reference of :func:`dashboard.db.bulk.save_batch` (a test compares them).
    """
    digest = row_hash(row)
    values = {**to_db(row), "origin": origin, "origin_hash": digest, "crisis": crisis,
              "article_id": article.id if article else None, "updated_at": stamp}
    existing = _lock_event(connection, row["event_id"])
    if existing is None:
        inserted = connection.execute(_insert(connection, events).values(
            **values, created_at=stamp).on_conflict_do_nothing(index_elements=["event_id"])
            .returning(events.c.event_id)).first()
        if inserted is not None:
            link_sources(connection, row, article)
            return "inserted"
        existing = _lock_event(connection, row["event_id"])  # another writer was first
    if existing["origin_hash"] == digest and existing["crisis"] == crisis:
        return "unchanged"
    if reviewed_and_kept(existing):
        return "kept"
    connection.execute(sa.update(events).where(events.c.event_id == row["event_id"])
                       .values(**values))
    connection.execute(sa.delete(event_sources).where(
        event_sources.c.event_id == row["event_id"]))
    link_sources(connection, row, article)
    return "updated"


def reviewed_and_kept(stored) -> bool:
    """Whether a stored row is kept as a person reviewed it: a machine or imported event
    (not a curated one, which its file owns) whose review status is no longer unreviewed."""
    return stored["method"] != "curated" and stored["review_status"] != "unreviewed"


def _lock_event(connection, event_id: str):
    return connection.execute(sa.select(events).where(events.c.event_id == event_id)
                              .with_for_update()).mappings().first()


def source_id(connection, source: dict) -> int | None:
    """The id of a source, found by URL or added; ``None`` when it says nothing at all."""
    values = {name: str(source.get(name) or "").strip() for name in SOURCE_FIELDS}
    if not any(values.values()):
        return None
    url = values.pop("url") or None
    if url is None:
        return connection.execute(sa.insert(sources).values(**values)).inserted_primary_key[0]
    connection.execute(_insert(connection, sources).values(url=url, **values)
                       .on_conflict_do_nothing(index_elements=["url"]))
    return connection.execute(sa.select(sources.c.id).where(sources.c.url == url)).scalar_one()


def link_sources(connection, row: dict[str, str], article) -> None:
    """Link an event to each of its sources, the evidence going with the article's one."""
    parts = source_parts(row)
    if article is not None and article.source_id is not None and not any(
            part["url"] for part in parts):
        ids = [article.source_id]  # a text without URL: the source stored with the article
    else:
        ids = [i for i in (source_id(connection, part) for part in parts) if i is not None]
    for number, sid in enumerate(dict.fromkeys(ids)):
        first = number == 0
        connection.execute(_insert(connection, event_sources).values(
            event_id=row["event_id"], source_id=sid,
            article_id=article.id if article and first else None,
            evidence=row["evidence"] if first else "",
            evidence_start=int(row["evidence_start"]) if first and row["evidence_start"]
            else None,
            evidence_end=int(row["evidence_end"]) if first and row["evidence_end"] else None,
        ).on_conflict_do_nothing(index_elements=["event_id", "source_id"]))


def save_article(connection, text, digest, source, name, extractor_version, stamp):
    """Add an article unless its hash is stored; return ``(id, hash, created, source_id)``."""
    found = connection.execute(sa.select(articles.c.id, articles.c.source_id).where(
        articles.c.content_hash == digest)).first()
    if found is not None:
        return found.id, digest, False, found.source_id
    sid = source_id(connection, source)
    inserted = connection.execute(_insert(connection, articles).values(
        content_hash=digest, text=text, source_id=sid, name=name,
        extractor_version=extractor_version or "", created_at=stamp,
    ).on_conflict_do_nothing(index_elements=["content_hash"]).returning(articles.c.id)).first()
    found = connection.execute(sa.select(articles.c.id, articles.c.source_id).where(
        articles.c.content_hash == digest)).one()
    return found.id, digest, inserted is not None, found.source_id


def review(connection, event_id, action, reviewer, changes, into, stamp) -> dict[str, str]:
    """Apply one review to a locked event and record it; see :meth:`Store.review`."""
    if action not in ACTIONS:
        raise ValueError(f"action '{action}' is not one of {', '.join(ACTIONS)}")
    if not (reviewer or "").strip():
        raise ValueError("a review needs the reviewer's name")
    unknown = sorted((set(changes) - set(EVENT_COLUMNS)) | ({"event_id", "review_status"}
                                                            & set(changes)))
    if unknown:
        raise ValueError(f"cannot change {', '.join(unknown)}")
    record = _lock_event(connection, event_id)
    if record is None:
        raise KeyError(f"event '{event_id}' is not in the store")
    old = from_db(record)
    new = {**old, **clean_row({**old, **changes})}
    status = _STATUS[action]
    if action == "accept" and any(new[k] != old[k] for k in changes):
        status = "edited"
    new["review_status"] = status
    problems = validate_event(new)
    if problems:
        raise ValueError("; ".join(f"field '{f}': {m}" for f, m in problems))
    new = from_db(to_db(new))  # canonical forms: '0.70' and '0.7' are one value
    extra = {}
    if action == "merge":
        extra["merged_into"] = _merge(connection, event_id, into, reviewer, stamp)
    _write_review(connection, event_id, reviewer, action, old, new, stamp, extra)
    return new


def _write_review(connection, event_id, reviewer, action, old, new, stamp, extra=None):
    changed = [k for k in EVENT_COLUMNS if old[k] != new[k]]
    connection.execute(sa.update(events).where(events.c.event_id == event_id).values(
        **{k: v for k, v in to_db(new).items() if k in changed}, **(extra or {}),
        updated_at=stamp))
    if any(k.startswith("source_") for k in changed):
        connection.execute(sa.delete(event_sources).where(
            event_sources.c.event_id == event_id))
        link_sources(connection, new, None)
    connection.execute(sa.insert(reviews).values(
        event_id=event_id, reviewer=reviewer.strip(), action=action,
        old={k: old[k] for k in changed}, new={**{k: new[k] for k in changed}, **(extra or {})},
        at=stamp))


def _merge(connection, event_id, into, reviewer, stamp) -> str:
    """Move an event's source links to ``into`` and record the merge on ``into`` too."""
    if not into or into == event_id:
        raise ValueError("a merge needs another event to merge into")
    target = _lock_event(connection, into)
    if target is None:
        raise KeyError(f"event '{into}' is not in the store")
    links = connection.execute(sa.select(event_sources).where(
        event_sources.c.event_id == event_id)).mappings().all()
    for link in links:
        connection.execute(_insert(connection, event_sources).values(
            **{k: v for k, v in link.items() if k not in ("id", "event_id")}, event_id=into,
        ).on_conflict_do_nothing(index_elements=["event_id", "source_id"]))
    parts = connection.execute(
        sa.select(*[sources.c[n] for n in SOURCE_FIELDS])
        .join(event_sources, sources.c.id == event_sources.c.source_id)
        .where(event_sources.c.event_id == into).order_by(event_sources.c.id)).mappings().all()
    old = from_db(target)
    new = {**old, **join_sources([dict(p) for p in parts])}
    if new != old:
        changed = [k for k in EVENT_COLUMNS if old[k] != new[k]]
        connection.execute(sa.update(events).where(events.c.event_id == into).values(
            **{k: new[k] for k in changed}, updated_at=stamp))
        connection.execute(sa.insert(reviews).values(
            event_id=into, reviewer=reviewer.strip(), action="merge",
            old={k: old[k] for k in changed},
            new={**{k: new[k] for k in changed}, "merged_from": event_id}, at=stamp))
    return into

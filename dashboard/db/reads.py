"""The store's read queries, each on a connection the caller holds.

:class:`dashboard.db.api.Store` is the interface and documents each read; these functions
build the queries and turn their rows into the event model's string rows and typed frames,
as :mod:`dashboard.db.writes` holds the write steps. Taking a connection lets a read inside
``with store.transaction():`` see that transaction's own writes.
"""

from __future__ import annotations

import pandas as pd
import sqlalchemy as sa

from dashboard import merging
from dashboard.db.rows import content_hash, from_db
from dashboard.db.tables import articles, event_sources, events, reviews, sources
from dashboard.schema import EVENT_COLUMNS
from dashboard.store import rows_to_frame

REVIEW_FILTERS = ("accepted", "pending", "all", "rejected")
_FILTER_WHERE = {
    "accepted": events.c.review_status.in_(("accepted", "edited")),
    "pending": events.c.review_status == "unreviewed",
    "all": events.c.review_status != "rejected",
    "rejected": events.c.review_status == "rejected",
}
PENDING_ORDERS = ("newest", "least_confident")


def _of_crisis(crisis: str | None) -> tuple:
    """The ``where`` clause keeping one crisis's events (none for ``None``: every crisis)."""
    return () if crisis is None else (events.c.crisis == crisis,)


def events_frame(connection, review: str, crisis: str | None) -> pd.DataFrame:
    """The events passing a review filter, in ``event_id`` order; see :meth:`Store.events_frame`."""
    if review not in REVIEW_FILTERS:
        raise ValueError(f"review filter '{review}' is not one of {', '.join(REVIEW_FILTERS)}")
    query = sa.select(*[events.c[c] for c in EVENT_COLUMNS]).where(
        _FILTER_WHERE[review], *_of_crisis(crisis))
    records = connection.execute(query.order_by(events.c.event_id)).mappings().all()
    return rows_to_frame([from_db(r) for r in records])


def pending(connection, order: str, limit: int | None, crisis: str | None) -> pd.DataFrame:
    """The review queue with ``added`` and ``article_id``; see :meth:`Store.pending`."""
    if order not in PENDING_ORDERS:
        raise ValueError(f"order '{order}' is not one of {', '.join(PENDING_ORDERS)}")
    keys = ([events.c.created_at.desc(), events.c.event_id] if order == "newest" else
            [events.c.confidence.asc().nulls_last(), events.c.created_at.desc(),
             events.c.event_id])
    query = (sa.select(events).where(_FILTER_WHERE["pending"], *_of_crisis(crisis))
             .order_by(*keys).limit(limit))
    records = connection.execute(query).mappings().all()
    frame = rows_to_frame([from_db(r) for r in records])
    frame["added"] = pd.to_datetime(pd.Series([r["created_at"] for r in records],
                                              dtype=object))
    frame["article_id"] = pd.array([r["article_id"] for r in records], dtype="Int64")
    return frame


def pending_count(connection, crisis: str | None) -> int:
    """How many events wait for review."""
    return connection.execute(sa.select(sa.func.count()).select_from(events).where(
        _FILTER_WHERE["pending"], *_of_crisis(crisis))).scalar_one()


def counts(connection, crisis: str | None) -> dict[str, int]:
    """Events not rejected, by method."""
    query = (sa.select(events.c.method, sa.func.count())
             .where(_FILTER_WHERE["all"], *_of_crisis(crisis)).group_by(events.c.method))
    return {method: count for method, count in connection.execute(query)}


def event(connection, event_id: str) -> dict[str, str] | None:
    """One event as a string row (any status), or ``None``."""
    record = connection.execute(sa.select(events).where(
        events.c.event_id == event_id)).mappings().first()
    return from_db(record) if record else None


def history(connection, event_id: str) -> list[dict]:
    """The audit trail of an event, oldest first."""
    query = (sa.select(reviews.c.reviewer, reviews.c.action, reviews.c.old, reviews.c.new,
                       reviews.c.at).where(reviews.c.event_id == event_id)
             .order_by(reviews.c.id))
    return [dict(r) for r in connection.execute(query).mappings()]


def sources_of(connection, event_id: str) -> list[dict]:
    """The sources of an event with the evidence each gives."""
    query = (sa.select(sources.c.url, sources.c.title, sources.c.publisher,
                       sources.c.language, sources.c.published, event_sources.c.article_id,
                       event_sources.c.evidence, event_sources.c.evidence_start,
                       event_sources.c.evidence_end)
             .join(sources, sources.c.id == event_sources.c.source_id)
             .where(event_sources.c.event_id == event_id).order_by(event_sources.c.id))
    return [dict(r) for r in connection.execute(query).mappings()]


def merge_candidates(connection, event_id: str) -> list[dict[str, str]]:
    """Stored events of the same crisis reporting the same act, best first; see
    :meth:`Store.merge_candidates`."""
    found = event(connection, event_id)
    if found is None:
        raise KeyError(f"event '{event_id}' is not in the store")
    window = merging.date_window(found)
    if window is None:
        return []
    query = sa.select(events).where(
        events.c.event_type == found["event_type"], events.c.issue == found["issue"],
        events.c.date.between(*window), events.c.event_id != event_id,
        _FILTER_WHERE["all"], events.c.crisis == crisis_of(connection, event_id))
    stored = [from_db(r) for r in connection.execute(query).mappings()]
    return [dict(r) for r in merging.find_candidates(found, stored)]


def crisis_of(connection, event_id: str) -> str | None:
    """The id of the crisis pack a stored event belongs to, or ``None``."""
    return connection.execute(sa.select(events.c.crisis).where(
        events.c.event_id == event_id)).scalar_one_or_none()


def article_text(connection, article_id: int) -> str | None:
    """The stored text of an article."""
    return connection.execute(sa.select(articles.c.text).where(
        articles.c.id == article_id)).scalar_one_or_none()


def article_version(connection, text: str) -> str | None:
    """The extractor version that last read this text, or ``None`` if it is not stored."""
    return connection.execute(sa.select(articles.c.extractor_version).where(
        articles.c.content_hash == content_hash(text))).scalar_one_or_none()

"""The store's API: one :class:`Store` per database, shared by the app, the CLI and importers.

Open it with :func:`open_store` (the URL from ``DATABASE_URL``, else the local SQLite file;
the schema is migrated on first open). Every write goes through a transaction; calls made
inside ``with store.transaction():`` join it, so a whole file is imported or nothing is::

    store = open_store()
    with store.transaction():                      # one file, one transaction
        ref = store.save_article(text, source={"url": url, "title": title})
        store.save_events(rows, article=ref)       # machine events, 'unreviewed'
    store.save_events(acled_rows, origin="acled")  # upsert by event_id, e.g. 'ACLED:123'
    store.review("X1a2b3c4d5e6f", "edit", "Ana", changes={"stance": "oppose"})
    queue = store.pending(order="least_confident")
    same = store.merge_candidates("X1a2b3c4d5e6f")  # same act, other sources
    shown = store.events_frame(review="accepted")

Rules the API keeps:

- every row written is checked by :func:`dashboard.schema.validate_event`; a bad row is
  left out and reported (file label, line, field), the others are written;
- ``save_events`` upserts by ``event_id``: an unchanged row writes nothing; a changed one
  replaces the stored row, except a machine event a person has reviewed (accepted,
  edited, rejected, merged), which is kept as the reviewer left it;
- machine events saved with their article get a stable id from the article's content
  hash and evidence span (:func:`dashboard.db.rows.machine_event_id`), so extracting the
  same article again finds its rejected events and does not bring them back;
- every review is recorded in ``reviews`` with old and new values;
- each transaction that changed something raises :meth:`Store.version` by one, which
  readers use as a cache key.

Review filters (``events_frame(review=...)``): ``accepted`` (accepted or edited),
``pending`` (unreviewed), ``all`` (everything not rejected), ``rejected``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from dashboard.db import bulk, reads, writes
from dashboard.db import engine as engines
from dashboard.db.rows import content_hash
from dashboard.db.tables import articles, events, store_version
from dashboard.schema import RowError


@dataclass(frozen=True)
class ArticleRef:
    """A stored article: its row id, its content hash, and whether this call added it."""

    id: int
    content_hash: str
    created: bool
    source_id: int | None = None


@dataclass
class SaveResult:
    """What :meth:`Store.save_events` did with each row."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0  # reviewed machine events left as the reviewer left them
    errors: list[RowError] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)  # every row written or found

    @property
    def written(self) -> int:
        return self.inserted + self.updated

    def __str__(self) -> str:
        return (f"{self.inserted} new, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.kept} kept as reviewed, {len(self.errors)} rejected")


def now() -> datetime:
    """The time stamps' clock: UTC, stored without zone."""
    return datetime.now(UTC).replace(tzinfo=None)


class Store:
    """One database holding the events, their sources and articles, and the reviews."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._local = threading.local()

    @property
    def url(self) -> URL:
        return self.engine.url

    def describe(self) -> str:
        """Which database this is, fit to show (no password, no machine path)."""
        return engines.describe(self.engine.url)

    def close(self) -> None:
        """Close the connections (the store can be opened again with :func:`open_store`)."""
        with _OPEN_LOCK:
            _OPEN.pop(self.engine.url.render_as_string(hide_password=False), None)
        self.engine.dispose()

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """A write transaction: everything inside commits together or not at all.

        Nested calls (on the same thread) join the outer transaction. On SQLite it takes
        the write lock at once (``BEGIN IMMEDIATE``), waiting up to the busy timeout for
        another writer. The store version goes up by one at commit when anything changed.
        """
        current = getattr(self._local, "connection", None)
        if current is not None:
            yield current
            return
        with (self.engine.connect().execution_options(write=True) as connection,
              connection.begin()):
            self._local.connection, self._local.changed = connection, False
            try:
                yield connection
                if self._local.changed:
                    connection.execute(sa.update(store_version).where(
                        store_version.c.id == 1).values(
                        version=store_version.c.version + 1, changed_at=now()))
            finally:
                self._local.connection = None

    def mark_changed(self) -> None:
        """Note that the current transaction wrote something (raises the version at commit)."""
        self._local.changed = True

    @contextmanager
    def reading(self) -> Iterator[sa.Connection]:
        """A connection for reads: the current transaction's, else a fresh one."""
        current = getattr(self._local, "connection", None)
        if current is not None:
            yield current
            return
        with self.engine.connect() as connection:
            yield connection

    def version(self) -> int:
        """A counter raised by every transaction that changed the store."""
        with self.reading() as connection:
            return connection.execute(sa.select(store_version.c.version)).scalar_one()

    # -- writes -------------------------------------------------------------------------

    def save_article(self, text: str, source: dict | None = None, name: str = "",
                     extractor_version: str | None = None) -> ArticleRef:
        """Store an article once by the hash of its text; return its reference.

        Parameters
        ----------
        text
            The article text (the text evidence offsets point into).
        source
            Optional ``title``, ``publisher``, ``url``, ``language``, ``published``.
        name
            A label for messages (a file name), never a machine path.
        extractor_version
            The extractor version that read it (an unchanged article read by the same
            version need not be extracted again: see :meth:`article_version`).
        """
        if not text.strip():
            raise ValueError("the article text is empty")
        with self.transaction() as connection:
            ref = writes.save_article(connection, text, content_hash(text), source or {},
                                      name, extractor_version, now())
            if ref[2]:
                self.mark_changed()
            return ArticleRef(*ref)

    def save_events(self, rows, *, article: ArticleRef | None = None,
                    source: dict | None = None, status: str | None = None,
                    origin: str | None = None, label: str = "rows",
                    crisis: str | None = None) -> SaveResult:
        """Validate and upsert event rows in one transaction; return what happened.

        The rows are written in batches (:func:`dashboard.db.bulk.save_batch`): 10,000
        take about a second on SQLite and a few on PostgreSQL, not minutes.

        Parameters
        ----------
        rows
            Event rows (mappings of event-model columns), or ``(line, row)`` pairs so that
            errors name the line of the file they came from.
        article
            The article the rows were extracted from: machine rows get their stable id
            from it (:func:`dashboard.db.rows.machine_event_id`) and are linked to it.
        source
            Source fields filling the row's empty ``source_*`` cells.
        status
            A review status for every row (``accepted`` for curated data, ``unreviewed``
            for machine events); default: each row's own.
        origin
            Where the rows come from (``acled``, ``events:state.csv``); default
            ``article`` with an article, else the row's method.
        label
            How errors name the input (a file name).
        crisis
            The id of the crisis pack the rows belong to (default: the configured default
            crisis, :func:`dashboard.crisis.default_id`).
        """
        crisis = crisis or _default_crisis()
        result = SaveResult()
        prepared = writes.prepare_rows(rows, article, source, status, label, result)
        with self.transaction() as connection:
            outcomes = bulk.save_batch(connection, prepared, lambda row: origin or (
                "article" if article else row["method"]), article, now(), crisis)
            for row in prepared:
                outcome = outcomes[row["event_id"]]
                setattr(result, outcome, getattr(result, outcome) + 1)
                result.event_ids.append(row["event_id"])
            if result.written:
                self.mark_changed()
        return result

    def set_article_version(self, article: ArticleRef, extractor_version: str) -> None:
        """Record that ``extractor_version`` has read the article."""
        with self.transaction() as connection:
            changed = connection.execute(sa.update(articles).where(
                articles.c.id == article.id, articles.c.extractor_version != extractor_version,
            ).values(extractor_version=extractor_version).returning(articles.c.id)).first()
            if changed is not None:
                self.mark_changed()

    def delete_events(self, event_ids) -> int:
        """Remove events (their source links go with them; their reviews stay)."""
        ids = list(event_ids)
        if not ids:
            return 0
        with self.transaction() as connection:
            count = 0
            for start in range(0, len(ids), 500):
                count += connection.execute(sa.delete(events).where(
                    events.c.event_id.in_(ids[start:start + 500]))).rowcount
            if count:
                self.mark_changed()
            return count

    def review(self, event_id: str, action: str, reviewer: str, changes: dict | None = None,
               into: str | None = None) -> dict[str, str]:
        """Accept, edit, reject or merge one event, recording it in the audit trail.

        Parameters
        ----------
        action
            ``accept`` (status ``accepted``; with changes, ``edited``), ``edit`` (apply
            ``changes``, status ``edited``), ``reject`` (status ``rejected``: shown
            nowhere, and never brought back by a new extraction), or ``merge`` (the event
            is the same act as ``into``: its sources move there, and it is set aside as
            ``rejected`` with ``merged_into``).
        reviewer
            Who did it (a sign-in name or a typed one); required.
        changes
            Event-model fields to change; the changed row must pass validation.

        Returns
        -------
        dict
            The event row after the review.

        Raises
        ------
        KeyError
            When ``event_id`` (or ``into``) is not in the store.
        ValueError
            For an unknown action, an empty reviewer, or changes that make the row invalid
            (the message names each field).
        """
        with self.transaction() as connection:
            row = writes.review(connection, event_id, action, reviewer, changes or {}, into,
                                now())
            self.mark_changed()
            return row

    # -- reads (the queries: :mod:`dashboard.db.reads`) ----------------------------------

    def events_frame(self, review: str = "all", crisis: str | None = None) -> pd.DataFrame:
        """The events as the dashboard's typed frame (:func:`dashboard.store.rows_to_frame`).

        ``review`` is one of :data:`dashboard.db.REVIEW_FILTERS`; ``all`` leaves out only
        rejected events. ``crisis``: the events of that crisis pack only (default: every
        crisis).
        """
        with self.reading() as connection:
            return reads.events_frame(connection, review, crisis)

    def pending(self, order: str = "newest", limit: int | None = None,
                crisis: str | None = None) -> pd.DataFrame:
        """Unreviewed events for the review queue, with ``added`` (when stored) and
        ``article_id`` columns.

        ``order``: ``newest`` (last added first) or ``least_confident`` (lowest
        confidence first, unknown last). ``crisis``: that crisis pack's only.
        """
        with self.reading() as connection:
            return reads.pending(connection, order, limit, crisis)

    def pending_count(self, crisis: str | None = None) -> int:
        """How many events wait for review (of one crisis pack when ``crisis`` is given)."""
        with self.reading() as connection:
            return reads.pending_count(connection, crisis)

    def counts(self, crisis: str | None = None) -> dict[str, int]:
        """Events not rejected, by method (``curated``, ``extracted``)."""
        with self.reading() as connection:
            return reads.counts(connection, crisis)

    def event(self, event_id: str) -> dict[str, str] | None:
        """One event as a string row (any status), or ``None``."""
        with self.reading() as connection:
            return reads.event(connection, event_id)

    def history(self, event_id: str) -> list[dict]:
        """The audit trail of an event, oldest first: reviewer, action, old, new, at."""
        with self.reading() as connection:
            return reads.history(connection, event_id)

    def sources_of(self, event_id: str) -> list[dict]:
        """The sources of an event with the evidence each gives (article id when stored)."""
        with self.reading() as connection:
            return reads.sources_of(connection, event_id)

    def merge_candidates(self, event_id: str) -> list[dict[str, str]]:
        """Stored events reporting the same act as ``event_id``, best first (the rules of
        :mod:`dashboard.merging`); each a string row. ``KeyError`` if it is not stored."""
        with self.reading() as connection:
            return reads.merge_candidates(connection, event_id)

    def crisis_of(self, event_id: str) -> str | None:
        """The id of the crisis pack a stored event belongs to, or ``None``."""
        with self.reading() as connection:
            return reads.crisis_of(connection, event_id)

    def article_text(self, article_id: int) -> str | None:
        """The stored text of an article (evidence offsets point into it)."""
        with self.reading() as connection:
            return reads.article_text(connection, article_id)

    def article_version(self, text: str) -> str | None:
        """The extractor version that last read this text, or ``None`` if it is not stored."""
        with self.reading() as connection:
            return reads.article_version(connection, text)


def _default_crisis() -> str:
    from dashboard.crisis import default_id

    return default_id()


_OPEN: dict[str, Store] = {}
_OPEN_LOCK = threading.Lock()


def open_store(url: str | URL | None = None, migrate: bool = True) -> Store:
    """The store at ``url`` (default: ``DATABASE_URL``, else the local SQLite file).

    One :class:`Store` per URL and process, shared by threads. The schema is brought to
    the newest revision on first open unless ``migrate`` is false.
    """
    resolved = url if isinstance(url, URL) else engines.database_url(url)
    key = resolved.render_as_string(hide_password=False)
    with _OPEN_LOCK:
        store = _OPEN.get(key)
        if store is None:
            engine = engines.make_engine(resolved)
            if migrate and engines.current_revision(engine) != engines.head_revision():
                engines.migrate(engine)
            store = _OPEN[key] = Store(engine)
    return store

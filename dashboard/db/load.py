"""The shipped folders into the store: curated events and the sample articles' events.

The curated files (``data/events/*.csv``) stay the reviewed source of the shipped data
set: :func:`load_events_folder` mirrors them into the store as ``accepted`` events, one
transaction for the folder. Loading twice writes nothing (rows are upserted by
``event_id`` and an unchanged row is skipped); a row edited in a file replaces the stored
one; a row removed from the files leaves the store. A bad row is left out and reported.

:func:`load_articles_folder` extracts each article of ``data/articles`` that the current
extractor has not read yet and stores it with its events, ``unreviewed`` (one transaction
per article, so a failure loses only that article). A reviewed event keeps its review.

:func:`load_folders` does both, skipping a folder whose files have not changed since the
last load (the fingerprint and the problems met are kept in ``folder_loads``, so another
process can show them). ``python -m dashboard prepare`` and the dashboard call it.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import sqlalchemy as sa

from dashboard.crisis import default_id
from dashboard.db.api import SaveResult, Store, now
from dashboard.db.rows import content_hash
from dashboard.db.tables import events, folder_loads
from dashboard.schema import RowError
from dashboard.store import (
    CACHE_DIR,
    LoadResult,
    event_files,
    folder_problem,
    read_event_rows,
    sort_events,
)

CURATED_PREFIX = "events:"


@dataclass
class FolderLoad:
    """What one folder gave: files read, rows saved, problems met."""

    files: list[str] = field(default_factory=list)
    saved: SaveResult = field(default_factory=SaveResult)
    removed: int = 0
    errors: list[RowError] = field(default_factory=list)
    skipped: bool = False  # unchanged since the last load

    def add(self, result: SaveResult) -> None:
        for name in ("inserted", "updated", "unchanged", "kept"):
            setattr(self.saved, name, getattr(self.saved, name) + getattr(result, name))
        self.saved.event_ids += result.event_ids
        self.errors += result.errors


def fingerprint(folder: Path, salt: str = "") -> str:
    """A hash of the name, size and modification time of every file (no file is read)."""
    stats: list = [salt]
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                info = path.stat()
                stats.append((path.relative_to(folder).as_posix(), info.st_size,
                              info.st_mtime_ns))
    return hashlib.sha256(json.dumps(stats).encode()).hexdigest()


def load_events_folder(store: Store, folder: Path, crisis: str | None = None) -> FolderLoad:
    """Mirror the curated files of ``folder`` into the store as the events of ``crisis``
    (default: the default crisis pack), in one transaction.

    An ``event_id`` another crisis's curated files already use is refused with its file,
    line and the crisis named: ids are unique across packs."""
    crisis = crisis or default_id()
    load = FolderLoad()
    problem = folder_problem(folder)  # a missing or empty folder is said, and mirrored
    if problem:
        load.errors.append(problem)
    curated = events.c.origin.startswith(CURATED_PREFIX)
    with store.transaction() as connection:
        seen: dict[str, str] = {}
        others = dict(connection.execute(sa.select(events.c.event_id, events.c.crisis).where(
            curated, events.c.crisis != crisis)).all())
        for path in event_files(folder):
            good, bad = read_event_rows(path)
            load.files.append(path.name)
            load.errors += bad
            good = _first_use(good, path.name, seen, load.errors, others)
            load.add(store.save_events(good, status="accepted", crisis=crisis,
                                       origin=CURATED_PREFIX + path.name, label=path.name))
        kept = set(load.saved.event_ids)
        stale = connection.execute(sa.select(events.c.event_id).where(
            curated, events.c.crisis == crisis)).scalars().all()
        load.removed = store.delete_events(sorted(set(stale) - kept))
    return load


def _first_use(rows, name, seen, errors, others) -> list[tuple[int, dict]]:
    """Rows whose ``event_id`` no earlier file, and no other crisis (``others``: id ->
    crisis), used; the others become errors."""
    kept = []
    for line, row in rows:
        if row["event_id"] in others:
            errors.append(RowError(name, line, "event_id", f"'{row['event_id']}' is already "
                                   f"used by the crisis '{others[row['event_id']]}'"))
            continue
        first = seen.setdefault(row["event_id"], f"{name}, line {line}")
        if first != f"{name}, line {line}":
            errors.append(RowError(name, line, "event_id",
                                   f"'{row['event_id']}' is already used ({first})"))
        else:
            kept.append((line, row))
    return kept


def load_articles_folder(store: Store, folder: Path, cache_dir: Path = CACHE_DIR,
                         crisis: str | None = None) -> FolderLoad:
    """Extract and store the articles of ``folder`` the current extractor has not read, as
    events of ``crisis`` (default: the default crisis pack).

    The extractor's rows are also kept in ``cache_dir`` by the hash of the text and the
    extractor version, so a new store (a test's, another database) is filled without
    extracting again.
    """
    from dashboard.extract import EXTRACTOR_VERSION
    from dashboard.extract.batch import read_paths
    from dashboard.extract.metadata import unsupported_note
    from dashboard.extract.pipeline import article_language, extract_events

    load = FolderLoad()
    if not folder.is_dir():
        return load
    for article in read_paths([folder]):
        name = Path(article.path).name + article.name[len(article.path):]
        if Path(article.path).stem.upper() == "README":
            continue
        load.files.append(name)
        if article.error:
            load.errors.append(RowError(name, 0, "-", article.error))
            continue
        if store.article_version(article.text) == EXTRACTOR_VERSION:
            continue
        rows = _extracted(article, EXTRACTOR_VERSION, cache_dir, extract_events)
        unread = "" if rows else unsupported_note(article_language(article.text,
                                                                    article.language))
        if unread:  # no events, and not stored: reported again at every load
            load.errors.append(RowError(name, 0, "-", unread))
            continue
        saved = save_extracted(store, article, rows, name, crisis)
        if saved is not None:
            load.add(saved)
    return load


def save_extracted(store: Store, article, rows: list[dict], name: str,
                   crisis: str | None = None) -> SaveResult | None:
    """Store an article (an ``ArticleInput``) and the extractor's rows for it in one
    transaction, marked as read by this extractor version, as events of ``crisis``
    (default: the default crisis); ``None`` when this version had already stored it
    (another process, or an earlier run)."""
    from dashboard.extract import EXTRACTOR_VERSION

    source = {k: rows[0][f"source_{k}"] for k in ("title", "publisher", "url",
                                                  "language", "published")} if rows else {}
    with store.transaction():
        if store.article_version(article.text) == EXTRACTOR_VERSION:
            return None
        ref = store.save_article(article.text, source={**article.source, **source},
                                 name=name)
        saved = store.save_events(rows, article=ref, label=name, crisis=crisis)
        store.set_article_version(ref, EXTRACTOR_VERSION)
    return saved


def _extracted(article, version: str, cache_dir: Path, extract_events) -> list[dict]:
    """The extractor's rows for one article, from the cache or freshly extracted."""
    cached = cache_dir / f"text-{content_hash(article.text)}-{version}.jsonl"
    if cached.is_file():
        good, bad = read_event_rows(cached)
        if not bad:
            return [row for _, row in good]
    rows = extract_events(article.text, published=article.published,
                          language=article.language, source=article.source)
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")  # written whole, then renamed
    partial.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    partial.replace(cached)
    return rows


def _folders(events_folder: Path, articles_folder: Path | None, crisis: str):
    """``(kind, folder, loader, key, stamp)`` of the folders of one crisis.

    A crisis's curated folder is mirrored, so a store holds one per crisis: its key is
    ``events`` (the default crisis, as before packs) or ``events:<crisis>``, and its stamp
    covers its path, so loading another folder (a test's) and then this one again reloads
    it. Articles only add, so each folder has its own key.
    """
    events_key = events_folder.resolve().as_posix()
    key = "events" if crisis == default_id() else f"events:{crisis}"
    yield ("events", events_folder, partial(load_events_folder, crisis=crisis), key,
           fingerprint(events_folder, salt=events_key))
    if articles_folder is not None:
        yield ("articles", articles_folder, partial(load_articles_folder, crisis=crisis),
               f"articles:{articles_folder.resolve().as_posix()}", fingerprint(articles_folder))


def stale_folders(store: Store, events_folder: Path, articles_folder: Path | None,
                  crisis: str | None = None) -> list[str]:
    """The kinds (``events``, ``articles``) whose folder changed since its last load."""
    return [kind for kind, _, _, key, stamp in _folders(events_folder, articles_folder,
                                                         crisis or default_id())
            if (last_load(store, key) or ("",))[0] != stamp]


def load_folders(store: Store, events_folder: Path, articles_folder: Path | None,
                 force: bool = False, crisis: str | None = None) -> dict[str, FolderLoad]:
    """Load a crisis's folders (default: the default crisis's) unless unchanged since their
    last load; keep what was met. ``articles_folder`` ``None``: the crisis has none.

    Returns the loads by kind (``events``, ``articles``); a skipped folder's load carries
    the files and problems recorded when it was last loaded.
    """
    loads = {}
    for kind, folder, loader, key, stamp in _folders(events_folder, articles_folder,
                                                     crisis or default_id()):
        recorded = last_load(store, key)
        if not force and recorded and recorded[0] == stamp:
            loads[kind] = FolderLoad(files=recorded[1], errors=recorded[2], skipped=True)
            continue
        loads[kind] = loader(store, folder)
        _record(store, key, stamp, loads[kind], recorded)
    return loads


def last_load(store: Store, key: str) -> tuple[str, list[str], list[RowError]] | None:
    """The fingerprint, files and problems of a folder's last load, if any."""
    with store.reading() as connection:
        row = connection.execute(sa.select(folder_loads).where(
            folder_loads.c.folder == key)).mappings().first()
    if row is None:
        return None
    return row["fingerprint"], list(row["files"]), [RowError(*e) for e in row["errors"]]


def _record(store: Store, key: str, stamp: str, load: FolderLoad, recorded) -> None:
    """Keep the load's fingerprint and problems; a change in what readers show (the files
    or the problems) raises the store version."""
    errors = [[e.file, e.line, e.field, e.message] for e in load.errors]
    with store.transaction() as connection:
        connection.execute(sa.delete(folder_loads).where(folder_loads.c.folder == key))
        connection.execute(sa.insert(folder_loads).values(
            folder=key, fingerprint=stamp, files=load.files, errors=errors, loaded_at=now()))
        if recorded is None or (recorded[1], recorded[2]) != (load.files, load.errors):
            store.mark_changed()


def shown_events(store: Store, loads: dict[str, FolderLoad],
                 crisis: str | None = None) -> LoadResult:
    """What the dashboard shows: every event of the crisis (default: the default crisis)
    not rejected, in chronological order, with the files and problems of the folder
    loads."""
    files = [name for load in loads.values() for name in load.files]
    errors = [error for load in loads.values() for error in load.errors]
    frame = store.events_frame(review="all", crisis=crisis or default_id())
    return LoadResult(sort_events(frame), errors, files)

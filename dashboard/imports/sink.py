"""Where imported rows go, all of a file or none of it, and how a re-import is counted.

A sink saves the rows of one imported file in one transaction (:meth:`Sink.save`): a
process killed in the middle leaves the sink as it was. It upserts by ``event_id``: a new
id is written, a row equal to the stored one is left alone, a changed row replaces the
stored one, except a row a person already reviewed (accepted, edited or rejected), which is
kept as reviewed: an import never undoes a review. :func:`plan` holds that rule for sinks
that do not have it themselves.

:class:`StoreSink` writes into the database store (:mod:`dashboard.db`), the default of the
command line; :class:`JsonlSink` keeps the rows in one JSON Lines file instead (``--out``),
rewritten through a temporary file and an atomic rename under a lock.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from dashboard.schema import EVENT_COLUMNS, RowError

REVIEWED = frozenset({"accepted", "edited", "rejected"})
Progress = Callable[[int, int], None]
# (line of the source file, event row)
Numbered = tuple[int, dict[str, str]]


@dataclass
class Plan:
    """How each id fared against the stored rows, and the rows to write."""

    rows: list[dict[str, str]] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_reviewed: int = 0
    errors: list[RowError] = field(default_factory=list)


class Sink(Protocol):
    def save(self, rows: Sequence[Numbered], *, kind: str, label: str,
             progress: Progress | None = None) -> Plan: ...


def plan(rows: Sequence[dict[str, str]], stored: dict[str, dict[str, str]]) -> Plan:
    """Compare imported rows with the stored rows of the same ids (see the module doc)."""
    result = Plan()
    for row in rows:
        before = stored.get(row["event_id"])
        if before is None:
            result.new += 1
            result.rows.append(row)
        elif _same(before, row):
            result.unchanged += 1
        elif before.get("review_status") in REVIEWED:
            result.kept_reviewed += 1
        else:
            result.updated += 1
            result.rows.append(row)
    return result


def _same(stored: dict[str, str], row: dict[str, str]) -> bool:
    return all((stored.get(c) or "") == (row.get(c) or "") for c in EVENT_COLUMNS)


class JsonlSink:
    """Event rows in one JSON Lines file, one object per event, in first-written order."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._partial = path.with_name(f".{path.name}.partial")
        self._lock = path.with_name(f".{path.name}.lock")

    def save(self, rows: Sequence[Numbered], *, kind: str, label: str,
             progress: Progress | None = None) -> Plan:
        """Merge ``rows`` into the file under its lock; the file changes all at once."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock.open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            stored = self.read()
            outcome = plan([row for _, row in rows], stored)
            if outcome.rows:
                stored.update((row["event_id"], row) for row in outcome.rows)
                self._replace(list(stored.values()), progress)
        return outcome

    def read(self) -> dict[str, dict[str, str]]:
        """Every stored row by id (empty when the file does not exist yet)."""
        if not self.path.exists():
            return {}
        rows = {}
        with self.path.open(encoding="utf-8") as handle:
            for text in handle:
                if text.strip():
                    row = json.loads(text)
                    rows[row["event_id"]] = row
        return rows

    def _replace(self, rows: list[dict[str, str]], progress: Progress | None) -> None:
        """Write all rows to the partial file, sync it, then rename it over the target."""
        with self._partial.open("w", encoding="utf-8") as handle:
            for done, row in enumerate(rows, start=1):
                handle.write(json.dumps({c: row.get(c, "") for c in EVENT_COLUMNS},
                                        ensure_ascii=False) + "\n")
                if progress and done % 1000 == 0:
                    progress(done, len(rows))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(self._partial, self.path)


class StoreSink:
    """The database store (:mod:`dashboard.db`): one transaction per file, upsert by id.

    The store validates again, upserts by ``event_id`` and keeps reviewed rows as reviewed;
    rows are saved in chunks inside the one transaction, so progress can be reported and a
    process killed in the middle leaves the database as it was.
    """

    CHUNK = 1000

    def __init__(self, store, crisis: str | None = None) -> None:
        self.store = store
        self.crisis = crisis  # the crisis pack the rows belong to (default: the default)

    def save(self, rows: Sequence[Numbered], *, kind: str, label: str,
             progress: Progress | None = None) -> Plan:
        outcome = Plan()
        with self.store.transaction():
            for start in range(0, len(rows), self.CHUNK):
                result = self.store.save_events(rows[start:start + self.CHUNK], origin=kind,
                                                label=label, crisis=self.crisis)
                outcome.new += result.inserted
                outcome.updated += result.updated
                outcome.unchanged += result.unchanged
                outcome.kept_reviewed += result.kept
                outcome.errors.extend(result.errors)
                if progress:
                    progress(min(start + self.CHUNK, len(rows)), len(rows))
        return outcome

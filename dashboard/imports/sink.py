"""Where imported rows go, all of a file or none of it, and how a re-import is counted.

A sink opens one transaction per imported file: inside it the importer asks which ids it
already holds (:meth:`Transaction.existing`) and writes the new and changed rows
(:meth:`Transaction.write`); leaving the ``with`` block without an exception commits them.
A process killed in between leaves the sink as it was.

:func:`plan` decides, row by row, against what is stored: a new id is written, a row equal to
the stored one is left alone, a changed row replaces the stored one, except a row a person
already reviewed (accepted, edited or rejected), which is kept as reviewed: an import never
undoes a review.

:class:`JsonlSink` keeps the rows in one JSON Lines file (the ``--out`` of the command
line), rewritten through a temporary file and an atomic rename under a lock.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from dashboard.schema import EVENT_COLUMNS

REVIEWED = frozenset({"accepted", "edited", "rejected"})
Progress = Callable[[int, int], None]


class Transaction(Protocol):
    def existing(self, ids: Collection[str]) -> dict[str, dict[str, str]]: ...

    def write(self, rows: Sequence[dict[str, str]], progress: Progress | None = None) -> None: ...


class Sink(Protocol):
    def transaction(self) -> AbstractContextManager[Transaction]: ...


@dataclass
class Plan:
    """The rows to write and how each id fared against the stored rows."""

    rows: list[dict[str, str]] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_reviewed: int = 0


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

    @contextmanager
    def transaction(self) -> Iterator[_JsonlTransaction]:
        """Hold the file's lock; commit the written rows on a clean exit."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock.open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            txn = _JsonlTransaction(self)
            yield txn
            txn.commit()

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


class _JsonlTransaction:
    def __init__(self, sink: JsonlSink) -> None:
        self.sink = sink
        self.stored = sink.read()
        self.pending: list[dict[str, str]] = []
        self.progress: Progress | None = None

    def existing(self, ids: Collection[str]) -> dict[str, dict[str, str]]:
        return {i: self.stored[i] for i in ids if i in self.stored}

    def write(self, rows: Sequence[dict[str, str]], progress: Progress | None = None) -> None:
        self.pending.extend(rows)
        self.progress = progress

    def commit(self) -> None:
        """Write all rows to the partial file, sync it, then rename it over the target."""
        if not self.pending:
            return
        merged = dict(self.stored)
        merged.update((row["event_id"], row) for row in self.pending)
        total = len(merged)
        with self.sink._partial.open("w", encoding="utf-8") as handle:
            for done, row in enumerate(merged.values(), start=1):
                handle.write(json.dumps({c: row.get(c, "") for c in EVENT_COLUMNS},
                                        ensure_ascii=False) + "\n")
                if self.progress and done % 1000 == 0:
                    self.progress(done, total)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(self.sink._partial, self.sink.path)

"""One file in, one transaction out: parse, save into the sink, summarise."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.imports.acled import parse_acled
from dashboard.imports.common import Counts, CrisisScope, Parsed
from dashboard.imports.gdelt import parse_gdelt
from dashboard.imports.sink import Numbered, Plan, Progress, Sink
from dashboard.schema import RowError

PARSERS: dict[str, Callable[[Path, CrisisScope, str], Iterator[Parsed]]] = {
    "acled": parse_acled,
    "gdelt": parse_gdelt,
}


@dataclass
class FileSummary:
    """What importing one file did; :meth:`line` is the sentence the command prints."""

    file: str
    counts: Counts
    outcome: Plan = field(default_factory=Plan)

    @property
    def errors(self) -> list[RowError]:
        return self.counts.errors

    def line(self) -> str:
        o, c = self.outcome, self.counts
        kept = f" ({o.kept_reviewed} kept as reviewed)" if o.kept_reviewed else ""
        skipped = sum(c.skipped.values())
        reasons = ", ".join(f"{n} {why}" for why, n in c.skipped.items() if n)
        return (f"{self.file}: {c.read} row(s) read; {o.new} imported, {o.updated} updated, "
                f"{o.unchanged + o.kept_reviewed} unchanged{kept}; {skipped} skipped"
                f"{f' ({reasons})' if reasons else ''}; {c.rejected} rejected")


def parse_file(kind: str, path: Path, scope: CrisisScope, review_status: str = "unreviewed",
               progress: Progress | None = None) -> tuple[list[Numbered], Counts]:
    """Every valid in-scope row of one source file with its line, and the tallies of all
    its lines."""
    counts, rows = Counts(), []
    for parsed in PARSERS[kind](path, scope, review_status):
        counts.add(parsed)
        if parsed.row is not None:
            rows.append((parsed.line, parsed.row))
        if progress and counts.read % 5000 == 0:
            progress(counts.read, 0)
    return rows, counts


def import_file(kind: str, path: Path, sink: Sink, scope: CrisisScope,
                review_status: str = "unreviewed", progress: Progress | None = None,
                ) -> FileSummary:
    """Import one ACLED or GDELT file into ``sink`` in a single transaction.

    Parameters
    ----------
    kind
        ``acled`` or ``gdelt``.
    scope
        The crisis's countries and dates; rows outside are skipped and counted.
    review_status
        Given to new rows (``unreviewed`` by default: an import goes through review).
    progress
        Called with ``(done, total)`` while reading (total 0) and while writing.
    """
    rows, counts = parse_file(kind, path, scope, review_status, progress)
    outcome = sink.save(rows, kind=kind, label=path.name, progress=progress)
    # A row the sink refused (its own checks) counts as rejected, not as imported.
    counts.rejected += len({error.line for error in outcome.errors})
    counts.errors.extend(outcome.errors)
    return FileSummary(path.name, counts, outcome)


def sniff_kind(head: bytes) -> str | None:
    """``acled`` or ``gdelt`` from a file's first bytes, else ``None``.

    An ACLED export starts with a header naming ``event_id_cnty``; a GDELT 2.0 event line has
    61 tab-separated cells and starts with a numeric id.
    """
    first = head.split(b"\n", 1)[0].decode("utf-8", errors="replace").lstrip("\ufeff")
    if "event_id_cnty" in first.split(","):
        return "acled"
    cells = first.rstrip("\r").split("\t")
    if len(cells) == 61 and cells[0].isdigit():
        return "gdelt"
    return None


def import_upload(name: str, data: bytes, sink: Sink, scope: CrisisScope,
                  kind: str | None = None, review_status: str = "unreviewed",
                  progress: Progress | None = None) -> FileSummary:
    """Import an uploaded file's bytes (the Add page), naming it ``name`` in messages.

    ``kind`` is sniffed from the content when not given (:func:`sniff_kind`); a file that is
    neither format yields a summary with one error for line 1.
    """
    kind = kind or sniff_kind(data[:65536])
    safe = Path(name).name or "upload"
    if kind not in PARSERS:
        counts = Counts(rejected=0, errors=[RowError(
            safe, 1, "-", "is neither an ACLED export CSV nor a GDELT 2.0 event file")])
        return FileSummary(safe, counts)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / safe
        path.write_bytes(data)
        return import_file(kind, path, sink, scope, review_status, progress)

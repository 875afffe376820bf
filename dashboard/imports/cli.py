"""``python -m dashboard import acled|gdelt FILE...``: arguments and the run."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from dashboard.schema import parse_iso_date

REVIEW_CHOICES = ("unreviewed", "accepted")


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=("acled", "gdelt"),
                        help="acled: ACLED's export CSV; gdelt: a GDELT 2.0 event file "
                             "(61 tab-separated columns, plain or .zip)")
    parser.add_argument("files", nargs="+", type=Path, help="the files to import")
    parser.add_argument("--out", type=Path, metavar="FILE.jsonl",
                        help="merge the rows into this JSON Lines file instead of the store")
    parser.add_argument("--countries", type=_codes, metavar="ISO3[,ISO3...]",
                        help="the crisis's countries (default: the crisis pack's)")
    parser.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD",
                        help="first day of the crisis (default: the crisis pack's period)")
    parser.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD",
                        help="last day of the crisis (default: the crisis pack's period)")
    parser.add_argument("--status", choices=REVIEW_CHOICES, default="unreviewed",
                        help="review status of newly imported rows (default: unreviewed)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")


def run_import(args: argparse.Namespace) -> int:
    """Import each file in its own transaction; one summary line per file, errors first."""
    from dashboard.imports import CrisisScope, import_file

    if args.out and args.out.suffix != ".jsonl":
        print(f"error: --out {args.out.name}: write to a .jsonl file", file=sys.stderr)
        return 2
    crisis = getattr(args, "crisis", None)
    if crisis:
        from dashboard.crisis import pack

        base = CrisisScope.of(pack(crisis))
    else:
        base = CrisisScope.from_settings()
    scope = base.with_overrides(args.countries, args.start, args.end)
    sink = _sink(args.out, crisis)
    status = 0
    for path in args.files:
        summary = import_file(args.kind, path, sink, scope, args.status,
                              None if args.quiet else _progress(path.name))
        for error in summary.errors:
            print(f"error: {error}", file=sys.stderr)
        print(summary.line(), flush=True)
        status = status or (1 if summary.errors else 0)
    return status


def _sink(out: Path | None, crisis: str | None = None):
    """The JSON Lines file of ``--out``, else the store (``DATABASE_URL`` or the local file),
    the rows belonging to ``crisis`` (default: the default crisis)."""
    from dashboard.imports.sink import JsonlSink, StoreSink

    if out:
        return JsonlSink(out)
    from dashboard.db import open_store

    store = open_store()
    print(f"importing into the store ({store.describe()})", file=sys.stderr)
    return StoreSink(store, crisis)


def _progress(name: str):
    def report(done: int, total: int) -> None:
        what = f"written {done}/{total}" if total else f"read {done}"
        print(f"{name}: {what} row(s)", file=sys.stderr, flush=True)
    return report


def _codes(text: str) -> list[str]:
    codes = [c.strip().upper() for c in text.split(",") if c.strip()]
    bad = [c for c in codes if len(c) != 3 or not c.isalpha()]
    if bad or not codes:
        raise argparse.ArgumentTypeError(f"'{text}' is not a list of ISO3 codes like FRA,DEU")
    return codes


def _day(text: str) -> date:
    try:
        return parse_iso_date(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None

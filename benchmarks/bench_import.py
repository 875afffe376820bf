"""Rows per second of ``python -m dashboard import acled`` on an ACLED-shaped file.

The file is synthetic (``tests/acled_synthetic.py``): ``--rows`` rows in January 2022, one in
ten placed outside the crisis's countries. Timed: parsing, mapping, validation and the one
transaction into the sink, for a first import and for a re-import of the same file (every
row unchanged). Run: ``python benchmarks/bench_import.py [--rows 10000] [--runs 3]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.imports import CrisisScope, import_file  # noqa: E402
from dashboard.imports.sink import JsonlSink  # noqa: E402
from tests.acled_synthetic import write_synthetic_acled  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    scope = CrisisScope.from_settings()
    with tempfile.TemporaryDirectory() as tmp:
        source = write_synthetic_acled(Path(tmp) / "acled.csv", args.rows)
        import_file("acled", source, JsonlSink(Path(tmp) / "warm.jsonl"), scope)  # load tables
        first, again = [], []
        for run in range(args.runs):
            sink = JsonlSink(Path(tmp) / f"run{run}.jsonl")
            start = time.perf_counter()
            summary = import_file("acled", source, sink, scope)
            first.append(time.perf_counter() - start)
            start = time.perf_counter()
            import_file("acled", source, sink, scope)
            again.append(time.perf_counter() - start)
    print(summary.line())
    for label, times in (("first import", first), ("re-import", again)):
        best = min(times)
        print(f"{label}: {args.rows} rows in {best:.2f} s (best of {args.runs}, median "
              f"{statistics.median(times):.2f} s) = {args.rows / best:,.0f} rows/s")


if __name__ == "__main__":
    main()

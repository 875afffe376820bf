"""A writer process for the store's reliability tests (run as a script, not collected).

    python tests/store_writer.py URL --rows N [--chunk C] [--pause-after K] [--per-file]

Saves ``N`` generated events (``event_id`` ``LOAD:<n>``, like an importer keeping the
source's ids) with an article, in one transaction (``--per-file``: one transaction per
chunk). With ``--pause-after K`` it prints ``PAUSED`` after ``K`` chunks, still inside the
transaction, and waits to be killed. Prints ``DONE <transactions>`` at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.db import open_store  # noqa: E402
from tests.conftest import event_row  # noqa: E402


def load_rows(count: int) -> list[dict[str, str]]:
    """``count`` valid curated rows with distinct ids and source URLs."""
    return [event_row(event_id=f"LOAD:{n:05d}", date=f"2022-01-{1 + n % 28:02d}",
                      summary=f"Generated event number {n}.",
                      source_url=f"https://example.org/load/{n}") for n in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--chunk", type=int, default=100)
    parser.add_argument("--pause-after", type=int)
    parser.add_argument("--per-file", action="store_true")
    args = parser.parse_args()
    store = open_store(args.url)
    rows = load_rows(args.rows)
    chunks = [rows[i:i + args.chunk] for i in range(0, len(rows), args.chunk)]
    outer = contextlib.nullcontext() if args.per_file else store.transaction()
    with outer:
        store.save_article("A generated article for the load test.", name="load.txt")
        for number, chunk in enumerate(chunks, start=1):
            result = store.save_events(chunk, origin="load", label="load.csv")
            assert not result.errors, result.errors
            if number == args.pause_after:
                print("PAUSED", flush=True)
                time.sleep(120)
    print(f"DONE {len(chunks) + 1 if args.per_file else 1}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

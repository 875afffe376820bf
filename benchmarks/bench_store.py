"""Store speed: the shipped curated set loaded into a fresh store, loaded again (nothing to
write), read back as the dashboard's frame; and 10,000 generated events saved in one
transaction. On SQLite (a temporary file) and, with ``--postgres URL`` (or
``TEST_DATABASE_URL``), on a fresh database of that PostgreSQL server.

Prints figures; it is not a test.

    .venv/bin/python benchmarks/bench_store.py [--postgres postgresql://...] [--events 10000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from dashboard.crisis import default_pack  # noqa: E402
from dashboard.db import open_store  # noqa: E402
from dashboard.db.engine import database_url  # noqa: E402
from dashboard.db.load import load_events_folder  # noqa: E402
from tests.store_writer import load_rows  # noqa: E402

EVENTS_DIR = default_pack().events_dir


def _timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def measure(url: str, count: int) -> None:
    """Print the figures of one backend."""
    store = open_store(url)
    first, load = _timed(lambda: load_events_folder(store, EVENTS_DIR))
    again, _ = _timed(lambda: load_events_folder(store, EVENTS_DIR))
    read, frame = _timed(lambda: store.events_frame("all"))
    rows = load_rows(count)
    bulk, result = _timed(lambda: store.save_events(rows, origin="bench"))
    read_all, frame_all = _timed(lambda: store.events_frame("all"))
    print(f"{store.describe().split()[0]}: shipped set ({load.saved.inserted} events) loaded "
          f"in {first:.2f} s, loaded again in {again:.2f} s (written: {load.saved.written} then "
          f"0), read as a frame in {read:.3f} s ({len(frame)} rows); {result.inserted:,} "
          f"events in one transaction in {bulk:.2f} s; {len(frame_all):,} read in "
          f"{read_all:.2f} s")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL", ""))
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        measure(f"sqlite:///{folder}/bench.sqlite", args.events)
    if not args.postgres:
        print("PostgreSQL: not measured (give --postgres URL or TEST_DATABASE_URL)")
        return
    admin = sa.create_engine(database_url(args.postgres), isolation_level="AUTOCOMMIT")
    name = f"crisis_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        measure(database_url(args.postgres).set(database=name).render_as_string(
            hide_password=False), args.events)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


if __name__ == "__main__":
    main()

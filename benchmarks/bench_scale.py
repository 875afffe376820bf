"""Large stores: first load, memory, server time per page after a filter change, bytes sent
per page, at 10,000, 100,000 and 1,000,000 events, beside a naive baseline in the same run.

For each size, a store is generated (benchmarks/scale_data.py: skewed actors and places,
bursts, 30% without place) with the same rows in a CSV file, and the columnar snapshot is
written (timed: what the first load after a change of the store costs on top). Then a
child process (so memory is its own) opens the app with AppTest and measures:

* first load: from the child's start (imports included) to the map page drawn;
* server time of each page after a filter change: five different event-type filters, so
  no figure comes from the cache; median and max;
* bytes per page: the size of every element the last run sent (the protobuf messages of
  charts, tables and texts), the same bytes Streamlit sends to the browser;
* resident memory: the child's peak.

The naive baseline, per filter: read the CSV with pandas, filter, ``px.scatter_geo`` of
every row, serialise to JSON (what would be sent). Budgets (issue 10): at 1,000,000 events
every page's median < 0.5 s and >= 10x faster than the baseline, first load < 10 s,
memory < 2 GB; bytes per page < 1 MB at every size.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 10000 100000 1000000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()  # the child's first load counts from here

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILTERS = (["statement"], ["statement", "protest", "violent_clash"], ["protest"],
           ["statement", "military_deployment"], ["violent_clash", "arrest", "protest"])
PAGES = ("map", "timeline", "positions", "events")
WORK = ROOT / ".cache" / "bench_scale"


def prepare(size: int, reuse: bool = False) -> tuple[str, Path, float]:
    """The store and CSV of ``size`` events (made once, kept under .cache/), and the
    seconds the columnar snapshot took to write (not written again with ``reuse``)."""
    from benchmarks.scale_data import write_store_and_csv

    folder = WORK / str(size)
    for sub in ("events", "articles"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    url, csv_path = f"sqlite:///{folder}/store.sqlite", folder / "events.csv"
    if not csv_path.is_file():
        (folder / "store.sqlite").unlink(missing_ok=True)
        write_store_and_csv(size, url, folder / "partial.csv")
        (folder / "partial.csv").replace(csv_path)
    _environment(folder, url)
    from dashboard import columnar
    from dashboard.crisis import default_id
    from dashboard.db import open_store
    from dashboard.db.load import load_folders
    from dashboard.ui import large

    store = open_store(url)
    load_folders(store, folder / "events", folder / "articles")  # as `make run` does first
    start = time.perf_counter()
    crisis = default_id()  # the generated events are the default crisis's, as the app reads
    path = columnar.snapshot_path(url, store.version(), crisis=crisis)
    if reuse and path.is_file():
        return url, csv_path, float("nan")
    path.unlink(missing_ok=True)
    columnar.write_snapshot(store, path, large._group_of(crisis), crisis)
    return url, csv_path, time.perf_counter() - start


def _environment(folder: Path, url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ["CRISIS_EVENTS_DIR"] = str(folder / "events")
    os.environ["CRISIS_ARTICLES_DIR"] = str(folder / "articles")


def tree_bytes(node) -> int:
    """Bytes of the protobuf messages of an AppTest element tree."""
    proto = getattr(node, "proto", None)
    total = proto.ByteSize() if hasattr(proto, "ByteSize") else 0
    children = getattr(node, "children", None) or {}
    return total + sum(tree_bytes(child) for child in children.values())


def child(size: int, runs: int, started: float) -> dict:
    """Runs in the child process: the app's figures for this size, as JSON."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.run()
    result = {"first_load": time.perf_counter() - started, "pages": {}, "bytes": {}}
    for page in PAGES:
        if page != "map":
            at.switch_page(f"dashboard/views/{page}.py").run()
        times = []
        for chosen in FILTERS[:runs]:
            at.multiselect(key="type").set_value(chosen)
            start = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - start)
            if at.exception:
                raise RuntimeError(at.exception[0].value)
        result["pages"][page] = times
        result["bytes"][page] = tree_bytes(at._tree)
        at.multiselect(key="type").set_value([])
        at.run()
        result["bytes"][page] = max(result["bytes"][page], tree_bytes(at._tree))
    # VmHWM, this process's own peak (ru_maxrss keeps the parent's peak across exec)
    status = Path("/proc/self/status").read_text().split("VmHWM:")[1].split()[0]
    result["rss_mb"] = int(status) / 1024
    return result


def baseline(csv_path: Path, runs: int) -> tuple[list[float], int]:
    """Naive: read the CSV, filter, scatter_geo of every row, to JSON; per filter."""
    import pandas as pd
    import plotly.express as px

    times, sent = [], 0
    for chosen in FILTERS[:runs]:
        start = time.perf_counter()
        frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
        rows = frame[frame["event_type"].isin(chosen)]
        located = rows[rows["latitude"] != ""]
        fig = px.scatter_geo(located, lat=located["latitude"].astype(float),
                             lon=located["longitude"].astype(float), color="event_type",
                             hover_name="actor", hover_data=["date", "summary"])
        sent = max(sent, len(fig.to_json()))
        times.append(time.perf_counter() - start)
    return times, sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=5, help="filter changes per page (max 5)")
    parser.add_argument("--baseline-runs", type=int, default=5)
    parser.add_argument("--reuse", action="store_true",
                        help="keep a snapshot written by an earlier run (its time not shown)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.runs, STARTED)))
        return
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for size in args.sizes:
        url, csv_path, snapshot_s = prepare(size, args.reuse)
        out = subprocess.run([sys.executable, __file__, "--child", str(size), "--runs",
                              str(args.runs)], capture_output=True, text=True, check=True,
                             env=dict(os.environ))
        result = json.loads(out.stdout.strip().splitlines()[-1])
        naive, naive_bytes = baseline(csv_path, args.baseline_runs)
        report(size, result, snapshot_s, naive, naive_bytes)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def report(size: int, result: dict, snapshot_s: float, naive: list[float],
           naive_bytes: int) -> None:
    naive_median = statistics.median(naive)
    print(f"\n{size:,} events: first load {result['first_load']:.1f} s (columnar snapshot "
          f"written before it in {snapshot_s:.1f} s), peak resident memory "
          f"{result['rss_mb']:.0f} MB")
    for page, times in result["pages"].items():
        median = statistics.median(times)
        print(f"  {page:<9} median {median:.3f} s, max {max(times):.3f} s, "
              f"{naive_median / median:.0f}x faster than naive; "
              f"{result['bytes'][page] / 1e6:.2f} MB sent")
    print(f"  naive     median {naive_median:.3f} s, max {max(naive):.3f} s; "
          f"{naive_bytes / 1e6:.2f} MB sent")


if __name__ == "__main__":
    main()

"""Dashboard speed: cold start to first page drawn, and re-render after a filter change.

Prints figures; it is not a test. Budgets (2-core machine): first page fully drawn < 3 s
after the server is started; server time to re-render after a filter change with 10,000
events < 0.5 s.

    .venv/bin/python benchmarks/bench_dashboard.py [--events 10000] [--runs 5] [--starts 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.schema import EVENT_COLUMNS  # noqa: E402
from dashboard.store import event_files, load_events  # noqa: E402
from tests.live_server import CHROMIUM, CHROMIUM_ARGS, running_app  # noqa: E402


def synthetic_events(count: int, folder: Path) -> Path:
    """Write ``count`` events resampled from the shipped ones, spread over January 2022."""
    import csv

    base = load_events(event_files()).events
    rows = base.astype(object).where(base.notna(), "").to_dict("records")
    rng = random.Random(2022)
    path = folder / "synthetic.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for number in range(count):
            row = dict(rng.choice(rows))
            row["event_id"] = f"B{number:06d}"
            row["date"] = f"2022-01-{rng.randint(1, 31):02d}"
            for key in ("latitude", "longitude", "confidence"):
                row[key] = "" if row[key] == "" else str(row[key])
            for key in ("evidence_start", "evidence_end"):
                row[key] = "" if row[key] in ("", None) else str(int(row[key]))
            writer.writerow(row)
    return path


def first_page_seconds(env: dict[str, str], script: str = "serve.py") -> float:
    """Seconds from `streamlit run` to the map page drawn in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        start = time.perf_counter()
        with running_app(env, script=script) as url:
            page.goto(f"{url}/")
            page.get_by_text("Showing").first.wait_for(timeout=60_000)
            page.wait_for_function(
                "() => document.querySelectorAll('.geo .choroplethlocation').length >= 30",
                timeout=60_000)
            elapsed = time.perf_counter() - start
        browser.close()
    return elapsed


def rerender_seconds(events_dir: Path, runs: int) -> dict[str, list[float]]:
    """Server-side script time of each page after a filter change (AppTest, warm caches)."""
    from streamlit.testing.v1 import AppTest

    os.environ["CRISIS_EVENTS_DIR"] = str(events_dir)
    timings: dict[str, list[float]] = {}
    for page in ("map", "timeline", "positions", "events"):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.run()
        if page != "map":
            at.switch_page(f"dashboard/views/{page}.py").run()
        timings[page] = []
        for number in range(runs):
            chosen = ["statement"] if number % 2 else ["statement", "protest", "violent_clash"]
            at.multiselect(key="type").set_value(chosen)
            start = time.perf_counter()
            at.run()
            timings[page].append(time.perf_counter() - start)
            if at.exception:
                raise RuntimeError(at.exception[0].value)
    return timings


def day_seconds(events_dir: Path, runs: int) -> dict[str, list[float]]:
    """Server-side script time of the map page after its day slider moves one day, for
    the day alone and cumulative to it (AppTest, warm caches, a new day each run)."""
    from datetime import date, timedelta

    from streamlit.testing.v1 import AppTest

    os.environ["CRISIS_EVENTS_DIR"] = str(events_dir)
    timings: dict[str, list[float]] = {}
    for mode, query in (("map, one day", {}), ("map, cumulative", {"cumulative": "1"})):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        for key, value in {"day": "2022-01-02", **query}.items():
            at.query_params[key] = value
        at.run()
        timings[mode] = []
        for number in range(runs):
            at.slider(key="map-day").set_value(date(2022, 1, 3) + timedelta(days=number))
            start = time.perf_counter()
            at.run()
            timings[mode].append(time.perf_counter() - start)
            if at.exception:
                raise RuntimeError(at.exception[0].value)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="re-renders per page")
    parser.add_argument("--starts", type=int, default=5, help="cold starts per script")
    args = parser.parse_args()
    # A store of its own (the developer's data/local one is left alone), set up as `make run`
    # does before it starts the server, so the starts below measure the server, not a
    # one-time load and extraction.
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite"
    from dashboard.crisis import default_pack
    from dashboard.db import open_store
    from dashboard.db.load import load_folders
    from dashboard.store import ARTICLES_DIR

    load_folders(open_store(), default_pack().events_dir, ARTICLES_DIR)
    for script, what in (("serve.py", "make run"), ("app.py", "bare app.py, for comparison")):
        starts = [first_page_seconds({}, script) for _ in range(args.starts)]
        print(f"cold start to first page drawn, {script} ({what}), shipped data: median "
              f"{statistics.median(starts):.2f} s, max {max(starts):.2f} s over {len(starts)} "
              f"starts (budget 3 s)")
    with tempfile.TemporaryDirectory() as folder:
        synthetic_events(args.events, Path(folder))
        timings = rerender_seconds(Path(folder), args.runs)
        days = day_seconds(Path(folder), args.runs)
    for page, values in timings.items():
        print(f"re-render after a filter change, {args.events:,} events, {page}: median "
              f"{statistics.median(values):.3f} s, max {max(values):.3f} s (budget 0.5 s)")
    for mode, values in days.items():
        print(f"re-render after the day slider moves, {args.events:,} events, {mode}: median "
              f"{statistics.median(values):.3f} s, max {max(values):.3f} s (budget 0.5 s)")


if __name__ == "__main__":
    main()

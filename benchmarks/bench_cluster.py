"""Articles per second of ``extract`` as a Dask job, with 1 and 2 worker processes.

The articles are those of bench_extract.py (~500-word articles joined from the development
set), repeated to ``--articles`` and written to a JSON Lines file. Each LocalCluster is
started and each worker warmed by a task pinned to it (the lexicons and language tools
loaded in the thread that runs the timed tasks, as in a long batch) before timing; the
figure is the best steady-state throughput of the whole job over ``--rounds`` runs (the
client planning chunks, the workers reading and extracting, the results back in order).
The single process (no Dask, best of its rounds too) is printed for comparison. Target:
2 workers >= 1.6x 1 worker on a 2-core machine; the load average is printed because the
machine is shared.

    .venv/bin/python benchmarks/bench_cluster.py [--articles 400] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_extract import build_articles  # noqa: E402
from dashboard.extract.batch import extract_paths  # noqa: E402
from dashboard.extract.cluster import close_client, dask_client, extract_on_cluster  # noqa: E402


def write_articles(count: int, folder: Path) -> Path:
    """``count`` ~500-word articles (the built ones repeated) as one JSON Lines file."""
    built = build_articles()
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            article = dict(built[number % len(built)], id=f"bench-{number}")
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def warm(path: Path) -> int:
    """Extract one article of each language in this process (see :func:`_warm_worker`)."""
    return _warm_worker(str(path))


def single_rate(path: Path, count: int, rounds: int) -> tuple[float, int]:
    """Best articles/s over ``rounds`` runs in this process (as the cluster's figure is
    the best of its rounds: the first run also fills the extractor's caches)."""
    best, events = 0.0, 0
    for _ in range(rounds):
        start = time.perf_counter()
        events = sum(len(r.events) for r in extract_paths([path]))
        best = max(best, count / (time.perf_counter() - start))
    return best, events


def cluster_rate(workers: int, path: Path, count: int, rounds: int) -> tuple[float, int]:
    """Best articles/s over ``rounds`` runs on a warmed LocalCluster, and the events."""
    client = dask_client(workers=workers)
    try:
        # Warmed in each worker's task thread, where the timed tasks run (``client.run``
        # runs outside it, so per-thread state such as the language tools stayed cold).
        addresses = list(client.scheduler_info()["workers"])
        client.gather([client.submit(_warm_worker, str(path), workers=[address],
                                     allow_other_workers=False, pure=False)
                       for address in addresses])
        best, events = 0.0, 0
        for _ in range(rounds):
            _until_forgotten(client)
            start = time.perf_counter()
            events = sum(len(r.events) for _, r in extract_on_cluster(client, [path]))
            best = max(best, count / (time.perf_counter() - start))
        return best, events
    finally:
        close_client(client)


def _until_forgotten(client, seconds: float = 30.0) -> None:
    """Wait until the scheduler holds no task: the same file's chunks have the same keys,
    and a round started while the last round's results are still held would get them back
    at once (a first version of this benchmark reported 4,484 articles/s so)."""
    deadline = time.monotonic() + seconds
    while client.run_on_scheduler(_task_count) and time.monotonic() < deadline:
        time.sleep(0.05)


def _task_count(dask_scheduler=None) -> int:
    return len(dask_scheduler.tasks)


def _warm_worker(path: str) -> int:
    """Runs on each worker: load the extractor on one article of each language (each
    language loads its own lexicons and tools on first use)."""
    first: dict[str, str] = {}
    for line in Path(path).read_text("utf-8").splitlines(keepends=True):
        first.setdefault(json.loads(line)["language"], line)
    small = Path(tempfile.mkdtemp()) / "warm.jsonl"
    small.write_text("".join(first.values()), "utf-8")
    return sum(len(r.events) for r in extract_paths([small]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as folder:
        path = write_articles(args.articles, Path(folder))
        warm(path)
        rate, single = single_rate(path, args.articles, args.rounds)
        print(f"single process, no Dask: {rate:.1f} articles/s ({single} events)")
        rates = {}
        for workers in (1, 2):
            rates[workers], events = cluster_rate(workers, path, args.articles, args.rounds)
            same = "same events" if events == single else f"{events} events, not {single}"
            print(f"Dask LocalCluster, {workers} worker(s): {rates[workers]:.1f} articles/s "
                  f"({same})")
    print(f"2 workers / 1 worker: {rates[2] / rates[1]:.2f}x (target 1.6x)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

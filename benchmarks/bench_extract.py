"""Articles per second of ``extract_events`` on one core, for ~500-word articles.

The articles are built from the development set (tests/data/dev_articles.jsonl): texts
of one language are joined until they reach 500 words. Models and lexicons are loaded
once before timing (as in a batch); the figure printed is the steady-state throughput.
Target: at least 20 articles per second. Run: ``python benchmarks/bench_extract.py``.

``--long`` measures instead how time grows with the length of one article: texts of one
language joined (and repeated) to 100 KB, 300 KB, 1 MB and 5 MB (the size limit), CPU
seconds of ``extract_events`` on each. Target: linear growth, 5 MB under 60 s on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.extract import extract_events  # noqa: E402
from dashboard.geo import load_gazetteer  # noqa: E402

DEV = ROOT / "tests" / "data" / "dev_articles.jsonl"
WORDS = 500
ROUNDS = 3


def build_articles(words: int = WORDS) -> list[dict]:
    """~``words``-word articles per language, made by joining development texts."""
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    articles = []
    for language in sorted({r["language"] for r in records}):
        texts = [r for r in records if r["language"] == language]
        for i in range(len(texts)):
            parts, count, j = [], 0, i
            while count < words:
                record = texts[j % len(texts)]
                parts.append(record["text"])
                count += len(record["text"].split())
                j += 1
            articles.append({"language": language, "published": texts[i]["published"],
                             "text": "\n\n".join(parts), "words": count})
    return articles


LONG_SIZES = (100_000, 300_000, 1_000_000, 4_900_000)


def long_text(language: str, size: int) -> str:
    """Development texts of one language joined, repeated, cut to ``size`` UTF-8 bytes."""
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    texts = [r["text"] for r in records if r["language"] == language]
    parts, total, index = [], 0, 0
    while total < size:
        parts.append(texts[index % len(texts)])
        total += len(parts[-1].encode("utf-8")) + 2
        index += 1
    return "\n\n".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")


def long_articles(languages: list[str], sizes=LONG_SIZES) -> None:
    """Print CPU seconds of extract_events per text size and language."""
    for language in languages:
        extract_events(long_text(language, 3_000), published="2022-01-05")  # warm-up
        for size in sizes:
            text = long_text(language, size)
            start = time.process_time()
            events = extract_events(text, published="2022-01-05")
            seconds = time.process_time() - start
            print(f"{language} {size / 1e6:4.1f} MB ({len(text):,} characters): "
                  f"{seconds:6.2f} s CPU, {len(events)} events", flush=True)


def main() -> None:
    """Print articles per second, overall and per language (or, with --long, the time
    taken by long articles)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", action="store_true", help="time 100 KB to 5 MB articles")
    parser.add_argument("--languages", default="en,fr,ru", help="with --long: which ones")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    if args.long:
        long_articles(args.languages.split(","))
        return
    articles = build_articles()
    # Warm-up, one article per language: loads lexicons, alias tables and each language's
    # sentencizer and date parser once, as a long-running app would. The one-time load is
    # printed apart from the steady-state rate.
    first = {a["language"]: a for a in reversed(articles)}
    load_start = time.perf_counter()
    for article in first.values():
        extract_events(article["text"], published=article["published"])
    load_gazetteer().lookup("Warm-up placeholder")  # builds the GeoNames fallback index
    print(f"one-time load (languages {', '.join(sorted(first))}): "
          f"{time.perf_counter() - load_start:.2f} s")
    by_language: dict[str, list[float]] = {}
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for article in articles:
            t0 = time.perf_counter()
            extract_events(article["text"], published=article["published"])
            by_language.setdefault(article["language"], []).append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - start
    total = ROUNDS * len(articles)
    mean_words = sum(a["words"] for a in articles) / len(articles)
    print(f"extract_events: {total} articles of ~{mean_words:.0f} words in {elapsed:.2f} s "
          f"on one core: {total / elapsed:.1f} articles/s (target >= 20)")
    for language, times in sorted(by_language.items()):
        print(f"  {language}: {len(times) / sum(times):.1f} articles/s")


if __name__ == "__main__":
    main()

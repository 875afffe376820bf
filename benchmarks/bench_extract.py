"""Articles per second of ``extract_events`` on one core, for ~500-word articles.

The articles are built from the development set (tests/data/dev_articles.jsonl): texts
of one language are joined until they reach 500 words. Models and lexicons are loaded
once before timing (as in a batch); the figure printed is the steady-state throughput.
Target: at least 20 articles per second. Run: ``python benchmarks/bench_extract.py``.
"""

from __future__ import annotations

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


def main() -> None:
    """Print articles per second, overall and per language."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
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

"""Print the README's extractor table: real news (dev and test parts) beside the self-written sets.

Run from the project root: ``python benchmarks/eval_table.py [--extra FILE] [--unseen FILE]``.
The real-news set is read from ``../shared/eval/real-dev/`` (skipped with a note when absent);
its split is ``data/eval/real-dev-split.json``. ``--extra`` names the re-fetched excerpts of the
extra real-news set from other outlets (``data/eval/real-extra/README.md`` says how to rebuild
them; their texts are not shipped), scored against the shipped
``data/eval/real-extra/gold.jsonl``. ``--unseen`` names more excerpts of that set that nobody
has tuned on yet (batches added during a session and kept out of its tuning), shown as a column
of their own so a reader sees how far that session's tuning carried.
Each cell is event F1 / position F1 / date accuracy / location accuracy, as
``python -m dashboard evaluate --json`` reports them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "eval" / "real-dev"
SPLIT = ROOT / "data" / "eval" / "real-dev-split.json"
EXTRA_GOLD = ROOT / "data" / "eval" / "real-extra" / "gold.jsonl"
LANGUAGES = ("en", "fr", "ru", "de", "es")
METRICS = ("event_f1", "position_f1", "date_accuracy", "location_accuracy")


def scores(articles: Path, gold: Path, *extra: str) -> dict:
    """Run ``evaluate --json`` in a subprocess and return its per-language scores."""
    command = [sys.executable, "-m", "dashboard", "evaluate", "--articles", str(articles),
               "--gold", str(gold), "--json", *extra]
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    result = json.loads(out)
    return {**result["per_language"], "overall": result}


def cell(row: dict | None) -> str:
    if not row:
        return "—"
    values = [row.get(m) for m in METRICS]
    text = " / ".join("n/a" if v is None else f"{v:.2f}" for v in values)
    return f"{text} ({row.get('gold_events', '?')} ev.)" if "gold_events" in row else text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra", type=Path, help="articles.jsonl of the extra real-news set")
    parser.add_argument("--unseen", type=Path,
                        help="articles.jsonl of extra-set excerpts nobody has tuned on yet")
    args = parser.parse_args(argv)
    columns: dict[str, dict] = {}
    if REAL.is_dir():
        for part in ("dev", "test"):
            columns[f"real news, {part} part"] = scores(
                REAL / "articles.jsonl", REAL / "gold.jsonl", "--split", str(SPLIT), "--part", part)
    else:
        print(f"note: {REAL} is absent; only the self-written sets are scored", file=sys.stderr)
    if args.extra:
        columns["real news, other outlets"] = scores(args.extra.resolve(), EXTRA_GOLD)
    if args.unseen:
        columns["real news, other outlets, not tuned on"] = scores(args.unseen.resolve(),
                                                                   EXTRA_GOLD)
    data = ROOT / "tests" / "data"
    columns["self-written dev"] = scores(data / "dev_articles.jsonl", data / "dev_gold.jsonl")
    columns["self-written holdout"] = scores(data / "holdout_articles.jsonl",
                                             data / "holdout_gold.jsonl")
    columns["self-written de/es"] = scores(data / "dees_articles.jsonl", data / "dees_gold.jsonl")
    print("| language | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for language in (*LANGUAGES, "overall"):
        print(f"| {language} | " + " | ".join(cell(c.get(language)) for c in columns.values())
              + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

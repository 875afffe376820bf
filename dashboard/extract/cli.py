"""The ``extract`` and ``evaluate`` subcommands of ``python -m dashboard``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

OUTPUT_SUFFIXES = (".csv", ".jsonl")


def add_extract_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``extract``."""
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help="article files (.txt .md .html .json .jsonl) or folders")
    parser.add_argument("--published", help="publication date YYYY-MM-DD (overrides headers)")
    parser.add_argument("--language", help="ISO 639-1 code (de, en, es, fr, ru); detected if "
                                           "omitted")
    parser.add_argument("--out", type=Path,
                        help="output file, .csv or .jsonl (JSON Lines on stdout if omitted; "
                             "with --workers or --scheduler: the store if omitted)")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="run as a Dask job on a local cluster of N worker processes "
                             "(also reads .parquet); events go to the store")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="run as a Dask job on the cluster at ADDRESS (tcp://host:8786)")


def run_extract(args: argparse.Namespace) -> int:
    """Extract events from every input; one line on stderr per bad input.

    Returns
    -------
    int
        0 when every input was processed, 1 when some failed, 2 on bad arguments.
    """
    from dashboard.extract.batch import expand_paths

    problem = _argument_problem(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if args.workers is not None or args.scheduler:
        from dashboard.extract.cluster import run_cluster_extract

        return run_cluster_extract(args)
    events, failed, left_out = _extract_files(expand_paths(args.paths), args)
    write_events(events, args.out)
    if failed or left_out:
        print(f"{failed} input(s) failed, {left_out} event(s) left out; {len(events)} events "
              "written", file=sys.stderr)
    return 1 if failed or left_out else 0


def _argument_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with ``--out`` or ``--published``, or ``None``: checked before any
    article is read, so a typo costs no extraction."""
    from dashboard.extract.rows import parse_published

    if args.out and args.out.suffix.lower() not in OUTPUT_SUFFIXES:
        return f"--out '{args.out}': the extension must be .csv or .jsonl"
    try:
        parse_published(args.published)
    except ValueError as err:
        return f"--published: {err}"
    return None


def _extract_files(files: list[Path], args: argparse.Namespace) -> tuple[list[dict], int, int]:
    """Extract every file behind a progress bar (shown from two files on); return the valid
    events, how many inputs failed and how many events were left out.

    Messages go through ``tqdm.write`` so they do not tear the bar; the bar ticks once per
    file, not per JSON Lines record.
    """
    from tqdm import tqdm

    from dashboard.extract.batch import extract_paths

    failed = left_out = 0
    events: list[dict] = []
    with tqdm(total=len(files), unit="file", file=sys.stderr, disable=len(files) < 2) as bar:
        last = None
        for result in extract_paths(files, published=args.published, language=args.language,
                                    extract=crisis_extractor(getattr(args, "crisis", None))):
            if not result.ok:
                failed += 1
            kept = _reported_events(result, tqdm.write)
            left_out += len(result.events) - len(kept)
            events += kept
            if result.path != last:
                bar.update(1)
                last = result.path
    return events, failed, left_out


def _reported_events(result, write) -> list[dict]:
    """The valid events of one input's result, after writing its error or note and one line
    per invalid event to stderr (``write``: the progress bar's writer)."""
    if not result.ok:
        write(f"error: {result.name}: {result.error}", file=sys.stderr)
    elif result.note:
        write(f"note: {result.name}: {result.note}", file=sys.stderr)
    kept, problems = checked_events(result.events)
    for problem in problems:
        write(f"error: {result.name}: {problem}", file=sys.stderr)
    return kept


def checked_events(events: list[dict]) -> tuple[list[dict], list[str]]:
    """The events that pass the event model's validation, and one line per problem of the
    others (naming the event's evidence offset and the field), as files are checked."""
    from dashboard.schema import parse_event

    kept, problems = [], []
    for event in events:
        _typed, found = parse_event(event)
        if not found:
            kept.append(event)
        where = f"event at character {event.get('evidence_start') or '?'}"
        problems += [f"{where}, field '{field}': {message}" for field, message in found]
    return kept, problems


def write_events(events: list[dict], out: Path | None) -> None:
    """JSON Lines on stdout or in a file; CSV through the downloads' formula-safe writer."""
    if out is None:
        for event in events:
            sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
        return
    if out.suffix.lower() == ".csv":
        from dashboard.exports import events_csv
        from dashboard.store import rows_to_frame

        out.write_bytes(events_csv(rows_to_frame(events).drop(columns="source_count")))
        return
    with out.open("w", encoding="utf-8", newline="") as handle:
        for event in events:
            handle.write(json.dumps(event, ensure_ascii=False) + "\n")


def add_evaluate_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``evaluate``."""
    parser.add_argument("--articles", type=Path, required=True, help="articles (JSON Lines)")
    parser.add_argument("--gold", type=Path, required=True, help="gold events (JSON Lines)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--split", type=Path, metavar="FILE",
                        help="a split file listing test ids (data/eval/real-dev-split.json)")
    parser.add_argument("--part", choices=("dev", "test"),
                        help="with --split: score only the dev part (tune on it) or the test part")
    parser.add_argument("--errors", action="store_true",
                        help="also list every error (article id, kind, gold and predicted "
                             "fields); refused with --part test")


def crisis_extractor(crisis_id: str | None):
    """The extractor of a crisis pack (``--crisis``); ``None`` (the default crisis's shared
    extractor) when none is named."""
    if not crisis_id:
        return None
    from dashboard.crisis import pack
    from dashboard.extract.config import config_for
    from dashboard.extract.pipeline import Extractor

    return Extractor(config_for(pack(crisis_id)))


def run_evaluate(args: argparse.Namespace) -> int:
    """Score the extractor on an evaluation set and print the table (or JSON)."""
    from dashboard.extract.evaluate import evaluate, read_jsonl

    try:
        if args.errors and args.part == "test":
            raise ValueError("--errors is refused with --part test: the test part's errors "
                             "are not read while tuning")
        articles, gold = read_jsonl(args.articles), read_jsonl(args.gold)
        if args.part:
            if not args.split:
                raise ValueError("--part needs --split FILE")
            test_ids = {row["id"] for row in json.loads(args.split.read_text("utf-8"))["test"]}
            keep = {a["id"] for a in articles if (a["id"] in test_ids) == (args.part == "test")}
            articles = [a for a in articles if a["id"] in keep]
            gold = [g for g in gold if g.get("article") in keep]
    except (OSError, ValueError, KeyError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    _note_unsupported(articles)
    result = evaluate(articles, gold, crisis_extractor(getattr(args, "crisis", None)))
    if args.json:
        hidden = {"overall"} | (set() if args.errors else {"errors"})
        print(json.dumps({k: v for k, v in result.items() if k not in hidden},
                         ensure_ascii=False))
    else:
        print(_explained_report(result, args.errors))
    return 0


def _note_unsupported(articles: list[dict]) -> None:
    """One line on stderr per language of the set the extractor does not read."""
    from collections import Counter

    from dashboard.extract.metadata import unsupported_note
    from dashboard.extract.pipeline import article_language

    counts = Counter(article_language(a.get("text") or "", a.get("language")) for a in articles)
    for language, n in sorted(counts.items()):
        note = unsupported_note(language)
        if note:
            print(f"note: {n} article(s): {note}; they give no events", file=sys.stderr)


def _explained_report(result: dict, list_errors: bool) -> str:
    """The scores table, the errors by kind, a confusion table per language and overall,
    and with ``list_errors`` one line per error."""
    from dashboard.extract.errors import format_confusion, format_error_counts, format_errors
    from dashboard.extract.evaluate import format_report

    per_language = result["per_language"]
    parts = [format_report(result),
             format_error_counts({lang: s["error_counts"] for lang, s in per_language.items()},
                                 result["error_counts"])]
    for name, scores in [*per_language.items(), ("overall", result)]:
        if scores["confusion"]:
            parts.append(format_confusion(f"gold \\ predicted: {name}", scores["confusion"]))
    if list_errors:
        parts.append(format_errors(result["errors"]))
    return "\n\n".join(parts)

"""The command line: ``python -m dashboard <command> ...``.

Each command is one entry of ``COMMANDS``: a name, a help line, a function adding its
arguments and a function running it (returning the exit status). Add a command by adding
an entry; the heavy imports happen inside the run functions.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.extract.cli import (
    add_evaluate_arguments,
    add_extract_arguments,
    run_evaluate,
    run_extract,
)
from dashboard.imports.cli import add_import_arguments, run_import


def add_crisis_argument(parser: argparse.ArgumentParser, what: str) -> None:
    """``--crisis ID``: which crisis pack (``data/crises/<id>/``) a command works on."""
    parser.add_argument("--crisis", metavar="ID", type=_crisis_id,
                        help=f"the crisis pack {what} (default: the configured default "
                             "crisis, see data/crises/config.toml)")


def _crisis_id(text: str) -> str:
    from dashboard.crisis import PackError, pack

    try:
        return pack(text).id
    except PackError as err:
        raise argparse.ArgumentTypeError(err.message) from None


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path,
                        help="events files or folders (default: the crisis pack's events/ "
                             "folder; $CRISIS_EVENTS_DIR for the default crisis when set)")
    add_crisis_argument(parser, "whose events are checked")


def run_check(args: argparse.Namespace) -> int:
    """Validate events files as the dashboard loads them; one line per problem.

    Never ends in a traceback: every problem, including an unexpected one, is one line.
    """
    from dashboard import store

    try:
        errors, files = [], []
        for path in args.paths or [store.configured_events_dir(args.crisis)]:
            if path.is_file():
                files.append(path)
            elif path.suffix.lower() in (".csv", ".jsonl"):
                errors.append(store.RowError(path.name, 0, "-", "no such file"))
            else:
                problem = store.folder_problem(path)
                errors += [problem] if problem else []
                files += [] if problem else store.event_files(path)
        result = store.load_events(files)
    except Exception as err:  # noqa: BLE001 - a checker must report, not crash
        print(f"error: the check itself failed ({type(err).__name__}: {err}); please report "
              "this with the file that caused it", file=sys.stderr)
        return 2
    problems = errors + result.errors
    for error in problems:
        print(f"error: {error}", file=sys.stderr)
    print(f"{len(result.events)} valid event(s) in {len(result.files)} file(s); "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


def add_prepare_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", nargs="?", type=Path,
                        help="articles folder of the default crisis (default: data/articles)")
    parser.add_argument("--events", type=Path, metavar="FOLDER",
                        help="curated events folder (default: the crisis pack's events/)")
    add_crisis_argument(parser, "to load (default: every pack; --events and the articles "
                        "folder go with the default crisis)")


def run_prepare(args: argparse.Namespace) -> int:
    """Set up the store, so that the dashboard's next start only reads it.

    Migrates the store (``DATABASE_URL``, else ``data/local/crisis.sqlite``), loads the
    curated events of every crisis pack (or of ``--crisis``) as ``accepted`` and extracts
    the articles' events as ``unreviewed`` (into the default crisis). ``make run`` calls
    this. Running it again changes nothing unless a file changed; an article already read
    by this extractor version is not extracted again.
    """
    from dashboard import crisis as packs
    from dashboard import store
    from dashboard.db import open_store
    from dashboard.db.load import load_folders

    database = open_store()
    default = packs.default_id()
    problems = 0
    for crisis in [args.crisis] if args.crisis else list(packs.available()):
        is_default = crisis == default
        events = (args.events if is_default and args.events else
                  store.configured_events_dir(crisis))
        folder = (args.folder or store.ARTICLES_DIR) if is_default else None
        loads = load_folders(database, events, folder, crisis=crisis)
        errors = [error for load in loads.values() for error in load.errors]
        for error in errors:
            print(f"error: {crisis}: {error}", file=sys.stderr)
        problems += len(errors)
        counts = database.counts(crisis)
        articles = (f" and {counts.get('extracted', 0)} extracted event(s) from "
                    f"{len(loads['articles'].files)} article(s) in {folder.name}/"
                    if folder else "")
        print(f"{crisis}: {counts.get('curated', 0)} curated event(s) from "
              f"{len(loads['events'].files)} file(s) in {events.name}/{articles} in the "
              f"store ({database.describe()}); {len(errors)} problem(s)")
    return 1 if problems else 0


COMMANDS = [
    ("check", "validate events files (file, line and field of every problem)",
     add_check_arguments, run_check),
    ("extract", "extract events from article files", add_extract_arguments, run_extract),
    ("evaluate", "score the extractor against gold events", add_evaluate_arguments,
     run_evaluate),
    ("prepare", "set up the store: curated events and the articles' extracted events",
     add_prepare_arguments, run_prepare),
    ("import", "import an ACLED or GDELT file (rows outside the crisis skipped and counted)",
     add_import_arguments, run_import),
]


# Commands whose --crisis is added here (check and prepare add their own): what it selects.
CRISIS_OPTIONS = {
    "extract": "whose extractor reads the articles (its lexicons, knowledge, country, year)",
    "evaluate": "whose extractor is scored",
    "import": "the rows belong to (its countries and period bound them)",
}


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, run the chosen command, return its exit status."""
    parser = argparse.ArgumentParser(prog="python -m dashboard")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text, add_arguments, run in COMMANDS:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        add_arguments(sub)
        if name in CRISIS_OPTIONS:
            add_crisis_argument(sub, CRISIS_OPTIONS[name])
        sub.set_defaults(run=run)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())

"""The command line: ``python -m dashboard <command> ...``.

Each command is one entry of ``COMMANDS``: a name, a help line, a function adding its
arguments and a function running it (returning the exit status). Add a command by adding
an entry; the heavy imports happen inside the run functions.
"""

from __future__ import annotations

import argparse
import sys

from dashboard.extract.cli import (
    add_evaluate_arguments,
    add_extract_arguments,
    run_evaluate,
    run_extract,
)

COMMANDS = [
    ("extract", "extract events from article files", add_extract_arguments, run_extract),
    ("evaluate", "score the extractor against gold events", add_evaluate_arguments,
     run_evaluate),
]


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, run the chosen command, return its exit status."""
    parser = argparse.ArgumentParser(prog="python -m dashboard")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text, add_arguments, run in COMMANDS:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        add_arguments(sub)
        sub.set_defaults(run=run)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())

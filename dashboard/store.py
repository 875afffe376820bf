"""Where events live: read the data files, validate them row by row, build the frame.

No Streamlit here: the UI wraps :func:`load_events` in its cache. A bad row never stops a
load; it is left out and reported as a :class:`~dashboard.schema.RowError` naming its file,
line and field, so the app can show a warning and every good row still loads.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard.schema import (
    DATE_COLUMNS,
    EVENT_COLUMNS,
    FLOAT_COLUMNS,
    INT_COLUMNS,
    RowError,
    parse_event,
    split_sources,
    type_cells,
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ARTICLES_DIR = DATA_DIR / "articles"
# The default crisis's events folder can be pointed elsewhere (benchmarks, tests).
EVENTS_DIR_ENV = "CRISIS_EVENTS_DIR"
# The curated files the project ships: on a duplicate event_id their row is kept, whatever
# the other file is called (tests/test_data.py checks this list against data/events/).
SHIPPED_EVENT_FILES = ("unrest.csv", "state.csv", "reactions.csv")
# An events file above this size is refused whole; below it, no single cell is too long
# for the CSV reader (its default limit, 131,072 characters, would drop the whole file):
# a long cell is refused alone by the schema's length limits.
MAX_FILE_BYTES = 50_000_000
csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
# Columns without which no row of a file can be an event.
_KEY_COLUMNS = ("event_id", "date", "actor", "event_type")
# Display groups for actors the knowledge base does not know, by actor_country.
_GROUP_INT = "International organisations"
_GROUP_NONE = "Non-state"


@dataclass
class LoadResult:
    """The events frame and the problems met while building it."""

    events: pd.DataFrame
    errors: list[RowError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def configured_events_dir(crisis: str | None = None) -> Path:
    """The events folder of a crisis pack (default: the default crisis): the pack's
    ``events/``, or for the default crisis ``$CRISIS_EVENTS_DIR`` when set."""
    from dashboard.crisis import default_id, pack

    crisis = crisis or default_id()
    if crisis == default_id() and os.environ.get(EVENTS_DIR_ENV):
        return Path(os.environ[EVENTS_DIR_ENV])
    return pack(crisis).events_dir


def read_event_rows(path: Path, label: str | None = None,
                    ) -> tuple[list[tuple[int, dict]], list[RowError]]:
    """Read one CSV or JSON Lines file of events; return ``(line, typed row)`` pairs and errors.

    Parameters
    ----------
    path
        A ``.csv`` file whose header uses the event-model names, or a ``.jsonl`` file with
        one event object per line. Either may be in any encoding charset-normalizer
        recognises (UTF-8 is tried first, as for articles).
    label
        How errors name the file (defaults to the file name, never a machine path).

    Returns
    -------
    The rows that passed :func:`dashboard.schema.parse_event`, typed, with their line
    numbers; and one :class:`RowError` per problem: an unreadable, empty or header-only
    file, a bad line, or a bad field of a row (that row is left out, the others kept).
    """
    label = label or path.name
    try:
        text = _read_text(path)
    except ValueError as err:
        return [], [RowError(label, 0, "-", str(err))]
    if not text.strip():
        return [], [RowError(label, 0, "-", "the file is empty: no header and no rows")]
    good, errors = [], []
    if path.suffix.lower() == ".csv":
        header, raw_rows = _csv_rows(text)
        missing = [c for c in _KEY_COLUMNS if c not in header]
        if header and missing:  # every row would fail: say it once
            return [], [RowError(label, 1, column, "column is missing from the header, so no "
                                 "row of this file can be read") for column in missing]
    else:
        raw_rows = _jsonl_rows(text)
    count = 0
    for line, raw in raw_rows:
        count += 1
        if isinstance(raw, str):
            errors.append(RowError(label, line, "-", raw))
            continue
        row, problems = parse_event(raw)
        if problems:
            errors.extend(RowError(label, line, f, msg) for f, msg in problems)
            continue
        good.append((line, row))
    if not count:
        errors.append(RowError(label, 1, "-", "the file has a header but no rows"))
    return good, errors


def _read_text(path: Path) -> str:
    """The file's text, decoded as articles are; ``ValueError`` saying why it cannot be."""
    from dashboard.extract.text import BadInput, decode

    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValueError(f"the file is {size / 1e6:.1f} MB, above the "
                             f"{MAX_FILE_BYTES / 1e6:.0f} MB limit for an events file")
        data = path.read_bytes()
    except OSError as err:
        raise ValueError(f"cannot be read: {err.strerror or type(err).__name__}") from None
    if not data.strip():
        return ""
    try:
        return decode(data, visible=False)[0]
    except BadInput as err:
        raise ValueError(f"cannot be read: {err}") from None


def _csv_rows(text: str) -> tuple[list[str], Iterator[tuple[int, dict | str]]]:
    """The header and an iterator of ``(line number, row)``; a row that cannot be parsed
    is yielded as a message, and a CSV syntax error ends the file with a message."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = list(reader.fieldnames or [])
    except csv.Error as err:
        return [], iter([(1, f"the header cannot be parsed as CSV: {err}")])

    def rows() -> Iterator[tuple[int, dict | str]]:
        start = 2
        try:
            for raw in reader:
                yield start, "has more cells than the header" if None in raw else raw
                start = reader.line_num + 1
        except csv.Error as err:
            yield start, f"cannot be parsed as CSV ({err}); the rest of the file is not read"

    return header, rows()


def _jsonl_rows(text: str) -> Iterator[tuple[int, dict | str]]:
    """``(line number, object)`` per non-blank line; a bad line is yielded as a message."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as err:
            yield number, f"is not valid JSON ({getattr(err, 'msg', 'nested too deeply')})"
            continue
        yield number, obj if isinstance(obj, dict) else "is not a JSON object"


def rows_to_frame(rows: Sequence[dict]) -> pd.DataFrame:
    """Turn event rows into the typed events frame.

    ``date`` becomes datetime64 (NaT when unknown), coordinates and confidence float64,
    evidence offsets Int64, and every other column ``str`` with ``""`` for missing.
    The rows may be text (as read from CSV) or typed (as :func:`read_event_rows` returns
    them); dates and numbers are read by :func:`dashboard.schema.type_cells`, and one that
    cannot be raises ``ValueError`` naming the event and field. Text is kept as given:
    loaders pass only rows that passed :func:`dashboard.schema.parse_event`.
    """
    typed = []
    for row in rows:
        values, problems = type_cells(row, clean=False)
        if problems:
            field_name, message = problems[0]
            raise ValueError(f"event '{values.get('event_id')}', field '{field_name}': "
                             f"{message}")
        typed.append(values)
    return _typed_frame(typed)


def _typed_frame(rows: Sequence[dict]) -> pd.DataFrame:
    """The frame of rows already typed by :func:`dashboard.schema.parse_event`."""
    frame = pd.DataFrame(list(rows), columns=list(EVENT_COLUMNS), dtype=object)
    for col in EVENT_COLUMNS:
        if col not in (*DATE_COLUMNS, *FLOAT_COLUMNS, *INT_COLUMNS):
            frame[col] = frame[col].fillna("").astype(str)
    for col in DATE_COLUMNS:
        iso = [day.isoformat() if day else None for day in frame[col]]
        frame[col] = pd.to_datetime(pd.Series(iso, index=frame.index, dtype=object),
                                    format="%Y-%m-%d")
    for col in FLOAT_COLUMNS:
        frame[col] = pd.array([float("nan") if v is None else v for v in frame[col]],
                              dtype="float64")
    for col in INT_COLUMNS:
        frame[col] = pd.array(list(frame[col]), dtype="Int64")
    frame["source_count"] = frame["source_url"].map(lambda v: len(split_sources(v))).astype(int)
    return frame


def load_events(paths: Iterable[Path]) -> LoadResult:
    """Load and validate every events file.

    The shipped files (:data:`SHIPPED_EVENT_FILES`) are read first, then the others in
    name order. A row whose ``event_id`` was already loaded is left out and reported, so a
    shipped row is never replaced by another file's row, and no replacement is silent.
    """
    rows, errors, files = [], [], []
    seen: dict[str, tuple[str, bool]] = {}
    for path in sorted(paths, key=lambda p: (p.name not in SHIPPED_EVENT_FILES, str(p))):
        shipped = path.name in SHIPPED_EVENT_FILES
        good, bad = read_event_rows(path)
        files.append(path.name)
        errors.extend(bad)
        for line, row in good:
            where = f"{path.name}, line {line}"
            first, first_shipped = seen.setdefault(row["event_id"], (where, shipped))
            if first != where:
                kept = "the shipped row is kept" if first_shipped else "the first row is kept"
                errors.append(RowError(path.name, line, "event_id",
                                       f"'{row['event_id']}' is already used ({first}); "
                                       f"{kept} and this one is left out"))
                continue
            rows.append(row)
    return LoadResult(_typed_frame(rows), errors, files)


def load_events_folder(folder: Path) -> LoadResult:
    """Load the events files of a folder; a missing or empty folder is reported, not silent."""
    problem = folder_problem(folder)
    if problem:
        return LoadResult(_typed_frame([]), [problem])
    return load_events(event_files(folder))


def folder_problem(folder: Path) -> RowError | None:
    """What is wrong with an events folder (missing, not a folder, no events file), if any."""
    name = f"{folder.name or folder}/"
    if not folder.is_dir():
        reason = "is not a folder" if folder.exists() else "does not exist"
        return RowError(name, 0, "-", f"the events folder {reason}: no curated events are "
                        "loaded from it")
    if not event_files(folder):
        return RowError(name, 0, "-", "the events folder holds no .csv or .jsonl file: no "
                        "curated events are loaded from it")
    return None


def event_files(directory: Path | None = None) -> list[Path]:
    """The events files of a folder (``*.csv`` and ``*.jsonl``), sorted by name; default:
    the default crisis pack's ``events/``."""
    if directory is None:
        from dashboard.crisis import default_pack

        directory = default_pack().events_dir
    return sorted([*directory.glob("*.csv"), *directory.glob("*.jsonl")])


def add_actor_groups(frame: pd.DataFrame, groups: dict[str, str],
                     country_names: dict[str, str]) -> pd.DataFrame:
    """Add ``actor_group``: the knowledge base's group, else the actor's country name.

    Parameters
    ----------
    groups
        Canonical actor name -> display group (from ``data/actors.csv``).
    country_names
        ISO3 code -> display name, for actors the knowledge base does not know.
    """
    def group_of(actor: str, country: str) -> str:
        if actor in groups:
            return groups[actor]
        if country == "INT":
            return _GROUP_INT
        return country_names.get(country, country) if country else _GROUP_NONE

    frame = frame.copy()
    frame["actor_group"] = [group_of(a, c) for a, c in
                            zip(frame["actor"], frame["actor_country"], strict=True)]
    return frame


def sort_events(frame: pd.DataFrame) -> pd.DataFrame:
    """Chronological order (undated last), then actor and id, with a fresh index."""
    return frame.sort_values(["date", "actor", "event_id"], na_position="last",
                             kind="stable").reset_index(drop=True)


def concat_events(*frames: pd.DataFrame) -> pd.DataFrame:
    """Stack event frames with the same columns, keeping dtypes and a fresh index."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return _typed_frame([])
    return pd.concat(frames, ignore_index=True)


CACHE_DIR = DATA_DIR.parent / ".cache" / "extracted"


def load_extracted(articles_dir: Path = ARTICLES_DIR, cache_dir: Path = CACHE_DIR) -> LoadResult:
    """Events machine-extracted from the articles of a folder, cached by file content.

    Each article's events are kept in ``cache_dir`` under the SHA-256 of its bytes and the
    extractor version, so a restart re-reads them instead of extracting again, and an
    edited article (or a new extractor) is extracted afresh. A file that cannot be read
    is reported as an error and the others go on.
    """
    if not articles_dir.is_dir():
        return LoadResult(_typed_frame([]))
    from dashboard.extract import EXTRACTOR_VERSION
    from dashboard.extract.batch import expand_paths

    rows, errors, files = [], [], []
    for path in expand_paths([articles_dir]):
        if path.stem.upper() == "README":
            continue
        files.append(path.name)
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as err:
            errors.append(RowError(path.name, 0, "-", f"cannot be read: {err.strerror}"))
            continue
        cached = cache_dir / f"{digest}-{EXTRACTOR_VERSION}.jsonl"
        if not cached.exists():
            events, problems = _extract_one(path)
            errors.extend(RowError(path.name, 0, "-", problem) for problem in problems)
            if problems and not events:
                continue
            _write_jsonl(cached, events)
        if not cached.stat().st_size:
            continue  # an article with no events
        good, bad = read_event_rows(cached, label=path.name)
        rows.extend(row for _, row in good)
        errors.extend(bad)
    return LoadResult(_typed_frame(rows), errors, files)


def _extract_one(path: Path) -> tuple[list[dict], list[str]]:
    """Run the extractor on one file: its events and the problems it reported (an
    article in a language the extractor does not read is one: it would give no events
    without a word)."""
    from dashboard.extract.batch import extract_paths
    from dashboard.extract.metadata import unsupported_note

    events, problems = [], []
    for result in extract_paths([path]):
        events.extend(result.events)
        if result.error:
            problems.append(result.error.replace(str(path), path.name))
        elif unsupported_note(result.language):
            problems.append(unsupported_note(result.language))
    return events, problems


def _write_jsonl(target: Path, events: list[dict]) -> None:
    """Write atomically, so a crash never leaves half a cache file behind."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text("".join(json.dumps(e, ensure_ascii=False, default=str) + "\n"
                           for e in events), encoding="utf-8")
    tmp.replace(target)

"""Where events live: read the data files, validate them row by row, build the frame.

No Streamlit here: the UI wraps :func:`load_events` in its cache. A bad row never stops a
load; it is left out and reported as a :class:`~dashboard.schema.RowError` naming its file,
line and field, so the app can show a warning and every good row still loads.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard.schema import EVENT_COLUMNS, RowError, split_sources, validate_event

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
EVENTS_DIR = DATA_DIR / "events"
ARTICLES_DIR = DATA_DIR / "articles"

FLOAT_COLUMNS = ("latitude", "longitude", "confidence")
INT_COLUMNS = ("evidence_start", "evidence_end")
# Display groups for actors the knowledge base does not know, by actor_country.
_GROUP_INT = "International organisations"
_GROUP_NONE = "Non-state"


@dataclass
class LoadResult:
    """The events frame and the problems met while building it."""

    events: pd.DataFrame
    errors: list[RowError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def read_event_rows(path: Path, label: str | None = None,
                    ) -> tuple[list[tuple[int, dict]], list[RowError]]:
    """Read one CSV or JSON Lines file of events; return ``(line, row)`` pairs and errors.

    Parameters
    ----------
    path
        A ``.csv`` file whose header uses the event-model names, or a ``.jsonl`` file with
        one event object per line.
    label
        How errors name the file (defaults to the file name, never a machine path).
    """
    label = label or path.name
    try:
        raw_rows = list(_raw_rows(path))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        return [], [RowError(label, 0, "-", f"cannot be read: {err}")]
    good, errors = [], []
    seen_fields = set()
    for line, raw in raw_rows:
        if isinstance(raw, str):
            errors.append(RowError(label, line, "-", raw))
            continue
        seen_fields.update(raw)
        row = {col: _cell(raw.get(col)) for col in EVENT_COLUMNS}
        problems = validate_event(row)
        if problems:
            errors.extend(RowError(label, line, f, msg) for f, msg in problems)
            continue
        good.append((line, row))
    missing = [c for c in ("event_id", "date", "actor", "event_type") if c not in seen_fields]
    if raw_rows and missing:
        errors.insert(0, RowError(label, 1, missing[0], "column is missing from the header"))
    return good, errors


def _raw_rows(path: Path) -> Iterable[tuple[int, dict | str]]:
    """Yield ``(line number, row)``; a row that cannot be parsed is yielded as a message."""
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    obj = json.loads(text)
                except json.JSONDecodeError as err:
                    yield number, f"is not valid JSON ({err.msg})"
                    continue
                yield number, obj if isinstance(obj, dict) else "is not a JSON object"
        return
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        start = 2
        for raw in reader:
            if None in raw:
                yield start, "has more cells than the header"
            else:
                yield start, raw
            start = reader.line_num + 1


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value != value:  # NaN from JSON tools
        return ""
    return str(value).strip()


def rows_to_frame(rows: Sequence[dict]) -> pd.DataFrame:
    """Turn validated string rows into the typed events frame.

    ``date`` becomes datetime64 (NaT when unknown), coordinates and confidence float64,
    evidence offsets Int64, and every other column ``str`` with ``""`` for missing.
    """
    frame = pd.DataFrame(list(rows), columns=list(EVENT_COLUMNS)).fillna("")
    for col in EVENT_COLUMNS:
        frame[col] = frame[col].astype(str)
    frame["date"] = pd.to_datetime(frame["date"].replace("", None), format="%Y-%m-%d")
    for col in FLOAT_COLUMNS:
        frame[col] = pd.to_numeric(frame[col].replace("", None)).astype("float64")
    for col in INT_COLUMNS:
        frame[col] = pd.to_numeric(frame[col].replace("", None)).astype("Int64")
    frame["source_count"] = frame["source_url"].map(lambda v: len(split_sources(v))).astype(int)
    return frame


def load_events(paths: Iterable[Path]) -> LoadResult:
    """Load and validate every events file.

    A row whose ``event_id`` was already loaded (from this or an earlier file) is an error
    too: the first one is kept.
    """
    rows, errors, files = [], [], []
    seen: dict[str, str] = {}
    for path in sorted(paths):
        good, bad = read_event_rows(path)
        files.append(path.name)
        errors.extend(bad)
        for line, row in good:
            first = seen.setdefault(row["event_id"], f"{path.name}, line {line}")
            if first != f"{path.name}, line {line}":
                errors.append(RowError(path.name, line, "event_id",
                                       f"'{row['event_id']}' is already used ({first})"))
                continue
            rows.append(row)
    return LoadResult(rows_to_frame(rows), errors, files)


def event_files(directory: Path = EVENTS_DIR) -> list[Path]:
    """The events files of a folder (``*.csv`` and ``*.jsonl``), sorted by name."""
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
        return rows_to_frame([])
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
        return LoadResult(rows_to_frame([]))
    from dashboard.extract import EXTRACTOR_VERSION
    from dashboard.extract.batch import expand_paths

    rows, errors, files = [], [], []
    for path in expand_paths([articles_dir]):
        if path.stem.upper() == "README":
            continue
        files.append(path.name)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        cached = cache_dir / f"{digest}-{EXTRACTOR_VERSION}.jsonl"
        if not cached.exists():
            events, problems = _extract_one(path)
            errors.extend(RowError(path.name, 0, "-", problem) for problem in problems)
            if problems and not events:
                continue
            _write_jsonl(cached, events)
        good, bad = read_event_rows(cached, label=path.name)
        rows.extend(row for _, row in good)
        errors.extend(bad)
    return LoadResult(rows_to_frame(rows), errors, files)


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

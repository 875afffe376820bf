"""Event rows between the event model's strings and the store's typed columns.

An event row is a mapping of :data:`dashboard.schema.EVENT_COLUMNS` to strings, as the
curated files, the extractor and :func:`dashboard.schema.validate_event` speak it. In the
store ``date`` is a date, coordinates and confidence are floats and evidence offsets are
integers, empty meaning NULL; every other column is text, empty meaning ``""``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date

from dashboard.schema import EVENT_COLUMNS, SOURCE_SEPARATOR, split_sources

FLOATS = frozenset({"latitude", "longitude", "confidence"})
INTS = frozenset({"evidence_start", "evidence_end"})
SOURCE_FIELDS = ("title", "publisher", "url", "language", "published")


def cell(value) -> str:
    """One value as the event model's string (``None`` and NaN are empty)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, date):
        return value.isoformat()[:10]
    return str(value).strip()


def clean_row(raw: Mapping) -> dict[str, str]:
    """Every event-model column of ``raw`` as a string; other keys are dropped."""
    return {column: cell(raw.get(column)) for column in EVENT_COLUMNS}


def to_db(row: Mapping[str, str]) -> dict:
    """A validated string row -> the values of an ``events`` row."""
    values: dict = {}
    for column in EVENT_COLUMNS:
        text = row.get(column) or ""
        if column == "date":
            values[column] = date.fromisoformat(text) if text else None
        elif column in FLOATS:
            values[column] = float(text) if text else None
        elif column in INTS:
            values[column] = int(float(text)) if text else None
        else:
            values[column] = text
    return values


def from_db(record: Mapping) -> dict[str, str]:
    """An ``events`` row (any mapping with the event-model columns) -> a string row."""
    row = {}
    for column in EVENT_COLUMNS:
        value = record[column]
        if column in FLOATS and value is not None:
            row[column] = repr(float(value))
        else:
            row[column] = cell(value)
    return row


def row_hash(row: Mapping[str, str]) -> str:
    """A hash of a string row: equal rows, equal hashes (it tells an unchanged reload)."""
    payload = json.dumps([row.get(c, "") for c in EVENT_COLUMNS], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def content_hash(text: str) -> str:
    """SHA-256 of an article's text, line ends and outer white space normalised.

    The same article pasted twice, or saved once with Windows line ends, hashes the same.
    """
    normal = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def machine_event_id(article_hash: str, row: Mapping[str, str]) -> str:
    """The store's id of a machine-extracted event: stable for one article and one reading.

    Built from the article's content hash, the evidence span and what the extractor found
    there (type, actor, issue, place), not from the source URL: the same text extracted
    again gets the same ids (so a rejected event is recognised and stays rejected), and
    two pasted texts without a URL never share an id. Edits do not change it.
    """
    key = "|".join([article_hash, row.get("evidence_start", ""), row.get("evidence_end", ""),
                    row.get("event_type", ""), row.get("actor", ""), row.get("issue", ""),
                    row.get("location", "")])
    return "X" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]  # noqa: S324 - an id


def source_parts(row: Mapping[str, str]) -> list[dict[str, str]]:
    """The sources of a row: one dict per part of its `` | ``-joined source cells.

    Parts are aligned on the URLs; a row without URL gives one source when any source
    cell is filled, none otherwise.
    """
    cells = {name: split_sources(row.get(f"source_{name}") or "") for name in SOURCE_FIELDS}
    count = len(cells["url"]) or (1 if any(cells.values()) else 0)
    return [{name: (parts[index] if index < len(parts) else "")
             for name, parts in cells.items()} for index in range(count)]


def join_sources(parts: list[Mapping[str, str]]) -> dict[str, str]:
    """Source dicts -> the row's ``source_*`` cells (the inverse of :func:`source_parts`)."""
    return {f"source_{name}": SOURCE_SEPARATOR.join(p.get(name) or "" for p in parts)
            for name in SOURCE_FIELDS}

"""The event model: column names, vocabularies and row validation.

Everything that reads or writes events (the curated CSV files, the extractor, the
evaluation, the dashboard) uses the names defined here. The authoritative description
is ``docs/event-model.md`` in the shared folder; this module is its executable form.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from dashboard.cells import (
    as_text,
    clean_text,
    is_missing,
    read_date,
    read_decimal,
    read_whole,
    shown,
)

# Columns of the events table, in the order they are written to CSV.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "date",
    "date_precision",
    "actor",
    "actor_country",
    "event_type",
    "target",
    "issue",
    "stance",
    "location",
    "latitude",
    "longitude",
    "admin1",
    "country",
    "geo_precision",
    "summary",
    "quote",
    "evidence",
    "evidence_start",
    "evidence_end",
    "note",
    "source_title",
    "source_publisher",
    "source_url",
    "source_language",
    "source_published",
    "method",
    "confidence",
    "extractor_version",
    "review_status",
)

# Columns a curated row must fill in.
REQUIRED_CURATED = ("event_id", "date", "actor", "event_type", "issue", "summary",
                    "source_publisher", "source_url", "source_published")

# Several sources of one curated event share a row; their fields are joined with this.
SOURCE_SEPARATOR = " | "
SOURCE_COLUMNS = ("source_title", "source_publisher", "source_url", "source_language",
                  "source_published")

EVENT_TYPES: tuple[str, ...] = (
    "statement",
    "phone_call",
    "support",
    "opposition",
    "appeal_request",
    "call_for_restraint",
    "military_deployment",
    "withdrawal",
    "protest",
    "violent_clash",
    "arrest",
    "resignation_dismissal",
    "state_of_emergency",
)
# Acts by a body that did the thing; they carry no stance.
OPERATIONAL_TYPES = frozenset({
    "military_deployment", "withdrawal", "arrest", "resignation_dismissal",
    "state_of_emergency", "violent_clash",
})

ISSUES: tuple[str, ...] = (
    "csto_deployment",
    "foreign_interference",
    "terrorism_framing",
    "use_of_force",
    "fuel_prices",
    "restraint_human_rights",
    "sovereignty_stability",
    "bilateral_relations",
    "leadership_change",
    "internet_shutdown",
    "other",
)
STANCES: tuple[str, ...] = ("support", "oppose", "concern", "neutral")


def vocabulary_label(code: str) -> str:
    """How a type or issue code reads on screen: a crisis pack's label when one gives it
    (``csto_deployment`` -> ``CSTO deployment``), else the code with spaces."""
    from dashboard.crisis import all_issue_labels

    return all_issue_labels().get(code) or code.replace("_", " ")


def issue_codes() -> tuple[str, ...]:
    """Every issue an event may have: the shared :data:`ISSUES`, then the codes the crisis
    packs add (:mod:`dashboard.crisis`), ``other`` last."""
    from dashboard.crisis import all_issue_stances

    return tuple(all_issue_stances())


def issue_stances() -> dict[str, frozenset[str]]:
    """Issue -> the stances defined on it, the crisis packs' issues included."""
    from dashboard.crisis import all_issue_stances

    return all_issue_stances()

# Which stances make sense on which issue (``neutral`` is allowed everywhere).
ISSUE_STANCES: dict[str, frozenset[str]] = {
    "csto_deployment": frozenset({"support", "oppose", "concern"}),
    "foreign_interference": frozenset({"oppose"}),
    "terrorism_framing": frozenset({"support", "oppose"}),
    "use_of_force": frozenset({"support", "oppose"}),
    "fuel_prices": frozenset({"oppose"}),
    "restraint_human_rights": frozenset({"oppose", "concern"}),
    "sovereignty_stability": frozenset({"support", "concern"}),
    "bilateral_relations": frozenset({"support"}),
    "leadership_change": frozenset({"support"}),
    "internet_shutdown": frozenset({"oppose"}),
    "other": frozenset({"support", "oppose", "concern"}),
}

DATE_PRECISIONS = ("day", "week", "month")
GEO_PRECISIONS = ("point", "region", "country")
# ``imported``: a row of another event data set (ACLED, GDELT), see ``data/imports/``.
METHODS = ("curated", "extracted", "imported")
REVIEW_STATUSES = ("unreviewed", "accepted", "rejected", "edited")
ACTOR_KINDS = ("person", "government_body", "party", "state", "international_organisation", "ngo",
               "crowd", "company", "media")
# Roles a shared lexicon row may name instead of an actor (``@police``): each crisis pack
# says which of its actors fills each role in the country where it happens (``[roles]`` of
# its manifest), so "the police" is that country's police, not one crisis's.
ACTOR_ROLES = ("authorities", "government", "head_of_state", "interior_ministry", "police",
               "security_forces")

# How each column is typed (anything not listed is text): the values validation returns.
DATE_COLUMNS = ("date",)
FLOAT_COLUMNS = ("latitude", "longitude", "confidence")
INT_COLUMNS = ("evidence_start", "evidence_end")
# Free text may hold line breaks and the zero-width (non-)joiner; see dashboard.cells.
FREE_TEXT_COLUMNS = frozenset({"summary", "quote", "evidence", "note", "source_title",
                               "source_publisher"})
# Most characters a cell may hold (a long cell is refused alone; its file still loads).
_SHORT = 100
TEXT_LIMITS: dict[str, int] = {
    **dict.fromkeys(EVENT_COLUMNS, _SHORT),
    "actor": 300, "target": 500, "location": 500, "admin1": 200, "summary": 2_000,
    "quote": 2_000, "evidence": 20_000, "note": 5_000, "source_title": 5_000,
    "source_publisher": 2_000, "source_url": 10_000, "source_language": 200,
    "source_published": 1_000,
}
# Where an event may be: latitude, longitude; offsets of evidence in an article (5 MB max).
COORDINATE_LIMITS = {"latitude": 90.0, "longitude": 180.0}
MAX_OFFSET = 10_000_000

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]*$", re.IGNORECASE)
_COUNTRY = re.compile(r"^([A-Z]{3}|INT)$")


@dataclass(frozen=True)
class RowError:
    """One problem with one field of one row of one file."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}, line {self.line}, field '{self.field}': {self.message}"




def parse_iso_date(value: str) -> date:
    """Parse ``YYYY-MM-DD`` strictly (ASCII digits, a real date); raise ``ValueError``
    naming the value otherwise. Event dates are further held to
    :data:`~dashboard.cells.DATE_WINDOW` by :func:`parse_event`."""
    return read_date(value, window=False)


def split_sources(value: str) -> list[str]:
    """Split a multi-source cell into its parts (one part per source)."""
    return [part.strip() for part in value.split(SOURCE_SEPARATOR.strip())] if value else []


def is_http_url(value: str) -> bool:
    """True for a well-formed absolute http(s) URL."""
    return bool(_URL.match(value))


def parse_event(row: Mapping[str, object]) -> tuple[dict[str, object], list[tuple[str, str]]]:
    """Check one event row and type its values: ``(typed row, problems)``.

    The row maps column names to cells: text as read from CSV, or JSON values, or the
    typed values this function returns (it accepts its own output). Every cell is checked
    (see :mod:`dashboard.cells`): text is NFC-normalised, limited in length and free of
    bidirectional controls and invisible characters; ``date`` becomes a ``datetime.date``
    (or ``None``), coordinates and confidence ``float`` (or ``None``), evidence offsets
    ``int`` (or ``None``), every other column ``str``. Then the event model's rules apply:
    vocabularies, stances per issue, provenance of curated rows, confidence of extracted
    ones. ``problems`` holds ``(field, message)`` pairs; the typed row is only to be used
    when it is empty, and then it is safe for :func:`dashboard.store.rows_to_frame`.
    """
    typed, problems = type_cells(row)
    bad = {field for field, _ in problems}
    for field, message in _model_problems(typed):
        if field not in bad:
            problems.append((field, message))
    return typed, problems


def type_cells(row: Mapping[str, object], *, clean: bool = True,
               ) -> tuple[dict[str, object], list[tuple[str, str]]]:
    """The cell checks and typing of :func:`parse_event`, without the event model's rules
    (which fields are required, vocabularies): what a frame needs to be built safely.

    With ``clean=False`` text cells are kept as given (``str``, ``""`` when missing) and
    only dates and numbers are read.
    """
    typed: dict[str, object] = {}
    problems: list[tuple[str, str]] = []
    for field in EVENT_COLUMNS:
        value = row.get(field)
        if not clean and field not in (*DATE_COLUMNS, *FLOAT_COLUMNS, *INT_COLUMNS):
            typed[field] = "" if is_missing(value) else str(value)
            continue
        try:
            typed[field] = _typed_cell(field, value)
        except ValueError as err:
            problems.append((field, str(err)))
            typed[field] = None if field in (*DATE_COLUMNS, *FLOAT_COLUMNS, *INT_COLUMNS) else ""
    return typed, problems


def validate_event(row: Mapping[str, object]) -> list[tuple[str, str]]:
    """Check one event row; return ``(field, message)`` pairs, empty when the row is valid.

    See :func:`parse_event`, which also returns the typed values.
    """
    return parse_event(row)[1]


def _typed_cell(field: str, value: object) -> object:
    """One cell as the type of its column (see :func:`parse_event`)."""
    if field in DATE_COLUMNS:
        return None if is_missing(value) or not as_text(value) else read_date(value)
    if field in FLOAT_COLUMNS:
        limit = COORDINATE_LIMITS.get(field, 1.0)
        return read_decimal(value, 0.0 if field == "confidence" else -limit, limit)
    if field in INT_COLUMNS:
        return read_whole(value, 0, MAX_OFFSET)
    return clean_text(as_text(value), TEXT_LIMITS[field], free=field in FREE_TEXT_COLUMNS)


def _model_problems(row: dict) -> list[tuple[str, str]]:
    """The event model's rules over the typed row."""
    problems: list[tuple[str, str]] = []
    method = row["method"] or "curated"
    if method not in METHODS:
        problems.append(("method", f"'{shown(method)}' is not one of {', '.join(METHODS)}"))
    if method == "curated":
        problems += [(field, "is empty") for field in REQUIRED_CURATED if row[field] in ("", None)]
    for field, allowed in (("event_type", EVENT_TYPES), ("issue", issue_codes()),
                           ("stance", STANCES),
                           ("date_precision", DATE_PRECISIONS),
                           ("geo_precision", GEO_PRECISIONS),
                           ("review_status", REVIEW_STATUSES)):
        if row[field] and row[field] not in allowed:
            problems.append((field, f"'{shown(row[field])}' is not one of {', '.join(allowed)}"))
    _check_stance(row, problems)
    country = row["actor_country"]
    if country and not _COUNTRY.match(country):
        problems.append(("actor_country",
                         f"'{shown(country)}' is not an ISO 3166-1 alpha-3 code or INT"))
    if (row["latitude"] is None) != (row["longitude"] is None):
        problems.append(("latitude" if row["latitude"] is None else "longitude",
                         "is empty but the other is set"))
    start, end = row["evidence_start"], row["evidence_end"]
    if start is not None and end is not None and end < start:
        problems.append(("evidence_end", f"{end} is before evidence_start {start}"))
    _check_sources(row, method, problems)
    if method == "extracted" and row["confidence"] is None:
        problems.append(("confidence", "is empty (an extracted row needs one)"))
    return problems


def _check_stance(row, problems) -> None:
    stance, issue, kind = row["stance"], row["issue"], row["event_type"]
    if stance and kind in OPERATIONAL_TYPES:
        problems.append(("stance", f"operational event type '{kind}' takes no stance"))
    elif stance not in ("", "neutral") and stance in STANCES \
            and stance not in issue_stances().get(issue, STANCES):
        problems.append(("stance", f"'{stance}' is not a position defined on '{issue}'"))


def _check_sources(row, method, problems) -> None:
    urls = split_sources(row["source_url"])
    for url in urls:
        if not is_http_url(url):
            problems.append(("source_url", f"'{shown(url)}' is not an http(s) URL"))
    if method != "curated" or not urls:
        return
    for field in ("source_publisher", "source_published"):
        parts = split_sources(row[field])
        if len(parts) != len(urls):
            problems.append((field, f"has {len(parts)} part(s) for {len(urls)} source URL(s)"))
    for published in split_sources(row["source_published"]):
        try:
            read_date(published)
        except ValueError as err:
            problems.append(("source_published", str(err)))

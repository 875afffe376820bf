"""The event model: column names, vocabularies and row validation.

Everything that reads or writes events (the curated CSV files, the extractor, the
evaluation, the dashboard) uses the names defined here. The authoritative description
is ``docs/event-model.md`` in the shared folder; this module is its executable form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

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
    """How a type or issue code reads on screen: ``csto_deployment`` -> ``CSTO deployment``."""
    return code.replace("_", " ").replace("csto", "CSTO")

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

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
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
    """Parse ``YYYY-MM-DD`` strictly; raise ``ValueError`` naming the value otherwise."""
    if not _ISO_DATE.match(value):
        raise ValueError(f"'{value}' is not an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a valid date") from None


def split_sources(value: str) -> list[str]:
    """Split a multi-source cell into its parts (one part per source)."""
    return [part.strip() for part in value.split(SOURCE_SEPARATOR.strip())] if value else []


def is_http_url(value: str) -> bool:
    """True for a well-formed absolute http(s) URL."""
    return bool(_URL.match(value))


def validate_event(row: dict[str, str]) -> list[tuple[str, str]]:
    """Check one event row; return ``(field, message)`` pairs, empty when the row is valid.

    The row is a mapping of column name to string, as read from CSV. Curated rows must
    carry their provenance; extracted rows must carry a confidence.
    """
    problems: list[tuple[str, str]] = []
    method = row.get("method") or "curated"
    if method not in METHODS:
        problems.append(("method", f"'{method}' is not one of {', '.join(METHODS)}"))
    if method == "curated":
        for field in REQUIRED_CURATED:
            if not (row.get(field) or "").strip():
                problems.append((field, "is empty"))
    _check_enum(row, "event_type", EVENT_TYPES, problems)
    _check_enum(row, "issue", ISSUES, problems)
    _check_enum(row, "stance", STANCES, problems)
    _check_enum(row, "date_precision", DATE_PRECISIONS, problems)
    _check_enum(row, "geo_precision", GEO_PRECISIONS, problems)
    _check_enum(row, "review_status", REVIEW_STATUSES, problems)
    _check_stance(row, problems)
    for field in ("date",):
        if row.get(field):
            try:
                parse_iso_date(row[field])
            except ValueError as err:
                problems.append((field, str(err)))
    country = row.get("actor_country") or ""
    if country and not _COUNTRY.match(country):
        problems.append(("actor_country", f"'{country}' is not an ISO 3166-1 alpha-3 code or INT"))
    _check_coordinates(row, problems)
    _check_sources(row, method, problems)
    if method == "extracted":
        _check_confidence(row, problems)
    return problems


def _check_enum(row, field, allowed, problems) -> None:
    value = row.get(field) or ""
    if value and value not in allowed:
        problems.append((field, f"'{value}' is not one of {', '.join(allowed)}"))


def _check_stance(row, problems) -> None:
    stance, issue, kind = row.get("stance") or "", row.get("issue") or "", row.get("event_type")
    if stance and kind in OPERATIONAL_TYPES:
        problems.append(("stance", f"operational event type '{kind}' takes no stance"))
    elif stance not in ("", "neutral") and stance not in ISSUE_STANCES.get(issue, STANCES):
        problems.append(("stance", f"'{stance}' is not a position defined on '{issue}'"))


def _check_coordinates(row, problems) -> None:
    lat, lon = row.get("latitude") or "", row.get("longitude") or ""
    if bool(lat) != bool(lon):
        problems.append(("latitude" if not lat else "longitude", "is empty but the other is set"))
        return
    for field, value, limit in (("latitude", lat, 90), ("longitude", lon, 180)):
        if not value:
            continue
        try:
            number = float(value)
        except ValueError:
            problems.append((field, f"'{value}' is not a number"))
            continue
        if not -limit <= number <= limit:
            problems.append((field, f"{value} is outside -{limit}..{limit}"))


def _check_sources(row, method, problems) -> None:
    urls = split_sources(row.get("source_url") or "")
    for url in urls:
        if not is_http_url(url):
            problems.append(("source_url", f"'{url}' is not an http(s) URL"))
    if method != "curated" or not urls:
        return
    for field in ("source_publisher", "source_published"):
        parts = split_sources(row.get(field) or "")
        if len(parts) != len(urls):
            problems.append((field, f"has {len(parts)} part(s) for {len(urls)} source URL(s)"))
    for published in split_sources(row.get("source_published") or ""):
        try:
            parse_iso_date(published)
        except ValueError as err:
            problems.append(("source_published", str(err)))


def _check_confidence(row, problems) -> None:
    value = row.get("confidence") or ""
    try:
        number = float(value)
    except ValueError:
        problems.append(("confidence", f"'{value}' is not a number"))
        return
    if not 0.0 <= number <= 1.0:
        problems.append(("confidence", f"{value} is outside 0..1"))

"""What every import shares: the crisis's bounds, the mapping tables, parsed-row outcomes.

A parser (``acled.py``, ``gdelt.py``) turns each line of a source file into one
:class:`Parsed` outcome: an event row of the event model, a skip with its reason (outside
the crisis, or a source type the event model has no type for), or the errors that reject
the row, each naming file, line and field. Nothing here writes anywhere.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from dashboard.knowledge import DATA_DIR
from dashboard.schema import EVENT_COLUMNS, RowError, parse_iso_date, validate_event

IMPORTS_DIR = DATA_DIR / "imports"

# Reasons a row is skipped (not an error: the row is well formed but not for this store).
SKIP_COUNTRY = "outside the crisis's countries"
SKIP_DATES = "outside the crisis's dates"
SKIP_NO_TYPE = "no matching event type"
SKIP_NO_ACTOR = "no actor"
SKIP_REASONS = (SKIP_COUNTRY, SKIP_DATES, SKIP_NO_TYPE, SKIP_NO_ACTOR)


@dataclass(frozen=True)
class CrisisScope:
    """The countries (ISO3) and the days a crisis covers; rows outside are skipped.
    ``knowledge``: the folders of the actor knowledge its rows' actors are joined to
    (shared first, then the crisis pack's); empty for the default crisis's."""

    countries: frozenset[str]
    start: date
    end: date
    knowledge: tuple[Path, ...] = ()

    @classmethod
    def from_settings(cls, settings: dict | None = None) -> CrisisScope:
        """The default crisis pack's ``countries`` and ``period`` (see
        :func:`dashboard.extract.dates.crisis_settings`), or those of ``settings``.

        This is the one place the bounds are read from, so a new crisis changes the data
        file, not the code.
        """
        if settings is None:
            from dashboard.extract.dates import crisis_settings

            settings = crisis_settings()
        period = settings["period"]
        countries = settings.get("countries") or [settings["default_country"]]
        return cls(frozenset(countries), parse_iso_date(period["from"]),
                   parse_iso_date(period["to"]))

    @classmethod
    def of(cls, crisis) -> CrisisScope:
        """The countries and period of a crisis pack (:class:`dashboard.crisis.CrisisPack`)."""
        return cls(frozenset(crisis.countries), *crisis.period,
                   knowledge=(DATA_DIR, crisis.folder))

    def with_overrides(self, countries: Iterable[str] | None = None, start: date | None = None,
                       end: date | None = None) -> CrisisScope:
        """A copy with the given bounds replaced (the command line's ``--countries`` etc.)."""
        return CrisisScope(frozenset(countries) if countries else self.countries,
                           start or self.start, end or self.end, self.knowledge)

    def holds_date(self, day: date) -> bool:
        return self.start <= day <= self.end

    def describe(self) -> str:
        return (f"{', '.join(sorted(self.countries))} from {self.start.isoformat()} "
                f"to {self.end.isoformat()}")


@dataclass(frozen=True)
class Parsed:
    """What one line of a source file became: a row, a skip, or errors rejecting it."""

    line: int
    row: dict[str, str] | None = None
    skip: str = ""
    errors: tuple[RowError, ...] = ()


@dataclass(frozen=True)
class TypeRule:
    """One line of a mapping table: a source code -> our event type and issue."""

    code: str
    label: str
    event_type: str
    issue: str


class RowProblems:
    """Collects ``(field, message)`` problems of one row, to reject it with all of them."""

    def __init__(self, label: str, line: int) -> None:
        self.label, self.line = label, line
        self.items: list[tuple[str, str]] = []
        self.covered: set[str] = set()

    def add(self, field_name: str, message: str, covers: Iterable[str] = ()) -> None:
        """Record a problem of the source column ``field_name``; ``covers`` names the
        event-model fields it explains, so validation does not report them a second time."""
        self.items.append((field_name, message))
        self.covered.update(covers)

    def rejected(self) -> Parsed:
        return Parsed(self.line, errors=tuple(RowError(self.label, self.line, f, m)
                                              for f, m in self.items))


@dataclass
class Counts:
    """Per-file tallies for the summary line."""

    read: int = 0
    rows: int = 0
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SKIP_REASONS, 0))
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)

    def add(self, parsed: Parsed) -> None:
        self.read += 1
        if parsed.errors:
            self.rejected += 1
            self.errors.extend(parsed.errors)
        elif parsed.skip:
            self.skipped[parsed.skip] = self.skipped.get(parsed.skip, 0) + 1
        else:
            self.rows += 1


def _read_table(name: str) -> list[dict[str, str]]:
    with (IMPORTS_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def cameo_rules() -> tuple[TypeRule, ...]:
    """``data/imports/cameo_codes.csv``, longest code first (so a prefix match finds the most
    specific rule)."""
    rules = [TypeRule(r["cameo_code"], r["cameo_label"], r["event_type"], r["issue"])
             for r in _read_table("cameo_codes.csv")]
    return tuple(sorted(rules, key=lambda r: -len(r.code)))


def cameo_rule(code: str) -> TypeRule | None:
    """The rule of the longest CAMEO code in the table that ``code`` starts with."""
    return next((rule for rule in cameo_rules() if code.startswith(rule.code)), None)


@cache
def acled_rules() -> dict[str, TypeRule]:
    """``data/imports/acled_sub_event.csv`` keyed by lower-cased sub-event type."""
    return {r["sub_event_type"].casefold(): TypeRule(r["sub_event_type"], r["acled_event_type"],
                                                     r["event_type"], r["issue"])
            for r in _read_table("acled_sub_event.csv")}


@cache
def fips_countries() -> dict[str, str]:
    """FIPS 10-4 country code (GDELT's place codes) -> ISO 3166-1 alpha-3."""
    return {r["fips"]: r["iso3"] for r in _read_table("fips_countries.csv")}


@cache
def iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def iso3_of_numeric(value: str) -> str:
    """ISO 3166-1 numeric (ACLED's ``iso``, e.g. ``398``) -> alpha-3, or ``""``."""
    import pycountry

    if not value.isdigit():
        return ""
    country = pycountry.countries.get(numeric=value.zfill(3))
    return country.alpha_3 if country else ""


def _actor_book(knowledge: tuple[Path, ...] = ()):
    """The actor book of these folders (the default crisis's when empty), read once."""
    from dashboard.extract.knowledge_base import load_knowledge

    return load_knowledge(knowledge).book


# ACLED dates its state actors by regime: "Police Forces of Kazakhstan (2019-)".
_REGIME_SPAN = re.compile(r"\s*\(\d{4}-(\d{4})?\)$")


@cache
def import_actor_names() -> dict[tuple[str, str, str], str]:
    """``data/imports/actor_names.csv``: (source, folded name, source country) -> actor."""
    return {(r["source"], r["name"].casefold(), r["country"]): r["actor"]
            for r in _read_table("actor_names.csv")}


def known_actor(source: str, name: str, country: str, day: date,
                knowledge: tuple[Path, ...] = ()) -> tuple[str, str] | None:
    """``(canonical name, its country)`` when ``name`` denotes an actor of the crisis's actor
    knowledge (``knowledge``: its folders, see :class:`CrisisScope`).

    Looked up in ``data/imports/actor_names.csv`` (the data sets' own names for the
    crisis's actors, ``country`` being the source's country code for the actor), then as a
    canonical name or alias of the actor knowledge on ``day``. ``None`` keeps the source's
    name, so imported rows join the curated actors only where the match is certain.
    """
    book = _actor_book(knowledge)
    names = import_actor_names()
    key = name.casefold()
    canonical = (names.get((source, key, country)) or names.get((source, key, ""))
                 or (name if name in book.actors else None) or book.resolve(name, day)
                 or book.resolve(_REGIME_SPAN.sub("", name), day))
    if canonical is None or canonical not in book.actors:
        return None
    return canonical, book.actors[canonical].country


@lru_cache(maxsize=65536)  # data sets repeat the coordinates of each town
def region_for(country: str, latitude: str, longitude: str, fallback: str) -> str:
    """The first-level unit as the dashboard names it: point-in-polygon inside the
    country the crisis's region boundaries divide, else the source's own name
    (``fallback``)."""
    from dashboard.geo import region_country, region_of

    if country == region_country() and latitude and longitude:
        return region_of(float(latitude), float(longitude)) or fallback
    return fallback


def empty_row() -> dict[str, str]:
    return dict.fromkeys(EVENT_COLUMNS, "")


def finish(row: dict[str, str], problems: RowProblems) -> Parsed:
    """Validate a built row with the event model's rules; reject it on any problem."""
    for field_name, message in validate_event(row):
        if field_name not in problems.covered:
            problems.add(field_name, message)
    if problems.items:
        return problems.rejected()
    return Parsed(problems.line, row=row)


def parse_coordinate(value: str, field_name: str, problems: RowProblems) -> str:
    """A coordinate kept as text (``""`` when empty); a problem when not a number."""
    value = value.strip()
    if not value:
        return ""
    try:
        float(value)
    except ValueError:
        problems.add(field_name, f"'{clip(value)}' is not a number",
                     covers=("latitude", "longitude"))
        return ""
    return value


def clip(text: str, limit: int = 60) -> str:
    """A value short enough to quote in an error message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def file_label(path: Path) -> str:
    """How messages name a file: its name, never a machine path."""
    return path.name

"""``crisis.toml`` -> :class:`~dashboard.crisis.CrisisPack`, every key checked.

Each problem raises :class:`~dashboard.crisis.PackError` naming the manifest and the key
(``boundaries.regions``, ``phases[2].from``, ``issues.autonomy.stances``), so whoever
writes a pack learns what to fix without reading this code. The README's "Adding a crisis
pack" lists the keys.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from dashboard.crisis import (
    SHARED_GEO_DIR,
    Boundaries,
    CrisisPack,
    Issue,
    MilestoneRule,
    PackError,
    Phase,
)
from dashboard.schema import ACTOR_ROLES, EVENT_TYPES, ISSUE_STANCES, ISSUES, STANCES

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_ISO3 = re.compile(r"^([A-Z]{3}|INT)$")
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_TOP_KEYS = {"id", "title", "short_title", "description", "period", "countries",
             "default_language", "file_prefix", "group_order", "map", "boundaries", "phases",
             "milestones", "issues", "texts", "roles"}
_RULE_KEYS = {"label", "event_types", "issues", "stances", "actors", "actor_countries",
              "text", "exclude", "text_columns"}
_LANGUAGE = re.compile(r"^[a-z]{2}$")
SHARED = "shared:"  # a boundary file of the shared data/geo/ folder
_TEXT_COLUMNS = ("summary", "quote", "note", "target")


class _Reader:
    """Typed reads of one manifest's keys, each failure a PackError naming the key."""

    def __init__(self, label: str):
        self.label = label

    def fail(self, key: str, message: str) -> PackError:
        return PackError(self.label, key, message)

    def get(self, table: dict, key: str, prefix: str = "", *, kind: type | tuple = str,
            required: bool = True, default: object = None) -> object:
        name = f"{prefix}{key}"
        if key not in table:
            if required:
                raise self.fail(name, "is missing")
            return default
        value = table[key]
        if isinstance(value, bool) and kind is not bool or not isinstance(value, kind):
            raise self.fail(name, f"is {type(value).__name__}, expected "
                            f"{_kind_name(kind)}")
        if isinstance(value, str) and not value.strip() and required:
            raise self.fail(name, "is empty")
        return value

    def strings(self, table: dict, key: str, prefix: str = "", *, allowed=None,
                pattern: re.Pattern | None = None, required: bool = False) -> tuple[str, ...]:
        values = self.get(table, key, prefix, kind=list, required=required, default=[])
        for index, value in enumerate(values):
            name = f"{prefix}{key}[{index}]"
            if not isinstance(value, str):
                raise self.fail(name, f"is {type(value).__name__}, expected text")
            if allowed is not None and value not in allowed:
                raise self.fail(name, f"'{value}' is not one of {', '.join(allowed)}")
            if pattern is not None and not pattern.match(value):
                raise self.fail(name, f"'{value}' is not valid (pattern {pattern.pattern})")
        if required and not values:
            raise self.fail(f"{prefix}{key}", "is empty")
        return tuple(values)

    def day(self, table: dict, key: str, prefix: str = "") -> date:
        value = self.get(table, key, prefix, kind=(date, str))
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                raise self.fail(f"{prefix}{key}", f"'{value}' is not a date "
                                "(YYYY-MM-DD)") from None
        if not isinstance(value, date) or hasattr(value, "hour"):
            raise self.fail(f"{prefix}{key}", "is a date and time, expected a date")
        return value

    def span(self, table: dict, key: str, prefix: str = "") -> tuple[date, date]:
        start, end = self.day(table, "from", prefix), self.day(table, "to", prefix)
        if end < start:
            raise self.fail(f"{prefix}to", f"{end} is before 'from' {start}")
        return start, end

    def pair(self, table: dict, key: str, prefix: str, low: float, high: float,
             ) -> tuple[float, float]:
        values = self.get(table, key, prefix, kind=list)
        name = f"{prefix}{key}"
        if len(values) != 2 or not all(isinstance(v, int | float) and not isinstance(v, bool)
                                       for v in values):
            raise self.fail(name, "expected two numbers [first, last]")
        first, last = float(values[0]), float(values[1])
        if not low <= first < last <= high:
            raise self.fail(name, f"expected {low} <= first < last <= {high}")
        return first, last

    def unknown(self, table: dict, allowed: set[str], prefix: str = "") -> None:
        extra = sorted(set(table) - allowed)
        if extra:
            raise self.fail(f"{prefix}{extra[0]}", f"is not a manifest key here (known: "
                            f"{', '.join(sorted(allowed))})")


def _kind_name(kind: type | tuple) -> str:
    names = {str: "text", list: "a list", dict: "a table", date: "a date", bool: "true/false",
             int: "a number", float: "a number"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def parse_manifest(raw: dict, folder: Path, label: str) -> CrisisPack:
    """The pack a parsed manifest describes; :class:`PackError` on the first problem."""
    read = _Reader(label)
    read.unknown(raw, _TOP_KEYS)
    crisis_id = read.get(raw, "id")
    if not _ID.match(crisis_id):
        raise read.fail("id", f"'{crisis_id}' is not lower-case letters, digits and hyphens")
    if crisis_id != folder.name:
        raise read.fail("id", f"'{crisis_id}' differs from the folder name '{folder.name}'")
    period = read.get(raw, "period", kind=dict)
    map_table = read.get(raw, "map", kind=dict)
    read.unknown(map_table, {"title", "regions_label", "lon_range", "lat_range"}, "map.")
    issues = _issues(read, read.get(raw, "issues", kind=dict, required=False, default={}))
    texts = read.get(raw, "texts", kind=dict, required=False, default={})
    for key, value in texts.items():
        if not isinstance(value, str):
            raise read.fail(f"texts.{key}", f"is {type(value).__name__}, expected text")
    codes = {*ISSUES, *(issue.code for issue in issues)}
    return CrisisPack(
        id=crisis_id, title=read.get(raw, "title"), description=read.get(raw, "description"),
        short_title=read.get(raw, "short_title", required=False, default="")
        or read.get(raw, "title"),
        default_language=_language(read, raw),
        folder=folder, period=read.span(period, "period", "period."),
        countries=read.strings(raw, "countries", pattern=_ISO3, required=True),
        map_title=read.get(map_table, "title", "map."),
        regions_label=read.get(map_table, "regions_label", "map.", required=False,
                               default="regions"),
        lon_range=read.pair(map_table, "lon_range", "map.", -180.0, 180.0),
        lat_range=read.pair(map_table, "lat_range", "map.", -90.0, 90.0),
        boundaries=_boundaries(read, read.get(raw, "boundaries", kind=dict), folder),
        phases=_phases(read, read.get(raw, "phases", kind=list, required=False, default=[])),
        milestones=_milestones(read, read.get(raw, "milestones", kind=list, required=False,
                                              default=[]), codes),
        issues=issues, file_prefix=_prefix(read, raw, crisis_id),
        group_order=read.strings(raw, "group_order"), texts=dict(texts),
        roles=_roles(read, read.get(raw, "roles", kind=dict, required=False, default={})))


def _roles(read: _Reader, table: dict) -> dict[str, str]:
    """``[roles]``: which actor (a canonical name of the shared or the pack's actor book)
    the shared lexicons' role words stand for in this crisis ("the police")."""
    read.unknown(table, set(ACTOR_ROLES), "roles.")
    return {role: read.get(table, role, "roles.") for role in table}


def _language(read: _Reader, raw: dict) -> str:
    language = read.get(raw, "default_language", required=False, default="en")
    if not _LANGUAGE.match(language):
        raise read.fail("default_language", f"'{language}' is not an ISO 639-1 code")
    return language


def _prefix(read: _Reader, raw: dict, crisis_id: str) -> str:
    prefix = read.get(raw, "file_prefix", required=False, default=crisis_id)
    if not _ID.match(prefix):
        raise read.fail("file_prefix", f"'{prefix}' is not lower-case letters, digits and "
                        "hyphens")
    return prefix


def _boundaries(read: _Reader, table: dict, folder: Path) -> Boundaries:
    prefix = "boundaries."
    read.unknown(table, {"countries", "regions", "region_country", "layout_date",
                         "polygon_of", "aliases"}, prefix)
    paths = {}
    for key in ("countries", "regions"):
        name = read.get(table, key, prefix)
        # "shared:NAME": a boundary file of data/geo/; else a file of the pack's folder.
        shared = name.startswith(SHARED)
        relative = Path(name.removeprefix(SHARED))
        path = (SHARED_GEO_DIR if shared else folder) / relative
        if ".." in relative.parts or relative.is_absolute() or not path.is_file():
            raise read.fail(prefix + key, f"'{name}' is not a file of the pack (or, "
                            f"written '{SHARED}NAME', of data/geo/)")
        paths[key] = path
    country = read.get(table, "region_country", prefix)
    if not _ISO3.match(country):
        raise read.fail(prefix + "region_country", f"'{country}' is not an ISO3 code")
    names = {}
    for key in ("polygon_of", "aliases"):
        names[key] = read.get(table, key, prefix, kind=dict, required=False, default={})
        for name, value in names[key].items():
            if not isinstance(value, str):
                raise read.fail(f"{prefix}{key}.{name}", "expected the name of a region")
    return Boundaries(paths["countries"], paths["regions"], country,
                      read.day(table, "layout_date", prefix), dict(names["polygon_of"]),
                      dict(names["aliases"]))


def _phases(read: _Reader, items: list) -> tuple[Phase, ...]:
    phases = []
    for index, item in enumerate(items):
        prefix = f"phases[{index}]."
        if not isinstance(item, dict):
            raise read.fail(f"phases[{index}]", "expected a table (label, from, to)")
        read.unknown(item, {"id", "label", "from", "to"}, prefix)
        start, end = read.span(item, "", prefix)
        phases.append(Phase(read.get(item, "label", prefix), start, end))
    return tuple(phases)


def _milestones(read: _Reader, items: list, codes: set[str]) -> tuple[MilestoneRule, ...]:
    rules = []
    for index, item in enumerate(items):
        prefix = f"milestones[{index}]."
        if not isinstance(item, dict):
            raise read.fail(f"milestones[{index}]", "expected a table (label, event_types...)")
        read.unknown(item, _RULE_KEYS, prefix)
        patterns = {}
        for key in ("text", "exclude"):
            patterns[key] = read.get(item, key, prefix, required=False, default="")
            try:
                re.compile(patterns[key])
            except re.error as err:
                raise read.fail(prefix + key, f"is not a regular expression: {err}") from None
        rules.append(MilestoneRule(
            label=read.get(item, "label", prefix),
            event_types=read.strings(item, "event_types", prefix, allowed=EVENT_TYPES,
                                     required=True),
            issues=read.strings(item, "issues", prefix, allowed=sorted(codes)),
            stances=read.strings(item, "stances", prefix, allowed=STANCES),
            actors=read.strings(item, "actors", prefix),
            actor_countries=read.strings(item, "actor_countries", prefix, pattern=_ISO3),
            text=patterns["text"], exclude=patterns["exclude"],
            text_columns=read.strings(item, "text_columns", prefix, allowed=_TEXT_COLUMNS)
            or ("summary",)))
    return tuple(rules)


def _issues(read: _Reader, table: dict) -> tuple[Issue, ...]:
    """The pack's issues: its own codes (``new = true``) and the shared ones it uses, each
    with a label and what each stance means on it (``""``: not defined on the issue;
    ``neutral`` is always allowed)."""
    issues = []
    for code, item in table.items():
        prefix = f"issues.{code}."
        if not _CODE.match(code):
            raise read.fail(f"issues.{code}", "is not a code of lower-case letters, digits "
                            "and underscores")
        if not isinstance(item, dict):
            raise read.fail(f"issues.{code}", "expected a table (label, new, stances)")
        read.unknown(item, {"label", "new", *STANCES}, prefix)
        new = read.get(item, "new", prefix, kind=bool, required=False, default=False)
        if new == (code in ISSUES):
            raise read.fail(prefix + "new", f"'{code}' is a shared issue of the event model: "
                            "drop 'new'" if new else f"'{code}' is not a shared issue: "
                            "declare it with new = true")
        meanings = {}
        for stance in STANCES:
            meaning = read.get(item, stance, prefix, required=False, default="")
            if meaning.strip():
                meanings[stance] = meaning
        for stance in meanings:
            if not new and stance != "neutral" and stance not in ISSUE_STANCES[code]:
                raise read.fail(prefix + stance, f"the event model does not define "
                                f"'{stance}' on the shared issue '{code}'")
        if new and not set(meanings) - {"neutral"}:
            raise read.fail(f"issues.{code}", "a new issue needs the meaning of at least one "
                            "stance (support, oppose or concern)")
        issues.append(Issue(code, read.get(item, "label", prefix), meanings))
    return tuple(issues)

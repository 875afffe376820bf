"""ACLED's export CSV -> event rows of the event model.

ACLED (Armed Conflict Location & Event Data) codes one row per event with a stable
``event_id_cnty``; its codebook gives ``event_date`` as a day (exports write it as
``2022-01-05``, ``05 January 2022`` or ``05-January-2022``), ``time_precision`` 1 (the day),
2 (a week: the date is its middle) or 3 (a month), ``geo_precision`` 1 (the town named),
2 (near a town or part of a region, coded to a nearby town) or 3 (a larger region, coded to
its capital), ``iso`` as the ISO 3166-1 *numeric* country code and ``inter1`` as the kind of
actor (1 or ``State forces`` for a state's forces). The type mapping is
``data/imports/acled_sub_event.csv``; ``data/imports/README.md`` explains every choice.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from dashboard.imports.common import (
    SKIP_COUNTRY,
    SKIP_DATES,
    SKIP_NO_ACTOR,
    SKIP_NO_TYPE,
    CrisisScope,
    Parsed,
    RowProblems,
    acled_rules,
    clip,
    empty_row,
    file_label,
    finish,
    iso3_of_numeric,
    known_actor,
    parse_coordinate,
    region_for,
)
from dashboard.schema import RowError

REQUIRED_COLUMNS = ("event_id_cnty", "event_date", "sub_event_type", "actor1", "country")
TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
# 2 is a nearby town standing for the place: still a point on the map, approximately.
GEO_PRECISION = {"1": "point", "2": "point", "3": "region"}
STATE_FORCES = frozenset({"1", "state forces"})
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d-%b-%Y", "%d %b %Y", "%d/%m/%Y")


def parse_acled(path: Path, scope: CrisisScope, review_status: str = "unreviewed",
                ) -> Iterator[Parsed]:
    """Yield one :class:`Parsed` per data line of an ACLED CSV export.

    A file that cannot be read, or lacks a required column, yields one error for line 1.
    """
    label = file_label(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as err:
        yield Parsed(0, errors=(RowError(label, 0, "-", f"cannot be read: {err.strerror}"),))
        return
    with handle:
        reader = csv.DictReader(handle)
        try:
            header = reader.fieldnames or []
        except (csv.Error, UnicodeDecodeError) as err:
            yield Parsed(1, errors=(RowError(label, 1, "-", f"cannot be read: {err}"),))
            return
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            yield Parsed(1, errors=(RowError(label, 1, missing[0],
                                             "column is missing from the header"),))
            return
        seen: dict[str, int] = {}
        line = 2
        while True:
            try:
                raw = next(reader)
            except StopIteration:
                return
            except (csv.Error, UnicodeDecodeError) as err:
                yield Parsed(line, errors=(RowError(label, line, "-", f"cannot be read: {err}"),))
                return
            parsed = acled_row(raw, label, line, scope, review_status, seen)
            yield parsed
            line = reader.line_num + 1


def acled_row(raw: dict, label: str, line: int, scope: CrisisScope, review_status: str,
              seen: dict[str, int]) -> Parsed:
    """Map one ACLED record (a ``csv.DictReader`` row) to an event row, a skip or errors.

    The crisis's bounds are tested first, so a world-wide export only costs a country and a
    date per foreign row; ``seen`` maps ids met so far to their line (a repeated id is an
    error).
    """
    problems = RowProblems(label, line)
    if None in raw:
        problems.add("-", "has more cells than the header")
        return problems.rejected()
    cell = {k: (v or "").strip() for k, v in raw.items()}
    country = iso3_of_numeric(cell.get("iso", "")) or _iso3_of_name(cell["country"])
    if country not in scope.countries:
        return Parsed(line, skip=SKIP_COUNTRY)
    day = _event_date(cell, problems)
    if day is None:
        return problems.rejected()
    if not scope.holds_date(day):
        return Parsed(line, skip=SKIP_DATES)
    ident = cell["event_id_cnty"]
    if not ident:
        problems.add("event_id_cnty", "is empty")
    elif ident in seen:
        problems.add("event_id_cnty", f"'{clip(ident)}' appears again (first on line "
                                      f"{seen[ident]})")
    else:
        seen[ident] = line
    rule = acled_rules().get(cell["sub_event_type"].casefold())
    if rule is None:
        problems.add("sub_event_type", f"'{clip(cell['sub_event_type'])}' is not a sub-event "
                                       "type of data/imports/acled_sub_event.csv")
    if problems.items:
        return problems.rejected()
    if not rule.event_type:
        return Parsed(line, skip=SKIP_NO_TYPE)
    if not cell["actor1"]:
        return Parsed(line, skip=SKIP_NO_ACTOR)
    row = _event_row(cell, country, day, rule.event_type, rule.issue, problems)
    row["review_status"] = review_status
    known = known_actor("acled", row["actor"], "", day, scope.knowledge)
    if known:
        row["actor"], row["actor_country"] = known
    target = (known_actor("acled", row["target"], "", day, scope.knowledge)
              if row["target"] else None)
    row["target"] = target[0] if target else row["target"]
    return finish(row, problems)


def _event_row(cell: dict[str, str], country: str, day: date, event_type: str, issue: str,
               problems: RowProblems) -> dict[str, str]:
    row = empty_row()
    lat = parse_coordinate(cell.get("latitude", ""), "latitude", problems)
    lon = parse_coordinate(cell.get("longitude", ""), "longitude", problems)
    row.update(
        event_id=f"ACLED:{cell['event_id_cnty']}", date=day.isoformat(),
        date_precision=_coded(cell, "time_precision", TIME_PRECISION, problems),
        actor=cell["actor1"],
        actor_country=country if cell.get("inter1", "").casefold() in STATE_FORCES else "",
        event_type=event_type, target=cell.get("actor2", ""), issue=issue,
        location=cell.get("location", ""), latitude=lat, longitude=lon,
        admin1=region_for(country, lat, lon, cell.get("admin1", "")), country=country,
        geo_precision=_coded(cell, "geo_precision", GEO_PRECISION, problems),
        summary=cell.get("notes", "") or f"{cell['sub_event_type']} in {cell['location']}.",
        note=_note(cell), source_title=f"ACLED event {cell['event_id_cnty']}",
        source_publisher="ACLED", source_language="en",
        source_published=_timestamp_date(cell.get("timestamp", ""), problems),
        method="imported",
    )
    return row


def _event_date(cell: dict[str, str], problems: RowProblems) -> date | None:
    """``event_date`` in any of ACLED's export spellings, checked against ``year``."""
    text = cell["event_date"]
    for fmt in DATE_FORMATS:
        try:
            day = (date.fromisoformat(text) if fmt == "%Y-%m-%d" and len(text) == 10
                   else datetime.strptime(text, fmt).date())
        except ValueError:
            continue
        year = cell.get("year", "")
        if year and year != str(day.year):
            problems.add("year", f"'{clip(year)}' is not the year of event_date '{text}'")
            return None
        return day
    problems.add("event_date", f"'{clip(text)}' is not a date (like 2024-03-15 or "
                               "15 March 2024)")
    return None


def _coded(cell: dict[str, str], column: str, codes: dict[str, str],
           problems: RowProblems) -> str:
    value = cell.get(column, "")
    if not value:
        return ""
    if value not in codes:
        problems.add(column, f"'{clip(value)}' is not one of {', '.join(codes)}")
        return ""
    return codes[value]


def _timestamp_date(value: str, problems: RowProblems) -> str:
    """ACLED's ``timestamp`` (Unix seconds of the record's last change) as an ISO date."""
    if not value:
        return ""
    if not value.isdigit():
        problems.add("timestamp", f"'{clip(value)}' is not a Unix time in seconds")
        return ""
    return datetime.fromtimestamp(int(value), tz=UTC).date().isoformat()


def _note(cell: dict[str, str]) -> str:
    """ACLED's own classification, fatalities and the outlets it names (it gives no URL)."""
    kind = " / ".join(v for v in (cell.get("event_type", ""), cell["sub_event_type"]) if v)
    parts = [f"ACLED {kind}"]
    if cell.get("fatalities", ""):
        parts.append(f"fatalities reported: {cell['fatalities']}")
    if cell.get("source", ""):
        scale = f" ({cell['source_scale']})" if cell.get("source_scale") else ""
        parts.append(f"sources named by ACLED: {cell['source']}{scale}")
    return "; ".join(parts)


def _iso3_of_name(name: str) -> str:
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_3 if name else ""
    except LookupError:
        return ""

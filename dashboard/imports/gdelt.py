"""GDELT 2.0 event files -> event rows of the event model.

A GDELT 2.0 event export (``YYYYMMDDHHMMSS.export.CSV``, also read inside its ``.zip``) has
no header: 61 tab-separated columns in the order of :data:`COLUMNS` (the GDELT 2.0 event
codebook). Events are machine-coded with CAMEO: ``EventCode`` is mapped through
``data/imports/cameo_codes.csv`` (the longest listed code it starts with). Actor countries
are CAMEO country codes, ISO 3166-1 alpha-3 for states; place countries
(``ActionGeo_CountryCode``) are FIPS 10-4 and go through ``data/imports/fips_countries.csv``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from dashboard.imports.common import (
    SKIP_COUNTRY,
    SKIP_DATES,
    SKIP_NO_ACTOR,
    SKIP_NO_TYPE,
    CrisisScope,
    Parsed,
    RowProblems,
    cameo_rule,
    clip,
    empty_row,
    file_label,
    finish,
    fips_countries,
    iso3_codes,
    known_actor,
    parse_coordinate,
    region_for,
)
from dashboard.schema import RowError, is_http_url

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
)
assert len(COLUMNS) == 61  # the codebook's count: a typo above must not pass

# ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
GEO_TYPES = {"1": "country", "2": "region", "3": "point", "4": "point", "5": "region"}
# CAMEO actor types that act for a state; other typed actors (OPP, REB, CVL, ...) do not.
STATE_TYPES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
INTERNATIONAL_TYPES = frozenset({"IGO", "NGO"})


def parse_gdelt(path: Path, scope: CrisisScope, review_status: str = "unreviewed",
                ) -> Iterator[Parsed]:
    """Yield one :class:`Parsed` per line of a GDELT 2.0 event file (``.zip`` or plain)."""
    label = file_label(path)
    try:
        lines = _open_lines(path)
    except (OSError, zipfile.BadZipFile, KeyError) as err:
        yield Parsed(0, errors=(RowError(label, 0, "-", f"cannot be read: {err}"),))
        return
    seen: dict[str, int] = {}
    with lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                yield Parsed(number, errors=(RowError(label, number, "-",
                                                      f"is not UTF-8 text ({err.reason})"),))
                continue
            yield gdelt_row(text.rstrip("\r\n").split("\t"), label, number, scope,
                            review_status, seen)


def _open_lines(path: Path) -> io.BufferedIOBase:
    """The file's bytes, line by line; a ``.zip`` is read through its only member."""
    if path.suffix.lower() != ".zip":
        return path.open("rb")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if len(names) != 1:
            raise OSError(f"the zip holds {len(names)} files, not one GDELT export")
        return io.BytesIO(archive.read(names[0]))


def gdelt_row(cells: list[str], label: str, line: int, scope: CrisisScope, review_status: str,
              seen: dict[str, int]) -> Parsed:
    """Map one GDELT record (its 61 cells) to an event row, a skip or errors."""
    problems = RowProblems(label, line)
    if len(cells) != len(COLUMNS):
        problems.add("-", f"has {len(cells)} tab-separated columns; GDELT 2.0 events have "
                          f"{len(COLUMNS)}")
        return problems.rejected()
    cell = dict(zip(COLUMNS, (c.strip() for c in cells), strict=True))
    place = fips_countries().get(cell["ActionGeo_CountryCode"], "")
    involved = {place, cell["Actor1CountryCode"], cell["Actor2CountryCode"]}
    if not involved & scope.countries:
        return Parsed(line, skip=SKIP_COUNTRY)
    day = _sql_date(cell["SQLDATE"], "SQLDATE", problems)
    if day is None:
        return problems.rejected()
    if not scope.holds_date(day):
        return Parsed(line, skip=SKIP_DATES)
    ident, code = cell["GLOBALEVENTID"], cell["EventCode"]
    if not ident.isdigit():
        problems.add("GLOBALEVENTID", f"'{clip(ident)}' is not a number")
    elif ident in seen:
        problems.add("GLOBALEVENTID", f"'{ident}' appears again (first on line {seen[ident]})")
    else:
        seen[ident] = line
    if not (code.isdigit() and 2 <= len(code) <= 4):
        problems.add("EventCode", f"'{clip(code)}' is not a CAMEO event code")
    if problems.items:
        return problems.rejected()
    rule = cameo_rule(code)
    if rule is None or not rule.event_type:
        return Parsed(line, skip=SKIP_NO_TYPE)
    if not cell["Actor1Name"]:
        return Parsed(line, skip=SKIP_NO_ACTOR)
    row = _event_row(cell, place, day, problems)
    known = known_actor("gdelt", row["actor"], cell["Actor1CountryCode"], day,
                        scope.knowledge)
    if known:
        row["actor"], row["actor_country"] = known
    target = known_actor("gdelt", row["target"], cell["Actor2CountryCode"], day,
                         scope.knowledge)
    row["target"] = target[0] if target else row["target"]
    row.update(event_type=rule.event_type, issue=rule.issue, review_status=review_status,
               summary=_summary(row["actor"], row["target"], rule.label, code))
    return finish(row, problems)


def _event_row(cell: dict[str, str], place: str, day: date,
               problems: RowProblems) -> dict[str, str]:
    row = empty_row()
    lat = parse_coordinate(cell["ActionGeo_Lat"], "ActionGeo_Lat", problems)
    lon = parse_coordinate(cell["ActionGeo_Long"], "ActionGeo_Long", problems)
    geo = GEO_TYPES.get(cell["ActionGeo_Type"], "")
    url = cell["SOURCEURL"]
    row.update(
        event_id=f"GDELT:{cell['GLOBALEVENTID']}", date=day.isoformat(), date_precision="day",
        actor=_name(cell["Actor1Name"]), actor_country=_actor_country(cell, "Actor1"),
        target=_name(cell["Actor2Name"]),
        location=cell["ActionGeo_FullName"].split(",")[0].strip() if geo else "",
        latitude=lat if geo else "", longitude=lon if geo else "",
        admin1=region_for(place, lat, lon, "") if geo in ("point", "region") else "",
        country=place, geo_precision=geo, note=_note(cell),
        source_url=url if is_http_url(url) else "",
        source_publisher=_host(url) if is_http_url(url) else url,
        source_published=_added_date(cell["DATEADDED"], problems),
        method="imported",
    )
    return row


def _sql_date(value: str, column: str, problems: RowProblems) -> date | None:
    try:
        if len(value) != 8 or not value.isdigit():
            raise ValueError
        return datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        problems.add(column, f"'{clip(value)}' is not a date written YYYYMMDD")
        return None


def _added_date(value: str, problems: RowProblems) -> str:
    """``DATEADDED`` (``YYYYMMDDHHMMSS``, UTC) -> the ISO day GDELT saw the article."""
    if not value:
        return ""
    if len(value) != 14 or not value.isdigit():
        problems.add("DATEADDED", f"'{clip(value)}' is not a time written YYYYMMDDHHMMSS")
        return ""
    day = _sql_date(value[:8], "DATEADDED", problems)
    return day.isoformat() if day else ""


def _actor_country(cell: dict[str, str], actor: str) -> str:
    """ISO3 when the actor acts for a state, ``INT`` for an international body, else ``""``.

    CAMEO gives a country code to crowds and parties too (``KAZ`` + ``OPP``); the event model
    keeps a country only for those who represent a state.
    """
    country, kind = cell[f"{actor}CountryCode"], cell[f"{actor}Type1Code"]
    if kind in INTERNATIONAL_TYPES and not country:
        return "INT"
    if country in iso3_codes() and (not kind or kind in STATE_TYPES):
        return country
    return ""


def _name(value: str) -> str:
    """GDELT writes names in capitals (``KASSYM-JOMART TOKAYEV``); show them in title case."""
    return value.title() if value.isupper() else value


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _summary(actor: str, target: str, label: str, code: str) -> str:
    towards = f", towards {target}" if target else ""
    return f"{actor}: {label} (CAMEO {code}){towards}; machine-coded by GDELT."


def _note(cell: dict[str, str]) -> str:
    return (f"GDELT CAMEO {cell['EventCode']}, QuadClass {cell['QuadClass']}, Goldstein "
            f"{cell['GoldsteinScale']}; {cell['NumMentions']} mentions in "
            f"{cell['NumSources']} sources and {cell['NumArticles']} articles")

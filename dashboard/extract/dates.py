"""Temporal expressions in a sentence, resolved to dates as the event model says.

- Explicit dates ("10 janvier", "January 10, 2022", "Jan. 10", "10 января", "5-6 января",
  "10.01.2022", "2022-01-10", and "am 5.1." where the lexicon's ``trait`` ``day_month_dots``
  allows a day and month with dots and no year) are found with the lexicon's month names and
  a few patterns, and each span found is read by dateparser (never ``search_dates``: it
  misreads running text such as "lundi une"). A missing year comes from the publication date
  (or, lacking one, from a year written in the text); a day-month that would fall more than
  60 days after publication is taken from the year before ("30 décembre" in a 2 January
  dispatch), while one a few days or weeks ahead stays in the publication year ("le 20
  janvier, les troupes partiront" in an 11 January dispatch). A range ("5-6 января",
  "between 7 and 14 January", "du 7 au 14 janvier", "с 7 по 14 января") is dated by its
  first day, a night between two days (after a ``night`` row: "dans la nuit du 5 au 6
  janvier", "dans la nuit de mercredi à jeudi") by the day it ends on.
- A weekday ("lundi", "on Thursday", "в понедельник") is the most recent such day on or
  before the publication date, so a Tuesday dispatch's "on Tuesday" is that day (dateparser
  with ``PREFER_DATES_FROM="past"`` gives the Tuesday before, so weekdays are resolved here,
  by that rule, from the lexicon's weekday rows). Without a publication day (none, or only
  a month) a weekday is resolved only against an explicit date of the same sentence
  ("on Wednesday ... January 5, 2022"): the such day nearest it, at most three days away.
- A day written without its month ("el pasado día 6", a ``relative`` row whose value is
  ``day``) is that day of the publication month, or of the month before.
- Relative words are resolved against the publication date ("yesterday", "hier", "вчера")
  or against the previous date in the text ("la veille", "the day before", "накануне",
  "two days later", "deux jours plus tard", "спустя два дня").
- Nothing found: no date. The publication date is never used silently.

Month names, weekdays and relative words are data: rows of kind ``month``, ``weekday`` and
``relative`` in ``data/lexicons/<lang>.csv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from types import EllipsisType

import dateparser

from dashboard.extract.lexicon import Lexicon

# a day-month further than this after publication is last year's ("30 décembre" in January)
AHEAD_LIMIT = timedelta(days=60)
_NUMERIC = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")
_YEAR = re.compile(r"\b\d{4}\b")
# a day and month with dots and no year ("am 5.1."): a date only where the language's
# ``trait`` ``day_month_dots`` says so (elsewhere "rose by 5.1." is a number)
_DAY_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?!\d)")
# a weekday resolved against a date of its sentence lies at most this far from it
WEEKDAY_REACH = 3


@dataclass(frozen=True)
class DateMention:
    """A resolved temporal expression: span in the text, date and precision."""

    start: int
    end: int
    value: date
    precision: str = "day"


@dataclass(frozen=True)
class DateContext:
    """What relative expressions are resolved against."""

    published: date | None
    year: int | None


@lru_cache(maxsize=8)
def _month_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Day-first ("10 janvier", "5-6 января", "10th of January", "6. Januar", "6 de enero
    de 2022") and month-first ("Jan. 10, 2022") spans, built from the lexicon's month
    names and date words."""
    names = "|".join(f"(?:{cue.source})" for cue in lexicon.of("month")) or "(?!x)x"
    # what joins the two days of a range: "5-6", "7 and 14", "7 et le 14", "7 au 14",
    # "7 по 14" (``range_link`` words of every language, an ``article`` may follow)
    link = (rf"(?:\s?-\s?|\s+(?:{lexicon.alternation('range_link')})\s+"
            rf"(?:(?:{lexicon.alternation('article')})\s+)?)")
    # letters after a day's number ("10th", "1er", "5-го": ``ordinal_suffix`` rows)
    suffix = rf"-?(?:{lexicon.alternation('ordinal_suffix')})"
    # "10th of January", "6 de enero de 2022" (``day_month_link``, ``month_year_link``)
    of, year_of = (rf"(?:(?:{lexicon.alternation(kind)})\s+)?"
                   for kind in ("day_month_link", "month_year_link"))
    day_first = re.compile(
        rf"(?<![\d-])(\d{{1,2}})(?:{suffix}|\.)?(?:{link}\d{{1,2}})?(?:{suffix}|\.)?"
        rf"\s+{of}((?:{names})\.?(?:,?\s+{year_of}\d{{4}})?)(?![\w])")
    month_first = re.compile(
        rf"(?<![\w])(?:{names})\.?\s+\d{{1,2}}(?:{suffix})?(?!\d)(?:,?\s+\d{{4}})?")
    return day_first, month_first


@lru_cache(maxsize=8192)
def parse_explicit(span: str, language: str, base: date) -> date | None:
    """Read one explicit date span with dateparser (memoised).

    Parameters
    ----------
    span : str
        A detected date expression only ("10 janvier", "jan. 10, 2022", "10.01.2022"),
        never running text.
    language : str
        ISO 639-1 code of the span.
    base : date
        Supplies the year when the span has none (``PREFER_DATES_FROM=current_period``:
        with ``past``, dateparser would move "le 20 janvier" to the year before).

    Returns
    -------
    date or None
        ``None`` when dateparser finds no day and month (or an impossible date).
    """
    parsed = dateparser.parse(span, languages=[language], settings={
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "current_period", "REQUIRE_PARTS": ["day", "month"],
        "DATE_ORDER": "DMY", "PARSERS": ["absolute-time"]})
    return parsed.date() if parsed else None


def resolve_explicit(span: str, language: str, ctx: DateContext) -> date | None:
    """The event model's date for an explicit span: dateparser's reading, the year taken
    from the publication date (or ``ctx.year``) when the span has none, and a day-month
    more than ``AHEAD_LIMIT`` after publication moved to the year before."""
    has_year = bool(_YEAR.search(span))
    base = ctx.published or (date(ctx.year, 1, 1) if ctx.year else None)
    if base is None and not has_year:
        return None
    value = parse_explicit(span, language, base or date(2000, 1, 1))
    if value is None or has_year:
        return value
    if value.year != base.year:
        return None  # "29 February" of a common year: dateparser would pick a leap year
    if ctx.published and value > ctx.published + AHEAD_LIMIT:
        return _year_before(value)
    return value


def _year_before(value: date) -> date | None:
    try:
        return value.replace(year=value.year - 1)
    except ValueError:  # 29 February
        return None


def _explicit(folded: str, start: int, end: int, lexicon: Lexicon,
              ctx: DateContext) -> list[DateMention]:
    day_first, month_first = _month_patterns(lexicon)
    # a range is dated by its first day, a night between two days ("dans la nuit du 5 au
    # 6 janvier") by the day it ends on
    spans = [(m.start(), m.end(), f"{_range_day(m, folded, start, lexicon)} {m.group(2)}")
             for m in day_first.finditer(folded, start, end)]
    spans += [(m.start(), m.end(), m.group(0)) for m in month_first.finditer(folded, start, end)]
    spans += [(m.start(), m.end(), m.group(0)) for m in _NUMERIC.finditer(folded, start, end)]
    if lexicon.has_trait("day_month_dots"):  # "am 05.01.": dateparser reads "5.1."
        spans += [(m.start(), m.end(), f"{int(m.group(1))}.{int(m.group(2))}.")
                  for m in _DAY_MONTH.finditer(folded, start, end)]
    found = []
    for a, b, span in spans:
        value = resolve_explicit(span, lexicon.language, ctx)
        if value:
            found.append(DateMention(a, b, value))
    return found


def _relative(folded: str, start: int, end: int, lexicon: Lexicon, ctx: DateContext,
              previous: date | None, explicit: list[DateMention]) -> list[DateMention]:
    found: list[DateMention] = []
    weekdays = list(lexicon.finditer("weekday", folded, start, end))
    for cue, m in weekdays:
        if _opens_night(folded, start, m.start(), lexicon) and any(
                0 < w.start() - m.end() <= 6 for _c, w in weekdays):
            continue  # "dans la nuit de mercredi à jeudi" is dated by the Thursday
        named = [e for e in explicit if re.fullmatch(r"[\s,]{1,3}", folded[m.end():e.start])]
        if named:  # "on Thursday, January 6": the weekday names the date written after it
            found.append(DateMention(m.start(), m.end(), named[0].value))
            continue
        if ctx.published is not None:
            back = (ctx.published.weekday() - cue.number) % 7
            found.append(DateMention(m.start(), m.end(), ctx.published - timedelta(days=back)))
            continue
        day = _weekday_near(cue.number, m.start(), explicit)
        if day:
            found.append(DateMention(m.start(), m.end(), day))
    for cue, m in lexicon.finditer("relative", folded, start, end):
        if cue.anchor == "day":
            day = _day_of_month(m, ctx.published)
            if day:
                found.append(DateMention(m.start(), m.end(), day))
            continue
        anchor = previous if cue.anchor == "previous" and previous else ctx.published
        if anchor is None:
            continue
        found.append(DateMention(m.start(), m.end(), anchor + timedelta(days=cue.shift)))
    return found


def _day_of_month(match, published: date | None) -> date | None:
    """A day written without its month ("el pasado día 6", "on the 6th"): that day of the
    publication month, or of the month before when it is later than the publication day
    (a past day, since the row's words say so)."""
    digits = next((g for g in match.groups() if g and g.isdigit()), None)
    if published is None or digits is None:
        return None
    year, month = published.year, published.month
    if int(digits) > published.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return date(year, month, int(digits))
    except ValueError:
        return None


def _weekday_near(weekday: int, position: int, explicit: list[DateMention]) -> date | None:
    """The day of a weekday named in a sentence whose explicit date (the one nearest the
    weekday's words) lies at most ``WEEKDAY_REACH`` days from it; ``None`` otherwise."""
    if not explicit:
        return None
    anchor = min(explicit, key=lambda d: min(abs(d.start - position), abs(d.end - position)))
    shift = (weekday - anchor.value.weekday()) % 7
    return anchor.value + timedelta(days=shift - 7 if shift > WEEKDAY_REACH else shift)


def _ends_a_period(folded: str, start: int, mention: DateMention, lexicon: Lexicon) -> bool:
    """True for "until 19 January", "jusqu'au 19 janvier", "до 19 января": the end of a
    period, not the day of an act."""
    before = folded[max(start, mention.start - 16):mention.start].rstrip()
    return any(cue.regex.search(before) and cue.regex.search(before).end() == len(before)
               for cue in lexicon.of("until"))


def _range_day(match, folded: str, start: int, lexicon: Lexicon) -> str:
    """The day of a day-first span: its first day, or its last after a ``night`` row."""
    if not _opens_night(folded, start, match.start(), lexicon):
        return match.group(1)
    return re.findall(r"\d{1,2}", folded[match.start():match.start(2)])[-1]


def _opens_night(folded: str, start: int, position: int, lexicon: Lexicon) -> bool:
    """True when a ``night`` row ("dans la nuit du", "in der Nacht von") ends right before
    ``position``: the night between two days is dated by the day it ends on."""
    before = folded[max(start, position - 24):position].rstrip()
    return any(m.end() == len(before) for cue in lexicon.of("night")
               for m in cue.regex.finditer(before))


def find_dates(folded: str, start: int, end: int, lexicon: Lexicon, ctx: DateContext,
               previous: date | None = None) -> list[DateMention]:
    """Return the dated expressions of ``folded[start:end]``, sorted, overlaps removed.

    Parameters
    ----------
    folded : str
        The folded article text (see :func:`dashboard.extract.lexicon.fold`).
    start, end : int
        The sentence span.
    lexicon : Lexicon
        The language's month, weekday and relative rows.
    ctx : DateContext
        Publication date and reference year.
    previous : date, optional
        The last date mentioned before this sentence, for "the day before" and the like.
    """
    mentions = [m for m in _explicit(folded, start, end, lexicon, ctx)
                if not _ends_a_period(folded, start, m, lexicon)]
    mentions += [m for m in _relative(folded, start, end, lexicon, ctx, previous, mentions)
                 if not _ends_a_period(folded, start, m, lexicon)]
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in mentions:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def today_date(folded: str, start: int, lexicon: Lexicon, ctx: DateContext) -> date | None:
    """The day an article with no publication day calls its own: a date written right
    after a ``today`` row, a weekday apart ("ce jeudi 6 janvier", "сегодня, в четверг, 6
    января"), the latest if several; relative dates ("hier", "cette nuit", "накануне")
    are then resolved against it. ``None`` when the text writes none."""
    cues = [m for _cue, m in lexicon.finditer("today", folded, start)]
    if not cues:
        return None
    mentions = find_dates(folded, start, len(folded), lexicon, ctx)
    days = []
    for cue in cues:
        following = next((d for d in mentions if d.start >= cue.end()), None)
        gap = folded[cue.end():following.start].strip(" ,") if following else ""
        if following and (not gap or any(w.regex.fullmatch(gap)
                                         for w in lexicon.of("weekday"))):
            days.append(following.value)
    return max(days, default=None)


def reference_year(folded: str, published: date | None, lexicon: Lexicon | None = None,
                   default_year: int | None | EllipsisType = ...) -> int | None:
    """The year used for dates written without one.

    The publication year; else the year of the full dates written in the text ("January
    5, 2022", "10.01.2022"; the most frequent, the latest on a tie); else the year of the
    crisis (``default_year``: the extractor's configuration, the default crisis pack's
    when not given); else the latest year written in the text. A bare year ("in 2011",
    "founded in 2002") is mostly background, so it comes after the crisis year.
    """
    if published:
        return published.year
    dated = _full_date_years(folded, lexicon) if lexicon else []
    if dated:
        return max(set(dated), key=lambda y: (dated.count(y), y))
    default = crisis_settings().get("default_year") if default_year is ... else default_year
    if default:
        return int(default)
    years = [int(y) for y in re.findall(r"\b(20[0-3]\d)\b", folded)]
    return max(years) if years else None


def _full_date_years(folded: str, lexicon: Lexicon) -> list[int]:
    """Years of the dates written with day, month and year."""
    day_first, month_first = _month_patterns(lexicon)
    spans = [m.group(0) for pattern in (day_first, month_first, _NUMERIC)
             for m in pattern.finditer(folded)]
    return [int(y) for span in spans for y in _YEAR.findall(span)]


@lru_cache(maxsize=1)
def crisis_settings() -> dict:
    """The default crisis pack's settings the extractor and importers read: ``name``,
    ``default_year``, ``default_country``, ``countries``, ``period`` (``from``/``to``, ISO
    dates). See :mod:`dashboard.crisis`."""
    from dashboard.crisis import default_pack

    crisis = default_pack()
    return {"name": crisis.title, "default_year": crisis.default_year,
            "default_country": crisis.country, "countries": list(crisis.countries),
            "period": {"from": crisis.period[0].isoformat(),
                       "to": crisis.period[1].isoformat()}}

"""Temporal expressions in a sentence, resolved to dates as the event model says.

- Explicit dates ("10 janvier", "January 10, 2022", "10 января", "10.01.2022") are used as
  given; a missing year comes from the publication date (or, lacking one, from a year
  written in the text). A day-month that would fall more than a week after publication
  is taken from the year before ("30 décembre" in a 2 January dispatch).
- A weekday ("lundi", "on Thursday", "в понедельник") is the most recent such day on or
  before the publication date.
- Relative words are resolved against the publication date ("yesterday", "hier", "вчера")
  or against the previous date in the text ("la veille", "the day before", "накануне").
- Nothing found: no date. The publication date is never used silently.

Month names, weekdays and relative words are data: rows of kind ``month``, ``weekday`` and
``relative`` in ``data/lexicons/<lang>.csv``. Dateparser is not needed for these closed
forms, and skipping it keeps extraction fast.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dashboard.extract.lexicon import LEXICON_DIR, Lexicon
from dashboard.extract.metadata import parse_numeric_date


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
    names = "|".join(f"(?:{cue.source})" for cue in lexicon.of("month")) or "(?!x)x"
    day_first = re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:er|st|nd|rd|th|-?го|-?е)?\s+(?:of\s+)?({names})\.?"
        rf"(?:,?\s+(\d{{4}}))?(?![\w])")
    month_first = re.compile(
        rf"(?<![\w])({names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{{4}}))?")
    return day_first, month_first


def _month_number(lexicon: Lexicon, name: str) -> int | None:
    for cue in lexicon.of("month"):
        if cue.regex.fullmatch(name) or cue.regex.fullmatch(name.rstrip(".")):
            return int(cue.value)
    return None


def _make(year: int | None, month: int, day: int, ctx: DateContext,
          explicit_year: bool) -> date | None:
    if year is None:
        return None
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    if not explicit_year and ctx.published and value > ctx.published + timedelta(days=60):
        value = value.replace(year=year - 1)
    return value


def _explicit(folded: str, start: int, end: int, lexicon: Lexicon,
              ctx: DateContext) -> list[DateMention]:
    day_first, month_first = _month_patterns(lexicon)
    found: list[DateMention] = []
    for pattern, order in ((day_first, "dm"), (month_first, "md")):
        for m in pattern.finditer(folded, start, end):
            day_text, name = (m.group(1), m.group(2)) if order == "dm" else (m.group(2),
                                                                             m.group(1))
            month = _month_number(lexicon, name)
            if month is None:
                continue
            year = int(m.group(3)) if m.group(3) else ctx.year
            value = _make(year, month, int(day_text), ctx, bool(m.group(3)))
            if value:
                found.append(DateMention(m.start(), m.end(), value))
    for m in re.finditer(r"\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b",
                         folded[start:end]):
        value = parse_numeric_date(m.group(0))
        if value:
            found.append(DateMention(start + m.start(), start + m.end(), value))
    return found


def _relative(folded: str, start: int, end: int, lexicon: Lexicon, ctx: DateContext,
              previous: date | None) -> list[DateMention]:
    found: list[DateMention] = []
    for cue, m in lexicon.finditer("weekday", folded, start, end):
        if ctx.published is None:
            continue
        back = (ctx.published.weekday() - int(cue.value)) % 7
        found.append(DateMention(m.start(), m.end(), ctx.published - timedelta(days=back)))
    for cue, m in lexicon.finditer("relative", folded, start, end):
        anchor_name, _, shift = cue.value.partition(":")
        anchor = previous if anchor_name == "previous" and previous else ctx.published
        if anchor is None:
            continue
        found.append(DateMention(m.start(), m.end(), anchor + timedelta(days=int(shift or 0))))
    return found


def _ends_a_period(folded: str, start: int, mention: DateMention, lexicon: Lexicon) -> bool:
    """True for "until 19 January", "jusqu'au 19 janvier", "до 19 января": the end of a
    period, not the day of an act."""
    before = folded[max(start, mention.start - 16):mention.start].rstrip()
    return any(cue.regex.search(before) and cue.regex.search(before).end() == len(before)
               for cue in lexicon.of("until"))


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
    mentions = _explicit(folded, start, end, lexicon, ctx)
    mentions += _relative(folded, start, end, lexicon, ctx, previous)
    mentions = [m for m in mentions if not _ends_a_period(folded, start, m, lexicon)]
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in mentions:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def reference_year(folded: str, published: date | None) -> int | None:
    """The year used for dates written without one: the publication year, else a year
    written in the text, else the year of the crisis the lexicons are written for
    (``default_year`` in ``data/lexicons/crisis.json``)."""
    if published:
        return published.year
    match = re.search(r"\b(20[0-3]\d)\b", folded)
    return int(match.group(1)) if match else crisis_settings().get("default_year")


@lru_cache(maxsize=1)
def crisis_settings() -> dict:
    """The crisis the lexicons describe: name, default year, default country."""
    path = LEXICON_DIR / "crisis.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

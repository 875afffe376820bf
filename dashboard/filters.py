"""FilterState: query parameters <-> a filter object <-> a plain-English sentence.

The URL holds the filters so that a filtered view is a link: ``crisis`` names the crisis
pack (a link without it opens the default crisis), ``from`` and ``to`` are ISO dates, and
``actor``, ``country``, ``type``, ``issue``, ``stance``, ``lang`` repeat once per chosen
value. ``extracted=0`` hides machine-extracted events. ``review`` says which events by their
review: ``accepted`` (the default: accepted or edited by a person, and curated data),
``pending`` (machine events nobody has reviewed yet) or ``all`` (both); rejected events are
never shown.

The map page steps through the range day by day: ``day`` (an ISO date inside the range)
draws that day's events, and with ``cumulative=1`` every event up to that day. The other
pages ignore both: they always show the whole range.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from functools import partial

import pandas as pd

from dashboard.query import (
    DATE_WINDOW,
    as_list,
    bounded_params,
    crisis_param,
    date_params,
    flag_param,
    last_value,
    quoted,
)
from dashboard.schema import EVENT_TYPES, STANCES, issue_codes, parse_iso_date, split_sources

# Query parameter -> (FilterState attribute, events column, how the sentence names it).
LIST_FILTERS: tuple[tuple[str, str, str, str], ...] = (
    ("actor", "actors", "actor", "actor"),
    ("country", "countries", "actor_country", "actor country"),
    ("type", "types", "event_type", "event type"),
    ("issue", "issues", "issue", "issue"),
    ("stance", "stances", "stance", "stance"),
    ("lang", "languages", "source_language", "source language"),
)

# The review filter: query value -> the review statuses it shows, and how the sentence says
# it (nothing for the default). Rejected events are shown by none.
REVIEW_CHOICES: dict[str, tuple[frozenset[str], str]] = {
    "accepted": (frozenset({"accepted", "edited"}), ""),
    "pending": (frozenset({"unreviewed"}), "(events waiting for review only)"),
    "all": (frozenset({"accepted", "edited", "unreviewed"}), "(including events waiting "
                                                             "for review)"),
}
DEFAULT_REVIEW = "accepted"

# Every query key the dashboard reads; others are reported and ignored.
QUERY_KEYS = frozenset({"crisis", "from", "to", "extracted", "review", "day", "cumulative",
                        *(key for key, *_ in LIST_FILTERS)})

# Columns holding one value per source (joined with " | "): a row matches when any does.
MULTI_VALUED = frozenset({"source_language"})


@dataclass(frozen=True)
class FilterState:
    """What the user asked to see; empty tuples mean "no restriction".

    ``crisis`` is the id of the crisis pack a link names (``""``: the link names none, so
    the default crisis is shown and the URL keeps naming none).
    """

    crisis: str = ""
    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    include_extracted: bool = True
    review: str = DEFAULT_REVIEW
    day: date | None = None  # the map's day (None: the whole range)
    cumulative: bool = False  # the map shows every event up to ``day``, not that day only
    notes: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_query(cls, params: Mapping[str, str | Sequence[str]],
                   known: Mapping[str, Collection[str]] | None = None,
                   bounds: tuple[date, date] | None = None) -> FilterState:
        """Parse query parameters; whatever is not understood is dropped and said in ``notes``.

        Parameters
        ----------
        params : mapping
            Query key -> value or list of values (repeated keys), as in the URL.
        known : mapping, optional
            Query key (``crisis``, ``actor``, ``country``, ...) -> the values it may take
            (the crisis packs, the options the sidebar offers); other values are dropped
            with a note naming them.
        bounds : (date, date), optional
            First and last day of the data: dates outside are moved to the bound.

        The notes name each dropped value (cut to ``SHOWN_CHARS``, invisible characters
        written as ``\\uXXXX``), so they are plain text for ``st.text``. Dates given the
        wrong way round are swapped; parameters over ``MAX_QUERY_CHARS`` characters or
        ``MAX_VALUES`` values per key are cut (see :mod:`dashboard.query`).
        """
        notes: list[str] = []
        params = bounded_params(params, notes)
        unknown = [key for key in params if key not in QUERY_KEYS]
        if unknown:
            notes.append(f"ignored unknown parameter(s) {quoted(unknown)}")
        values: dict[str, object] = date_params(params, bounds, notes)
        values.update(crisis_param(params, known, notes))
        values.update(_list_values(params, known, notes))
        values.update(_choice_values(params, notes))
        start, end = values.get("date_from"), values.get("date_to")
        if start and end and start > end:
            notes.append(f"'from' ({start}) was after 'to' ({end}): the two dates were swapped")
            values["date_from"], values["date_to"] = end, start
        day = _day(params, values, bounds, notes)
        if day:
            values["day"] = day
        return cls(**values, notes=tuple(notes))

    def to_query(self) -> dict[str, str | list[str]]:
        """The query parameters that reproduce this state (empty filters left out)."""
        query: dict[str, str | list[str]] = {}
        if self.crisis:
            query["crisis"] = self.crisis
        if self.date_from:
            query["from"] = self.date_from.isoformat()
        if self.date_to:
            query["to"] = self.date_to.isoformat()
        for key, attr, _, _ in LIST_FILTERS:
            if getattr(self, attr):
                query[key] = list(getattr(self, attr))
        if not self.include_extracted:
            query["extracted"] = "0"
        if self.review != DEFAULT_REVIEW:
            query["review"] = self.review
        if self.day:
            query["day"] = self.day.isoformat()
        if self.cumulative:
            query["cumulative"] = "1"
        return query

    def apply(self, events: pd.DataFrame) -> pd.DataFrame:
        """Rows of ``events`` that pass every filter.

        Undated events pass only while no date bound is set: a range cannot say whether
        they fall inside it.
        """
        mask = pd.Series(True, index=events.index)
        if self.date_from:
            mask &= events["date"] >= pd.Timestamp(self.date_from)
        if self.date_to:
            mask &= events["date"] < pd.Timestamp(self.date_to) + pd.Timedelta(days=1)
        for _, attr, column, _ in LIST_FILTERS:
            chosen = getattr(self, attr)
            if not chosen:
                continue
            if column in MULTI_VALUED:
                mask &= events[column].map(partial(_any_of, frozenset(chosen)))
            else:
                mask &= events[column].isin(chosen)
        if not self.include_extracted:
            mask &= events["method"] != "extracted"
        mask &= review_statuses(events).isin(REVIEW_CHOICES[self.review][0])
        return events.loc[mask]

    def on_day(self, events: pd.DataFrame) -> pd.DataFrame:
        """The rows of ``events`` (already filtered) the map draws for :attr:`day`: that
        day's, or with :attr:`cumulative` every row up to the end of that day. Without a
        day, all of them; with one, undated rows are left out (their day is unknown)."""
        if not self.day:
            return events
        end = pd.Timestamp(self.day) + pd.Timedelta(days=1)
        mask = events["date"] < end
        if not self.cumulative:
            mask &= events["date"] >= pd.Timestamp(self.day)
        return events.loc[mask]

    def describe_day(self) -> str:
        """``on 5 January 2022``, ``up to 5 January 2022`` or ``""`` (no day chosen)."""
        if not self.day:
            return ""
        return f"{'up to' if self.cumulative else 'on'} {_long(self.day)}"

    def describe(self, count: int, labels: Mapping[str, Mapping[str, str]] | None = None) -> str:
        """One sentence saying what is shown, beginning ``Showing N events``.

        ``labels`` maps a query key (e.g. ``country``) to display names of its values
        (``CHN`` -> ``China``).
        """
        labels = labels or {}
        noun = "event" if count == 1 else "events"
        parts = [f"Showing {count:,} {noun}"]
        span = describe_dates(self.date_from, self.date_to)
        if span:
            parts.append(span)
        clauses = []
        for key, attr, _, name in LIST_FILTERS:
            chosen = getattr(self, attr)
            if chosen:
                shown = [labels.get(key, {}).get(v, v) or "(none)" for v in chosen]
                clauses.append(f"{name} is {_join_or(shown)}")
        if clauses:
            parts.append("where " + " and ".join(clauses))
        if not self.include_extracted:
            parts.append("(curated events only)")
        elif REVIEW_CHOICES[self.review][1]:
            parts.append(REVIEW_CHOICES[self.review][1])
        return " ".join(parts)

    def dates_only(self) -> FilterState:
        """The same crisis, date range and review filter with no other filter (for context
        such as milestones; no day either)."""
        return FilterState(crisis=self.crisis, date_from=self.date_from, date_to=self.date_to,
                           review=self.review)

    def is_default(self) -> bool:
        """True when nothing is filtered (the crisis shown is not a filter)."""
        return all(getattr(self, f.name) == f.default for f in fields(self)
                   if f.compare and f.name != "crisis")


def filter_options(events: pd.DataFrame,
                   issues: Sequence[str] | None = None) -> dict[str, list[str]]:
    """Values each list filter offers, by query key: those present in ``events`` (codes
    in vocabulary order, actors sorted; ``issues`` is the crisis's issue vocabulary).
    What a link may ask for is wider, see :func:`known_values`."""
    present = {column: set(events[column].dropna().unique()) for _, _, column, _ in
               LIST_FILTERS if column not in MULTI_VALUED}
    languages = {code for cell in events["source_language"].dropna().unique()
                 for code in split_sources(cell) if code}
    return {
        "actor": sorted(a for a in present["actor"] if a),
        "country": sorted(c for c in present["actor_country"] if c),
        "type": [t for t in EVENT_TYPES if t in present["event_type"]],
        "issue": [i for i in issues or issue_codes() if i in present["issue"]],
        "stance": list(STANCES),
        "lang": sorted(languages),
    }


def known_values(options: Mapping[str, Sequence[str]],
                 issues: Sequence[str] | None = None) -> dict[str, frozenset[str]]:
    """Values a link may hold: the ``options`` plus every code of the event model's
    vocabularies, ``issues`` being the crisis's (a type with no event in the frame is a
    filter that keeps nothing)."""
    vocabulary = {"type": EVENT_TYPES, "issue": issues or issue_codes(), "stance": STANCES}
    return {key: frozenset(values) | frozenset(vocabulary.get(key, ()))
            for key, values in options.items()}


def review_statuses(events: pd.DataFrame) -> pd.Series:
    """Each event's review status, an empty one read as the event model says: a curated
    row is reviewed data (``accepted``), a machine row is ``unreviewed``."""
    status = events["review_status"]
    missing = status == ""
    if not missing.any():
        return status
    machine = events["method"] == "extracted"
    return status.mask(missing & machine, "unreviewed").mask(missing & ~machine, "accepted")


def describe_dates(start: date | None, end: date | None) -> str:
    """``from 2 to 11 January 2022``, ``from 2 January 2022``, ``until ...`` or ``""``."""
    if start and end:
        if start == end:
            return f"on {_long(start)}"
        if (start.year, start.month) == (end.year, end.month):
            return f"from {start.day} to {_long(end)}"
        if start.year == end.year:
            return f"from {start.day} {start:%B} to {_long(end)}"
        return f"from {_long(start)} to {_long(end)}"
    if start:
        return f"from {_long(start)}"
    if end:
        return f"until {_long(end)}"
    return ""


def day_range(state: FilterState, bounds: tuple[date, date]) -> tuple[date, date]:
    """First and last day the map's day may take: the chosen range inside ``bounds``."""
    first = max(state.date_from or bounds[0], bounds[0])
    last = min(state.date_to or bounds[1], bounds[1])
    return (first, last) if first <= last else (last, first)


def _any_of(wanted: frozenset[str], cell: str) -> bool:
    return not wanted.isdisjoint(split_sources(cell))


def _long(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _join_or(values: Sequence[str]) -> str:
    if len(values) <= 2:
        return " or ".join(values)
    return ", ".join(values[:-1]) + " or " + values[-1]


def _list_values(params: Mapping[str, list[str]], known: Mapping[str, Collection[str]] | None,
                 notes: list[str]) -> dict[str, tuple[str, ...]]:
    """The list filters (actor, country, ...): repeats dropped, values outside ``known``
    dropped and noted; an empty list is no filter."""
    values: dict[str, tuple[str, ...]] = {}
    for key, attr, _, name in LIST_FILTERS:
        chosen = list(dict.fromkeys(as_list(params.get(key))))
        if known is not None and key in known:
            dropped = [value for value in chosen if value not in known[key]]
            if dropped:
                notes.append(f"ignored unknown {name} value(s) {quoted(dropped)}")
            chosen = [value for value in chosen if value in known[key]]
        if chosen:
            values[attr] = tuple(chosen)
    return values


def _choice_values(params: Mapping[str, list[str]], notes: list[str]) -> dict[str, object]:
    """The two switches and the review choice, where they differ from the default; a value
    that is none of the choices is dropped and noted."""
    values: dict[str, object] = {}
    for key, attr, default in (("extracted", "include_extracted", True),
                               ("cumulative", "cumulative", False)):
        flag = flag_param(params, key, notes)
        if flag is not None and flag != default:
            values[attr] = flag
    review = last_value(params.get("review")).lower()
    if review in REVIEW_CHOICES:
        values["review"] = review
    elif review:
        notes.append(f"ignored 'review' value {quoted([review])} (use "
                     f"{', '.join(REVIEW_CHOICES)})")
    return values


def _day(params: Mapping[str, list[str]], values: Mapping[str, object],
         bounds: tuple[date, date] | None, notes: list[str]) -> date | None:
    """The map's ``day``: a malformed one dropped, one outside the chosen range (the
    dates already read, inside ``bounds``) moved to its nearer end, each noted."""
    raw = last_value(params.get("day"))
    if not raw:
        return None
    try:
        day = parse_iso_date(raw)
    except ValueError:
        notes.append(f"ignored 'day' value {quoted([raw])}: not a date (YYYY-MM-DD)")
        return None
    chosen = FilterState(date_from=values.get("date_from"), date_to=values.get("date_to"))
    first, last = day_range(chosen, bounds or DATE_WINDOW)
    if not first <= day <= last:
        moved = min(max(day, first), last)
        notes.append(f"'day' {day} is outside the selected range ({first} to {last}): "
                     f"{moved} is used")
        day = moved
    return day

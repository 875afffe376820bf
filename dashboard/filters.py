"""FilterState: query parameters <-> a filter object <-> a plain-English sentence.

The URL holds the filters so that a filtered view is a link: ``from`` and ``to`` are ISO
dates, and ``actor``, ``country``, ``type``, ``issue``, ``stance``, ``lang`` repeat once per
chosen value. ``extracted=0`` hides machine-extracted events.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from functools import partial

import pandas as pd

from dashboard.schema import parse_iso_date, split_sources

# Query parameter -> (FilterState attribute, events column, how the sentence names it).
LIST_FILTERS: tuple[tuple[str, str, str, str], ...] = (
    ("actor", "actors", "actor", "actor"),
    ("country", "countries", "actor_country", "actor country"),
    ("type", "types", "event_type", "event type"),
    ("issue", "issues", "issue", "issue"),
    ("stance", "stances", "stance", "stance"),
    ("lang", "languages", "source_language", "source language"),
)

# Columns holding one value per source (joined with " | "): a row matches when any does.
MULTI_VALUED = frozenset({"source_language"})

# Phases of the crisis offered as date presets: (label, first day, last day).
CRISIS_PHASES: tuple[tuple[str, date, date], ...] = (
    ("Fuel protests (2-4 Jan)", date(2022, 1, 2), date(2022, 1, 4)),
    ("Riots, emergency and CSTO call (5-7 Jan)", date(2022, 1, 5), date(2022, 1, 7)),
    ("Crackdown and CSTO deployment (6-12 Jan)", date(2022, 1, 6), date(2022, 1, 12)),
    ("CSTO withdrawal and aftermath (13-31 Jan)", date(2022, 1, 13), date(2022, 1, 31)),
)


@dataclass(frozen=True)
class FilterState:
    """What the user asked to see; empty tuples mean "no restriction"."""

    date_from: date | None = None
    date_to: date | None = None
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    include_extracted: bool = True
    notes: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_query(cls, params: Mapping[str, str | Sequence[str]]) -> FilterState:
        """Parse query parameters; a bad value is dropped and explained in ``notes``."""
        notes: list[str] = []
        values = {}
        for key in ("from", "to"):
            raw = _last(params.get(key))
            if not raw:
                continue
            try:
                values["date_from" if key == "from" else "date_to"] = parse_iso_date(raw)
            except ValueError as err:
                notes.append(f"ignored query parameter '{key}': {err}")
        for key, attr, _, _ in LIST_FILTERS:
            chosen = _all(params.get(key))
            if chosen:
                values[attr] = tuple(dict.fromkeys(chosen))
        if _last(params.get("extracted")) in ("0", "false", "no"):
            values["include_extracted"] = False
        state = cls(**values, notes=tuple(notes))
        if state.date_from and state.date_to and state.date_from > state.date_to:
            notes.append("'from' was after 'to': the two dates were swapped")
            state = cls(**{**values, "date_from": state.date_to, "date_to": state.date_from},
                        notes=tuple(notes))
        return state

    def to_query(self) -> dict[str, str | list[str]]:
        """The query parameters that reproduce this state (empty filters left out)."""
        query: dict[str, str | list[str]] = {}
        if self.date_from:
            query["from"] = self.date_from.isoformat()
        if self.date_to:
            query["to"] = self.date_to.isoformat()
        for key, attr, _, _ in LIST_FILTERS:
            if getattr(self, attr):
                query[key] = list(getattr(self, attr))
        if not self.include_extracted:
            query["extracted"] = "0"
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
        return events.loc[mask]

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
        return " ".join(parts)

    def dates_only(self) -> FilterState:
        """The same date range with no other filter (for context such as milestones)."""
        return FilterState(date_from=self.date_from, date_to=self.date_to)

    def is_default(self) -> bool:
        """True when nothing is filtered."""
        return all(getattr(self, f.name) == f.default for f in fields(self) if f.compare)


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


def _any_of(wanted: frozenset[str], cell: str) -> bool:
    return not wanted.isdisjoint(split_sources(cell))


def _long(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _join_or(values: Sequence[str]) -> str:
    if len(values) <= 2:
        return " or ".join(values)
    return ", ".join(values[:-1]) + " or " + values[-1]


def _all(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [item for item in items if item]


def _last(value: str | Sequence[str] | None) -> str:
    items = _all(value)
    return items[-1] if items else ""

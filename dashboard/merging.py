"""One event, many sources: which stored events report the same act as a new one.

Several articles, in any language, often report one act. The event model wants it once,
with several sources. Two events are the same act when they have

- the same actor (compared after the actor knowledge's canonicalisation, so an alias and
  its canonical name are one actor),
- the same ``event_type`` and the same ``issue``,
- day dates at most one day apart (a month-only or missing date never matches: it cannot
  say the two reports are about the same day),
- the same place, or no place on either side (a report that names no place does not
  contradict one that does).

Pure logic: the store (:meth:`dashboard.db.Store.merge_candidates`) fetches the rows and
the Review queue page proposes the merges; a person decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta

from dashboard.knowledge import normalise

MAX_DAYS_APART = 1
# Reviewed events first: merging into an event a person has checked keeps their decision.
_STATUS_RANK = {"accepted": 0, "edited": 0, "unreviewed": 1}


def day_of(value) -> date | None:
    """The day of a date cell (``YYYY-MM-DD`` text, a date or a timestamp), else ``None``."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = "" if value is None else str(value).strip()
    if len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def canonical_actor(name: str, on: date | None = None) -> str:
    """The actor's canonical name from the shipped actor knowledge, else the name folded."""
    from dashboard.extract.actors import actor_book  # loaded once per process

    name = _text(name)
    if not name:
        return ""
    return normalise(actor_book().resolve(name, on) or name)


def same_act(a: Mapping, b: Mapping,
             canonical: Callable[[str, date | None], str] = canonical_actor) -> bool:
    """Whether two event rows report the same act (see the module's rules)."""
    day_a, day_b = day_of(a.get("date")), day_of(b.get("date"))
    if day_a is None or day_b is None or abs((day_a - day_b).days) > MAX_DAYS_APART:
        return False
    if any(not _text(a.get(k)) or _text(a.get(k)) != _text(b.get(k))
           for k in ("event_type", "issue")):
        return False
    place_a, place_b = normalise(_text(a.get("location"))), normalise(_text(b.get("location")))
    if place_a and place_b and place_a != place_b:
        return False
    actor_a = canonical(_text(a.get("actor")), day_a)
    return bool(actor_a) and actor_a == canonical(_text(b.get("actor")), day_b)


def find_candidates(event: Mapping, stored: Iterable[Mapping],
                    canonical: Callable[[str, date | None], str] = canonical_actor
                    ) -> list[Mapping]:
    """The stored rows ``event`` could be merged into, best first.

    Leaves out the event itself and rejected (or already merged) rows. Best first: events
    a person has reviewed, then the closest date, then the event id (a stable order).
    """
    day = day_of(event.get("date"))
    found = [row for row in stored
             if row.get("event_id") != event.get("event_id")
             and _text(row.get("review_status")) != "rejected"
             and not _text(row.get("merged_into"))
             and same_act(event, row, canonical)]
    return sorted(found, key=lambda row: (
        _STATUS_RANK.get(_text(row.get("review_status")), 1),
        abs(((day_of(row.get("date")) or day) - day).days) if day else 0,
        _text(row.get("event_id"))))


def date_window(event: Mapping) -> tuple[date, date] | None:
    """The dates a candidate of ``event`` may have (for the store's query), or ``None``."""
    day = day_of(event.get("date"))
    if day is None:
        return None
    step = timedelta(days=MAX_DAYS_APART)
    return day - step, day + step


def _text(value) -> str:
    """A cell as trimmed text (``None`` and NaN are empty)."""
    if value is None or value != value:  # NaN is not equal to itself
        return ""
    return str(value).strip()

"""A person between the machine and the map: evidence in context, edits, decisions.

Pure logic for the "Add articles" and "Review queue" pages (nothing here imports
Streamlit): the article text cut around an event's evidence, so a page can show the
evidence apart from its context without any markup; a reviewer's edit applied to an event
row and checked by the event model's validation; which events a decision covers.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from dashboard.schema import (
    DATE_PRECISIONS,
    EVENT_TYPES,
    GEO_PRECISIONS,
    ISSUES,
    STANCES,
    validate_event,
)

# What a reviewer does with a machine event, and the review status it leaves.
ACTIONS: dict[str, str] = {"accept": "accepted", "edit": "edited", "reject": "rejected"}
PENDING = "pending"
# Review statuses that put an event on the map.
SHOWN_STATUSES = frozenset({"accepted", "edited"})

# The event columns a reviewer may change; provenance, evidence and the extractor's own
# fields (method, confidence, version) stay as the machine recorded them.
EDITABLE_COLUMNS: tuple[str, ...] = (
    "date", "date_precision", "actor", "actor_country", "event_type", "target", "issue",
    "stance", "location", "latitude", "longitude", "admin1", "country", "geo_precision",
    "summary", "quote", "note",
)
# The event model's vocabularies, for pick lists ("" = not set); the issues a crisis
# offers are its pack's (see :func:`vocabularies`).
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "event_type": EVENT_TYPES,
    "issue": ISSUES,
    "stance": ("", *STANCES),
    "date_precision": ("", *DATE_PRECISIONS),
    "geo_precision": ("", *GEO_PRECISIONS),
}


def vocabularies(issues: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The pick lists of one crisis's editor: the event model's, with ``issues`` (the
    crisis pack's codes, :attr:`dashboard.crisis.CrisisPack.issue_codes`: the shared ones
    and its own) as the issue list, so an event can be given an issue its crisis declares."""
    return {**VOCABULARIES, "issue": tuple(issues)}


@dataclass(frozen=True)
class Segments:
    """The article text around an event's evidence: ``before + evidence + after``.

    ``before`` and ``after`` are cut to a window around the evidence; ``cut_before`` and
    ``cut_after`` say whether text was left out on that side.
    """

    before: str
    evidence: str
    after: str
    cut_before: bool = False
    cut_after: bool = False


def evidence_in_context(text: str, start, end, evidence: str = "",
                        window: int = 400) -> Segments | None:
    """Split an article's text into (before, evidence, after) by the evidence offsets.

    Parameters
    ----------
    text : str
        The article text the event was extracted from.
    start, end : int, str or missing
        The event's ``evidence_start`` / ``evidence_end``.
    evidence : str
        The event's ``evidence``; when the offsets do not point at it (the text was
        edited, or the offsets are missing) the evidence is looked up in the text instead.
    window : int
        At most this many characters of context on each side, cut at a space.

    Returns
    -------
    Segments or None
        ``None`` when the evidence cannot be found in the text.
    """
    span = _span(text, start, end, evidence)
    if span is None:
        return None
    first, last = span
    left = max(0, first - window)
    if left:
        space = text.find(" ", left, first)
        left = space + 1 if space != -1 else left
    right = min(len(text), last + window)
    if right < len(text):
        space = text.rfind(" ", last, right)
        right = space if space != -1 else right
    return Segments(text[left:first], text[first:last], text[last:right],
                    cut_before=left > 0, cut_after=right < len(text))


def _span(text: str, start, end, evidence: str) -> tuple[int, int] | None:
    first, last = _as_int(start), _as_int(end)
    if first is not None and last is not None and 0 <= first < last <= len(text) \
            and (not evidence or _same(text[first:last], evidence)):
        return first, last
    if evidence.strip():
        found = text.find(evidence.strip())
        if found != -1:
            return found, found + len(evidence.strip())
    return None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _as_int(value) -> int | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else int(number)


def cell_text(value) -> str:
    """A table cell as the event model's string (``""`` for missing, ISO for dates)."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    return "" if text in ("nan", "NaT", "<NA>", "None") else text


@dataclass(frozen=True)
class Edit:
    """A reviewer's edit applied to a row: the new row, what changed, what is wrong."""

    row: dict[str, str]
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)
    problems: list[tuple[str, str]] = field(default_factory=list)
    original: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the edited row is a valid event."""
        return not self.problems

    @property
    def new_values(self) -> dict[str, str]:
        """Column -> new value of each change (what a review records)."""
        return {column: new for column, (_, new) in self.changes.items()}


def apply_edit(row: Mapping[str, str], changes: Mapping[str, object]) -> Edit:
    """Apply a reviewer's changes to an event row and check the result.

    Parameters
    ----------
    row : mapping
        The event row (event-model columns, string values).
    changes : mapping
        Column -> new value (strings, dates, numbers or missing; turned into the event
        model's strings). Values equal to the row's are not changes.

    Returns
    -------
    Edit
        The new row, with ``review_status`` ``edited`` when something changed; ``changes``
        as column -> (old, new); ``problems`` as ``(field, message)`` from
        :func:`dashboard.schema.validate_event`, plus columns that may not be edited.
    """
    original = {key: cell_text(value) for key, value in row.items()}
    new = dict(original)
    changed, problems = {}, []
    for column, value in changes.items():
        value = cell_text(value)
        if value == new.get(column, ""):
            continue
        if column not in EDITABLE_COLUMNS:
            problems.append((column, "cannot be edited"))
            continue
        changed[column] = (new.get(column, ""), value)
        new[column] = value
    problems += validate_event(new)
    if changed and not problems:
        new["review_status"] = ACTIONS["edit"]
    return Edit(new, changed, problems, original)


def above_confidence(rows: Iterable[Mapping[str, object]], threshold: float,
                     decisions: Mapping[str, str] | None = None) -> list[str]:
    """Ids of the events at or above ``threshold`` confidence not decided yet.

    "Accept all above a confidence" accepts these; an event already accepted, edited or
    rejected keeps its decision.
    """
    decisions = decisions or {}
    ids = []
    for row in rows:
        confidence = _as_float(row.get("confidence"))
        event_id = str(row.get("event_id"))
        if confidence is not None and confidence >= threshold \
                and decisions.get(event_id, PENDING) == PENDING:
            ids.append(event_id)
    return ids


def _as_float(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


@dataclass
class SavePlan:
    """What saving a reviewed batch does: rows by decision, and the edits refused."""

    accepted: list[dict] = field(default_factory=list)
    edited: list[Edit] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    pending: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def plan_save(rows: Iterable[Mapping[str, str]], decisions: Mapping[str, str],
              edits: Mapping[str, Mapping[str, object]]) -> SavePlan:
    """Sort reviewed rows by decision, applying and checking the edits.

    Parameters
    ----------
    rows : iterable of mappings
        The extracted events (event-model rows).
    decisions : mapping
        Event id -> ``accept``, ``reject`` or ``pending`` (missing = pending).
    edits : mapping
        Event id -> column -> new value. An event with real changes is saved as edited
        (an edit is an acceptance with corrections) unless it is rejected; an edit that
        fails validation is refused with a message naming the event and field, and that
        event stays pending, unchanged (it can be corrected and saved again).
    """
    plan = SavePlan()
    for row in rows:
        event_id = str(row["event_id"])
        decision = decisions.get(event_id, PENDING)
        if decision == "reject":
            plan.rejected.append(dict(row))
            continue
        edit = apply_edit(row, edits.get(event_id, {}))
        if not edit.ok:
            plan.problems += [f"event {event_id}, field '{f}': {m}" for f, m in edit.problems]
            plan.pending.append(dict(row))
        elif edit.changes:
            plan.edited.append(edit)
        elif decision == "accept":
            plan.accepted.append(dict(row))
        else:
            plan.pending.append(dict(row))
    return plan


def audit_line(entry: Mapping[str, object]) -> str:
    """One audit entry as a line: ``2026-12-01 10:02 UTC, Ana: edited (stance: '' -> oppose)``.

    ``entry`` holds ``at`` (datetime or ISO text), ``reviewer``, ``action`` and optionally
    ``changes`` (column -> (old, new) or column -> new).
    """
    at = entry.get("at")
    when = at.strftime("%Y-%m-%d %H:%M UTC") if isinstance(at, datetime) else str(at or "")
    action = ACTIONS.get(str(entry.get("action")), str(entry.get("action")))
    text = f"{when}, {entry.get('reviewer') or 'unknown'}: {action}"
    changes = entry.get("changes") or {}
    if changes:
        parts = []
        for column, value in dict(changes).items():
            if isinstance(value, list | tuple) and len(value) == 2:
                parts.append(f"{column}: '{value[0]}' -> '{value[1]}'")
            else:
                parts.append(f"{column} -> '{value}'")
        text += " (" + "; ".join(parts) + ")"
    return text

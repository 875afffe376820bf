"""Why an evaluation scores what it scores: every error named, counted and listed.

The scoring (:mod:`dashboard.extract.evaluate`) pairs predicted and gold events of one
article on (``event_type``, actor). What is left, and what a pair gets wrong, is classified
here in three stages, each event falling in exactly one stage:

1. **Pairs** (same type, same actor; these are the event F1's true positives). A pair may
   carry several *field errors*, one per field that disagrees:

   - ``wrong issue``: the issues differ;
   - ``wrong stance``: the stances differ (a blank stance equals only a blank stance);
   - ``wrong date``: the gold date is not null and the predicted date differs (the date
     accuracy's misses);
   - ``wrong place``: the gold location is not null and the sets of places differ (the
     location accuracy's misses).

2. **Near misses** among the events left unpaired: a gold and a predicted event reporting
   the *same passage* (their evidence texts share at least half of the words of the
   shorter one) are paired one to one, the closest passages first, as

   - ``wrong type``: same actor, another type (one error for the pair; its other fields
     are not judged);
   - ``wrong actor``: another actor, whatever the type (one error for the pair).

   Same-actor pairs are taken before other-actor ones, so a gold event with both a
   wrong-type and a wrong-actor candidate is a ``wrong type``.

3. **The rest**: each gold event still alone is ``missed``, each prediction still alone
   is ``spurious``.

So every gold event is paired, a near miss or missed, and every prediction paired, a near
miss or spurious: ``gold = pairs + wrong type + wrong actor + missed`` and ``predicted =
pairs + wrong type + wrong actor + spurious``.

The confusion table of event types counts the events *matched by actor*: cell (gold type,
predicted type) holds the pairs (the diagonal) and the ``wrong type`` near misses (off the
diagonal); the ``missed`` column holds the gold events of that type not matched by actor
(``wrong actor`` or ``missed``), the ``spurious`` row the predictions not matched by actor
(``wrong actor`` or ``spurious``). Each row sums to the gold events of its type and each
column to the predictions of its type.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from dashboard.extract.lexicon import fold

# In the order they are reported.
ERROR_KINDS: tuple[str, ...] = ("missed", "spurious", "wrong actor", "wrong type",
                                "wrong issue", "wrong stance", "wrong date", "wrong place")
# The event fields an error line shows (never evidence: it quotes the publisher's text).
SHOWN_FIELDS: tuple[str, ...] = ("event_type", "actor", "issue", "stance", "date", "location")
MISSED, SPURIOUS = "(missed)", "(spurious)"
# The share of the shorter evidence's words two evidences must share to report one passage.
SAME_PASSAGE = 0.5


@dataclass(frozen=True)
class EvaluationError:
    """One error: which article, what kind, and the gold and predicted events' fields."""

    article: str
    language: str
    kind: str
    gold: dict | None
    predicted: dict | None

    def as_dict(self) -> dict:
        """The error as plain JSON-ready values (only the fields in ``SHOWN_FIELDS``)."""
        return {"article": self.article, "language": self.language, "kind": self.kind,
                "gold": _shown(self.gold), "predicted": _shown(self.predicted)}


@dataclass
class Breakdown:
    """Errors counted by kind, and the confusion of event types, of one language (or all)."""

    counts: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold type, predicted type) -> n

    def add(self, other: Breakdown) -> None:
        """Add another breakdown's counts to this one."""
        self.counts.update(other.counts)
        self.confusion.update(other.confusion)

    def error_counts(self) -> dict[str, int]:
        """Every kind of ``ERROR_KINDS`` with its count (0 included)."""
        return {kind: self.counts.get(kind, 0) for kind in ERROR_KINDS}

    def confusion_table(self) -> dict[str, dict[str, int]]:
        """``{gold type or '(spurious)': {predicted type or '(missed)': n}}``, non-zero cells."""
        table: dict[str, dict[str, int]] = {}
        for (gold, predicted), n in sorted(self.confusion.items()):
            table.setdefault(gold, {})[predicted] = n
        return table


def _shown(event: dict | None) -> dict | None:
    if event is None:
        return None
    return {name: "" if event.get(name) is None else str(event.get(name)).strip()
            for name in SHOWN_FIELDS}


def words(text) -> set[str]:
    """The folded words of a text, as a set."""
    return set(re.findall(r"\w+", fold(str(text or ""))))


def passage_overlap(gold: dict, predicted: dict) -> float:
    """The share of the shorter evidence's words found in the other (0 if one is blank)."""
    a, b = words(gold.get("evidence")), words(predicted.get("evidence"))
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def field_errors(predicted: dict, gold: dict, norm) -> list[str]:
    """The kinds of field error of one pair (see the module docstring)."""
    def text(event, name):
        return "" if event.get(name) is None else str(event.get(name)).strip()

    kinds = []
    for name in ("issue", "stance"):
        if text(predicted, name) != text(gold, name):
            kinds.append(f"wrong {name}")
    if text(gold, "date") and text(predicted, "date") != text(gold, "date"):
        kinds.append("wrong date")
    if text(gold, "location") and \
            norm.places(predicted.get("location")) != norm.places(gold.get("location")):
        kinds.append("wrong place")
    return kinds


def _near_misses(predicted: list[dict], gold: list[dict], norm) -> list[tuple]:
    """Pair leftover events reporting one passage: ``(kind, predicted, gold)`` triples."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            overlap = passage_overlap(g, p)
            if overlap >= SAME_PASSAGE:
                same_actor = norm.actor(p.get("actor")) == norm.actor(g.get("actor"))
                candidates.append((same_actor, round(overlap, 3), -i, -j))
    candidates.sort(reverse=True)
    used_p, used_g, found = set(), set(), []
    for same_actor, _overlap, i, j in candidates:
        i, j = -i, -j
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            found.append(("wrong type" if same_actor else "wrong actor", predicted[i], gold[j]))
    return found


def classify(article: str, language: str, predicted: list[dict], gold: list[dict],
             pairs: list[tuple], norm) -> tuple[Breakdown, list[EvaluationError]]:
    """Name every error of one article, given the scoring's (predicted, gold) pairs.

    Returns
    -------
    Breakdown, list of EvaluationError
        The counts by kind and the confusion cells, and one error per count.
    """
    breakdown, errors = Breakdown(), []

    def note(kind, g, p):
        breakdown.counts[kind] += 1
        errors.append(EvaluationError(article, language, kind, g, p))

    for p, g in pairs:
        breakdown.confusion[(g.get("event_type") or "", p.get("event_type") or "")] += 1
        for kind in field_errors(p, g, norm):
            note(kind, g, p)
    paired_p = {id(p) for p, _g in pairs}
    paired_g = {id(g) for _p, g in pairs}
    left_p = [p for p in predicted if id(p) not in paired_p]
    left_g = [g for g in gold if id(g) not in paired_g]
    near = _near_misses(left_p, left_g, norm)
    by_actor = set()
    for kind, p, g in near:
        note(kind, g, p)
        if kind == "wrong type":
            by_actor |= {id(p), id(g)}
            breakdown.confusion[(g.get("event_type") or "", p.get("event_type") or "")] += 1
    near_ids = {id(e) for _kind, p, g in near for e in (p, g)}
    for g in left_g:
        if id(g) not in near_ids:
            note("missed", g, None)
        if id(g) not in by_actor:
            breakdown.confusion[(g.get("event_type") or "", MISSED)] += 1
    for p in left_p:
        if id(p) not in near_ids:
            note("spurious", None, p)
        if id(p) not in by_actor:
            breakdown.confusion[(SPURIOUS, p.get("event_type") or "")] += 1
    return breakdown, errors


# Column heads of the confusion table: a type's code shortened to fit eight characters.
_SHORT = {"statement": "stmt", "phone_call": "phone", "support": "support",
          "opposition": "oppose", "appeal_request": "appeal", "call_for_restraint": "restrain",
          "military_deployment": "deploy", "withdrawal": "withdraw", "protest": "protest",
          "violent_clash": "clash", "arrest": "arrest", "resignation_dismissal": "resign",
          "state_of_emergency": "emergenc", MISSED: "missed"}


def format_error_counts(per_language: dict[str, dict], overall: dict) -> str:
    """A plain-text table: one line per language (and overall), one column per kind."""
    head = f"{'errors':<10}" + "".join(f"{kind:>13}" for kind in ERROR_KINDS)
    lines = [head, "-" * len(head)]
    for name, counts in [*per_language.items(), ("overall", overall)]:
        lines.append(f"{name:<10}" + "".join(f"{counts[k]:>13}" for k in ERROR_KINDS))
    return "\n".join(lines)


def format_confusion(title: str, table: dict[str, dict[str, int]]) -> str:
    """A plain-text confusion table of event types (rows gold, columns predicted)."""
    rows = sorted(t for t in table if t != SPURIOUS) + ([SPURIOUS] if SPURIOUS in table else [])
    columns = sorted({c for cells in table.values() for c in cells if c != MISSED})
    columns += [MISSED] if any(MISSED in cells for cells in table.values()) else []
    head = f"{title:<22}" + "".join(f"{_SHORT.get(c, c[:8]):>9}" for c in columns)
    lines = [head, "-" * len(head)]
    for row in rows:
        cells = table[row]
        lines.append(f"{row[:22]:<22}" + "".join(
            f"{cells.get(c, 0) or '.':>9}" for c in columns))
    return "\n".join(lines)


def format_errors(errors: list[dict]) -> str:
    """One line per error: article, kind, then the gold and predicted fields side by side."""
    def fields_of(event):
        if event is None:
            return "-"
        return " | ".join(event[name] or "∅" for name in SHOWN_FIELDS)

    lines = [f"{'article':<12}{'kind':<14}gold -> predicted  "
             f"({' | '.join(SHOWN_FIELDS)})"]
    for error in errors:
        lines.append(f"{error['article']:<12}{error['kind']:<14}"
                     f"{fields_of(error['gold'])}  ->  {fields_of(error['predicted'])}")
    return "\n".join(lines)

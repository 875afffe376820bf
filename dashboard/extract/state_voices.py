"""Whose voice a foreign state's words are: the official of that state the article names.

Copy names a state where one of its people or bodies spoke ("France called for restraint",
"Washington remains concerned", "Russia lambasted Blinken", "Таджикистан выразил
готовность"), and names that official elsewhere in the article: the minister quoted later,
the ministry whose statement the article reports. The event model's actor is who acted or
spoke, so a position or statement given to a state other than the crisis's country goes to
the official of that state the article names: the last one named up to the end of the row's
sentence, else the first named after it. A state that the article gives no official of
keeps its own name ("the United States questioned the move"); the crisis's own country
keeps its name too (its requests for help are the state's), and so do acts (a state sends
troops) and calls (the state's leader is named in the call itself).
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.extract.document import Document
from dashboard.schema import OPERATIONAL_TYPES

# the kinds of mention that may speak for their state
_VOICES = frozenset({"person", "government_body"})
# rows whose actor stays the state: acts, and calls (one side each, named in the call)
_KEPT = OPERATIONAL_TYPES | {"protest", "phone_call"}
# a body that moved troops or used force in the article is a force, not a voice
_FORCE_ACTS = frozenset({"military_deployment", "withdrawal", "violent_clash", "arrest"})


def _official(doc: Document, state: str, country: str, end: int, forces: set[str]):
    """The mention of a person or body of ``country`` named last before ``end`` (the end
    of the row's sentence), else the first person named after it ("a government spokeswoman
    said Berlin was concerned", then a ministry's words: the state's voice was not the
    ministry's); ``None`` when there is none.
    Bodies the article shows acting by force (``forces``: troops sent, a clash) are no
    voice."""
    officials = [m for m in doc.mentions if m.kind in _VOICES and m.country == country
                 and m.actor != state and m.actor not in forces]
    before = [m for m in officials if m.end <= end]
    after = [m for m in officials if m.end > end and m.kind == "person"]
    return before[-1] if before else (after[0] if after else None)


@dataclass(frozen=True)
class StateVoices:
    """Give a foreign state's statements and positions to the official of that state the
    article names (see the module docstring)."""

    name = "state_voices"
    scope = "article"

    def __call__(self, doc: Document) -> None:
        actors = doc.knowledge.book.actors
        own = {_position(row) for row in doc.rows}  # what each actor said in its own name
        # acts keep their actor (_KEPT), so the forces are the same for every row
        forces = {row["actor"] for row in doc.rows if row["event_type"] in _FORCE_ACTS}
        kept = []
        for row in doc.rows:
            entry = actors.get(row["actor"])
            official = None if row["event_type"] in _KEPT or entry is None \
                or entry.kind != "state" or entry.country in ("", doc.home) \
                else _official(doc, row["actor"], entry.country, int(row["evidence_end"]),
                               forces)
            if official is not None:
                row["summary"] = row["summary"].replace(row["actor"], official.actor, 1)
                row["actor"], row["actor_country"] = official.actor, official.country
                if _position(row) in own:
                    continue  # the official's own words on it, with their place, say it
            kept.append(row)
        doc.rows = kept


def _position(row: dict) -> tuple[str, ...]:
    """What a row says: its type, actor, issue and stance."""
    return row["event_type"], row["actor"], row["issue"], row["stance"]

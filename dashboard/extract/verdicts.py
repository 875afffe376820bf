"""Verdicts and lists: two grammatical patterns shared by the coding of positions and of acts.

- A **verdict** is a ``predicate`` row whose value is ``verdict`` ("unlawful", "justified",
  "unnecessary"): an adjective or phrase judging the topic or act named before it in its
  clause ("said the deployment was unnecessary", "the dispatch of troops was justified").
  It governs that topic (``coding``), and the act it judges is no new act (``operations``).
- A **list** of names linked by a ``conjunction`` before a verb ("Washington and Brussels
  called for restraint") all take the position the verb gives the first of them.
"""

from __future__ import annotations

import re

from dashboard.extract.actors import Mention
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.sentence_view import SentenceView
from dashboard.extract.subjects import not_subject

VERDICT_REACH = 60  # characters from a topic or act to the verdict that judges it
_CLAUSE_BREAK = re.compile(r"[,;:.!?]")


def verdict_after(predicates, position: int):
    """The first verdict after ``position`` (a topic's start) in its clause, within
    ``VERDICT_REACH`` characters, as ``(cue, match)``; ``None`` when there is none."""
    return min(((c, m) for c, m in predicates if c.value == "verdict"
                and 0 <= m.start() - position <= VERDICT_REACH
                and not _CLAUSE_BREAK.search(m.string[position:m.start()])),
               key=lambda cm: cm[1].start(), default=None)


def judged(text: str, end: int, verdicts) -> bool:
    """True when a verdict match starts within ``VERDICT_REACH`` characters after ``end``
    (an act's cue) with no clause break between: the act is judged, not reported."""
    return any(0 <= m.start() - end <= VERDICT_REACH
               and not _CLAUSE_BREAK.search(text[end:m.start()]) for m in verdicts)


def listed_with(view: SentenceView, lexicon: Lexicon, mentions, actor: Mention, end: int,
                kinds: tuple[str, ...]) -> list[Mention]:
    """The actor and the names linked to it by a ``conjunction``, of the given kinds,
    before ``end`` (the verb): "Washington and Brussels called for ...", "Moscow and
    Beijing warned ...". The list is read on both sides of the actor, in text order; its
    head must be able to be a clause subject ("in talks with Russia and China" is no
    list of speakers), and a comma alone links nothing ("In Washington, Ned Price") unless
    the list goes on to a conjunction ("Paris, Berlin and London called for ...")."""
    article = rf"(?:(?:{lexicon.alternation('article')})\s+)?"  # ", the European Union"
    conj = rf",?\s*(?:{lexicon.alternation('conjunction')})\s+{article}"

    def link(a: Mention, b: Mention) -> str:
        """'and' for a conjunction, ',' for a comma alone, '' for no link."""
        if b.kind not in kinds or a.actor == b.actor:
            return ""
        between = view.folded[a.end:b.start]
        return "and" if re.fullmatch(conj, between) else \
            "," if re.fullmatch(rf"\s*,\s*{article}", between) else ""
    ordered = sorted((m for m in mentions if m.end <= end), key=lambda m: m.start)
    listed, pending, joined = [actor], [], False
    for mention in (m for m in ordered if m.start >= actor.end):
        kind = link((pending or listed)[-1], mention)
        if not kind:
            break
        pending.append(mention)
        if kind == "and":
            listed, pending, joined = listed + pending, [], True
    for mention in reversed([m for m in ordered if m.end <= actor.start]):
        kind = link(mention, listed[0])
        if not kind or (kind == "," and not joined) or not_subject(view, lexicon, mention):
            break
        joined = joined or kind == "and"
        listed.insert(0, mention)
    return listed

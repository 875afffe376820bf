"""Filters over one sentence's findings: which positions are background to another.

``coding.position_findings`` finds every position a sentence's cues allow; these rules then
drop the ones that only repeat or narrate another finding of the same sentence: stability as
the fallback issue beside a more specific position, issues merely named beside issues met with
a stance verb, and positions that narrate an act reported in the same sentence
(``coding_steps`` applies the last one after calls are folded in).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.extract.governing import said_between
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.sentence_view import SentenceView
from dashboard.extract.topics import FALLBACK_ISSUE

if TYPE_CHECKING:
    from dashboard.extract.coding import Finding

ORDER_ACTS = frozenset({"arrest", "violent_clash", "state_of_emergency"})


def drop_background_stability(findings: list[Finding], view: SentenceView,
                              lexicon: Lexicon) -> list[Finding]:
    """Stability is the fallback issue: when an actor takes a more specific position in
    the same sentence, a stability mention governed by the same words is background ("sent
    troops to restore order"); one a ``second_verb`` link ("а также", "and also") sets
    apart, or a ``claim`` topic that says stability was reached ("order has been
    restored", "the situation is stable"), is a position of its own."""
    link = re.compile(rf"\b(?:{lexicon.alternation('second_verb')})\b")
    def background(f: Finding) -> bool:
        return any(g.issue != FALLBACK_ISSUE and g.actor.actor == f.actor.actor
                   and not link.search(view.folded, min(f.cue_start, g.cue_start),
                                       max(f.cue_start, g.cue_start)) for g in findings)
    return [f for f in findings if f.issue != FALLBACK_ISSUE or f.claim or not background(f)]


def prefer_predicated(findings: list[Finding], view: SentenceView,
                      lexicon: Lexicon) -> list[Finding]:
    """Within one sentence, an actor's issues met with a stance verb push out the issues
    merely named near them, but for a claim that a state was reached ("said order had been
    restored and thanked the CSTO") or a claim on no issue ("an attempted coup"): they
    need no verb; nor do the speaker's next words after a verb of saying coordinated with
    the stance verb (``said_between``)."""
    with_verb = {f.actor.actor for f in findings if f.predicated}

    def said_apart(f: Finding) -> bool:
        # "ruled out talks and vowed to eliminate the bandits": the next words stand apart
        return all(g.cue_start < f.cue_start and said_between(view.folded, lexicon,
                                                              g.cue_start, f.cue_start)
                   for g in findings if g.predicated and g.actor.actor == f.actor.actor)
    return [f for f in findings if f.predicated or f.claim or f.note
            or f.actor.actor not in with_verb or said_apart(f)]


def drop_narrated(findings: list[Finding], operational: frozenset[str]) -> list[Finding]:
    """A position with no stance verb on the issue of an act reported in the same sentence
    ("Russia and its allies announced the sending of troops", "the withdrawal will begin
    in two days, Tokayev said") narrates that act; it is not a position of its own. So
    does a plain statement (issue ``other``) beside an act, its source, and a remark on
    stability beside a public-order act ("the attackers wanted to seize power"); a claim on
    no issue that its words name ("an attempted coup") is no plain statement."""
    acted = {f.issue for f in findings if f.event_type in operational}
    if acted:
        acted.add("other")
    if any(f.event_type in ORDER_ACTS for f in findings):
        acted.add(FALLBACK_ISSUE)
    return [f for f in findings if f.event_type in operational or f.predicated or f.note
            or f.event_type in ("phone_call", "protest") or f.issue not in acted]

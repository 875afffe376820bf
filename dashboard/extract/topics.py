"""Which issues a sentence speaks of, before who holds a position on them (``coding``).

One topic per issue (the one nearest a stance verb); the topic words naming whom a call
is addressed to are not what it asks for; and a backing or an alarm with no issue word
("solidarity with Kazakhstan", "выразил обеспокоенность событиями в Казахстане") speaks
of stability, the fallback issue.
"""

from __future__ import annotations

import re

from dashboard.extract.actors import Mention
from dashboard.extract.governing import nearest
from dashboard.extract.lexicon import Cue, Lexicon
from dashboard.extract.rules import WEAK_VALUES
from dashboard.extract.sentence_view import SentenceView, cue_matches
from dashboard.extract.subjects import not_subject

# remarks with no specific subject: background beside a specific position or a public-order
# act (an arrest, a clash, emergency rule)
FALLBACK_ISSUE = "sovereignty_stability"
# characters at most between a "weak" topic word and the stance verb it needs
WEAK_REACH = 80


def spoken_of(view: SentenceView, lexicon: Lexicon, predicates) -> list:
    """The sentence's topics by issue, else its implicit one; a stance verb a
    ``second_verb`` link ("а также", "and also") sets apart from every topic named may take
    the implicit one beside them ("backed Kazakhstan's leaders, and also urged restraint")."""
    topics = _topics_by_issue(view, lexicon, predicates)
    if not topics:
        return _implicit_topic(view, lexicon, predicates)
    link = re.compile(rf"\b(?:{lexicon.alternation('second_verb')})\b")
    apart = [(c, m) for c, m in predicates if all(link.search(
        view.folded, min(m.start(), t.start()), max(m.start(), t.start())) for _c, t in topics)]
    return topics + _implicit_topic(view, lexicon, apart)


def _topics_by_issue(view: SentenceView, lexicon: Lexicon, predicates) -> list:
    """One topic match per issue: the one closest to a predicate (else the first); a
    "weak" word that no verb is near enough to take ("said the peacekeepers would guard
    strategic facilities") gives way to a word of the same issue that needs no verb."""
    best: dict[str, tuple[int, object, object]] = {}
    found = [(t, m) for t, m in cue_matches(lexicon, "topic", view) if not t.event_type]
    addressed = _addressees(view, lexicon, predicates, found)
    for topic, match in found:
        if match.start() in addressed:
            continue
        pred = nearest(predicates, match.start())
        distance = abs(pred[1].start() - match.start()) if pred else 10**6
        if topic.value in WEAK_VALUES and distance > WEAK_REACH:
            distance = 10**7  # no verb takes it: a word of the issue that needs none wins
        if topic.stance == "neutral" and topic.value not in WEAK_VALUES:
            distance = -1  # "will leave once ...": the words say the statement takes no side
        if topic.issue not in best or distance < best[topic.issue][0]:
            best[topic.issue] = (distance, topic, match)
    return sorted(((v[1], v[2]) for v in best.values()), key=lambda tm: tm[1].start())


def _addressees(view: SentenceView, lexicon: Lexicon, predicates, topics) -> set[int]:
    """Starts of the topic words that name whom a call is addressed to ("called on
    foreign troops to respect human rights", "urged the CSTO forces to uphold ..."): the
    words between the call and its ``infinitive_marker``, when what the call asks for,
    after the marker, names an issue of its own; the troops are then its addressee, not
    what it asks for ("urged the alliance to deploy peacekeepers" keeps them)."""
    marker = rf"\b(?:{lexicon.alternation('infinitive_marker')})\s+\w+"
    skipped = set()
    for cue, match in predicates:
        if cue.stance != "call":
            continue
        to = re.search(marker, view.folded[match.end():min(view.end, match.end() + 80)])
        if to is None or re.search(r"[,;:.]", view.folded[match.end():match.end() + to.start()]):
            continue
        asked_from = match.end() + to.start()
        addressee = [m for _t, m in topics if match.end() <= m.start() < asked_from]
        asked = {t.issue for t, m in topics if asked_from <= m.start() < asked_from + 80}
        if addressee and asked - {t.issue for t, m in topics if m in addressee}:
            skipped.update(m.start() for m in addressee)
    return skipped


def _implicit_topic(view: SentenceView, lexicon: Lexicon, predicates) -> list:
    """Backing for the Kazakh side, or alarm about what happens there, with no issue word
    ("salue les mesures des autorités", "solidarity with Kazakhstan", "выразил
    обеспокоенность событиями в Казахстане") is a position on sovereignty and stability.
    Where the finite verb stands second, the country may stand before the stance words in
    their clause when a preposition governs it ("beobachte die Lage in Kasachstan mit
    Sorge"); a verdict judges what its clause names before it ("la situación en
    Kazajistán es preocupante")."""
    for cue, match in predicates:
        if cue.stance not in ("support", "concern"):
            continue
        if any(m.country == view.home and m.kind != "crowd" and (
                m.start > match.start() or _governed_before(view, lexicon, m, match.start())
                or cue.value == "verdict" and _judged_before(view, m, match.start()))
               for m in view.mentions):
            return [(Cue("topic", match.re, "", "", FALLBACK_ISSUE, cue.stance, "",
                         ""), match)]
    return []


def _judged_before(view: SentenceView, mention: Mention, verb: int) -> bool:
    """True when ``mention`` stands before a verdict at ``verb`` in its clause: at most 60
    characters and no punctuation between."""
    gap = view.folded[mention.end:verb]
    return mention.end <= verb and len(gap) <= 60 and not re.search(r"[,;:.!?()\"]", gap)


def _governed_before(view: SentenceView, lexicon: Lexicon, mention: Mention, verb: int) -> bool:
    """True in a ``verb_second`` language when ``mention`` stands before the stance words
    at ``verb`` in its clause (no comma, at most 60 characters) as a preposition's object,
    not as the clause's subject."""
    gap = view.folded[mention.end:verb]
    return lexicon.has_trait("verb_second") and len(gap) <= 60 and \
        not re.search(r"[,;:]", gap) and not_subject(view, lexicon, mention)

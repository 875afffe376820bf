"""Which stance verb governs an issue named in a sentence, and which way it points.

The position rules of ``coding`` ask one question per topic word: which predicate takes a
stance on it. A call or request before it wins, then a rejection before it (a call that is
itself the object of a rejection is what was rejected), else the nearest verb before it,
else one after it that has no object of its own; a verdict after it in its clause judges
it. A negation next to the verb flips the stance; an obligation ("must") near a topic with
no verb is a call; a topic that names the other side of a rejected one ("rejected talks
with the terrorists") is no position; a second verb of another kind joined by "and"
takes a second position on an issue ("condemned the violence and called for restraint").
These questions read only the predicate matches and
the sentence's words, so they live apart from who speaks and who acts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract.clause_gaps import clause_between
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.sentence_view import SentenceView
from dashboard.extract.verdicts import verdict_after

_MODAL_REACH = 60  # characters from an obligation to the topic it asks for
_SUBJECT_MODAL_REACH = 20  # characters from a topic to the obligation it is the subject of


def nearest(cues, position: int):
    """The ``(cue, match)`` closest to a character position (ties: the earlier one)."""
    best, distance = None, None
    for cue, match in cues:
        d = min(abs(match.start() - position), abs(match.end() - position))
        if distance is None or d < distance:
            best, distance = (cue, match), d
    return best


def negated(view: SentenceView, lexicon: Lexicon, match) -> bool:
    """True when a negation cue stands just before (or, in French, after) a predicate, or
    closes the predicate's clause where the language puts it there (lexicon ``trait``
    ``clause_final_negation``: "unterstützt die Entsendung nicht")."""
    window = (max(view.start, match.start() - 20), min(view.end, match.end() + 12))
    opener = rf"\b(?:{lexicon.alternation('complementizer')})\b"
    if any(m.start() < match.end() or not re.search(opener, view.folded[match.end():m.start()])
           for _c, m in lexicon.finditer("negation", view.folded, *window)):
        return True  # not one of a reported clause after it ("a averti que l'UE ne ...")
    if not lexicon.has_trait("clause_final_negation"):
        return False
    clause = re.match(r"[^,;:.!?\"]{0,60}", view.folded[match.end():view.end]).group(0)
    return any(m.end() == len(clause.rstrip()) for _c, m in
               lexicon.finditer("negation", clause))


def governing(predicates, position: int, lexicon: Lexicon, objects=()):
    """The predicate that governs a topic: a call or request before it ("urged X to refrain
    from violence"), else a rejection before it ("denied any repression of peaceful
    protesters, denouncing ..."), wins over nearer verbs; otherwise the nearest one.

    ``objects`` are the starts of the sentence's topic words. A verb after the topic
    governs it only when the verb has no object of its own right after it ("ordered to
    shoot ... and invited in foreign troops": the invitation is about the troops, not the
    shooting)."""
    # "X a appelé à la retenue, tandis que Moscou a dénoncé une révolution de couleur":
    # a verb governs no topic of another clause
    predicates = [(c, m) for c, m in predicates if not _across_clause(m, position, lexicon)
                  and not _said_next(m, position, lexicon)]
    verdict = verdict_after(predicates, position)
    if verdict:
        return verdict
    for kinds in (("call", "request"), ("reject",)):
        governing = [(c, m) for c, m in predicates if c.stance in kinds
                     and m.start() < position and position - m.end() <= 100]
        if governing and not _second_verb(predicates, governing[-1][1], position, lexicon):
            return _rejected_call(predicates, governing[-1], position, lexicon)
    # a verb governs what follows it: the nearest predicate before the topic, else one
    # after it, unless that one opens a clause of its own ("..., dismissing calls for talks")
    before = [(c, m) for c, m in predicates if m.end() <= position]
    if before:
        return nearest(before, position)
    # ", et rejeté", "ordered them to shoot and ruled out talks": a rejection right after a
    # conjunction opens the subject's next predicate, with its own object
    linked = rf"\b(?:{lexicon.alternation('conjunction')})\s+$"
    after = [(c, m) for c, m in predicates if not _has_object(m, position, objects)
             and not re.search(
        rf"[,;:]\s*$|,\s*(?:(?:{lexicon.alternation('gerund_marker')})\s+)?\w+"
        rf"(?:{lexicon.alternation('participle_ending')})\b",
        m.string[position:m.start()])
        and not (c.stance in ("reject", "oppose") and re.search(
            linked, m.string[position:m.start()]))]
    return nearest(after, position)


def asks_for_act(view: SentenceView, lexicon: Lexicon, call, topic) -> bool:
    """True when a call (``call``: its match) asks for the very act its topic words name
    ("urged the security forces to use lethal force", "призвал стрелять на поражение"), not
    for an end to it: the topic follows the call in its clause (at most 80 characters on)
    and the words between hold no negation, no ``cessation`` word ("an end to",
    "refrain", "прекратить") and no other topic ("urged restraint in the use of force")."""
    gap = (call.end(), topic.start())
    if not 0 <= gap[1] - gap[0] <= 80 or re.search(r"[;:.!?]", view.folded[slice(*gap)]):
        return False
    return not any(kind != "topic" or not cue.event_type
                   for kind in ("negation", "cessation", "topic")
                   for cue, _m in lexicon.finditer(kind, view.folded, *gap))


def _said_next(verb, position: int, lexicon: Lexicon) -> bool:
    """True when the speaker's next words (:func:`said_between`) stand between a stance
    verb and the topic at ``position``: the stance verb does not govern them."""
    return verb.end() < position and said_between(verb.string, lexicon, verb.end(), position)


def said_between(folded: str, lexicon: Lexicon, start: int, end: int) -> bool:
    """True when a verb of saying stands in ``folded[start:end]``, a ``conjunction`` and at
    most two words before it ("ruled out talks with the protesters and vowed to eliminate
    the bandits", "und kündigte an, ..."): the speaker's next words begin there."""
    linked = re.compile(rf"\b(?:{lexicon.alternation('conjunction')})\s+(?:[\w'-]+\s+){{0,2}}$")
    return any(linked.search(folded, start, said.start())
               for _cue, said in lexicon.finditer("reporting", folded, start, end))


def _second_verb(predicates, verb, position: int, lexicon: Lexicon) -> bool:
    """True when a ``second_verb`` link ("а также", "and also") stands between a verb and
    another stance verb before the topic at ``position``: the subject's second position
    ("called for restraint, and also voiced concern over the troops"), whose own verb
    governs what follows it, not the call before the link."""
    link = re.compile(rf"\b(?:{lexicon.alternation('second_verb')})\b")
    return any(
        verb.end() <= m.start() and m.end() <= position
        and link.search(m.string, verb.end(), m.start()) for _c, m in predicates)


def _across_clause(match, position: int, lexicon: Lexicon) -> bool:
    """True when a ``clause_opener`` stands between a verb and a topic."""
    start, end = (match.end(), position) if match.end() <= position else (position,
                                                                         match.start())
    return clause_between(match.string, lexicon, start, end)


def _has_object(match, position: int, objects) -> bool:
    """True when a topic word other than the one at ``position`` follows the verb at once
    (up to three words, no clause break between): the verb's own object."""
    return any(start != position and 0 <= start - match.end() <= 30 and not re.search(
        r"[,;:.!?]", match.string[match.end():start]) for start in objects)


def _rejected_call(predicates, chosen, position: int, lexicon: Lexicon):
    """A call named as the object of a rejection ("dismissing calls for talks", "a
    rejeté les appels à négocier") is what was rejected: the rejection governs; so does a
    criticism of a call for the topic right after the call (at ``position``). A
    ``conjunction`` between them makes the call a verb of its own ("condemned the violence
    and called for dialogue")."""
    cue, match = chosen
    if cue.stance not in ("call", "request"):
        return chosen
    linked = re.compile(rf"\b(?:{lexicon.alternation('conjunction')})\b")
    for other, found in predicates:
        if linked.search(match.string, found.end(), match.start()):
            continue
        if other.stance == "reject" and 0 <= match.start() - found.end() <= 20:
            return other, found
        if other.stance == "oppose" and 0 <= match.start() - found.end() <= 20 and \
                position - match.end() <= 12:
            # "blasted calls for talks": opposing a call rejects what it asks for (the
            # words it names at once, not those further on: "talks with the militants")
            return replace(other, stance="reject"), found
    return chosen


def is_partner(view: SentenceView, lexicon: Lexicon, topic, match, verb, topics) -> bool:
    """True when the topic names the other side of an earlier topic of another issue
    that the verb governs ("rechazó negociar con los terroristas": the talks are
    rejected, not the framing): a ``comitative`` word (an article or a quotation mark
    apart) before it. The verb may follow both ("Gespräche mit den Aufständischen schloss
    er aus"), its clause unbroken."""
    start = verb.start()
    if start > match.start():  # the verb closes the clause after the two topics
        earlier = [s for i, s in topics if i != topic.issue and s < match.start()]
        if not earlier or re.search(r"[,;:.!?]", view.folded[match.end():start]):
            return False
        start = earlier[-1]
    before = view.folded[start:match.start()]  # a German verb may close around it
    return not re.search(r"[,;:.!?]", before) and any(
        i != topic.issue and start <= s < match.start() for i, s in topics) \
        and bool(re.search(rf"\b(?:{lexicon.alternation('comitative')})\s+(?:\w+\s+)?\"?$",
                           before))


def under_obligation(modals: list, topic) -> bool:
    """Whether an obligation ("must", "doivent", "должны") stands just before the topic
    in its clause ("protesters must not resort to violence"), or just after the topic it
    has as subject ("la sécurité des civils doit être garantie"): with no stance verb, the
    speaker asks for it, a call. Only for issues a call makes a call for restraint: an
    obligation before other issues ("troops must ...") is reported fact as often as a call."""
    return any(0 <= topic.start() - m.end() <= _MODAL_REACH or (  # "must not resort to"
        0 <= m.start() - topic.end() <= _SUBJECT_MODAL_REACH  # "civilians' safety must be"
        and not re.search(r"[,;:.!?]", m.string[topic.end():m.start()])) for m in modals)


# characters at most between a stance verb and the topic word it takes as its object
_OBJECT_REACH = 40


def second_positions(view: SentenceView, lexicon: Lexicon, named, predicates,
                     chosen: dict[str, tuple]) -> list[tuple]:
    """Topic words of an issue already taken by a verb that does not reject it, each the
    object of a stance verb of another kind right before it, the two verbs joined by
    "and" ("condemned the violence and called for restraint": an opposition and a call
    on one issue; "we call for calm and we condemn the violence"): ``(topic, match,
    verb)`` for each such second verb, one per kind of event."""
    if not chosen:
        return []  # most sentences: no issue taken, no second verb to look for
    found, kinds = [], {issue: {kind} for issue, (_start, kind, _p) in chosen.items()}
    topics = [(c.issue, m.start()) for c, m in named]
    for topic, match in named:
        # what a rejection governs ("called the calls for talks absurd") is what it rejects
        if topic.issue not in chosen or topic.note or chosen[topic.issue][2] == "reject":
            continue
        before = [(c, m) for c, m in predicates if m.end() <= match.start()
                  and match.start() - m.end() <= _OBJECT_REACH]
        if not before:
            continue
        cue, verb = max(before, key=lambda cm: cm[1].end())
        if verb.start() == chosen[topic.issue][0] or cue.value or \
                re.search(r"[.;:!?]", view.folded[verb.end():match.start()]) or \
                not _coordinated(view, lexicon, chosen[topic.issue][0], verb.start()):
            continue
        polarity = cue.stance
        flips = polarity in ("support", "oppose")
        if polarity == "reject" or flips and negated(view, lexicon, verb) or \
                is_partner(view, lexicon, topic, match, verb, topics):
            continue  # a rejection or a negated verb is left to the first position's rules
        kind = lexicon.stances.get((topic.issue, polarity), ("", ""))[1] or cue.event_type
        if kind not in kinds[topic.issue]:
            kinds[topic.issue].add(kind)
            found.append((topic, match, ((cue, verb), polarity, False)))
    return found


def _coordinated(view: SentenceView, lexicon: Lexicon, one: int, other: int) -> bool:
    """True when the later of two stance verbs (their starts) follows a ``conjunction``
    ("and"), two words at most between ("and called", "and we condemn", "and also
    urged"), with no sentence punctuation between the verbs: verbs of one subject, not
    a verb of a clause of its own ("called on troops to ..., after X thanked Russia")."""
    between = view.folded[min(one, other):max(one, other)]
    return not re.search(r"[.;:!?]", between) and bool(re.search(
        rf"\b(?:{lexicon.alternation('conjunction')})\s+(?:[\w'-]+\s+){{0,2}}$", between))

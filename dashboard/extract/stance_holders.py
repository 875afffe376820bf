"""Who holds the position a sentence takes on an issue: the subject near the stance verb,
the speaker, a third party whose own act the speaker reports, the party named after "at the
request of", and who made a request (not the party asked).

The position rules of :mod:`dashboard.extract.coding` find the issue and the verb that takes
a stance on it; which mention holds that stance is a question of its own (the event model:
"the speaker is the actor; when a speaker reports another party's act, the actor is the party
who acted"), answered here with the subject rules of ``speakers``.
"""

from __future__ import annotations

import re

from dashboard.extract.actors import Mention, of_another_country
from dashboard.extract.clause_gaps import clause_between
from dashboard.extract.embedded import named_after
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.sentence_view import SentenceView, cue_matches
from dashboard.extract.speakers import dropped_subject, impersonal_body, in_reported_clause
from dashboard.extract.subjects import (
    not_subject,
    pronoun_mentions,
    subject_after_source,
    subject_after_verb,
    subject_before,
    subject_near,
)


def _is_other_party(subject: Mention, speaker: Mention) -> bool:
    """A third party whose own act a speaker reports: a person or an international
    organisation other than the speaker. A state or a ministry a speaker talks about is
    taken as the speaker's characterisation (and the speaker's own state is the speaker)."""
    if subject.actor == speaker.actor:
        return False
    return subject.kind in ("person", "international_organisation", "unknown")


def stance_holder(view: SentenceView, lexicon: Lexicon, pred, speaker, at: tuple[int, int],
                  modal: bool, predicates) -> Mention | None:
    """Who holds the stance a verb (``pred``, or none) takes on a topic (``at``: the
    verb's and the topic's starts): the party named after "at the request of", else the
    sentence's actor near the verb or its main subject."""
    if pred and pred[0].value == "after":  # "at the request of X": X asked
        return named_after(view, pred[1])
    # a verdict's subject is the thing judged, not who judges it: the speaker
    subject = bool(pred) and pred[0].value != "verdict"
    # what a request asks for is its object, right after the verb ("a sollicité l'OTSC")
    request = bool(pred) and pred[0].stance == "request" and \
        pred[1].start() < at[1] <= pred[1].end() + 40
    return position_actor(view, lexicon, speaker, at[0], subject, modal, request) or \
        main_subject(view, lexicon, predicates, speaker)


def asker(view: SentenceView, lexicon: Lexicon, actor: Mention, issue: str):
    """Who made a request: not the party asked, whose name is itself the request's subject
    ("Tokajew hatte das Bündnis um Unterstützung gebeten": the alliance named is the help
    asked for). Then the first other mention that can be a clause subject asks."""
    topics = [m for c, m in cue_matches(lexicon, "topic", view) if c.issue == issue
              and not c.event_type]
    if not any(m.start() < actor.end and actor.start < m.end() for m in topics):
        return actor
    return next((m for m in view.mentions if m.actor != actor.actor
                 and m.kind in ("person", "state", "government_body")
                 and not not_subject(view, lexicon, m)), None)


def main_subject(view, lexicon, predicates, speaker) -> Mention | None:
    """Fallback actor when no speaker is named: the subject of the first stance verb
    (before it, an impersonal body, or, where the finite verb stands second, after it),
    else the subject right after any stance verb ("Zwei Tage später bat Tokajew"), else
    the name opening the sentence before a relative clause, else, where the subject may be
    left out (``pro_drop``), the last person for a singular verb opening its sentence or
    clause (see :func:`_dropped`)."""
    if speaker or not predicates:
        return None
    second = lexicon.has_trait("verb_second")  # "Im Telefonat dankte X Y für ...": X
    for _cue, match in sorted(predicates, key=lambda cm: cm[1].start()):
        subject = subject_near(view, lexicon, match.start(), None) or \
            impersonal_body(view, lexicon, match) or \
            (subject_after_verb(view, lexicon, match) if second else None)
        if subject and subject.kind != "crowd":
            return subject
    for _cue, match in sorted(predicates, key=lambda cm: cm[1].start()):
        subject = subject_after_verb(view, lexicon, match)
        if subject:
            return subject
    # "Amnesty International, which on Wednesday ..., had urged": the sentence's opening
    # name (a title or article may stand before it: "Le président X, qui ...") is the
    # subject of its main verb
    opening = next((m for m in view.mentions if m.start - view.start <= 4 or re.fullmatch(
        r"[\w' -]*", view.folded[view.start:m.start]) and len(
            view.folded[view.start:m.start].split()) <= 3), None)
    if opening and opening.kind not in ("crowd", "state") and re.match(
            rf"\s*,\s*(?:{lexicon.alternation('relative_clause')})\b",
            view.folded[opening.end:]):
        return opening
    return _dropped(view, lexicon, min(predicates, key=lambda cm: cm[1].start())[1])


def _dropped(view: SentenceView, lexicon: Lexicon, verb) -> Mention | None:
    """Where the subject may be left out (``pro_drop``), a stance verb in the singular
    opening its sentence, or its clause after a connective and a comma ("Pidió ayuda a la
    OTSC", "Asimismo, solicitó apoyo"), an auxiliary apart ("Por último, ha pedido"), is
    the last person's (see ``dropped_subject``);
    a plural verb ("piden", ``plural_ending`` rows) is not a person's."""
    head = view.folded[view.start:verb.start()].strip()
    last = head.rsplit(" ", 1)[-1]
    if last in lexicon.words("auxiliary"):  # "Por último, ha pedido"
        head = head[:-len(last)].strip()
    word = verb.group(0).split()[0] if verb.group(0).split() else ""
    if not lexicon.has_trait("pro_drop") or head and not head.endswith(",") or \
            word.endswith(tuple(lexicon.pooled_words("plural_ending"))):
        return None
    return dropped_subject(view, lexicon, view.mentions + pronoun_mentions(view, lexicon),
                           verb.start())


def position_actor(view, lexicon, speaker, anchor: int, has_predicate: bool,
                   modal: bool, request: bool = False) -> Mention | None:
    """Who holds a position whose words stand at ``anchor``: the subject near its stance
    verb (``has_predicate``), else, under a speaker, a person heading the reported clause;
    that subject when it has a clause of its own after the speaker's, or when it is another
    party than the speaker (for a ``request``, one of another country) in the reported
    clause and no ``modal`` makes the words the speaker's; else the speaker. Where the
    finite verb stands second, a source phrase right before the verb ("Dem Kreml zufolge
    bedankte sich Tokajew") leaves the subject after the verb as its holder. With no
    speaker, the subject unless it is a crowd."""
    exclude = (speaker[0].start, speaker[0].end) if speaker else None
    subject = subject_near(view, lexicon, anchor, exclude) if has_predicate else None
    if speaker and has_predicate and subject is None:
        # A third person at the head of the reported clause acts in it even when the
        # stance words come later ("M. Wang a souligné que Xi Jinping a envoyé un
        # message ..., exprimant la ferme opposition ...").
        first = subject_before(view, lexicon, anchor, exclude)
        subject = first if first and first.kind == "person" else None
    if speaker and has_predicate and subject is None:
        subject = subject_after_source(view, lexicon, speaker, anchor)
    if subject and speaker and speaker[2] <= subject.start and clause_between(
            view.folded, lexicon, speaker[2], subject.start):
        return subject  # "X a qualifié ..., tandis que HRW a appelé": a clause of its own
    if subject and speaker and not in_reported_clause(subject, speaker, view, lexicon):
        subject = None
    if speaker is None:
        return subject if subject and subject.kind != "crowd" else None
    if subject and not modal and (_is_other_party(subject, speaker[0]) or request and
                                  of_another_country(subject, speaker[0])):
        return subject
    return speaker[0]


def nearest_voice(view: SentenceView, lexicon: Lexicon, speakers, anchor: int):
    """The speaker whose reporting cue is nearest to a position's words at ``anchor``
    (``speakers``: mention, cue start, cue end); a speaker named in a later clause ("...,
    tandis que Moscou a dénoncé") does not speak for an earlier one (a ``clause_opener``
    not valued ``comma``); ``None`` if none may."""
    voices = [s for s in speakers if s[1] < anchor
              or not clause_between(view.folded, lexicon, anchor, s[1], comma=False)]
    return min(voices, key=lambda s: min(abs(s[1] - anchor), abs(s[2] - anchor))) \
        if voices else None


def asked_once(findings: list) -> list:
    """A request on an issue that takes no stance by asking (the price named as the
    protests' cause) beside the same actor's request that does ("hatte nach Protesten gegen
    die Treibstoffpreise seine Verbündeten um Unterstützung gebeten"): one request, the
    one with a position; the other issue was named in passing."""
    posed = {f.actor.actor for f in findings if f.event_type == "appeal_request" and f.stance}
    return [f for f in findings if f.event_type != "appeal_request" or f.stance
            or f.actor.actor not in posed]

"""Whether a finding is an event of its own, and where it happened (the ``rows`` step).

A finding is dropped when it is a backdrop ("at the height of the protests" beside
another act), history ("police opened fire on strikers in 2011"), the known protests
("since the protests began"), an undated repeat of an act already reported at the same
place, or a crowd or clash named in someone's words with no time or place. Otherwise its
places follow the event model's rules (:func:`dashboard.extract.places.places_for`), and
an operational act with no named actor is by whoever did the same kind of act earlier.
"""

from __future__ import annotations

import re

from dashboard.extract.act_issues import grievance_named
from dashboard.extract.clause_gaps import CLAUSE_BREAK, opens_own_clause
from dashboard.extract.coding import Finding
from dashboard.extract.document import Document, SentenceWork
from dashboard.extract.places import COUNTRYWIDE, NEEDS_PLACE_OR_DATE, places_for
from dashboard.extract.sentences import Sentence
from dashboard.schema import OPERATIONAL_TYPES

# what may stand between a determiner and the word it governs: up to two words
_GAP = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
_SPACE = re.compile(r"\s*")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


def kept_places(doc: Document, work: SentenceWork, finding: Finding) -> list | None:
    """The finding's places, or ``None`` when the finding is not an event of its own."""
    state, own, places = doc.state, work.own, work.places
    if finding.event_type == "protest" and finding.actor.via == "default" and any(
            f.event_type not in NEEDS_PLACE_OR_DATE for f in work.findings) and \
            not grievance_named(doc.folded, doc.lexicon, finding.issue, finding.cue_start) \
            and not _dated_in_clause(doc, work, finding) and not opens_own_clause(
                doc.folded, doc.lexicon, work.sentence.start, finding.cue_start):
        return None  # "at the height of the protests": a backdrop to another act (not
        # one in a clause of its own: "..., as protests spread to Almaty")
    if finding.event_type in OPERATIONAL_TYPES | {"protest"} and not own and \
            _background(doc, work.sentence, finding.cue_start):
        return None  # "police opened fire on strikers in 2011": history, not news
    if finding.event_type == "protest" and finding.actor.via == "default" and not own \
            and not places and _definite(doc, finding.cue_start) and \
            not _names_a_weekday(doc, work.sentence):
        return None  # "since the protests began": the known protests, not a new one
    if finding.event_type in OPERATIONAL_TYPES:
        _inherit_actor(doc, finding)  # before its places: who acted may say where
    where = places_for(doc, finding, places)
    if finding.event_type in OPERATIONAL_TYPES:
        key = (finding.event_type, finding.actor.actor, finding.target
               if finding.event_type == "resignation_dismissal" else "")
        named = "; ".join(p.name for p in where)
        if not work.dates and (key in state.operational and named in
                               state.operational_places[key] or _sent_again(doc, finding, where)):
            return None  # an undated repeat of an act already reported there
        state.operational[key] = finding.actor
        state.operational_places.setdefault(key, set()).add(named)
    # someone's words: a speaker (not one whose speaking is the act: "los manifestantes
    # expresaron su descontento"), or a stance verb before the act (one after it, in a
    # clause of its own, does not take it as its object)
    speaker = work.speaker
    attributed = speaker is not None and not (
        finding.cue_start <= speaker.cue_start < finding.cue_end) or any(
        f.predicated and f.cue_start <= finding.cue_start for f in work.findings)
    if finding.event_type in NEEDS_PLACE_OR_DATE and attributed and not finding.by_agent \
            and not (
            work.dates or state.paragraph_date or state.paragraph_places or any(
                p.place.country == doc.home and p.place.kind != "country" for p in places)
            or grievance_named(doc.folded, doc.lexicon, finding.issue, finding.cue_start)):
        return None  # a crowd or clash named in someone's words, with no time or place
        # (not one whose agent is named: "selon X, des manifestants ont été tués par la
        # police" tells the act on X's authority)
    return where


def _dated_in_clause(doc: Document, work: SentenceWork, finding: Finding) -> bool:
    """True when one of the sentence's own dates stands within 40 characters of a cue,
    in its clause, and nearer to it than to the cue of any other act of the sentence
    ("faced since 2 January with a mass protest movement"; not "troops deployed on
    6 January amid the protests"): a backdrop the text dates is an event of its own."""
    def gap(date, cue: Finding) -> str:
        if date.end <= cue.cue_start:
            return doc.folded[date.end:cue.cue_start]
        return doc.folded[max(cue.cue_end, cue.cue_start):date.start]

    others = [f for f in work.findings if f is not finding and f.cue_end > f.cue_start]
    return any(len(gap(d, finding)) <= 40 and not CLAUSE_BREAK.search(gap(d, finding))
               and all(len(gap(d, finding)) < len(gap(d, other)) for other in others)
               for d in work.own)


def _names_a_weekday(doc: Document, sentence: Sentence) -> bool:
    """True when a sentence names a weekday ("began on Sunday"), even one left unresolved
    (a page dated by its month only): the text dates the act it tells."""
    return any(True for _c in doc.lexicon.finditer("weekday", doc.folded, sentence.start,
                                                    sentence.end))


def _definite(doc: Document, position: int) -> bool:
    """True when a definite or demonstrative article (the language's ``determiner`` rows)
    stands up to two words before a position ("the protests", "the fuel price protests",
    "ces manifestations")."""
    return _ends_before(doc, "determiner", max(doc.body_start, position - 40), position,
                        _GAP)


def _background(doc: Document, sentence: Sentence, position: int) -> bool:
    """True when a sentence names an earlier year ("en 2011", "in 2019") and no day: it
    recalls the past rather than reporting the events of the article. A count after a
    quantifier ("more than 2000") is no year. A year inside a
    relative clause that does not hold the act (at ``position``) describes someone named
    ("the crowd stormed ..., the autocrat who has ruled since 1990") and does not count."""
    if doc.ctx.year is None:
        return False
    for match in _YEAR.finditer(doc.folded, sentence.start, sentence.end):
        if int(match.group(0)) < doc.ctx.year and \
                not _counted(doc, sentence.start, match.start()) and \
                not _describes_someone(doc, sentence, match.start(), position):
            return True
    return False


def _counted(doc: Document, start: int, position: int) -> bool:
    """True when a ``quantifier`` of the language ("more than", "около", "mehr als") ends
    right before a four-digit number (in its sentence, from ``start``): "more than 2000
    people" is a count, not a year."""
    return _ends_before(doc, "quantifier", max(start, position - 30), position, _SPACE)


def _ends_before(doc: Document, kind: str, start: int, position: int,
                 gap: re.Pattern) -> bool:
    """True when a row of lexicon ``kind`` matched in ``folded[start:position]`` ends
    where only ``gap`` stands before ``position``."""
    return any(gap.fullmatch(doc.folded, match.end(), position)
               for _cue, match in doc.lexicon.finditer(kind, doc.folded, start, position))


def _describes_someone(doc: Document, sentence: Sentence, year: int, position: int) -> bool:
    """True when the clause holding a year (between punctuation marks) opens a relative
    clause (a ``relative_clause`` word of any language before the year) and does not
    hold ``position``."""
    text = doc.folded
    start = max([sentence.start] + [m.end() for m in CLAUSE_BREAK.finditer(
        text, sentence.start, year)])
    after = CLAUSE_BREAK.search(text, year, sentence.end)
    end = after.start() if after else sentence.end
    if start <= position < end:
        return False
    return bool(re.search(rf"\b(?:{doc.lexicon.alternation('relative_clause')})\b",
                          text[start:year]))


def _sent_again(doc: Document, finding: Finding, where: list) -> bool:
    """True when troops go "to the country" (no town) after the same sender's troops, or
    with no named sender after anyone's, were already reported: the same dispatch told
    again in general words ("российские десантники высадились в Алма-Ате ... всего в
    республику направлены ...")."""
    return finding.event_type == "military_deployment" and \
        all(p.kind == "country" for p in where) and any(
            kind == finding.event_type and (name == finding.actor.actor
                                            or finding.actor.via == "default")
            for kind, name, _target in doc.state.operational)


def _inherit_actor(doc: Document, finding: Finding) -> None:
    """An act with no named actor ("emergency rule was extended nationwide") is by whoever
    did the same kind of act earlier in the article."""
    if finding.actor.via != "default" or finding.event_type in COUNTRYWIDE | {"violent_clash"}:
        return  # their defaults (the alliance, the crowd) stand, whoever acted last time
    earlier = [actor for (kind, _name, _target), actor in doc.state.operational.items()
               if kind == finding.event_type and actor.via != "default"]
    if earlier:
        finding.actor = earlier[-1]

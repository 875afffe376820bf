"""The sentence steps that turn a sentence's words into rows: ``coding`` (the findings of the
sentence: positions, calls and operational acts, and the rules that join or drop some of
them) and ``rows`` (event rows of the findings that are events of their own, with date and
places, and who the actor book does not know may still act).

They read what the earlier steps of :mod:`dashboard.extract.sentence_steps` wrote on the
:class:`~dashboard.extract.document.SentenceWork` (view, speakers, dates, places); kept apart
from them because they decide what is an event, while the earlier steps only read the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from dashboard.extract.act_issues import grievance_named, refine_operational
from dashboard.extract.actors import Mention
from dashboard.extract.calls import phone_findings
from dashboard.extract.coding import Finding, position_findings
from dashboard.extract.dating import date_for
from dashboard.extract.document import Document, SentenceWork
from dashboard.extract.finding_filters import drop_narrated
from dashboard.extract.operations import operational_findings
from dashboard.extract.row_rules import kept_places
from dashboard.extract.rows import make_row
from dashboard.extract.sentence_view import SentenceView, cue_matches
from dashboard.extract.sentences import is_heading
from dashboard.extract.subjects import not_subject
from dashboard.knowledge import ActorBook
from dashboard.schema import OPERATIONAL_TYPES


@dataclass(frozen=True)
class Coding:
    """Findings of the sentence: positions, calls and operational acts, then the rules
    that join or drop some of them (an issue merely named in a call's sentence is the
    call's subject; a position narrating an act of the sentence is no event of its own;
    a crowd's clash and its statue-toppling are one act; a withdrawal's sending is its
    backdrop)."""

    name: ClassVar[str] = "coding"
    scope: ClassVar[str] = "sentence"

    def __call__(self, doc: Document, work: SentenceWork) -> None:
        view, lexicon, speaker = work.view, doc.lexicon, work.speaker
        if recalls_reports(view, lexicon):
            work.findings = []  # "Ранее сообщалось, что ...": the outlet's earlier news
            return
        findings = position_findings(view, lexicon, work.speakers)
        findings += phone_findings(view, lexicon, speaker)
        findings += operational_findings(
            view, lexicon, lambda name, at: default_mention(
                doc.roles.get(name.removeprefix("@"), name), at, doc.knowledge.book),
            speaker, [(d.start, d.end) for d in work.own])
        if any(f.event_type == "phone_call" and not f.issue for f in findings):
            _give_calls_an_issue(findings, lexicon.stances)
        head = doc.folded[view.start:min(view.end, view.start + 30)]
        if any(f.event_type == "phone_call" for f in findings) or any(
                m.start() <= 2 for cue, m in lexicon.finditer("reporting", head)
                if cue.value == "previous"):
            # "Peskov said Putin and Tokayev spoke": the call is what the words report;
            # "Об этом заявил X": X's words are the sentence before's, none of their own
            findings = [f for f in findings if (f.event_type, f.issue, f.stance) !=
                        ("statement", "other", "")]
        findings = drop_narrated(_fold_into_calls(findings), OPERATIONAL_TYPES)
        findings = _drop_grievance_positions(findings, view, lexicon)
        if any(f.event_type == "violent_clash" and f.actor.kind == "crowd" for f in findings):
            # "pulled down the statue and set the city hall on fire": one act, a clash (a
            # protest row's own issue is fixed only by acts such as toppling a statue)
            findings = [f for f in findings if f.event_type != "protest"
                        or f.issue != "leadership_change"]
        if any(f.event_type == "withdrawal" for f in findings):
            # "troops sent last week will begin withdrawing": the sending is the backdrop
            findings = [f for f in findings if f.event_type != "military_deployment"]
        if work.following is not None and is_heading(doc.text, work.sentence):
            # a section heading ("Internet shutdown") names what the text below reports
            findings = [f for f in findings if not f.act]
        work.findings = findings


def recalls_reports(view: SentenceView, lexicon) -> bool:
    """True when a ``recap`` phrase opens the sentence (at most one word before it: "Ранее
    сообщалось, что ...", "Как сообщалось ранее, ..."): the outlet recalls what was
    reported before, with no one speaking and nothing new to tell."""
    head = view.folded[view.start:min(view.end, view.start + 60)]
    return any(len(re.findall(r"\w+", head[:match.start()])) <= 1
               for _cue, match in lexicon.finditer("recap", head))


def _drop_grievance_positions(findings: list[Finding], view: SentenceView,
                              lexicon) -> list[Finding]:
    """A grievance named right after a protest's cue ("asked for help after protests over
    fuel prices", "troops sent against protests sparked by anger at the price rise") is
    what the crowd protested, not the issue of another actor's stance verb in the
    sentence: that actor's position on it is dropped (the protest keeps it)."""
    told = {f.issue for f in findings if f.act and f.event_type == "protest"
            and grievance_named(view.folded, lexicon, f.issue, f.cue_start)}
    return [f for f in findings if f.act or f.issue not in told or f.actor.kind == "crowd"]


def default_mention(name: str, position: int, book: ActorBook) -> Mention | None:
    """A mention of a lexicon row's default actor (``Kazakh police``) at a position."""
    actor = book.actors.get(name)
    if actor is None:
        return None
    return Mention(position, position, actor.name, actor.kind, actor.country, "default")


def _fold_into_calls(findings: list[Finding]) -> list[Finding]:
    """Issues merely named in a call's sentence ("they discussed stability") are the
    call's subject, not separate statements by the caller."""
    callers = {f.actor.actor for f in findings if f.event_type == "phone_call"}
    return [f for f in findings if f.event_type == "phone_call" or f.predicated
            or f.event_type in OPERATIONAL_TYPES or f.actor.actor not in callers]


def _give_calls_an_issue(findings: list[Finding], stances: dict) -> None:
    """A call takes the issue and stance of the first position stated in its sentence."""
    positions = [f for f in findings if f.stance and f.event_type != "phone_call"]
    for finding in findings:
        if finding.event_type == "phone_call" and not finding.issue:
            # a call with no stated position is the relations of the two sides
            finding.issue = positions[0].issue if positions else "bilateral_relations"
            finding.stance = positions[0].stance if positions else \
                stances.get(("bilateral_relations", "none"), ("", ""))[0]


class Rows:
    """Event rows of the findings that are events of their own, with date and places."""

    name, scope = "rows", "sentence"

    def __call__(self, doc: Document, work: SentenceWork) -> None:
        sentence = work.sentence
        for finding in work.findings:
            finding.sentence_start, finding.sentence_end = sentence.start, sentence.end
            refine_operational(finding, doc.lexicon.stances)
            if finding.actor.kind == "unknown":
                if not unknown_may_act(doc, work, finding):
                    continue  # someone the book does not know acted, or is no sure speaker
                finding.confidence = round(finding.confidence - UNKNOWN_PENALTY, 2)
            where = kept_places(doc, work, finding)
            if where is not None:
                # "at the request of X" has no date of its own: not the sentence's
                when = date_for(doc, [] if finding.undated else work.dates, finding.cue_start)
                work.rows.append(make_row(doc, sentence, finding, when, where))
        doc.rows.extend(work.rows)


# what a person the actor book does not know may be the actor of: their own words
STANCE_TYPES = frozenset({"statement", "support", "opposition", "appeal_request",
                          "call_for_restraint"})
UNKNOWN_PENALTY = 0.15  # a name the book does not know: less sure than a known actor


def unknown_may_act(doc: Document, work: SentenceWork, finding: Finding) -> bool:
    """True when a person the book does not know is the actor of a finding: in a
    language whose copy spells names as the event model does (lexicon ``trait``
    ``english_name_spelling``), of a stance-bearing act (no operational act, no phone
    call), named in this sentence (no pronoun standing for the name), outside any
    quotation and not right after an article, and a speaker found by the reporting rules
    or a mention that can be a clause subject (no object, no name after a preposition)."""
    mention = finding.actor
    sentence = work.sentence
    if not doc.lexicon.has_trait("english_name_spelling") or \
            finding.event_type not in STANCE_TYPES or not mention.actor or \
            mention.via != "unknown" or not sentence.start <= mention.start < sentence.end:
        return False
    if any(a < mention.start < b for a, b in doc.quotes) or _after_article(doc, mention):
        return False
    if any(s.mention == mention for s in work.speakers):
        return True
    return not not_subject(work.view, doc.lexicon, mention) and \
        not _object_of_verb(doc, work.view, mention)


def _object_of_verb(doc: Document, view: SentenceView, mention: Mention) -> bool:
    """True when another mention stands before ``mention`` in its clause (no comma,
    semicolon, colon or dash between) and no reporting cue lies between them: the
    mention is the object of that subject's verb ("Lavrov met Marat Bekov and
    condemned ..."), not the subject of a clause reported by a speaker ("Tokayev said
    Marat Bekov condemned ...")."""
    reporting = [m for _c, m in cue_matches(doc.lexicon, "reporting", view)]
    for other in view.mentions:
        if other.end > mention.start or other.actor == mention.actor:
            continue
        gap = view.folded[other.end:mention.start]
        if not re.search(r"[,;:—–]", gap) and not any(
                other.end <= cue.start() and cue.end() <= mention.start for cue in reporting):
            return True
    return False


def _after_article(doc: Document, mention: Mention) -> bool:
    """True when an article or determiner of any language stands right before a name
    ("des Staatlichen Komitees"): capitalised words after one are a noun phrase, not a
    person named by the name alone."""
    words = doc.folded[max(0, mention.start - 20):mention.start].replace("'", " ").split()
    return bool(words) and (words[-1] in doc.lexicon.pooled_words("article") or any(
        cue.regex.fullmatch(words[-1]) for cue in doc.lexicon.of("determiner")))

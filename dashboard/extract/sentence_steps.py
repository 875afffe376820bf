"""The sentence-level components of the extractor (``scope = "sentence"``).

Each reads the :class:`~dashboard.extract.document.Document` and its running
:class:`~dashboard.extract.document.Discourse`, and writes one
:class:`~dashboard.extract.document.SentenceWork`; the extractor runs them in order on each
sentence: ``sentence`` (a new paragraph forgets the paragraph's date and places; the view
the coders read) -> ``dates`` -> ``sentence_places`` -> ``speakers`` -> ``attribution`` ->
``coding`` -> ``rows`` (:mod:`dashboard.extract.row_rules`) -> ``advance``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from dashboard.extract.actors import Mention
from dashboard.extract.calls import phone_findings
from dashboard.extract.coding import Finding, drop_narrated, position_findings
from dashboard.extract.dating import (
    attributes_previous,
    attribution_dates,
    date_for,
    only_a_date,
    sentence_dates,
)
from dashboard.extract.document import Discourse, Document, SentenceWork
from dashboard.extract.operations import (
    grievance_named,
    operational_findings,
    refine_operational,
)
from dashboard.extract.places import PlaceMention, after_locative
from dashboard.extract.quotes import closes_before, quoted_from
from dashboard.extract.row_rules import kept_places
from dashboard.extract.rows import make_row
from dashboard.extract.sentences import is_heading
from dashboard.extract.speakers import (
    SentenceView,
    Speaker,
    cue_matches,
    find_speakers,
    not_subject,
    subject_before,
)
from dashboard.knowledge import ActorBook
from dashboard.schema import OPERATIONAL_TYPES


def sentence_view(doc: Document, start: int, end: int, state: Discourse) -> SentenceView:
    """What the coders read of a span: its mentions and the discourse's last referents."""
    return SentenceView(start, end, doc.folded, doc.mention_index.starting_in(start, end),
                        state.last_speaker, state.last_person, state.last_body,
                        state.last_organisation, state.last_president, doc.home,
                        tuple(doc.quotes), state.last_mention)


class OpenSentence:
    """A new paragraph forgets the paragraph's date and places; the sentence's view is
    taken from the discourse as it stands before the sentence."""

    name, scope = "sentence", "sentence"

    def __call__(self, doc: Document, work: SentenceWork) -> None:
        state, sentence = doc.state, work.sentence
        if sentence.paragraph != state.paragraph:
            state.paragraph, state.paragraph_date, state.paragraph_places = \
                sentence.paragraph, None, []
        work.view = sentence_view(doc, sentence.start, sentence.end, state)


class SentenceDates:
    """The sentence's dates (its own, else the dateline's); a sentence that is only a
    date ("Mercredi 5 janvier 2022." heading a live blog) gives the lead date."""

    name, scope = "dates", "sentence"

    def __call__(self, doc: Document, work: SentenceWork) -> None:
        work.dates, work.own = sentence_dates(doc, work.sentence)
        sentence = work.sentence
        if work.own and doc.state.lead_date is None and only_a_date(
                doc.folded, sentence.start, sentence.end, work.own):
            doc.state.lead_date = work.own[0].value


class SentencePlaces:
    """Places named in the sentence, except a place inside an actor's name ("Nursultan"
    of "Nursultan Nazarbayev", "Almaty" of "Akimat of Almaty")."""

    name, scope = "sentence_places", "sentence"

    def __call__(self, doc: Document, work: SentenceWork) -> None:
        work.places = [p for p in doc.place_index.starting_in(work.sentence.start,
                                                                work.sentence.end)
                       if not _inside_actor(doc, p)]


def _inside_actor(doc: Document, place: PlaceMention) -> bool:
    """A place inside a person's name, or a country inside a body's; a town in a body's
    name ("la mairie d'Almaty", "Almaty city hall") still says where its acts happen."""
    town = place.place.kind != "country"
    return any(m.via == "alias" and (m.end - m.start) > (place.end - place.start)
               and not (town and m.kind not in ("person", "unknown"))
               for m in doc.mention_index.covering(place.start, place.end))


class Speakers:
    """Who speaks: one speaker per reporting cue of the sentence."""

    name, scope = "speakers", "sentence"

    def __call__(self, doc: Document, work: SentenceWork) -> None:
        work.speakers = find_speakers(work.view, doc.lexicon) or _label_speaker(work.view)


# who may head a sentence as "Name: words" (a state so placed is more often a topic label:
# "Kazakhstan: protests spread")
_LABEL_KINDS = ("person", "government_body", "international_organisation")


def _label_speaker(view: SentenceView) -> list[Speaker]:
    """A headline's speaker named before a colon, with no verb ("Kazakh president: foreign
    terrorists behind unrest", "Kremlin: troops will leave"): the name opens the
    sentence (an article apart) and the colon follows it at once."""
    for mention in view.mentions[:1]:
        opening = view.folded[view.start:mention.start].split()
        colon = re.match(r"\s*:\s", view.folded[mention.end:mention.end + 3])
        if mention.kind in _LABEL_KINDS and len(opening) <= 1 and colon:
            return [Speaker(mention, mention.end, mention.end + colon.end())]
    return []


class Attribution:
    """Agency copy often gives the words first and names who said them, and when, in the
    next sentence ("... . Об этом заявил 5 января X.", "C'est ce qu'a déclaré X."): its
    speakers speak this sentence when it has none, and its dates date it. A sentence
    inside a quotation that names its speaker once it closes ("«... . ...», — сказал
    он") is that speaker's, whoever its own words name."""

    name, scope = "attribution", "sentence"

    def __call__(self, doc: Document, work: SentenceWork) -> None:
        quoting, inside = _quotation_speakers(doc, work)
        # a sentence wholly inside the quotation is the speaker's whoever it names; one
        # that opens the quotation is, unless it names a speaker of its own (a
        # carried-over speaker has an empty cue)
        if quoting and (inside or all(s.cue_start == s.cue_end for s in work.speakers)):
            work.speakers = quoting
        if not work.speakers and doc.state.reporting and _reported_mood(doc, work.view):
            # "X sagte, ... . Die Mission sei ein Erfolg.": the mood of reported speech
            # carries the speaker of the sentence before
            work.speakers = [Speaker(doc.state.reporting, work.view.end, work.view.end)]
        attributed = attributes_previous(doc, work.sentence, work.following)
        if not work.speakers and attributed:
            following, view = work.following, work.view
            after = sentence_view(doc, following.start, following.end, doc.state)
            work.speakers = [Speaker(s.mention, view.end, view.end)
                             for s in find_speakers(after, doc.lexicon)]
            _remember_where_said(doc, following, work.speakers)
        said = attribution_dates(doc, work.sentence, work.following) if attributed else []
        if said and work.own and all(d.value > said[0].value for d in work.own):
            work.own = []  # "... будет завершен 19 января. Об этом он заявил 13 января":
            # a later day is what was announced for, the act is the announcement's
        work.occasion = work.own or said
        work.dates = work.occasion or work.dates


_WORD = re.compile(r"\w+")


def _reported_mood(doc: Document, view: SentenceView) -> bool:
    """True when a verb form of reported speech (``reported_mood`` words of the article's
    language: German "sei", "habe", "werde") stands in the sentence outside quotation
    marks, and no reporting cue does: the sentence goes on with someone's words."""
    moods = doc.lexicon.words("reported_mood")
    if not moods or cue_matches(doc.lexicon, "reporting", view):
        return False
    return any(word.group(0) in moods and not any(
        o <= word.start() < c for o, c in view.quotes)
        for word in _WORD.finditer(doc.folded, view.start, view.end))


def _remember_where_said(doc: Document, following, speakers: list[Speaker]) -> None:
    """A town the attributing sentence puts its speaker in ("Об этом X заявил, посещая
    храм в Минске", after a place preposition) is where the words were said: the place
    of the speaker's other words on that occasion too."""
    places = [p for p in doc.place_index.starting_in(following.start, following.end)
              if p.place.kind != "country" and not _inside_actor(doc, p)
              and after_locative(doc.folded, p.start, doc.lexicon)]
    if places and speakers:
        doc.state.said_at[speakers[0].mention.actor] = places[0].place


def _remember_place_of_saying(doc: Document, work: SentenceWork, speaker: Speaker) -> None:
    """A town named by the reporting cue, after a place preposition and before any
    reported clause or quotation ("заявил на брифинге в Пекине, что", "said in Geneva
    that", "«...», — сказал он в Минске"), or before the cue in its clause ("В Минске
    Лукашенко заявил"), is where the speaker's words were said on that occasion."""
    if speaker.cue_start == speaker.cue_end:
        return
    text, lexicon = doc.folded, doc.lexicon
    opening = lexicon.pooled_words("complementizer")
    # "по его словам, ...", "according to him": the words themselves follow the cue
    leads_words = any(cue.value in ("after", "pronoun") for cue, m in lexicon.finditer(
        "reporting", text, speaker.cue_start, speaker.cue_end) if m.start() == speaker.cue_start)
    for mention in work.places:
        if mention.place.kind == "country" or _inside_actor(doc, mention) or \
                not after_locative(text, mention.start, lexicon):
            continue
        if mention.start >= speaker.cue_end and leads_words:
            continue
        gap = text[speaker.cue_end:mention.start] if mention.start >= speaker.cue_end \
            else text[mention.end:speaker.cue_start]
        if len(gap) <= 60 and not re.search(r"[\"«»“”„:;]", gap) and \
                not opening.intersection(re.findall(r"\w+", gap)) and \
                not (mention.start < speaker.cue_start and "," in gap):
            doc.state.said_at[speaker.mention.actor] = mention.place
            return


def _quotation_speakers(doc: Document, work: SentenceWork) -> tuple[list[Speaker], bool]:
    """The speaker named after a quotation that runs on past the sentence's end and closes
    in a later sentence of its paragraph ("«... . ...», — сказал он", "« ... . ... », a
    déclaré X"), read where it closes, and whether the sentence lies wholly inside the
    quotation (rather than opening it); ``([], False)`` when there is none."""
    sentence, view = work.sentence, work.view
    quote = next(((o, c) for o, c in view.quotes if o < sentence.end <= c), None)
    if quote is None:
        return [], False
    closing = next((s for s in doc.sentences if s.start <= quote[1] < s.end), None)
    if closing is None or closing.paragraph != sentence.paragraph:
        return [], False
    after = sentence_view(doc, closing.start, closing.end, doc.state)
    named = [s for s in find_speakers(after, doc.lexicon)
             if closes_before(after.folded, s.cue_start, after.quotes) == quote[1]]
    inside = quoted_from(view.quotes, sentence.start, sentence.end) is not None
    return ([Speaker(named[0].mention, view.end, view.end)] if named else []), inside


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
            view, lexicon, lambda name, at: default_mention(name, at, doc.knowledge.book),
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


class Advance:
    """Carry speaker, dates and places forward to the next sentence."""

    name, scope = "advance", "sentence"

    def __call__(self, doc: Document, work: SentenceWork) -> None:
        state, view, speaker = doc.state, work.view, work.speaker
        subject = speaker.mention if speaker else subject_before(view, doc.lexicon, view.end,
                                                                 None)
        state.reporting = speaker.mention if speaker else None
        if speaker:
            state.last_speaker = speaker.mention
            _remember_place_of_saying(doc, work, speaker)
        if subject and subject.kind in ("person", "unknown"):
            state.last_person = subject
            state.last_speaker = state.last_speaker if speaker else subject
        elif subject and subject.kind not in ("crowd", "state"):
            state.last_body = subject
        _remember_referents(state, view, doc.knowledge.book)
        dates = work.occasion
        if dates:
            state.previous_date = dates[-1].value
        if dates and (speaker or work.findings):
            # only a sentence that reports something sets the date of its occasion; a
            # background date ("the price cap was lifted on 1 January") does not carry over
            state.paragraph_date = dates[0].value
            state.lead_date = state.lead_date or dates[0].value
        state.paragraph_places += [p.place for p in work.places
                                   if p.place.kind != "country" and p.place.country == doc.home]


def _remember_referents(state: Discourse, view: SentenceView, book: ActorBook) -> None:
    """The last president, international organisation and actor named ("the head of
    state", "the alliance", "ce dernier" refer to them)."""
    presidents = [m for m in view.mentions if m.kind == "person" and m.via != "anaphora"
                  and book.actors[m.actor].role.lower().startswith("president")]
    if presidents:
        state.last_president = presidents[-1]
    organisations = [m for m in view.mentions if m.kind == "international_organisation"]
    if organisations:
        state.last_organisation = organisations[-1]
    if view.mentions:
        state.last_mention = view.mentions[-1]


SENTENCE_STEPS = (OpenSentence, SentenceDates, SentencePlaces, Speakers, Attribution, Coding,
                  Rows, Advance)

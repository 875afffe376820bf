"""The sentence-level components of the extractor (``scope = "sentence"``).

Each reads the :class:`~dashboard.extract.document.Document` and its running
:class:`~dashboard.extract.document.Discourse`, and writes one
:class:`~dashboard.extract.document.SentenceWork`; the extractor runs them in order on each
sentence: ``sentence`` (a new paragraph forgets the paragraph's date and places; the view
the coders read) -> ``dates`` -> ``sentence_places`` -> ``speakers`` -> ``attribution`` ->
``coding`` -> ``rows`` (:mod:`dashboard.extract.row_rules`) -> ``advance``.
The ``coding`` and ``rows`` steps live in :mod:`dashboard.extract.coding_steps`.
"""

from __future__ import annotations

import re

from dashboard.extract.actors import Mention
from dashboard.extract.coding_steps import Coding, Rows
from dashboard.extract.dating import (
    attributes_previous,
    attribution_dates,
    only_a_date,
    sentence_dates,
)
from dashboard.extract.document import Discourse, Document, SentenceWork
from dashboard.extract.places import PlaceMention, after_locative
from dashboard.extract.quotes import closes_before, quoted_from
from dashboard.extract.sentence_view import SentenceView, cue_matches
from dashboard.extract.speakers import Speaker, find_speakers
from dashboard.extract.subjects import not_subject, subject_before
from dashboard.knowledge import ActorBook


def sentence_view(doc: Document, start: int, end: int, state: Discourse) -> SentenceView:
    """What the coders read of a span: its mentions and the discourse's last referents."""
    return SentenceView(start, end, doc.folded, doc.mention_index.starting_in(start, end),
                        state.last_speaker, state.last_person, state.last_body,
                        state.last_organisation, state.last_president, doc.home,
                        tuple(doc.quotes), state.last_mention, state.last_country,
                        doc.offices)


class OpenSentence:
    """A new paragraph forgets the paragraph's date and places; the sentence's view is
    taken from the discourse as it stands before the sentence. The country of the
    sentence's first named mention that may be a subject is then the country "МИД
    страны" or "le ministère ... du pays" in the following sentences is of (it is known
    before the sentence is coded, as the next sentence is read early when it attributes
    this one: "... . Об этом сообщили в МИД страны")."""

    name, scope = "sentence", "sentence"

    def __call__(self, doc: Document, work: SentenceWork) -> None:
        state, sentence = doc.state, work.sentence
        if sentence.paragraph != state.paragraph:
            state.paragraph, state.paragraph_date, state.paragraph_places = \
                sentence.paragraph, None, []
        work.view = sentence_view(doc, sentence.start, sentence.end, state)
        named = next((m for m in work.view.mentions if m.via != "anaphora" and m.country
                      not in ("", "INT") and not not_subject(work.view, doc.lexicon, m)), None)
        if named:
            state.last_country = named.country


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
        announced, said = _announced_speaker(doc, work), []
        if announced and all(s.cue_start == s.cue_end for s in work.speakers) and (
                quoted_from(work.view.quotes, work.sentence.start, work.sentence.end)
                or not cue_matches(doc.lexicon, "operational", work.view)):
            # an act named outside quotation marks stays the reporter's narration
            work.speakers = [Speaker(announced, work.view.end, work.view.end)]
            said = doc.state.announced_dates  # the words are of the announcement's day
        if not work.speakers and doc.state.reporting and _speech_goes_on(doc, work.view):
            # "X sagte, ... . Die Mission sei ein Erfolg.": the mood of reported speech
            # carries the speaker of the sentence before; so does a first-person subject
            # ("A spokesperson said: ... We call for calm.")
            work.speakers = [Speaker(doc.state.reporting, work.view.end, work.view.end)]
        attributed = attributes_previous(doc, work.sentence, work.following)
        if not work.speakers and attributed:
            following, view = work.following, work.view
            after = sentence_view(doc, following.start, following.end, doc.state)
            work.speakers = [Speaker(s.mention, view.end, view.end)
                             for s in find_speakers(after, doc.lexicon)]
            _remember_where_said(doc, following, work.speakers)
        said = attribution_dates(doc, work.sentence, work.following) if attributed else \
            said
        if said and work.own and all(d.value > said[0].value for d in work.own):
            work.own = []  # "... будет завершен 19 января. Об этом он заявил 13 января":
            # a later day is what was announced for, the act is the announcement's
        work.occasion = work.own or said
        work.dates = work.occasion or work.dates


_WORD = re.compile(r"\w+")
_OPENING_MARKS = "«“„\"'‘"


def _announced_speaker(doc: Document, work: SentenceWork) -> Mention | None:
    """The speaker of a statement announced at the end of an earlier paragraph ("An FCDO
    spokesperson said:", "Le ministère a déclaré :", "МИД заявил:"), whose words fill the
    paragraphs after it with no speaker of their own: quoted paragraphs (each opening a
    quotation mark, the last one closing it) while they last, else every paragraph until
    a sentence names a speaker of its own (see :class:`Advance`)."""
    state, sentence = doc.state, work.sentence
    if state.announced is None or sentence.paragraph <= state.announced_paragraph:
        return None
    if sentence.paragraph != state.announced_read:
        state.announced_read = sentence.paragraph  # the paragraph's first sentence
        quoted = doc.text[sentence.start:sentence.end].lstrip()[:1] in _OPENING_MARKS
        if state.announced_quoted is None:
            state.announced_quoted = quoted
        elif state.announced_quoted and not quoted:
            state.announced = None  # the quoted statement is over: the reporter speaks
    return state.announced


def _speech_goes_on(doc: Document, view: SentenceView) -> bool:
    """True when a ``reported_mood`` word of the article's language, a verb form of
    reported speech (German "sei", "habe", "werde") or a first-person subject ("we"),
    stands in the sentence outside quotation marks, and no reporting cue does: the
    sentence goes on with someone's words (no reporter writes "we" in a news report)."""
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


class Advance:
    """Carry speaker, dates and places forward to the next sentence."""

    name, scope = "advance", "sentence"

    def __call__(self, doc: Document, work: SentenceWork) -> None:
        state, view, speaker = doc.state, work.view, work.speaker
        subject = speaker.mention if speaker else subject_before(view, doc.lexicon, view.end,
                                                                 None)
        state.reporting = speaker.mention if speaker else None
        _remember_announcement(doc, work)
        if speaker:
            state.last_speaker = speaker.mention
            _remember_place_of_saying(doc, work, speaker)
        if subject and subject.kind in ("person", "unknown"):
            state.last_person = subject
            state.last_speaker = state.last_speaker if speaker else subject
        elif subject and subject.kind not in ("crowd", "state"):
            state.last_body = subject
        _remember_referents(state, view, doc.knowledge.book, doc.lexicon)
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


def _remember_announcement(doc: Document, work: SentenceWork) -> None:
    """A sentence whose own speaker's words end it on a colon, or on a ``cataphor`` ("the
    following", "ce qui suit", "следующее"), at the end of its paragraph ("X said:",
    "the ministry wishes to note the following.") announces the paragraphs after it as
    that speaker's words (with a cataphor and no reporting verb, the sentence's subject
    speaks); a sentence naming a speaker of its own after them ends the statement."""
    state, speaker, sentence = doc.state, work.speaker, work.sentence
    own = speaker is not None and speaker.cue_start != speaker.cue_end
    following = work.following
    words = doc.folded[sentence.start:sentence.end].rstrip()
    cataphor = re.search(rf"\b(?:{doc.lexicon.alternation('cataphor')})\s*[.:]$", words)
    announcer = speaker.mention if own else None
    if cataphor and announcer is None:
        announcer = subject_before(work.view, doc.lexicon, sentence.start + cataphor.start(),
                                   None)
    if announcer is not None and (words.endswith(":") or cataphor) and (
            following is None or following.paragraph != sentence.paragraph):
        state.announced, state.announced_paragraph = announcer, sentence.paragraph
        state.announced_quoted, state.announced_read = None, sentence.paragraph
        state.announced_dates = work.occasion
    elif own and sentence.paragraph > state.announced_paragraph:
        state.announced = None


def _remember_referents(state: Discourse, view: SentenceView, book: ActorBook,
                        lexicon) -> None:
    """The last president, international organisation and actor named ("the head of
    state", "the alliance", "ce dernier" refer to them). Of the presidents a sentence
    names, the one that is its subject is who "the head of state" of the next sentence
    is ("Токаев поговорил с Путиным. Глава государства поблагодарил ..."): the first
    that may be a clause subject, else the last named."""
    presidents = [m for m in view.mentions if m.kind == "person" and m.via != "anaphora"
                  and book.actors[m.actor].role.lower().startswith("president")]
    if presidents:
        subjects = [m for m in presidents if not not_subject(view, lexicon, m)]
        state.last_president = subjects[0] if subjects else presidents[-1]
    organisations = [m for m in view.mentions if m.kind == "international_organisation"]
    if organisations:
        state.last_organisation = organisations[-1]
    if view.mentions:
        state.last_mention = view.mentions[-1]


SENTENCE_STEPS = (OpenSentence, SentenceDates, SentencePlaces, Speakers, Attribution, Coding,
                  Rows, Advance)

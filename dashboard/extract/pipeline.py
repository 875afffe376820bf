"""``extract_events``: article text in, event rows (the event model) out.

The steps are the small components of this package, run in order on one ``Document``:
header and language (metadata), boilerplate (text), tokens, actor and place mentions,
sentences, then per sentence: dates, speaker, coding. Models and lexicons are loaded once
per process (module-level caches), so a batch pays their cost once.

Date and place of an event (the event model's rules; dates chosen in dating.py):

- the date expression nearest the cue in the same sentence; otherwise the date of the
  occasion the paragraph is about (its last date), otherwise the article's lead date
  (parts of one dated occasion share its date), otherwise the dateline's date ("ALMATY,
  Jan 5 (Reuters) -", a date written in the text); nothing dated -> empty, never the
  publication date;
- operational events (protests, clashes, arrests, emergency rule, deployments) are placed
  at the towns or regions the sentence names, else the last one named in the paragraph,
  else ``Kazakhstan``; protests and clashes get one row per town. Statements, calls and
  positions get no place.
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.extract.actors import Mention, actor_book, find_actors, find_unknown_people
from dashboard.extract.coding import (
    Finding,
    drop_narrated,
    phone_findings,
    position_findings,
    stance_table,
)
from dashboard.extract.dates import DateContext, DateMention, find_dates, reference_year
from dashboard.extract.dating import (
    attributes_previous,
    attribution_dates,
    date_for,
    headline_dates,
    only_a_date,
    sentence_dates,
)
from dashboard.extract.document import Document
from dashboard.extract.lexicon import SUPPORTED_LANGUAGES, fold, load_lexicon
from dashboard.extract.metadata import (
    detect_language,
    find_dateline,
    parse_header,
    skip_headlines,
)
from dashboard.extract.operations import operational_findings, refine_operational
from dashboard.extract.places import DEFAULT_COUNTRY as HOME
from dashboard.extract.places import (
    LOCATED,
    NEEDS_PLACE_OR_DATE,
    PlaceMention,
    find_places,
    places_for,
)
from dashboard.extract.rows import make_row, parse_published
from dashboard.extract.sentences import Sentence, split_sentences
from dashboard.extract.speakers import (
    SentenceView,
    find_speakers,
    subject_before,
)
from dashboard.extract.text import strip_boilerplate
from dashboard.extract.tokens import tokenize
from dashboard.schema import OPERATIONAL_TYPES


def extract_events(text: str, *, published=None, language: str | None = None,
                   source: dict | None = None) -> list[dict]:
    """Extract events from one article.

    Parameters
    ----------
    text : str
        The article text (plain text; use :mod:`dashboard.extract.text` for HTML or bytes).
    published : date or str, optional
        Publication date (``YYYY-MM-DD`` or ``YYYY-MM``); overrides a date in the header
        lines. Relative dates are resolved against it; it is never stored as an event date.
    language : str, optional
        ISO 639-1 code; detected when not given. Articles in a language outside
        ``SUPPORTED_LANGUAGES`` give no events (:func:`article_language` says which).
    source : dict, optional
        Provenance: ``title``, ``publisher``, ``url`` (header lines fill in what is missing).

    Returns
    -------
    list of dict
        One dict per event, keys = ``dashboard.schema.EVENT_COLUMNS``, all values strings;
        ``method`` is ``extracted``, ``review_status`` ``unreviewed``; ``evidence`` is the
        supporting sentence and ``evidence_start``/``evidence_end`` its offsets in ``text``.
    """
    doc = _document(text, published, language, source or {})
    if doc is None:
        return []
    rows: dict[tuple, dict] = {}
    for index, sentence in enumerate(doc.sentences):
        following = doc.sentences[index + 1] if index + 1 < len(doc.sentences) else None
        for row in _sentence_events(doc, sentence, following):
            key = (row["event_type"], row["actor"], row["issue"], row["location"]
                   if row["event_type"] in LOCATED else "", row["date"],
                   row["target"] if row["event_type"] in ("resignation_dismissal",
                                                          "phone_call") else "")
            rows.setdefault(key, row)
    return list(rows.values())


def article_language(text: str, language: str | None = None) -> str:
    """The two-letter code :func:`extract_events` reads an article in: the given code
    ("EN", "en-US", "fr_FR" -> ``en``/``fr``), else the language detected in its body ("" when
    none is). Events come only from ``SUPPORTED_LANGUAGES``."""
    if not language:
        language = detect_language(text[parse_header(text).body_start:])
    return str(language or "").lower()[:2]


def _document(text: str, published, language, source: dict) -> Document | None:
    header = parse_header(text)
    day, year = parse_published(published)
    day = day or (header.published if published is None else None)
    year = year or (day.year if day else None)
    language = article_language(text, language)
    if language not in SUPPORTED_LANGUAGES:
        return None
    cleaned = strip_boilerplate(text)
    folded = fold(cleaned)
    lexicon = load_lexicon(language)
    ctx = DateContext(day, year or reference_year(folded, None, lexicon))
    body = skip_headlines(cleaned, header.body_start)
    if day is None and ctx.year:
        # no publication date: the dateline's date ("ALMATY, Jan 5 -") stands in for it
        filed = find_dates(folded, body, min(len(folded), body + 80), lexicon, ctx)
        if filed and filed[0].start - body <= 40:
            ctx = DateContext(filed[0].value, ctx.year)
    tokens = tokenize(cleaned, body)
    on = day or (date(ctx.year, 1, 15) if ctx.year else None)
    source = {"title": header.title, "publisher": header.publisher, **source,
              "language": language, "published": day.isoformat() if day else ""}
    places = find_places(tokens)
    mentions = find_actors(cleaned, folded, tokens, lexicon, on)
    dateline = find_dateline(cleaned, body, header.body_start)
    if dateline:  # the reporter's city: neither where events happened nor an actor
        places = [p for p in places if p.start >= dateline[1]]
        mentions = [m for m in mentions if m.start >= dateline[1]]
    taken = [(m.start, m.end) for m in mentions] + [(p.start, p.end) for p in places]
    if dateline:
        taken.append((0, dateline[1]))
    mentions = sorted(mentions + find_unknown_people(cleaned, folded, taken, lexicon, body),
                      key=lambda m: m.start)
    doc = Document(text, folded, language, lexicon, ctx, mentions, places,
                   split_sentences(cleaned, body, language=language), source,
                   dateline=dateline[2] if dateline else None,
                   dateline_end=dateline[1] if dateline else -1)
    headline_dates(doc, header.body_start, body)
    return doc


def _sentence_events(doc: Document, sentence: Sentence,
                     following: Sentence | None = None) -> list[dict]:
    if sentence.paragraph != doc.paragraph:
        doc.paragraph, doc.paragraph_date, doc.paragraph_places = sentence.paragraph, None, []
    view = SentenceView(sentence.start, sentence.end, doc.folded,
                        doc.mention_index.starting_in(sentence.start, sentence.end),
                        doc.last_speaker, doc.last_person, doc.last_body,
                        doc.last_organisation, doc.last_president)
    dates, own = sentence_dates(doc, sentence)
    if own and doc.lead_date is None and only_a_date(doc.folded, sentence.start,
                                                       sentence.end, own):
        doc.lead_date = own[0].value  # "Mercredi 5 janvier 2022." heading a live blog
    places = [p for p in doc.place_index.starting_in(sentence.start, sentence.end)
              if not _inside_actor(doc, p)]
    speakers = find_speakers(view, doc.lexicon)
    if not speakers:
        speakers = _attributed_after(doc, sentence, view, following)
    occasion = own or attribution_dates(doc, sentence, following)
    dates = occasion or dates  # "Об этом заявил 5 января X": the words' day is the next one's
    speaker = min(speakers, key=lambda s: s[1]) if speakers else None
    findings = position_findings(view, doc.lexicon, speakers)
    findings += phone_findings(view, doc.lexicon, speaker)
    findings += operational_findings(view, doc.lexicon, _default_mention, speaker)
    if findings and any(f.event_type == "phone_call" and not f.issue for f in findings):
        _give_calls_an_issue(findings)
    findings = drop_narrated(_fold_into_calls(findings), OPERATIONAL_TYPES)
    if any(f.event_type == "violent_clash" and f.actor.kind == "crowd" for f in findings):
        # "pulled down the statue and set the city hall on fire": one act, a clash (a
        # protest row's own issue is fixed only by acts such as toppling a statue)
        findings = [f for f in findings if f.event_type != "protest"
                    or f.issue != "leadership_change"]
    if any(f.event_type == "withdrawal" for f in findings):
        # "troops sent last week will begin withdrawing": the sending is the backdrop
        findings = [f for f in findings if f.event_type != "military_deployment"]
    context = (speaker is not None or any(f.predicated for f in findings), dates, own, places)
    rows = []
    for finding in findings:
        finding.sentence_start, finding.sentence_end = sentence.start, sentence.end
        refine_operational(finding)
        if finding.actor.kind == "unknown":
            continue  # someone the knowledge base does not know acted or spoke
        where = _kept_places(doc, sentence, finding, findings, context)
        if where is not None:
            rows.append(make_row(doc, sentence, finding, date_for(doc, dates, finding.cue_start),
                                 where))
    _advance(doc, view, speaker, occasion, places, bool(findings))
    return rows


def _attributed_after(doc: Document, sentence: Sentence, view: SentenceView,
                      following: Sentence | None) -> list:
    """The speakers of the next sentence when it attributes this one ("... . Об этом
    заявил журналистам Дмитрий Песков.", "C'est ce qu'a déclaré X."): agency copy often
    gives the words first and names who said them in the following sentence."""
    if not attributes_previous(doc, sentence, following):
        return []
    after = SentenceView(following.start, following.end, doc.folded,
                         doc.mention_index.starting_in(following.start, following.end),
                         view.last_speaker, view.last_person, view.last_body,
                         view.last_organisation, view.last_president)
    return [(who, view.end, view.end) for who, _a, _b in find_speakers(after, doc.lexicon)]


def _kept_places(doc: Document, sentence: Sentence, finding: Finding, findings: list,
                 context: tuple) -> list | None:
    """The finding's places, or ``None`` when the finding is not an event of its own."""
    attributed, dates, own, places = context
    if finding.event_type == "protest" and finding.actor.via == "default" and any(
            f.event_type not in NEEDS_PLACE_OR_DATE for f in findings):
        return None  # "at the height of the protests": a backdrop to another act
    if finding.event_type in OPERATIONAL_TYPES | {"protest"} and not own and \
            _background(doc, sentence):
        return None  # "police opened fire on strikers in 2011": history, not news
    if finding.event_type == "protest" and finding.actor.via == "default" and not own \
            and not places and _definite(doc, finding.cue_start):
        return None  # "since the protests began": the known protests, not a new one
    where = places_for(doc, finding, places)
    if finding.event_type in OPERATIONAL_TYPES:
        _inherit_actor(doc, finding)
        key = (finding.event_type, finding.actor.actor, finding.target
               if finding.event_type == "resignation_dismissal" else "")
        named = "; ".join(p.name for p in where)
        if not dates and key in doc.operational and named in doc.operational_places[key]:
            return None  # an undated repeat of an act already reported there
        doc.operational[key] = finding.actor
        doc.operational_places.setdefault(key, set()).add(named)
    if finding.event_type in NEEDS_PLACE_OR_DATE and attributed and not (
            dates or doc.paragraph_date or doc.paragraph_places or any(
                p.place.country == HOME and p.place.kind != "country" for p in places)):
        return None  # a crowd or clash named in someone's words, with no time or place
    return where


def _definite(doc: Document, position: int) -> bool:
    """True when a definite or demonstrative article stands up to two words before a
    position ("the protests", "the fuel price protests", "ces manifestations")."""
    return bool(re.search(r"\b(?:the|these|those|this|les|la|le|ces|cette|ce)\s+"
                          r"(?:[\w-]+\s+){0,2}$", doc.folded[max(0, position - 40):position]))


def _inside_actor(doc: Document, place: PlaceMention) -> bool:
    """A place name inside an actor's name ("Nursultan" of "Nursultan Nazarbayev", "Almaty"
    of "Akimat of Almaty") is not where something happened."""
    return any(m.via == "alias" and (m.end - m.start) > (place.end - place.start)
               for m in doc.mention_index.covering(place.start, place.end))


def _default_mention(name: str, position: int) -> Mention | None:
    actor = actor_book().actors.get(name)
    if actor is None:
        return None
    return Mention(position, position, actor.name, actor.kind, actor.country, "default")


def _fold_into_calls(findings: list[Finding]) -> list[Finding]:
    """Issues merely named in a call's sentence ("they discussed stability") are the
    call's subject, not separate statements by the caller."""
    callers = {f.actor.actor for f in findings if f.event_type == "phone_call"}
    return [f for f in findings if f.event_type == "phone_call" or f.predicated
            or f.event_type in OPERATIONAL_TYPES or f.actor.actor not in callers]


def _background(doc: Document, sentence: Sentence) -> bool:
    """True when a sentence names an earlier year ("en 2011", "in 2019") and no day: it
    recalls the past rather than reporting the events of the article."""
    if doc.ctx.year is None:
        return False
    years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20[0-4]\d)\b",
                                        doc.folded[sentence.start:sentence.end])]
    return any(y < doc.ctx.year for y in years)


def _inherit_actor(doc: Document, finding: Finding) -> None:
    """An act with no named actor ("emergency rule was extended nationwide") is by whoever
    did the same kind of act earlier in the article."""
    if finding.actor.via != "default" or finding.event_type in ("withdrawal", "violent_clash"):
        return  # their defaults (the alliance, the crowd) stand, whoever acted last time
    earlier = [actor for (kind, _name, _target), actor in doc.operational.items()
               if kind == finding.event_type and actor.via != "default"]
    if earlier:
        finding.actor = earlier[-1]


def _give_calls_an_issue(findings: list[Finding]) -> None:
    """A call takes the issue and stance of the first position stated in its sentence."""
    positions = [f for f in findings if f.stance and f.event_type != "phone_call"]
    for finding in findings:
        if finding.event_type == "phone_call" and not finding.issue:
            # a call with no stated position is the relations of the two sides
            finding.issue = positions[0].issue if positions else "bilateral_relations"
            finding.stance = positions[0].stance if positions else \
                stance_table().get(("bilateral_relations", "none"), ("", ""))[0]


def _advance(doc: Document, view: SentenceView, speaker, dates: list[DateMention],
             places: list[PlaceMention], produced: bool = True) -> None:
    """Carry speaker, dates and places forward to the next sentence."""
    subject = speaker[0] if speaker else subject_before(view, doc.lexicon, view.end, None)
    if speaker:
        doc.last_speaker = speaker[0]
    if subject and subject.kind in ("person", "unknown"):
        doc.last_person = subject
        doc.last_speaker = doc.last_speaker if speaker else subject
    elif subject and subject.kind not in ("crowd", "state"):
        doc.last_body = subject
    presidents = [m for m in view.mentions if m.kind == "person" and m.via != "anaphora"
                  and actor_book().actors[m.actor].role.lower().startswith("president")]
    if presidents:
        doc.last_president = presidents[-1]
    organisations = [m for m in view.mentions if m.kind == "international_organisation"]
    if organisations:
        doc.last_organisation = organisations[-1]
    if dates:
        doc.previous_date = dates[-1].value
    if dates and (speaker or produced):
        # only a sentence that reports something sets the date of its occasion; a
        # background date ("the price cap was lifted on 1 January") does not carry over
        doc.paragraph_date = dates[0].value
        doc.lead_date = doc.lead_date or dates[0].value
    doc.paragraph_places += [p.place for p in places
                             if p.place.kind != "country" and p.place.country == HOME]

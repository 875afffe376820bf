"""The typed state the extractor's components read and write.

- :class:`Document`: one article being extracted: its text and folded text, language,
  lexicon, date context and provenance (set when it is read), then what the article-level
  components find (tokens, places, actor mentions, dateline, sentences), the running
  :class:`Discourse` and the event rows.
- :class:`Discourse`: what carries from one sentence to the next (the last speaker,
  person, body, organisation and president spoken of; the last date, the lead date, the
  dateline's date; the paragraph's date and places; the acts already reported).
- :class:`SentenceWork`: what the sentence-level components find in one sentence (its
  dates, places, speakers, findings and rows).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dashboard.extract.actors import Mention
from dashboard.extract.coding import Finding
from dashboard.extract.dates import DateContext, DateMention
from dashboard.extract.knowledge_base import Knowledge, shipped_knowledge
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.places import PlaceMention
from dashboard.extract.rows import EXTRACTOR_VERSION
from dashboard.extract.sentence_view import SentenceView
from dashboard.extract.sentences import Sentence
from dashboard.extract.spans import SpanIndex
from dashboard.extract.speakers import Speaker
from dashboard.extract.tokens import Token
from dashboard.geo import Place


@dataclass
class Discourse:
    """The running state carried from one sentence to the next."""

    last_speaker: Mention | None = None
    reporting: Mention | None = None  # the speaker of the sentence just read, if any
    last_person: Mention | None = None
    last_body: Mention | None = None
    last_organisation: Mention | None = None
    last_president: Mention | None = None
    last_mention: Mention | None = None  # the last actor named, of any kind
    last_country: str = ""  # the country (ISO3) of the last clause subject that has one
    previous_date: date | None = None  # the last date written before this sentence
    lead_date: date | None = None  # a dated headline or the first dated report
    filed_date: date | None = None  # the dateline's (or a headline's) date
    paragraph: int = -1
    paragraph_date: date | None = None  # the date of the occasion the paragraph is about
    paragraph_places: list[Place] = field(default_factory=list)
    # (event type, actor, target) -> actor of acts already reported, and where
    operational: dict[tuple[str, str, str], Mention] = field(default_factory=dict)
    operational_places: dict[tuple[str, str, str], set[str]] = field(default_factory=dict)
    # speaker -> where their words were said ("Об этом X заявил, посещая храм в Минске")
    said_at: dict[str, Place] = field(default_factory=dict)
    # who announced words to follow in the next paragraphs ("X said:"), the paragraph of
    # the announcement, and whether those words are quoted paragraphs (None: not yet read)
    announced: Mention | None = None
    announced_paragraph: int = -1
    announced_quoted: bool | None = None
    announced_read: int = -1  # the last paragraph read inside the announced statement
    announced_dates: list = field(default_factory=list)  # the announcement's own dates


@dataclass
class Document:
    """An article being extracted (see the module docstring).

    ``header_start`` is where the text after the header lines begins, ``body_start`` where
    the body begins after the headlines; ``home`` is the crisis's country (ISO3). Event
    evidence is cut from ``text``; the finders read ``cleaned`` and ``folded``.
    """

    text: str
    folded: str
    language: str
    lexicon: Lexicon
    ctx: DateContext
    source: dict
    home: str
    cleaned: str = ""  # the text with boilerplate lines blanked (same offsets)
    header_start: int = 0
    body_start: int = 0
    reference_day: date | None = None  # the day descriptive aliases are judged on
    knowledge: Knowledge = field(default_factory=shipped_knowledge)  # actors and places
    version: str = EXTRACTOR_VERSION  # the extractor's, stamped on each row
    tokens: list[Token] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # quotation marks, paired
    dateline: Place | None = None
    # the bodies that act in the street (the crisis's police and security forces roles)
    street_forces: frozenset[str] = frozenset()
    # the crisis's actor roles (role -> actor: "authorities" -> the crisis's authorities)
    roles: dict[str, str] = field(default_factory=dict)
    # (folded role, country, actor, kind) of the actor book's bodies ("МИД страны")
    offices: tuple[tuple[str, str, str, str], ...] = ()
    dateline_start: int = -1
    dateline_end: int = -1
    state: Discourse = field(default_factory=Discourse)
    rows: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mention_index: SpanIndex[Mention] = SpanIndex(self.mentions)
        self.place_index: SpanIndex[PlaceMention] = SpanIndex(self.places)

    # Per-sentence look-ups go through these indexes: a scan of every mention for every
    # sentence made extraction time grow with the square of the text's length.
    def set_mentions(self, mentions: list[Mention]) -> None:
        """Replace the actor mentions (kept in text order) and their index."""
        self.mentions = mentions
        self.mention_index = SpanIndex(mentions)

    def set_places(self, places: list[PlaceMention]) -> None:
        """Replace the place mentions and their index."""
        self.places = places
        self.place_index = SpanIndex(places)


@dataclass
class SentenceWork:
    """What the sentence-level components find in one sentence.

    ``dates`` are the dates usable for its events (its own, else the dateline's), ``own``
    the dates it gives itself, ``occasion`` its own dates or those of the next sentence
    when that one attributes it ("Об этом заявил 5 января X").
    """

    sentence: Sentence
    following: Sentence | None
    view: SentenceView | None = None
    dates: list[DateMention] = field(default_factory=list)
    own: list[DateMention] = field(default_factory=list)
    occasion: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)

    @property
    def speaker(self) -> Speaker | None:
        """The speaker of the sentence's first reporting cue."""
        return min(self.speakers, key=lambda s: s.cue_start) if self.speakers else None

"""The article being extracted: its text, what was found in it, and the running state
that carries speakers, dates and places from one sentence to the next."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dashboard.extract.actors import Mention
from dashboard.extract.dates import DateContext
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.places import PlaceMention
from dashboard.extract.sentences import Sentence
from dashboard.extract.spans import SpanIndex


@dataclass
class Document:
    """An article being processed: text, its folded form, mentions, and running state."""

    text: str
    folded: str
    language: str
    lexicon: Lexicon
    ctx: DateContext
    mentions: list[Mention]
    places: list[PlaceMention]
    sentences: list[Sentence]
    source: dict
    dateline: object = None
    dateline_end: int = -1
    filed_date: date | None = None
    last_speaker: Mention | None = None
    last_person: Mention | None = None
    last_body: Mention | None = None
    last_organisation: Mention | None = None
    last_president: Mention | None = None
    previous_date: date | None = None
    lead_date: date | None = None
    paragraph: int = -1
    paragraph_date: date | None = None
    paragraph_places: list = field(default_factory=list)
    operational: dict = field(default_factory=dict)
    operational_places: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Per-sentence look-ups go through these indexes: a scan of every mention for
        # every sentence made extraction time grow with the square of the text's length.
        self.mention_index = SpanIndex(self.mentions)
        self.place_index = SpanIndex(self.places)

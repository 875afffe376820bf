"""``Extractor``: article text in, event rows (the event model) out.

An :class:`Extractor` is made once from an :class:`~dashboard.extract.config.
ExtractorConfig` (lexicon folders, knowledge folders, the crisis's country and period,
default year) and holds an ordered list of named components
(:mod:`dashboard.extract.components` for the article, :mod:`dashboard.extract.
sentence_steps` for each sentence). Making it loads and validates every supported
language's lexicon, so a typo in a lexicon fails at once, naming file, line and column.
:func:`extract_events` is the thin public call, on a cached extractor of
:func:`~dashboard.extract.config.default_config`.

Date and place of an event (the event model's rules; dates chosen in dating.py):

- the date expression nearest the cue in the same sentence; otherwise the date of the
  occasion the paragraph is about (its last date), otherwise the article's lead date
  (parts of one dated occasion share its date), otherwise the dateline's date ("ALMATY,
  Jan 5 (Reuters) -", a date written in the text); nothing dated -> empty, never the
  publication date;
- operational events (protests, clashes, arrests, emergency rule, deployments) are placed
  at the towns or regions the sentence names, else the last one named in the paragraph,
  else the crisis's country; protests and clashes get one row per town. Statements,
  calls and positions get no place unless the sentence puts them somewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import groupby

from dashboard.extract.components import ARTICLE_START, Dedupe, read_document
from dashboard.extract.config import ExtractorConfig, default_config
from dashboard.extract.document import Document, SentenceWork
from dashboard.extract.knowledge_base import load_knowledge
from dashboard.extract.lexicon import (
    SUPPORTED_LANGUAGES,
    Lexicon,
    for_crisis,
    load_lexicon,
    pool_words,
)
from dashboard.extract.metadata import detect_language, parse_header
from dashboard.extract.rows import extractor_version
from dashboard.extract.sentence_steps import SENTENCE_STEPS
from dashboard.extract.state_voices import StateVoices
from dashboard.extract.subjects import office_table

Component = Callable[..., None]


def default_components() -> tuple[Component, ...]:
    """The shipped order: article components, the sentence steps, whose voice a foreign
    state's words are, then dedupe."""
    return tuple(c() for c in (*ARTICLE_START, *SENTENCE_STEPS, StateVoices, Dedupe))


class Extractor:
    """Events from articles for one crisis configuration.

    Parameters
    ----------
    config : ExtractorConfig, optional
        The crisis's settings; :func:`default_config` when omitted.
    components : sequence of callables, optional
        Objects with ``name``, ``scope`` (``"article"`` or ``"sentence"``) and
        ``__call__(doc)`` or ``__call__(doc, work)``; :func:`default_components` when
        omitted. Consecutive sentence components run together on each sentence.

    Raises
    ------
    ValueError
        When a lexicon row is bad (file, line, column) or names an actor the actor book
        does not know.
    """

    def __init__(self, config: ExtractorConfig | None = None,
                 components: Sequence[Component] | None = None):
        self.config = config or default_config()
        self.components = tuple(components if components is not None
                                else default_components())
        self.knowledge = load_knowledge(self.config.knowledge_dirs)
        self.version = extractor_version(self.config.lexicon_dirs, self.config.knowledge_dirs)
        self.lexicons = {language: self._load(language) for language in SUPPORTED_LANGUAGES}
        pool_words(self.lexicons.values())

    @property
    def pipe_names(self) -> list[str]:
        """The components' names, in the order they run."""
        return [component.name for component in self.components]

    def _load(self, language: str) -> Lexicon:
        lexicon = for_crisis(load_lexicon(language, self.config.lexicon_dirs,
                                          self.config.issues),
                             dict(self.config.roles), self.config.home_country)
        actors = self.knowledge.book.actors
        for cues in lexicon.cues.values():
            for cue in cues:
                if cue.actor and cue.actor not in actors:
                    raise cue.error(5, f"'{cue.actor}' is not an actor of the actor book")
        offices = office_table(self.knowledge)
        for cue in lexicon.of("anaphora"):
            if cue.office and not any(re.search(cue.office, role) for role, *_ in offices):
                raise cue.error(6, f"'{cue.value}' names the role of no body of the actor book")
        return lexicon

    def read(self, text: str, published=None, language: str | None = None,
             source: dict | None = None) -> Document | None:
        """The article as a fresh :class:`Document`, or ``None`` for an unsupported
        language (see :func:`article_language`)."""
        language = article_language(text, language)
        if language not in self.lexicons:
            return None
        return read_document(self.config, self.lexicons[language], text, published,
                             source or {}, self.knowledge, self.version)

    def run(self, doc: Document) -> Document:
        """Run the components on a document, in order; sentence components per sentence."""
        for scope, group in groupby(self.components, key=lambda c: c.scope):
            steps = list(group)
            if scope == "article":
                for step in steps:
                    step(doc)
                continue
            for index, sentence in enumerate(doc.sentences):
                following = doc.sentences[index + 1] if index + 1 < len(doc.sentences) \
                    else None
                work = SentenceWork(sentence, following)
                for step in steps:
                    step(doc, work)
        return doc

    def __call__(self, text: str, *, published=None, language: str | None = None,
                 source: dict | None = None) -> list[dict]:
        """The events of one article (see :func:`extract_events`)."""
        doc = self.read(text, published, language, source)
        return self.run(doc).events if doc is not None else []


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The extractor of the shipped crisis, made once per process."""
    return Extractor()


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
    return default_extractor()(text, published=published, language=language, source=source)


def article_language(text: str, language: str | None = None) -> str:
    """The two-letter code :func:`extract_events` reads an article in: the given code
    ("EN", "en-US", "fr_FR" -> ``en``/``fr``), else the language detected in its body ("" when
    none is). Events come only from ``SUPPORTED_LANGUAGES``."""
    if not language:
        language = detect_language(text[parse_header(text).body_start:])
    return str(language or "").lower()[:2]

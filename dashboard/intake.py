"""Articles added by hand: pasted text or uploaded files -> articles -> extracted events.

The "Add articles" page calls these; nothing here imports Streamlit. Files are read by the
extractor's own readers (:func:`dashboard.extract.batch.read_articles`: ``.txt``, ``.md``,
``.html``, ``.json``, ``.jsonl``), so a file reads the same in the browser as on the
command line. Each article carries its source metadata (title, publisher, URL, language,
publication date), prefilled from what the file and the extractor's header reading say,
and editable before the events are saved.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from dashboard.extract.batch import ArticleInput, read_articles
from dashboard.schema import is_http_url, parse_iso_date

# The source metadata of an article, as the form shows it, and the event columns it fills.
SOURCE_FIELDS: tuple[str, ...] = ("title", "publisher", "url", "language", "published")
PASTED = "pasted text"

# progress(done, total, name): called before each article and once at the end.
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Article:
    """One article to add: its text, its source metadata and the hash that identifies it."""

    name: str
    text: str
    source: dict[str, str]
    note: str = ""

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the same article added twice is one article."""
        return content_hash(self.text)


@dataclass
class Extraction:
    """An article and the events the extractor found in it (or why it failed)."""

    article: Article
    events: list[dict] = field(default_factory=list)
    error: str = ""


def content_hash(text: str) -> str:
    """SHA-256 of an article's text, with line endings and outer blank space normalised
    (a copy pasted from another system still counts as the same article)."""
    normal = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def read_pasted(text: str, name: str = PASTED) -> tuple[list[Article], list[str]]:
    """The article of a pasted text (a pasted HTML page is converted, as in a file).

    Returns the articles (one) and the problems (one when the text cannot be read).
    """
    if not text.strip():
        return [], [f"{name}: the text is empty"]
    return _to_articles(read_articles(name + ".txt", text.encode("utf-8")), strip=".txt")


def read_uploads(files: Iterable[tuple[str, bytes]]) -> tuple[list[Article], list[str]]:
    """Articles of uploaded files, given as ``(file name, content)``.

    Returns
    -------
    (list of Article, list of str)
        The articles read, and one message per file or line that could not be read
        (``name: what was wrong``); a bad file never stops the others.
    """
    articles, problems = [], []
    for name, data in files:
        read, bad = _to_articles(read_articles(name, data))
        articles += read
        problems += bad
    return articles, problems


def _to_articles(inputs: Iterable[ArticleInput], strip: str = "") -> tuple[list, list]:
    articles, problems = [], []
    for item in inputs:
        name = item.name.removesuffix(strip) if strip else item.name
        if item.error:
            problems.append(f"{name}: {item.error}")
        else:
            articles.append(Article(name, item.text, prefill_source(item.text, item.fields),
                                    item.note))
    return articles, problems


def prefill_source(text: str, given: dict[str, str] | None = None) -> dict[str, str]:
    """Source metadata for the form: what the file gave, else what the text's header says.

    The header ("Publisher | 11.01.2022" under a title) and the language come from the
    extractor's readers (:mod:`dashboard.extract.metadata`), so the form shows what the
    extractor would use.
    """
    from dashboard.extract.metadata import detect_language, parse_header

    given = given or {}
    header = parse_header(text)
    published = given.get("published") or (header.published.isoformat()
                                            if header.published else "")
    language = given.get("language") or detect_language(text[header.body_start:]) or ""
    return {"title": given.get("title") or header.title,
            "publisher": given.get("publisher") or header.publisher,
            "url": given.get("url", ""), "language": language.lower()[:2],
            "published": published[:10]}


def check_source(source: dict[str, str]) -> list[tuple[str, str]]:
    """Problems with edited source metadata, as ``(field, message)`` pairs."""
    from dashboard.extract.lexicon import SUPPORTED_LANGUAGES

    problems = []
    url = (source.get("url") or "").strip()
    if url and not is_http_url(url):
        problems.append(("url", f"'{url}' is not an http(s) URL"))
    published = (source.get("published") or "").strip()
    if published:
        try:
            parse_iso_date(published)
        except ValueError as err:
            problems.append(("published", str(err)))
    language = (source.get("language") or "").strip()
    if language and language not in SUPPORTED_LANGUAGES:
        problems.append(("language", f"'{language}' is not one of "
                                     f"{', '.join(SUPPORTED_LANGUAGES)} (the extractor's)"))
    return problems


def with_source(article: Article, source: dict[str, str]) -> Article:
    """The article with edited source metadata (values stripped, unknown keys dropped)."""
    clean = {key: str(source.get(key) or "").strip() for key in SOURCE_FIELDS}
    if isinstance(source.get("published"), date):
        clean["published"] = source["published"].isoformat()
    return replace(article, source=clean)


def extract_article(article: Article) -> Extraction:
    """Run the extractor on one article with its (possibly edited) source metadata.

    The publication date and language given are what the extractor resolves relative
    dates and picks its lexicon by. Without a URL, event ids are scoped by the article's
    content hash, so two pasted articles never share an id, and the same article extracted
    again gives the same ids (a rejected event is then recognised).
    """
    from dashboard.extract import extract_events

    src = article.source
    given = {key: src[key] for key in ("title", "publisher", "url") if src.get(key)}
    try:
        events = extract_events(article.text, published=src.get("published") or None,
                                language=src.get("language") or None, source=given)
    except ValueError as err:
        return Extraction(article, error=str(err))
    if not events and not src.get("language"):
        return Extraction(article, error="the language could not be told, or is not one "
                                         "the extractor reads")
    if not src.get("url"):
        for event in events:
            event["event_id"] = scoped_id(event["event_id"], article.content_hash)
    return Extraction(article, [apply_source(e, src) for e in events])


def scoped_id(event_id: str, digest: str) -> str:
    """An extractor id made specific to one article's content."""
    scoped = hashlib.sha1(f"{digest}|{event_id}".encode()).hexdigest()  # noqa: S324 - an id
    return f"X{scoped[:12]}"


def apply_source(event: dict, source: dict[str, str]) -> dict:
    """The event row with the article's source metadata in its ``source_*`` columns."""
    row = dict(event)
    for key in SOURCE_FIELDS:
        if source.get(key):
            row[f"source_{key}"] = str(source[key]).replace("|", "-") if key == "title" \
                else str(source[key])
    return row


def extract_all(articles: Sequence[Article], progress: Progress | None = None,
                ) -> list[Extraction]:
    """Extract every article in turn, reporting progress; one failure never stops the rest."""
    results = []
    for done, article in enumerate(articles):
        if progress:
            progress(done, len(articles), article.name)
        results.append(extract_article(article))
    if progress:
        progress(len(articles), len(articles), "")
    return results

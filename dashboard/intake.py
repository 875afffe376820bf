"""Articles added by hand: pasted text or uploaded files -> articles -> extracted events.

The "Add articles" page calls these; nothing here imports Streamlit. Files are read by the
extractor's own readers (:func:`dashboard.extract.batch.read_articles`: ``.txt``, ``.md``,
``.html``, ``.json``, ``.jsonl``), so a file reads the same in the browser as on the
command line. Each article carries its source metadata (title, publisher, URL, language,
publication date), prefilled from what the file and the extractor's header reading say,
and editable before the events are saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from dashboard.db.rows import content_hash, machine_event_id
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
            text = normal_text(item.text)
            articles.append(Article(name, text, prefill_source(text, item.fields), item.note))
    return articles, problems


def normal_text(text: str) -> str:
    """The text with ``\n`` line ends and no outer blank space: what is extracted and
    stored, so evidence offsets, event ids and the content hash agree for the same
    article pasted from anywhere."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


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


def extract_article(article: Article, extract=None) -> Extraction:
    """Run the extractor on one article with its (possibly edited) source metadata.

    ``extract`` is the crisis's extractor (:func:`dashboard.extract.config.config_for`);
    the default crisis's when omitted.

    The publication date and language given are what the extractor resolves relative
    dates and picks its lexicon by. Events get the store's ids for machine events (from
    the article's content hash and the evidence span): the ids shown are the ids saved, two
    pasted articles never share one, and the same article extracted again gives the same
    ids (a rejected event is then recognised).
    """
    if extract is None:
        from dashboard.extract import extract_events as extract

    src = article.source
    given = {key: src[key] for key in ("title", "publisher", "url") if src.get(key)}
    try:
        events = extract(article.text, published=src.get("published") or None,
                         language=src.get("language") or None, source=given)
    except ValueError as err:
        return Extraction(article, error=str(err))
    if not events and not src.get("language"):
        return Extraction(article, error="the language could not be told, or is not one "
                                         "the extractor reads")
    for event in events:
        event["event_id"] = machine_event_id(article.content_hash, event)
    return Extraction(article, [apply_source(e, src) for e in events])


def apply_source(event: dict, source: dict[str, str]) -> dict:
    """The event row with the article's source metadata in its ``source_*`` columns."""
    row = dict(event)
    for key in SOURCE_FIELDS:
        if source.get(key):
            row[f"source_{key}"] = str(source[key]).replace("|", "-") if key == "title" \
                else str(source[key])
    return row


def extract_all(articles: Sequence[Article], progress: Progress | None = None,
                extract=None) -> list[Extraction]:
    """Extract every article in turn, reporting progress; one failure never stops the rest."""
    results = []
    for done, article in enumerate(articles):
        if progress:
            progress(done, len(articles), article.name)
        results.append(extract_article(article, extract))
    if progress:
        progress(len(articles), len(articles), "")
    return results


@dataclass
class SaveSummary:
    """What saving one reviewed article did."""

    article_added: bool = False
    events_added: int = 0
    accepted: int = 0
    edited: int = 0
    rejected: int = 0
    pending: int = 0
    kept: int = 0  # events a person had already reviewed, left as they were
    problems: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        article = "article stored" if self.article_added else "article already stored"
        return (f"{article}; {self.events_added} new event(s); {self.accepted} accepted, "
                f"{self.edited} edited, {self.rejected} rejected, {self.pending} left for "
                f"review, {self.kept} already reviewed before")


def save_reviewed(store, article: Article, plan, reviewer: str,
                  crisis: str | None = None) -> SaveSummary:
    """Store an article, its events and the reviewer's decisions in one transaction.

    Parameters
    ----------
    store : dashboard.db.Store
        Where to save (the article once by content hash; events by their stable ids).
    article : Article
        The article with its (edited) source metadata.
    plan : dashboard.review.SavePlan
        The events sorted by decision (:func:`dashboard.review.plan_save`).
    reviewer : str
        Who decided, recorded with each decision in the audit trail.
    crisis : str, optional
        The crisis pack the events belong to (default: the default crisis).

    Every event is saved as extracted (``unreviewed``), then each decision is recorded as
    a review. Events a person reviewed before (the same article added again) keep that
    review: a rejected event is not brought back.
    """
    summary = SaveSummary(problems=list(plan.problems))
    edits = {e.row["event_id"]: e for e in plan.edited}
    rows = [*plan.accepted, *(e.original for e in plan.edited), *plan.rejected, *plan.pending]
    with store.transaction():
        ref = store.save_article(article.text, source=article.source, name=article.name,
                                 extractor_version=_extractor_version())
        summary.article_added = ref.created
        result = store.save_events(rows, article=ref, label=article.name, crisis=crisis)
        summary.events_added, summary.kept = result.inserted, result.kept
        summary.problems += [str(error) for error in result.errors]
        reviewed = _already_reviewed(store, rows)
        decisions = [*((r, "accept", None) for r in plan.accepted),
                     *((e.original, "edit", e.new_values) for e in edits.values()),
                     *((r, "reject", None) for r in plan.rejected)]
        for row, action, changes in decisions:
            if row["event_id"] in reviewed:
                continue
            store.review(row["event_id"], action, reviewer, changes)
            summary.accepted += action == "accept"
            summary.edited += action == "edit"
            summary.rejected += action == "reject"
    summary.pending = len(plan.pending)
    return summary


def _already_reviewed(store, rows) -> set[str]:
    """Ids among ``rows`` whose stored event a person has reviewed already."""
    ids = set()
    for row in rows:
        stored = store.event(row["event_id"])
        if stored and stored["review_status"] != "unreviewed":
            ids.add(row["event_id"])
    return ids


def _extractor_version() -> str:
    from dashboard.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION

"""Extraction over files and folders, where one bad file never stops the batch.

Accepted inputs: ``.txt``, ``.md``, ``.html``/``.htm`` (one article each), ``.json`` (an
article object with ``text``, or a list of them) and ``.jsonl`` (one article object per
line, as in the evaluation format). Folders are searched recursively for those suffixes.
Every input yields one :class:`FileResult`: its events, or one line saying what was wrong.

The reading is separate from the extraction (:func:`read_articles`), so that files
uploaded in the browser, which arrive as bytes, are read by the same code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.cells import visible_text
from dashboard.extract.metadata import unsupported_note
from dashboard.extract.pipeline import article_language, extract_events
from dashboard.extract.text import MAX_BYTES, BadInput, article_text, decode_bytes

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})
# Provenance an article object may carry besides its text.
RECORD_FIELDS = ("title", "publisher", "url", "published", "language")


@dataclass
class FileResult:
    """The outcome for one input: ``name`` (file, or ``file:line`` for JSON Lines)."""

    name: str
    events: list[dict] = field(default_factory=list)
    error: str = ""
    note: str = ""
    path: str = ""
    language: str = ""  # the language the article was read in (given or detected)

    def __post_init__(self) -> None:
        self.path = self.path or self.name

    @property
    def ok(self) -> bool:
        """True when the input was read and processed."""
        return not self.error


@dataclass
class ArticleInput:
    """One article read from a file: its text and what the file says about its source.

    ``name`` is the file (``file:line`` for JSON Lines, ``file[n]`` in a JSON list);
    ``fields`` holds the record's ``title``, ``publisher``, ``url``, ``published`` and
    ``language`` when given; ``error`` says why nothing could be read.
    """

    name: str
    text: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    note: str = ""
    error: str = ""
    path: str = ""

    @property
    def published(self) -> str | None:
        """The publication date the record gives, if any."""
        return self.fields.get("published")

    @property
    def language(self) -> str | None:
        """The language code the record gives, if any."""
        return self.fields.get("language")

    @property
    def source(self) -> dict[str, str]:
        """``title``, ``publisher`` and ``url`` as the record gives them (for extraction)."""
        return {k: self.fields[k] for k in ("title", "publisher", "url") if k in self.fields}


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files to process: given files as they are, folders searched for known suffixes.

    A path that does not exist is kept, so that it is reported as an error in its turn.
    """
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file()
                            and p.suffix.lower() in SUFFIXES)
        else:
            files.append(path)
    return files


def extract_paths(paths: Iterable[Path | str], *, published=None, language: str | None = None,
                  max_bytes: int = MAX_BYTES, extract=None) -> Iterator[FileResult]:
    """Yield one result per article file (per line for ``.jsonl``), never raising.

    Parameters
    ----------
    paths : iterable of Path or str
        Files and folders.
    published, language :
        Passed to :func:`extract_events`; they override what the file says.
    max_bytes : int
        Files larger than this are refused with a message.
    extract : callable, optional
        The extractor (an :class:`~dashboard.extract.pipeline.Extractor`, e.g. a crisis
        pack's); :func:`extract_events` (the default crisis's) when omitted.
    """
    for article in read_paths(paths, max_bytes):
        result = extract_article(article, published, language, extract)
        result.path = article.path
        yield result


def read_paths(paths: Iterable[Path | str], max_bytes: int = MAX_BYTES
               ) -> Iterator[ArticleInput]:
    """The articles of files and folders (see :func:`read_articles`), each with its
    ``path``; a file that cannot be read gives one article with ``error`` set."""
    for path in expand_paths(paths):
        for article in _read_path(path, max_bytes):
            article.path = str(path)
            yield article


def _read_path(path: Path, max_bytes: int) -> Iterator[ArticleInput]:
    """The articles of one file; a file that cannot be read gives one error."""
    try:
        if not path.exists():
            raise BadInput("no such file")
        _check_size(path.stat().st_size, max_bytes, path.suffix)
        data = path.read_bytes()
    except BadInput as err:
        yield ArticleInput(str(path), error=str(err))
        return
    except OSError as err:
        yield ArticleInput(str(path), error=f"{type(err).__name__}: {err}")
        return
    yield from read_articles(str(path), data, max_bytes=max_bytes)


def read_articles(name: str, data: bytes, *, max_bytes: int = MAX_BYTES
                  ) -> Iterator[ArticleInput]:
    """Read the articles held in one file's bytes, never raising.

    Parameters
    ----------
    name : str
        The file's name; its suffix says how to read it (``.json``/``.jsonl`` hold article
        objects, anything else is one article, HTML converted to text).
    data : bytes
        The file's content.
    max_bytes : int
        Larger content is refused with a message.

    Yields
    ------
    ArticleInput
        One per article; a whole-file problem (empty, binary, not JSON, too large) gives one
        with ``error`` set, a bad line of a ``.jsonl`` file one for that line.
    """
    suffix = Path(name).suffix.lower()
    try:
        _check_size(len(data), max_bytes, suffix)
        if suffix not in (".json", ".jsonl"):
            text, encoding = article_text(data, suffix)
            note = "" if encoding == "utf_8" else f"not UTF-8: decoded as {encoding}"
            yield ArticleInput(name, text, note=note)
            return
        content = decode_bytes(data)
        if suffix == ".jsonl":
            for number, line in enumerate(content.splitlines(), start=1):
                if line.strip():
                    yield _from_record(f"{name}:{number}", line)
            return
        try:
            records = json.loads(content)
        except json.JSONDecodeError as err:
            raise BadInput(f"not valid JSON ({err.msg}, line {err.lineno})") from None
        records = records if isinstance(records, list) else [records]
        for number, record in enumerate(records, start=1):
            yield _from_record(name if len(records) == 1 else f"{name}[{number}]", record)
    except BadInput as err:
        yield ArticleInput(name, error=str(err))
    except ValueError as err:
        yield ArticleInput(name, error=f"{type(err).__name__}: {err}")


def _check_size(size: int, max_bytes: int, suffix: str) -> None:
    if size > max_bytes:
        what = "" if suffix in (".json", ".jsonl") else " for one article"
        raise BadInput(f"file is {size / 1e6:.1f} MB, above the {max_bytes / 1e6:.0f} MB "
                       f"limit{what}")


def _from_record(name: str, record) -> ArticleInput:
    """One article object (or its JSON text) -> an article; problems named, not raised."""
    if isinstance(record, str):
        try:
            record = json.loads(record)
        except json.JSONDecodeError as err:
            return ArticleInput(name, error=f"not valid JSON ({err.msg})")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return ArticleInput(name, error="article object has no 'text' string")
    if not record["text"].strip():
        return ArticleInput(name, error="article text is empty")
    fields = {k: str(record[k]) for k in RECORD_FIELDS if record.get(k)}
    return ArticleInput(name, visible_text(record["text"]), fields)


def extract_article(article: ArticleInput, published, language,
                    extract=None) -> FileResult:
    """Run the extractor on one read article; its problems named, not raised.

    The per-article function of every batch: :func:`extract_paths` in one process and
    :mod:`dashboard.extract.cluster` on Dask workers. ``extract``: a crisis pack's
    extractor; the default crisis's (:func:`extract_events`) when omitted.
    """
    if article.error:
        return FileResult(article.name, error=article.error)
    language = language or article.language
    try:
        events = (extract or extract_events)(
            article.text, published=published or article.published, language=language,
            source=article.source)
    except ValueError as err:
        return FileResult(article.name, error=str(err))
    # an article in a language the lexicons do not cover gives no events: say so
    language = article_language(article.text, language)
    notes = (article.note, unsupported_note(language))
    return FileResult(article.name, events, note="; ".join(n for n in notes if n),
                      language=language)

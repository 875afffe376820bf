"""Extraction over files and folders, where one bad file never stops the batch.

Accepted inputs: ``.txt``, ``.md``, ``.html``/``.htm`` (one article each), ``.json`` (an
article object with ``text``, or a list of them) and ``.jsonl`` (one article object per
line, as in the evaluation format). Folders are searched recursively for those suffixes.
Every input yields one :class:`FileResult`: its events, or one line saying what was wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.extract.pipeline import extract_events
from dashboard.extract.text import MAX_BYTES, BadInput, decode_bytes, read_article_file

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})


@dataclass
class FileResult:
    """The outcome for one input: ``name`` (file, or ``file:line`` for JSON Lines)."""

    name: str
    events: list[dict] = field(default_factory=list)
    error: str = ""
    note: str = ""
    path: str = ""

    def __post_init__(self) -> None:
        self.path = self.path or self.name

    @property
    def ok(self) -> bool:
        """True when the input was read and processed."""
        return not self.error


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
                  max_bytes: int = MAX_BYTES) -> Iterator[FileResult]:
    """Yield one result per article file (per line for ``.jsonl``), never raising.

    Parameters
    ----------
    paths : iterable of Path or str
        Files and folders.
    published, language :
        Passed to :func:`extract_events`; they override what the file says.
    max_bytes : int
        Files larger than this are refused with a message.
    """
    for path in expand_paths(paths):
        try:
            for result in _extract_file(path, published, language, max_bytes):
                result.path = str(path)
                yield result
        except BadInput as err:
            yield FileResult(str(path), error=str(err))
        except (OSError, ValueError) as err:
            yield FileResult(str(path), error=f"{type(err).__name__}: {err}")


def _extract_file(path: Path, published, language, max_bytes) -> Iterator[FileResult]:
    if not path.exists():
        raise BadInput("no such file")
    suffix = path.suffix.lower()
    if suffix not in (".json", ".jsonl"):
        text, encoding = read_article_file(path, max_bytes)
        note = "" if encoding == "utf_8" else f"not UTF-8: decoded as {encoding}"
        yield FileResult(str(path), extract_events(text, published=published,
                                                   language=language), note=note)
        return
    if path.stat().st_size > max_bytes:
        raise BadInput(f"file is {path.stat().st_size / 1e6:.1f} MB, above the "
                       f"{max_bytes / 1e6:.0f} MB limit")
    content = decode_bytes(path.read_bytes())
    if suffix == ".jsonl":
        for number, line in enumerate(content.splitlines(), start=1):
            if line.strip():
                yield _from_record(f"{path}:{number}", line, published, language)
        return
    try:
        data = json.loads(content)
    except json.JSONDecodeError as err:
        raise BadInput(f"not valid JSON ({err.msg}, line {err.lineno})") from None
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        name = str(path) if len(records) == 1 else f"{path}[{number}]"
        yield _from_record(name, record, published, language)


def _from_record(name: str, record, published, language) -> FileResult:
    """One article object (or its JSON text) -> result; problems named, not raised."""
    if isinstance(record, str):
        try:
            record = json.loads(record)
        except json.JSONDecodeError as err:
            return FileResult(name, error=f"not valid JSON ({err.msg})")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return FileResult(name, error="article object has no 'text' string")
    if not record["text"].strip():
        return FileResult(name, error="article text is empty")
    source = {k: str(record[k]) for k in ("title", "publisher", "url") if record.get(k)}
    try:
        events = extract_events(record["text"],
                                published=published or record.get("published"),
                                language=language or record.get("language"), source=source)
    except ValueError as err:
        return FileResult(name, error=str(err))
    return FileResult(name, events)

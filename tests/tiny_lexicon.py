"""A tiny hand-written lexicon in a temporary folder, for tests of lexicon-driven rules.

A test of a rule whose words come from the lexicon writes a few rows, builds the lexicon
(or a whole extractor on it) and compares the result with and without a row. This module
writes the files one way for every such test: the ``<language>.csv`` header of
``data/lexicons/README.md`` and a ``stances.csv`` (header only unless rows are given; an
empty table, as when the file is absent). The actor book and gazetteer stay the shipped ones.
``run_through`` runs an extractor's components up to one of them, for the tests of one
component (what each sentence's work holds after it).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from dashboard.extract.config import default_config
from dashboard.extract.lexicon import Lexicon, load_lexicon
from dashboard.extract.pipeline import Extractor

HEADER = "kind,pattern,event_type,issue,stance,actor,value\n"
STANCES_HEADER = "issue,polarity,stance,event_type\n"


def write_lexicon(folder: Path, rows: str, language: str, stances: str = "") -> Path:
    """Write ``rows`` (lexicon lines without header) as ``<language>.csv`` and ``stances``
    (``stances.csv`` lines without header) into ``folder``, created if needed; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{language}.csv").write_text(HEADER + rows, encoding="utf-8")
    (folder / "stances.csv").write_text(STANCES_HEADER + stances, encoding="utf-8")
    return folder


def tiny_lexicon(tmp_path: Path, rows: str, language: str = "xx",
                 stances: str = "") -> Lexicon:
    """The lexicon of ``rows`` alone, written under ``tmp_path / "lex"``, in the made-up
    language "xx" unless a test needs a real code (date parsing reads it)."""
    return load_lexicon(language, write_lexicon(tmp_path / "lex", rows, language, stances))


def tiny_extractor(tmp_path: Path, rows: str, language: str = "en",
                   stances: str = "") -> Extractor:
    """An :class:`Extractor` of the default configuration whose only lexicon folder holds
    ``rows`` (and ``stances``), written under ``tmp_path / "lex"``; call it with the same
    ``language``."""
    folder = write_lexicon(tmp_path / "lex", rows, language, stances)
    return Extractor(replace(default_config(), lexicon_dirs=(folder,)))


class _Probe:
    """A sentence component that keeps each sentence's work for the test to read."""

    name, scope = "probe", "sentence"

    def __init__(self):
        self.works = []

    def __call__(self, doc, work):
        self.works.append(work)


def run_through(extractor: Extractor, text: str, last: str, published: str = "2022-01-06",
                language: str = "en"):
    """The document, and the works of its sentences, after ``extractor``'s components up
    to ``last`` (a probe after a sentence component keeps each sentence's work)."""
    components = list(extractor.components[:extractor.pipe_names.index(last) + 1])
    probe = _Probe()
    if components[-1].scope == "sentence":
        components.append(probe)
    partial = Extractor(extractor.config, components)
    doc = partial.run(partial.read(text, published, language))
    return doc, probe.works

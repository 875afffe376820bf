"""Cue lexicons: per-language rules kept as data in ``data/lexicons/<lang>.csv``.

Every row is ``kind,pattern,event_type,issue,stance,actor,value``. ``pattern`` is a regular
expression matched on *folded* text (lower case, accents removed, same length as the
original, see :func:`fold`), so ``déclaré`` and ``declare`` are written the same way. The
kinds are described in ``data/lexicons/README.md``; rows are read into typed, validated
rules by :mod:`dashboard.extract.rules` (a typo is an error naming file, line and column),
once per language and list of lexicon folders.
"""

from __future__ import annotations

import csv
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from dashboard.extract.config import LEXICON_DIR
from dashboard.extract.rules import (
    HOME,
    KINDS,
    LEXICON_COLUMNS,
    POLARITIES,
    ROLE_PREFIX,
    WORD_KINDS,
    Cue,
    LexiconError,
    RowReader,
    field_columns,
    parse_row,
)
from dashboard.schema import EVENT_TYPES, ISSUES, STANCES

__all__ = ["KINDS", "LEXICON_COLUMNS", "LEXICON_DIR", "SUPPORTED_LANGUAGES", "Cue", "Lexicon",
           "LexiconError", "fold", "for_crisis", "load_lexicon", "load_stances",
           "pool_words"]
SUPPORTED_LANGUAGES = ("en", "fr", "ru", "de", "es", "it")

_SAME = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "«": '"', "»": '"', "“": '"', "”": '"',
         "„": '"', "–": "-", "—": "-", "‑": "-", "\u00a0": " ", "ё": "е", "Ё": "е"}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _SAME:
        return _SAME[ch]
    low = ch.lower()
    if len(low) != 1:
        return ch
    if low.isascii() or low == "й":
        return low
    base = unicodedata.normalize("NFKD", low)[0]
    return base if len(base) == 1 else low


def fold(text: str) -> str:
    """Lower-case and strip accents character by character, keeping the length.

    Offsets into the folded text are offsets into the original, which is what lets every
    match point back at its evidence span. ``й`` is kept (it is a letter in Russian).
    """
    return "".join(_fold_char(ch) for ch in text)


@dataclass(eq=False)
class Lexicon:
    """All cues of one language, grouped by kind."""

    language: str
    cues: dict[str, list[Cue]] = field(default_factory=dict)
    stances: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # word kind -> its words in every language of the extractor (see :func:`pool_words`)
    pooled: dict[str, frozenset[str]] = field(default_factory=dict)

    def of(self, kind: str) -> list[Cue]:
        """The cues of one kind (empty list when the language has none)."""
        return self.cues.get(kind, [])

    def finditer(self, kind: str, folded: str, start: int = 0, end: int | None = None):
        """Yield ``(cue, match)`` for every match of a cue of ``kind`` in ``folded[start:end]``.

        Offsets of the matches are offsets into ``folded``.
        """
        end = len(folded) if end is None else end
        for cue in self.of(kind):
            for match in cue.regex.finditer(folded, start, end):
                yield cue, match


    def has_trait(self, trait: str) -> bool:
        """True when a ``trait`` row gives the language this property of its grammar
        (``pro_drop``, ``clause_final_negation``)."""
        return any(cue.source == trait for cue in self.of("trait"))

    def words(self, kind: str) -> frozenset[str]:
        """The folded words of a word kind (``function_word`` ...) in this language."""
        return frozenset(cue.source for cue in self.of(kind))

    def pooled_words(self, kind: str) -> frozenset[str]:
        """The words of a word kind in every language :func:`pool_words` was given (this
        language's own words when the lexicon was not pooled)."""
        pooled = self.pooled.get(kind)
        return self.words(kind) if pooled is None else pooled

    def alternation(self, kind: str) -> str:
        """The pooled words of a word kind as a regex alternation (``and|et|и``), for
        the few rules that look for them inside a larger pattern; one that never matches
        when there are none."""
        return _alternation(self.pooled_words(kind))


@lru_cache(maxsize=64)
def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words)) or "(?!)"


def pool_words(lexicons: Iterable[Lexicon]) -> None:
    """Give each lexicon the union of every lexicon's words of each word kind.

    The word lists (``institution_word``, ``function_word``, ``article``) were sets of
    words of all languages in code, looked up in every article (a German article quotes
    "Amnesty International", a French one "Security Council"); the pool keeps that: a word
    of any language's lexicon counts in every article.
    """
    lexicons = list(lexicons)
    for kind in WORD_KINDS:
        union = frozenset().union(*(lexicon.words(kind) for lexicon in lexicons))
        for lexicon in lexicons:
            lexicon.pooled[kind] = union


def _read_file(path: Path, lexicon: Lexicon, issues: tuple[str, ...]) -> None:
    """Add the rows of one lexicon file to ``lexicon`` (see :mod:`dashboard.extract.rules`)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or next(csv.reader([lines[0]]), []) != list(LEXICON_COLUMNS):
        raise LexiconError(path.name, 1, 1, "header",
                           f"the header must be {','.join(LEXICON_COLUMNS)}")
    for number, line in enumerate(lines[1:], start=2):
        fields = next(csv.reader([line]), [])
        cue = parse_row(RowReader(path.name, number, line, fields), fold, issues)
        if cue is not None:
            lexicon.cues.setdefault(cue.kind, []).append(cue)


def for_crisis(lexicon: Lexicon, roles: Mapping[str, str], home: str) -> Lexicon:
    """The lexicon as one crisis reads it: a row naming a role (``@police``) names the
    actor ``roles`` gives for it, and ``country=home`` is ``home`` (ISO3), so shared rows
    speak of the country where the crisis happens. An ``agent`` row of a role the crisis
    does not fill is left out; an ``operational`` one keeps no default actor. Cues keep
    their order, so a crisis that fills every role reads what the rows would say with
    its actors written in."""
    cues: dict[str, list[Cue]] = {}
    for kind, rows in lexicon.cues.items():
        kept = cues.setdefault(kind, [])
        for cue in rows:
            if cue.actor.startswith(ROLE_PREFIX):
                actor = roles.get(cue.actor.removeprefix(ROLE_PREFIX), "")
                if not actor and kind == "agent":
                    continue
                cue = replace(cue, actor=actor)
            if cue.act is not None and cue.act.country == HOME:
                cue = replace(cue, act=replace(cue.act, country=home))
            kept.append(cue)
    return Lexicon(lexicon.language, cues, lexicon.stances)


def declared_issues(directories: tuple[Path, ...]) -> tuple[str, ...]:
    """The event model's issues plus those a crisis pack declares: the ``[issues.<code>]``
    tables of a ``crisis.toml`` in the parent of a lexicon folder
    (``data/crises/<id>/lexicons`` -> ``data/crises/<id>/crisis.toml``)."""
    codes = list(ISSUES)
    for folder in directories:
        manifest = folder.parent / "crisis.toml"
        if manifest.is_file():
            with manifest.open("rb") as handle:
                declared = tomllib.load(handle).get("issues") or {}
            codes += [code for code in declared if code not in codes]
    return tuple(codes)


@lru_cache(maxsize=16)
def load_lexicon(language: str, directories: Path | tuple[Path, ...] = LEXICON_DIR,
                 issues: tuple[str, ...] | None = None) -> Lexicon:
    """Load and compile ``<language>.csv`` of each folder in order (shared first, then a
    crisis's additions); cached so each language is read once.

    Parameters
    ----------
    language : str
        ISO 639-1 code.
    directories : Path or tuple of Path
        The lexicon folders; a folder without the language's file adds nothing.
    issues : tuple of str, optional
        The issue codes rows may use; by default those of :func:`declared_issues`.

    Raises
    ------
    LexiconError
        A ``ValueError`` naming the file, line, column and field of the first bad row.
    """
    folders = (directories,) if isinstance(directories, Path) else tuple(directories)
    issues = declared_issues(folders) if issues is None else issues
    lexicon = Lexicon(language)
    for folder in folders:
        path = folder / f"{language}.csv"
        if path.exists():
            _read_file(path, lexicon, issues)
    lexicon.stances = load_stances(folders, issues)
    return lexicon


def load_stances(directories: tuple[Path, ...],
                 issues: tuple[str, ...] = ISSUES) -> dict[tuple[str, str], tuple[str, str]]:
    """(issue, polarity) -> (stance, event type override), from ``stances.csv`` of each
    folder in order (a later row for the same issue and polarity overrides).

    Raises
    ------
    LexiconError
        Naming the file, line, column and field of the first bad row.
    """
    table: dict[tuple[str, str], tuple[str, str]] = {}
    for folder in directories:
        path = folder / "stances.csv"
        if path.exists():
            table.update(_read_stances(path, issues))
    return table


def _read_stances(path: Path, issues: tuple[str, ...]) -> dict:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = ("issue", "polarity", "stance", "event_type")
    if not lines or tuple(next(csv.reader([lines[0]]), [])) != header:
        raise LexiconError(path.name, 1, 1, "header", f"the header must be {','.join(header)}")
    table = {}
    for number, line in enumerate(lines[1:], start=2):
        fields = next(csv.reader([line]), [])
        if not fields or not fields[0].strip() or fields[0].startswith("#"):
            continue
        columns = field_columns(line) + [len(line) + 1] * 4
        if len(fields) != len(header):
            raise LexiconError(path.name, number, columns[min(len(fields), 4)], "row",
                               f"{len(fields)} fields where 4 are expected")
        issue, polarity, stance, event_type = (f.strip() for f in fields)
        for index, (name, text, allowed) in enumerate((
                ("issue", issue, issues), ("polarity", polarity, (*POLARITIES, "none")),
                ("stance", stance, STANCES), ("event_type", event_type, ("", *EVENT_TYPES)))):
            if text not in allowed:
                raise LexiconError(path.name, number, columns[index], name,
                                   f"'{text}' is not one of {', '.join(a for a in allowed if a)}")
        table[(issue, polarity)] = (stance, event_type)
    return table

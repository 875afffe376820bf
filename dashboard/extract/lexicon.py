"""Cue lexicons: per-language rules kept as data in ``data/lexicons/<lang>.csv``.

Every row is ``kind,pattern,event_type,issue,stance,actor,value``. ``pattern`` is a regular
expression matched on *folded* text (lower case, accents removed, same length as the
original, see :func:`fold`), so ``déclaré`` and ``declare`` are written the same way. The
kinds are described in ``data/lexicons/README.md``; this module only loads and compiles them,
once per language.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "lexicons"
LEXICON_COLUMNS = ("kind", "pattern", "event_type", "issue", "stance", "actor", "value")
KINDS = ("reporting", "predicate", "topic", "operational", "phone", "anaphora", "title",
         "modal", "negation", "month", "weekday", "relative", "agent", "preposition", "until",
         "nationwide", "listing", "passive", "backdrop", "locative")
SUPPORTED_LANGUAGES = ("en", "fr", "ru", "de", "es")

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


@dataclass(frozen=True)
class Cue:
    """One lexicon row, compiled."""

    kind: str
    regex: re.Pattern[str]
    source: str
    event_type: str
    issue: str
    stance: str
    actor: str
    value: str


@dataclass(eq=False)
class Lexicon:
    """All cues of one language, grouped by kind."""

    language: str
    cues: dict[str, list[Cue]] = field(default_factory=dict)

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


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(r"(?<![\w])(?:" + fold(pattern) + r")(?![\w])")
    except re.error as err:
        raise ValueError(f"{where}: pattern '{pattern}' is not a valid regex: {err}") from None


@lru_cache(maxsize=8)
def load_lexicon(language: str, directory: Path = LEXICON_DIR) -> Lexicon:
    """Load and compile ``<language>.csv``; cached so each language is read once.

    Raises
    ------
    ValueError
        Naming the file, line and field of the first bad row.
    """
    path = directory / f"{language}.csv"
    lexicon = Lexicon(language)
    if not path.exists():
        return lexicon
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != LEXICON_COLUMNS:
            raise ValueError(f"{path.name}, line 1: header must be {','.join(LEXICON_COLUMNS)}")
        for row in reader:
            where = f"{path.name}, line {reader.line_num}"
            kind = (row["kind"] or "").strip()
            if kind.startswith("#") or not kind:
                continue
            if kind not in KINDS:
                raise ValueError(f"{where}, field 'kind': '{kind}' is not one of {KINDS}")
            cue = Cue(kind, _compile(row["pattern"], where), fold(row["pattern"]), *(
                (row[c] or "").strip() for c in LEXICON_COLUMNS[2:]))
            lexicon.cues.setdefault(kind, []).append(cue)
    return lexicon

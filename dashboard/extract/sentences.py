"""Paragraphs and sentences as character spans of the article text.

A rule-based splitter is enough for agency copy and costs microseconds: a sentence ends at
``.``, ``!``, ``?`` or ``…`` followed by space and a capital, a digit or a quote, unless the
period closes a known abbreviation (``M.``, ``Mr.``, ``Jan.``, ``г.``) or an initial.
Spans keep offsets into the original text, so evidence offsets are exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset({
    "m", "mm", "mme", "mr", "mrs", "ms", "dr", "st", "prof", "gen", "lt", "col", "sen", "rep",
    "gov", "pres", "jan", "feb", "fev", "févr", "mar", "apr", "avr", "jun", "jul", "juil", "aug",
    "sep", "sept", "oct", "nov", "dec", "déc", "no", "vs", "etc", "approx", "janv", "u.s",
    "г", "гг", "г-н", "г-жа", "т", "ст", "им", "ул", "тыс", "млн", "млрд", "см", "др", "пр",
    "inc", "co", "corp", "ltd", "jr", "sr", "янв", "фев", "февр", "апр", "авг", "сен", "сент",
    "окт", "ноя", "нояб", "дек",
})
_BOUNDARY = re.compile(r"[.!?…]+[\"»”')\]]*\s+(?=[\"«“'(\[]?[\w])")
_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE_END = re.compile(r"[.!?…:\"»”)]\s*$")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its span in the text and the index of its paragraph."""

    start: int
    end: int
    paragraph: int


def _paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into paragraphs on blank lines and on lines that end a thought.

    A single newline after a line that ends in punctuation, or after a short header-like
    line, also closes a paragraph; hard-wrapped lines inside a sentence do not.
    """
    spans: list[tuple[int, int]] = []
    cursor = start
    for block in _PARAGRAPH.finditer(text, start, end):
        spans.append((cursor, block.start()))
        cursor = block.end()
    spans.append((cursor, end))
    result = []
    for a, b in spans:
        line_start = a
        for newline in re.finditer(r"\n", text[a:b]):
            cut = a + newline.start()
            line = text[line_start:cut]
            if _LINE_END.search(line) or len(line.strip()) < 60:
                result.append((line_start, cut))
                line_start = cut + 1
        result.append((line_start, b))
    return [(a, b) for a, b in result if text[a:b].strip()]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    word = re.search(r"([\w.-]+)$", text[max(0, dot - 12):dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    if token in _ABBREVIATIONS:
        return True
    last = token.rsplit(".", 1)[-1]
    return len(last) == 1 and last.isalpha()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Return the sentences of ``text[start:end]`` with paragraph numbers.

    Parameters
    ----------
    text : str
        The whole article text (offsets refer to it).
    start, end : int
        The part to split (e.g. the body after the header lines).
    """
    end = len(text) if end is None else end
    sentences: list[Sentence] = []
    for number, (a, b) in enumerate(_paragraph_spans(text, start, end)):
        cursor = a
        for boundary in _BOUNDARY.finditer(text, a, b):
            dot = boundary.start()
            if text[dot] == "." and _is_abbreviation(text, dot):
                continue
            sentences.append(_trimmed(text, cursor, boundary.end(), number))
            cursor = boundary.end()
        sentences.append(_trimmed(text, cursor, b, number))
    return [s for s in sentences if s.end > s.start]


def _trimmed(text: str, a: int, b: int, paragraph: int) -> Sentence:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Sentence(a, b, paragraph)

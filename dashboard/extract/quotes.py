"""Quotations that run over several sentences and name their speaker after the closing mark.

Agency copy often quotes several sentences and says who spoke only once the quotation
closes ("«... . ...», — сказал он", "“... . ...,” said X", "« ... . ... », a-t-il dit"):
every sentence inside the quotation is that speaker's words, whatever names they hold, and
a first-person verb inside ("I declare", "заявляю") has no speaker of its own. Quotation
marks are read on the cleaned text (folding makes every mark a plain ``"``); they pair
within one line: ``«»``, ``“”``, ``„“`` and plain ``"`` (which opens and closes in turn).
An inner quotation inside an outer one is part of it.
"""

from __future__ import annotations

import re

_CLOSING = {"«": "»", "“": "”", "„": "“", '"': '"'}

# a comma or a dash closes the quoted words, inside the marks or after them; then at
# most three words before the verb ("», — в ответ отметила X", '," he said'), a short
# title's period first ('," Ms. Psaki said'), a name and an apposition between commas
# ('," Mr. Ned Price, a spokesman for the State Department, noted'), or a name and the
# comma before an apposition that is itself the cue ('," Mr. Ned Price, a spokesman for')
_INSIDE = re.compile(r"[,?!]\s*$")
_TITLE = r"(?:[^\W\d_]{1,4}\.\s+)?"
_TAIL = re.compile(r"\s*(?:,\s*[-–—]*|[-–—]+)?\s*(?:" + _TITLE + r"(?:[^\W\d_]+\s+){0,3}|"
                   r"(?:[^\W\d_]+\.?\s+){0,2}[^\W\d_]+,[^,\"«»“”]{1,80},\s*|"
                   + _TITLE + r"(?:[^\W\d_]+\s+){0,2}[^\W\d_]+,\s*)$")
_SEPARATED = re.compile(r"\s*(?:,|[-–—])")


def quotations(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(opening, closing)`` offsets of the outermost quotation marks of ``text[start:end]``,
    paired within each line; a mark left open at the end of its line pairs with nothing."""
    end = len(text) if end is None else end
    found: list[tuple[int, int]] = []
    offset = start
    for line in text[start:end].split("\n"):
        stack: list[tuple[str, int]] = []
        for i, ch in enumerate(line):
            if stack and ch == _CLOSING[stack[-1][0]]:
                mark, opened = stack.pop()
                if not stack:
                    found.append((offset + opened, offset + i))
            elif ch in _CLOSING:
                stack.append((ch, i))
        offset += len(line) + 1
    return found


def closes_before(folded: str, cue_start: int, quotes: list[tuple[int, int]]) -> int | None:
    """The offset of a quotation's closing mark that the reporting cue at ``cue_start``
    follows ("...», — заявил X": the verb names who spoke the quotation), else ``None``."""
    for opening, closing in quotes:
        if closing < cue_start and _TAIL.match(folded, closing + 1, cue_start) and (
                _SEPARATED.match(folded, closing + 1, cue_start)
                or _INSIDE.search(folded, opening, closing)):
            return closing
    return None


def quoted_from(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quotation a sentence lies in: it opens with (or inside) the quotation, and the
    quotation closes after the sentence ends; its words are the quotation's speaker's."""
    for opening, closing in quotes:
        if opening <= start + 1 and end <= closing:
            return opening, closing
    return None

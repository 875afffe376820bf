"""Article metadata: language, and title / publisher / date from header lines.

Agency pages copied as text often start with a few header lines, e.g. a title and then
``Xinhua | 11.01.2022 08h27``. When such a "publisher | date" line is found near the top, the
publication date, publisher and title are taken from it and the header is excluded from
event extraction (a headline repeats the lead and would double its events).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dashboard.extract.lexicon import SUPPORTED_LANGUAGES

_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_PUBLISHER_LINE = re.compile(r"^\s*([^|\n]{2,60}?)\s*\|\s*(.{6,60})$")
_HEADER_LINES = 12


@dataclass(frozen=True)
class Header:
    """What the header lines say; ``body_start`` is the offset where the article body begins."""

    title: str = ""
    publisher: str = ""
    published: date | None = None
    body_start: int = 0


# Languages the detector tells apart from the supported ones, so that an article in one of
# them is reported as unsupported rather than read as the nearest supported language.
OTHER_LANGUAGES = ("pt", "nl", "pl", "tr", "uk", "kk", "ar", "fa", "zh", "ja", "ko")


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    by_code = {language.iso_code_639_1.name.lower(): language for language in Language.all()}
    languages = [by_code[code] for code in (*SUPPORTED_LANGUAGES, *OTHER_LANGUAGES)]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language.

    Lingua is restricted to the supported languages and a dozen others
    (``OTHER_LANGUAGES``), which keeps it reliable on short agency copy while an Arabic
    or Italian article is still named as such (the caller reports it as unsupported);
    ``None`` when the text has no letters to judge by.
    """
    return _detect_sample(text[:3000])


@lru_cache(maxsize=64)
def _detect_sample(sample: str) -> str | None:
    # cached: the batch asks again for the language of an article it just extracted
    if not re.search(r"[^\W\d_]{3}", sample):
        return None
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None


def unsupported_note(language: str | None) -> str:
    """One line saying that an article's language is not one the extractor reads ("" when
    it is)."""
    if language in SUPPORTED_LANGUAGES:
        return ""
    supported = ", ".join(sorted(SUPPORTED_LANGUAGES))
    if not language:
        return f"the article's language could not be detected; supported: {supported}"
    return f"language '{language}' is not supported; supported: {supported}"


def parse_numeric_date(text: str) -> date | None:
    """Parse the first ``DD.MM.YYYY`` / ``DD/MM/YYYY`` / ``YYYY-MM-DD`` date in a string."""
    match = _NUMERIC_DATE.search(text)
    if not match:
        return None
    if match.group(1):
        day, month, year = (int(match.group(i)) for i in (1, 2, 3))
    else:
        year, month, day = (int(match.group(i)) for i in (4, 5, 6))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_header(text: str) -> Header:
    """Find a ``Publisher | date`` line among the first lines and read the header from it.

    Returns
    -------
    Header
        Empty (``body_start`` 0) when no such line is present.
    """
    offset = 0
    seen: list[str] = []
    for line in text.splitlines(keepends=True)[:_HEADER_LINES]:
        body = line.strip()
        match = _PUBLISHER_LINE.match(body)
        if match and (parse_numeric_date(match.group(2)) or re.search(r"\b20\d\d\b",
                                                                     match.group(2))):
            title = max(seen[-2:], key=len) if seen else ""
            return Header(title=title, publisher=match.group(1).strip(),
                          published=parse_numeric_date(match.group(2)),
                          body_start=offset + len(line))
        if body:
            seen.append(body)
        offset += len(line)
    return Header()


_SENTENCE_END = re.compile(r"[.!?…][\"»”)\]]*\s*$")
_CAPS_NAME = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’ ./-]{2,40}?"
_DATELINE = re.compile(
    rf"({_CAPS_NAME})(?:"
    r"\s*,\s+(?:[A-ZА-Я][\w-]+,\s+)?(?=\d|[A-ZА-Яa-zа-я]+\.? \d)"  # "ALMATY, Jan 5"
    r"|\s*\([^()\n]{2,30}\)\s*\.?[-–—:]\s"                     # "ALMATY (Reuters) -", "(EFE).-"
    r"|\s*,\s+[A-ZА-Я][\w-]+\s*[:–—]\s"                             # "NUR-SULTAN, Kazakhstan:"
    r"|\s*[:–—]\s|\s+-\s|\.[-–—]\s"                               # "NUR-SULTAN – ", "MOSCÚ.- "
    r"|\.\s+(?=\d{1,2}\s+[^\W\d_]+\.\s)"                              # "МОСКВА. 6 января. INTERFAX"
    r"|\.\s+[A-ZА-ЯЁ][\w.-]*\s*[-–—]\s)"                               # "НУР-СУЛТАН. КАЗИНФОРМ –"
    # a town written in lower case only before a date, a dash or an agency's name in
    # brackets and a dash: "Almaty - ", "Nursultán, 13", "Moskau (dpa) -", "Bruselas (EFE).-";
    # its country in brackets may stand before the date: "Almaty (Kazajistán), 6 ene"
    r"|([A-ZА-Я][a-zà-ÿа-яё]+(?:[- ][A-ZА-Я][a-zà-ÿа-яё]+)?(?:/[A-ZА-Я][a-zà-ÿа-яё]+)*)"
    r"(?:(?:\s*\([^()\n]{2,30}\))?\s*,\s+(?=\d{1,2}\b)|\s+[-–—]\s"
    r"|(?:\s*\([^()\n]{2,30}\)){1,2}\s*\.?[-–—]\s"  # "Almaty (Kazakhstan) (AFP) -"
    # "Nur-Sultan, Jan 6 (AP) —", "Москва. 6 января. INTERFAX -"
    r"|\s*,\s+(?=[A-Z][a-z]{2,8}\.? \d{1,2}\b[^\n]{0,12}\([^()\n]{2,30}\))"
    r"|\.\s+(?=\d{1,2}\s+[^\W\d_]+\.\s))")
_HEADLINE_LINE_MAX = 200  # characters: a longer first line is a paragraph, not a headline
# a dateline standing on its own line above the body: "ANKARA (Turkey)"
_DATELINE_LINE = re.compile(rf"\s*({_CAPS_NAME})\s*(?:\([^()\n]{{2,30}}\))?\s*")


def skip_headlines(text: str, start: int) -> int:
    """Offset after the headline-like lines at the top of the body.

    Leading paragraphs that do not end like a sentence (no final period or quote) are a
    headline, a kicker or a section name; they repeat the lead and are not extracted.
    """
    offset = start
    for block in re.split(r"(\n\s*\n)", text[start:]):
        if not block.strip() or block.isspace():
            offset += len(block)
            continue
        if _SENTENCE_END.search(block.strip()) or len(block) > 300:
            break
        offset += len(block)
    return offset if offset < len(text) else start


def find_dateline(text: str, start: int, head: int | None = None, gazetteer=None):
    """The dateline of the first paragraph ("ALMATY, Jan 5 (Reuters) -", "МОСКВА, 10 января",
    "ALMATY, Kazakhstan, Jan 5", "NUR-SULTAN -", "BERLIN (dpa) -", "Almaty - "), or one
    standing alone on a line between ``head`` and ``start`` ("ANKARA (Turkey)").

    ``gazetteer`` is the one to look the names up in (the shipped one by default).

    Returns
    -------
    tuple or None
        ``(start, end, place)``: the span of the city names (up to the date) and the place
        of the first name the gazetteer knows (a town or city, not a country).
    """
    first = start + len(text[start:]) - len(text[start:].lstrip())
    for at in (first, _after_headline_line(text, first)):
        match = _DATELINE.match(text, at) if at is not None else None
        if match:
            group = 1 if match.group(1) else 2
            found = _dateline_place(match.group(group), gazetteer)
            if found:
                return match.start(group), match.end(0), found
    for block_start, block in _blocks(text, head if head is not None else start, start):
        line = _DATELINE_LINE.fullmatch(block)
        found = _dateline_place(line.group(1), gazetteer) if line else None
        if found:
            return block_start + line.start(1), block_start + len(block), found
    return None


def _after_headline_line(text: str, at: int) -> int | None:
    """Where the line after a one-line headline starts ("Troops begin to leave\\nMOSCOW,
    13 Jan - ..."): a first line that is short and does not end like a sentence is a
    headline kept in the body with no blank line after it, so a dateline may open the next
    line. ``None`` when the first line is a sentence or the text has no second line."""
    end = text.find("\n", at)
    if end < 0 or end - at > _HEADLINE_LINE_MAX or _SENTENCE_END.search(text[at:end].strip()):
        return None
    return end + 1


def _dateline_place(names: str, gazetteer=None):
    """The place of the first of ``/``-joined names the gazetteer knows as a town."""
    if gazetteer is None:
        from dashboard.extract.places import gazetteer as shipped

        gazetteer = shipped()
    for name in names.split("/"):  # "UNITED NATIONS/GENEVA", "WASHINGTON/MOSCOU"
        name = name.strip()
        place = gazetteer.lookup(name) or gazetteer.lookup(name.title())
        if place and place.kind != "country":
            return place
    return None


def _blocks(text: str, start: int, end: int):
    """``(offset, block)`` of the blank-line separated blocks of ``text[start:end]``."""
    offset = start
    for block in re.split(r"(\n\s*\n)", text[start:end]):
        if block.strip():
            yield offset, block
        offset += len(block)

"""Paragraphs and sentences as character spans of the article text.

Paragraphs are cut here: at blank lines, and at a single newline after a line that ends a
thought (final punctuation) or after a short header-like line; hard-wrapped lines inside a
sentence stay together. The pipeline numbers paragraphs to carry dates and places within
one.

Sentences inside a paragraph come from spaCy: a blank pipeline of the article's language
(``spacy.blank(lang)``) with the rule-based ``sentencizer``, built once per language. The
tokenizer's exception tables keep abbreviations whole ("M.", "Mr.", "Jan.", "г."), so their
period ends no sentence. Additions: "…" ends a sentence too; a few abbreviations missing
from those tables (the lexicon's ``abbreviation`` rows: "Lt.", "juil.", "млн.", "т.е." ...)
become tokenizer special cases; a period after a slash ("/Степной вестник/." of an agency dateline)
is split off so that it ends its sentence; and the sentencizer's boundaries are corrected
so that a sentence starts only after final punctuation and the closing quotes or brackets
that follow it ("«Зачем?» — спросил он" and '"Chal, ket !" ("Vieux, dégage !"), scandaient
les manifestants' stay whole), and an opening quote it leaves at the end of a sentence
(``... legitimate. "We condemn``) moves to the sentence it opens. Spans are spaCy's
character offsets plus the paragraph's start, so evidence offsets index the original text
exactly. A period glued to the next sentence's capitalised first word ("ОДКБ.Президент",
copy from web pages) ends a sentence too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE_END = re.compile(r"[.!?…:\"»”)]\s*$")
_AFTER_THOUGHT = re.compile(r"[.!?…:;\"»”)]\s*$")  # a line that ends a thought, ";" too
_FALLBACK_LANGUAGE = "xx"  # spaCy's multi-language tokenizer
_OPENING = frozenset("«“„([")  # always open
_STRAIGHT = frozenset("\"'")  # open only when attached to the next word
_CLOSING = frozenset("\"'»”’)]")
_FINAL = ("…",)  # ends a sentence too, besides spaCy's default punctuation


@dataclass(frozen=True)
class Sentence:
    """One sentence: its span in the text and the index of its paragraph."""

    start: int
    end: int
    paragraph: int


@lru_cache(maxsize=8)
def sentencizer(language: str, abbreviations: tuple[str, ...] = ()):
    """The spaCy pipeline that splits ``language`` text into sentences (built once per
    language and abbreviation list).

    A blank pipeline (tokenizer only, no model to download) plus ``sentencizer``; unknown
    languages get spaCy's multi-language tokenizer. ``abbreviations`` (as written, and
    capitalised) are kept whole, so their period ends no sentence.
    """
    import spacy
    from spacy.attrs import ORTH
    from spacy.pipeline import Sentencizer
    from spacy.util import compile_suffix_regex

    try:
        nlp = spacy.blank(language)
    except ImportError:
        nlp = spacy.blank(_FALLBACK_LANGUAGE)
    nlp.add_pipe("sentencizer", config={
        "punct_chars": sorted(set(Sentencizer.default_punct_chars) | set(_FINAL))})
    for abbreviation in abbreviations:
        for form in {abbreviation, abbreviation[:1].upper() + abbreviation[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    suffixes = [*nlp.Defaults.suffixes, r"(?<=/)\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    return nlp


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
        line_start = physical = a
        for newline in re.finditer(r"\n", text[a:b]):
            cut = a + newline.start()
            line = text[line_start:cut]
            if _LINE_END.search(line) or len(line.strip()) < 60 or \
                    physical == line_start and _heading(line):
                result.append((line_start, cut))
                line_start = cut + 1
            elif physical > line_start and _heading(text[physical:cut]) and \
                    _AFTER_THOUGHT.search(text[line_start:physical - 1]):
                # "... were blocked. & Nbsp;\nInternet shutdown\nOn the evening ...": a
                # short line after one that ends a thought is a heading of its own
                result += [(line_start, physical - 1), (physical, cut)]
                line_start = cut + 1
            physical = cut + 1
        result.append((line_start, b))
    return [(a, b) for a, b in result if text[a:b].strip()]


def _heading(line: str) -> bool:
    """A short line that opens with a capital and ends with no punctuation: a heading,
    longer when it opens with a label and a colon ("Kazakh FM: recent events were ...")."""
    line = line.strip()
    return 0 < len(line) < 110 and line[0].isupper() and line[-1].isalnum() and (
        len(line) < 60 or re.match(r"[^:.!?]{2,40}: \S", line) is not None)


def is_heading(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is a heading line standing alone: a line of its own (line
    breaks or the text's edges around it) that :func:`_heading` reads as one."""
    alone = (sentence.start == 0 or text[sentence.start - 1] == "\n") and (
        sentence.end == len(text) or text[sentence.end] == "\n")
    return alone and _heading(text[sentence.start:sentence.end])


def split_sentences(text: str, start: int = 0, end: int | None = None,
                    language: str = "en", abbreviations: Iterable[str] = ()) -> list[Sentence]:
    """Return the sentences of ``text[start:end]`` with paragraph numbers.

    Parameters
    ----------
    text : str
        The whole article text (offsets refer to it).
    start, end : int
        The part to split (e.g. the body after the header lines).
    language : str
        ISO 639-1 code; chooses spaCy's tokenizer exceptions (abbreviations).
    abbreviations : iterable of str
        More abbreviations whose period ends no sentence (the lexicon's ``abbreviation``
        rows of the language).
    """
    end = len(text) if end is None else end
    abbreviations = tuple(sorted(abbreviations))
    kept = {word.lower() for word in abbreviations}
    nlp = sentencizer(language, abbreviations)
    final = frozenset(nlp.get_pipe("sentencizer").punct_chars)
    sentences: list[Sentence] = []
    for number, (a, b) in enumerate(_paragraph_spans(text, start, end)):
        doc = nlp(text[a:b])
        _fix_boundaries(doc, final)
        for sent in doc.sents:
            sentences += [_trimmed(text, x, y, number) for x, y in _glued(
                text, a + sent.start_char, a + sent.end_char, kept)]
    return [s for s in sentences if s.end > s.start]


# a period glued to the next sentence's first word, as copy from web pages leaves it
# ("... в составе ОДКБ.Президент Республики ...", "kazakh.Les militaires"): a word of three
# letters or more before it, one after it capitalised and going on in lower case
_GLUED = re.compile(r"([^\W\d_]{3,})\.(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]{2})")


def _glued(text: str, a: int, b: int, kept: set[str]) -> list[tuple[int, int]]:
    """The spans of ``text[a:b]`` cut after each glued period (see ``_GLUED``), not after
    an abbreviation of the lexicon (``kept``, lower case: "gen.", "млн.")."""
    spans = []
    for match in _GLUED.finditer(text, a, b):
        if f"{match.group(1)}.".lower() not in kept:
            spans.append((a, match.end()))
            a = match.end()
    return spans + [(a, b)]


def _fix_boundaries(doc, final: frozenset[str]) -> None:
    """Correct the sentencizer's boundaries in place, so that a sentence starts only after
    final punctuation (``final``) and the closing quotes or brackets that follow it.

    An opening quote or bracket the sentencizer left at the end of a sentence starts the
    next one (a straight quote only when it is attached to the word after it); then a
    start after a comma or a dash ("« Pourquoi ? » - a-t-il dit", '!"), scandaient') or
    inside an opening bracket is undone.
    """
    for token in doc[1:-1]:
        after = doc[token.i + 1]
        if after.is_sent_start and doc[token.i - 1].whitespace_ and (
                token.text in _OPENING or (token.text in _STRAIGHT and not token.whitespace_)):
            token.is_sent_start = True
            after.is_sent_start = False
    for token in doc[1:]:
        if not token.is_sent_start:
            continue
        before = token.i - 1
        while before > 0 and doc[before].text in _CLOSING:
            before -= 1
        if doc[before].text[-1] not in final:
            token.is_sent_start = False


def _trimmed(text: str, a: int, b: int, paragraph: int) -> Sentence:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Sentence(a, b, paragraph)

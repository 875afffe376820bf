"""Every regex row of every lexicon can match inside a sentence (issue 8).

Patterns are wrapped so they match whole words. A row or one alternative of it that ended on
a space ("обязательств "), or on an elided word's apostrophe ("parle d'", "a la suite d'"),
matched nowhere but at the very end of a searched stretch, because the word after it started
right where the whole-word check looked: the passive auxiliaries had the bug in the ninth
session, French and Russian rows in the tenth. The wrapper now takes a match ending on a
space or an apostrophe as whole; this test walks each pattern's alternatives (a sample text
for each, lookaheads written out, optional parts left out) and asks that the row matches
each sample with the next word glued on as the language writes it.
"""

import re

import pytest

from dashboard.extract.lexicon import SUPPORTED_LANGUAGES, fold, load_lexicon
from dashboard.extract.rules import WORD_KINDS, RowReader, compile_pattern

try:  # Python 3.11+
    import re._constants as sre
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as sre
    import sre_parse

_CATEGORY = {sre.CATEGORY_WORD: "a", sre.CATEGORY_SPACE: " ", sre.CATEGORY_DIGIT: "1",
             sre.CATEGORY_NOT_WORD: " ", sre.CATEGORY_NOT_SPACE: "a",
             sre.CATEGORY_NOT_DIGIT: "a"}
_LIMIT = 3000  # samples per pattern: enough for every alternative of the longest rows
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT,
                               getattr(sre, "POSSESSIVE_REPEAT", None)) if op is not None)


def _sequence(items) -> list[str]:
    samples = [""]
    for op, av in items:
        samples = [a + b for a in samples for b in _node(op, av)][:_LIMIT]
    return samples


def _set_member(av) -> str:
    for op, arg in av:
        if op is sre.LITERAL:
            return chr(arg)
        if op is sre.RANGE:
            return chr((arg[0] + arg[1]) // 2)  # "m" of a-z: no one-letter word
        if op is sre.CATEGORY:
            return _CATEGORY[arg]
        if op is sre.NEGATE:
            return " "  # a gap such as [^.,;:]: a space it does not exclude in these rows
    return "a"


def _node(op, av) -> list[str]:
    """Sample texts of one regex node; a positive lookaround's text is written out (the row
    needs it around the match), negative ones and anchors add nothing."""
    if op is sre.LITERAL:
        return [chr(av)]
    if op is sre.NOT_LITERAL:
        return ["a" if chr(av) == " " else " "]
    if op is sre.ANY:
        return [" "]
    if op is sre.IN:
        return [_set_member(av)]
    if op is sre.CATEGORY:
        return [_CATEGORY[av]]
    if op is sre.BRANCH:
        return [s for alternative in av[1] for s in _sequence(alternative)][:_LIMIT]
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op in _REPEATS:
        low, _high, sub = av
        samples = _sequence(sub)
        if low == 0:  # left out, but a gap of any characters keeps one space
            return [" "] if all(not s.strip() for s in samples) else [""]
        return [s * low for s in samples]
    if op is sre.ASSERT:  # the text a lookahead needs after it, a lookbehind before it
        return _sequence(av[1])
    return [""]


def _samples(cue) -> list[str]:
    """One sample text per alternative of the row's own pattern (folded, unwrapped)."""
    return [s for s in _sequence(sre_parse.parse(fold(cue.source))) if s.strip()]


def _contexts(sample: str) -> list[str]:
    """The sample inside a sentence and opening one, with the next word glued on as the
    language writes it: after a space or an elided word's apostrophe, straight on."""
    glue = "" if sample[-1] in " '" else " "
    inside = [f"lorem {sample}{glue}ipsum dolor", f"{sample}{glue}ipsum dolor"]
    return inside + ([f"lorem {sample}"] if sample[-1].isalnum() else [])


def _regex_rows(language: str):
    lexicon = load_lexicon(language)
    for kind, cues in lexicon.cues.items():
        if kind in WORD_KINDS or kind == "trait":
            continue
        yield from ((kind, cue) for cue in cues)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_lexicon_every_alternative_of_every_row_matches_inside_a_sentence(language):
    dead = []
    for kind, cue in _regex_rows(language):
        for sample in _samples(cue):
            if not any(cue.regex.search(text) for text in _contexts(sample)):
                dead.append(f"{kind} {cue.source[:50]!r}: {sample!r}")
    assert not dead, f"{language} rows with an alternative that never matches: {dead}"


@pytest.mark.parametrize(("pattern", "text", "matched"), [
    # an elided word's apostrophe ends the match where the next word starts
    ("parle d'", "Il a parle d'une tentative.", "parle d'"),
    ("a la suite d'", "a la suite d'affrontements", "a la suite d'"),
    # a space ends it too
    ("обязательств\\w* ", "в рамках обязательств по договору", "обязательств "),
    # whole words still: no match inside a longer word, before or after
    ("parle", "parlement", None),
    ("d'", "aujourd'hui", None),
    ("mir", "mirage", None),
])
def test_lexicon_whole_word_wrapper_ends_on_a_space_or_an_apostrophe(pattern, text, matched):
    line = f"predicate,{pattern},,,,,"
    regex = compile_pattern(RowReader("xx.csv", 2, line, line.split(",")), pattern, fold)
    found = regex.search(fold(text))
    assert (found.group(0) if found else None) == matched


@pytest.mark.parametrize(("language", "sentence", "cue"), [
    ("fr", "Le président a parlé d'une tentative de coup d'Etat.", "parle d'"),
    ("fr", "À la suite d'affrontements, le couvre-feu a été décrété.", "a la suite d'"),
])
def test_lexicon_elided_rows_match_in_wire_sentences(language, sentence, cue):
    lexicon = load_lexicon(language)
    found = [m.group(0) for kind in ("reporting", "backdrop")
             for _c, m in lexicon.finditer(kind, fold(sentence))]
    assert cue in found


def test_lexicon_sampler_finds_a_dead_alternative():
    # the walker itself, under the old wrapper (no word character after the match): the
    # alternative ending on an apostrophe is reported, the plain word is not
    old = re.compile(r"(?<![\w])(?:dit|parle d')(?![\w])")
    dead = [s for s in _sequence(sre_parse.parse("dit|parle d'"))
            if not any(old.search(text) for text in _contexts(s))]
    assert dead == ["parle d'"]

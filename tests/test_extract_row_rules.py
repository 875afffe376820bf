"""Row rules: whether a finding is an event of its own (determiners as lexicon data)."""

from types import SimpleNamespace

import pytest

from dashboard.extract import extract_events
from dashboard.extract.lexicon import fold, load_lexicon
from dashboard.extract.row_rules import _background, _definite
from dashboard.extract.rules import KINDS


def _doc(text: str, language: str):
    return SimpleNamespace(folded=fold(text), body_start=0, lexicon=load_lexicon(language))


@pytest.mark.parametrize(("text", "word", "language", "expected"), [
    ("Calm returned since the protests began.", "protests", "en", True),
    ("Calm returned since the fuel price protests began.", "protests", "en", True),
    ("Calm returned since protests began.", "protests", "en", False),
    ("Calm returned since the big new fuel price protests began.", "protests", "en", False),
    ("Le calme est revenu depuis ces manifestations.", "manifestations", "fr", True),
    ("Le calme est revenu malgré des manifestations.", "manifestations", "fr", False),
    ("После этих протестов стало спокойно.", "протестов", "ru", True),
    ("После протестов стало спокойно.", "протестов", "ru", False),
])
def test_row_rules_definite_reads_the_lexicons_determiners(text, word, language, expected):
    doc = _doc(text, language)
    assert _definite(doc, doc.folded.index(fold(word))) is expected


def test_row_rules_determiner_is_a_lexicon_kind():
    assert "determiner" in KINDS
    assert load_lexicon("en").of("determiner")


@pytest.mark.parametrize(("text", "cue", "language", "expected"), [
    # a year in a relative clause describes someone named, not the act outside it
    ("Hier, la foule a envahi la mairie, le maire qui dirige la ville depuis 1999.",
     "envahi", "fr", False),
    ("Yesterday the crowd stormed the town hall, the mayor who has ruled since 1999.",
     "stormed", "en", False),
    # the act inside that clause is history
    ("Le maire, qui a fait arrêter des grévistes en 2011, a parlé hier.", "arreter", "fr",
     True),
    # a year with no relative clause still marks the sentence as history
    ("En 2011, la police a tiré sur des grévistes.", "tire", "fr", True),
])
def test_row_rules_background_year_in_a_relative_clause(text, cue, language, expected):
    folded = fold(text)
    doc = SimpleNamespace(folded=folded, lexicon=load_lexicon(language),
                          ctx=SimpleNamespace(year=2022))
    sentence = SimpleNamespace(start=0, end=len(folded))
    assert _background(doc, sentence, folded.index(cue)) is expected


@pytest.mark.parametrize(("text", "language", "clash"), [
    # an undated, unplaced clash before a stance verb of another clause is no one's words
    ("After rioters set public buildings on fire, the Kazakh government asked the CSTO for help.",
     "en", True),
    ("Con varios edificios públicos en llamas, el Gobierno kazajo pidió ayuda a la OTSC.",
     "es", True),
    # one after the stance verb is what the verb speaks of
    ("The Kazakh government condemned the looting.", "en", False),
    # the topic the verb takes stands where the act's noun stands: its words still
    ("The UN rights chief urged security forces and protesters to refrain from violence.",
     "en", False),
    ("El Gobierno kazajo condenó los saqueos.", "es", False),
])
def test_row_rules_stance_verb_after_the_act_does_not_attribute_it(text, language, clash):
    events = extract_events(text, published="2022-01-08", language=language)
    assert any(e["event_type"] == "violent_clash" for e in events) is clash

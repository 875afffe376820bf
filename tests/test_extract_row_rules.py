"""Row rules: whether a finding is an event of its own (determiners as lexicon data)."""

from types import SimpleNamespace

import pytest

from dashboard.extract.lexicon import fold, load_lexicon
from dashboard.extract.row_rules import _definite
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

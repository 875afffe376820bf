"""The cue lexicons are data: they load, compile and agree with the event model."""

import csv

import pytest

from dashboard.extract.lexicon import (
    LEXICON_DIR,
    SUPPORTED_LANGUAGES,
    fold,
    load_lexicon,
)
from dashboard.schema import EVENT_TYPES, ISSUE_STANCES, ISSUES, STANCES

NEEDED_KINDS = ("reporting", "predicate", "topic", "operational", "phone", "month", "weekday",
                "relative", "anaphora", "preposition", "until", "agent", "title", "modal",
                "negation", "nationwide", "listing", "passive", "backdrop", "locative")


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_lexicon_has_every_kind(language):
    lexicon = load_lexicon(language)
    for kind in NEEDED_KINDS:
        assert lexicon.of(kind), f"{language}.csv has no '{kind}' rows"


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_lexicon_rows_use_model_vocabularies(language):
    lexicon = load_lexicon(language)
    for cues in lexicon.cues.values():
        for cue in cues:
            assert not cue.event_type or cue.event_type in EVENT_TYPES, cue
            assert not cue.issue or cue.issue in ISSUES, cue


def test_lexicon_stance_table_gives_allowed_stances():
    with (LEXICON_DIR / "stances.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["issue"] for r in rows} == set(ISSUES) - {"other"}
    for row in rows:
        assert row["stance"] in STANCES
        assert row["stance"] == "neutral" or row["stance"] in ISSUE_STANCES[row["issue"]], row
        assert not row["event_type"] or row["event_type"] in EVENT_TYPES


def test_lexicon_bad_row_is_named(tmp_path):
    (tmp_path / "xx.csv").write_text("kind,pattern,event_type,issue,stance,actor,value\n"
                                     "topic,(unclosed,,other,,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="xx.csv, line 2"):
        load_lexicon("xx", tmp_path)


@pytest.mark.parametrize(("text", "folded"), [
    ("Tokaïev", "tokaiev"), ("ÉTAT", "etat"), ("Ёлка й", "елка й"), ("l’OTSC", "l'otsc"),
])
def test_lexicon_fold_keeps_length(text, folded):
    assert fold(text) == folded and len(fold(text)) == len(text)


def test_lexicon_readme_exists():
    assert "another crisis" in (LEXICON_DIR / "README.md").read_text(encoding="utf-8")

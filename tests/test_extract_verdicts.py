"""Verdicts and lists of names (the verdicts module)."""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.verdicts import judged, verdict_after
from tests.tiny_lexicon import tiny_lexicon


def actors(text, language="en"):
    return {e["actor"] for e in extract_events(text, published="2022-01-10", language=language)}


@pytest.mark.parametrize(("text", "found"), [
    ("the deployment was unlawful", True),
    ("the deployment, he said later, was unlawful", False),  # a clause break between
    ("the deployment of the troops to the cities of the west and the north of the country "
     "was unlawful", False),  # too far
])
def test_verdicts_verdict_after_the_topic_in_its_clause(tmp_path, text, found):
    lexicon = tiny_lexicon(tmp_path, "predicate,unlawful,opposition,,oppose,,verdict\n")
    predicates = list(lexicon.finditer("predicate", text))
    assert (verdict_after(predicates, 0) is not None) is found
    assert judged(text, len("the deployment"), [m for _c, m in predicates]) is found


def test_verdicts_plain_predicate_is_no_verdict(tmp_path):
    lexicon = tiny_lexicon(tmp_path, "predicate,unlawful,opposition,,oppose,,\n")
    assert verdict_after(list(lexicon.finditer("predicate", "the deployment was unlawful")),
                         0) is None


@pytest.mark.parametrize(("text", "speakers"), [
    ("Washington and Brussels called for restraint on Friday.",
     {"United States", "European Union"}),
    ("Moscow and Beijing warned against foreign interference in Kazakhstan.",
     {"Russia", "China"}),
    ("In Washington, Ned Price called for restraint on Friday.", {"Ned Price"}),
    ("Blinken, in talks with Russia and China, called for restraint on Friday.",
     {"Antony Blinken"}),
])
def test_verdicts_names_linked_by_a_conjunction_each_take_the_position(text, speakers):
    # a conjunction links a list of subjects; a comma alone (a fronted place) or a list
    # after a preposition does not
    assert actors(text) == speakers

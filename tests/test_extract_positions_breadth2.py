"""Positions (actor, issue, stance) on sentences written for the project in wire style
(issue 8, tenth session): each sentence's rows are all those the event model asks for, as
(event type, actor, issue, stance); a missing or an extra row fails.

Classes: attackers said to be run or sent from abroad ("coordinated abroad", "from outside
the country", "foreign fighters", "зарубежные боевики", "depuis l'extérieur") advance the
narrative of foreign interference, beside the terrorism framing their own words carry
(terrorists "trained abroad" stay a framing only, as the self-written sets code them).
"""

import pytest

from dashboard.extract import extract_events

T, P = "Kassym-Jomart Tokayev", "Vladimir Putin"
FOREIGN = "foreign_interference", "oppose"
TERROR = ("statement", T, "terrorism_framing", "support")


def rows(text, language):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language=language)}


ABROAD = [
    ("en", "Tokayev said on Monday that the riots had been coordinated abroad.",
     {("statement", T, *FOREIGN)}),
    ("en", "Tokayev said on Monday the riots had been organised from outside the country.",
     {("statement", T, *FOREIGN)}),
    ("en", "Tokayev said the country was attacked by terrorists from inside and outside "
           "the nation.", {TERROR, ("statement", T, *FOREIGN)}),
    ("en", "Putin said on Monday that foreign militants had taken part in the riots.",
     {("statement", P, "terrorism_framing", "support"), ("statement", P, *FOREIGN)}),
    ("fr", "Le président Tokaïev a déclaré lundi que les troubles étaient organisés depuis "
           "l'extérieur.", {("statement", T, *FOREIGN)}),
    ("fr", "Tokaïev a affirmé lundi que des combattants étrangers avaient participé aux "
           "émeutes.", {("statement", T, *FOREIGN)}),
    ("ru", "Токаев заявил в понедельник, что беспорядки подогреваются из вне.",
     {("statement", T, *FOREIGN)}),
    ("ru", "Токаев заявил, что в беспорядках участвовали зарубежные боевики.",
     {TERROR, ("statement", T, *FOREIGN)}),
    ("de", "Tokajew sagte am Montag, ausländische Kämpfer hätten das Land überfallen.",
     {("statement", T, *FOREIGN)}),
    ("es", "Tokayev afirmó el lunes que en los disturbios participaron combatientes "
           "extranjeros.", {("statement", T, *FOREIGN)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), ABROAD,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(ABROAD)])
def test_coding_attackers_trained_or_run_from_abroad_are_foreign_interference(
        language, text, expected):
    assert rows(text, language) == expected


def test_coding_terrorists_trained_abroad_stay_a_framing_only():
    assert rows("Tokayev said on Monday that the terrorists had been trained abroad.",
                "en") == {TERROR}

"""Who spoke when copy names a state (issue 8, "who acted"): sentences written for the
project in wire style, in every language with real-news gold. A foreign state's statement
or position goes to the official of that state the article names (before or after it);
with no official named, the crisis's own country, acts and calls, the state keeps it.
Each case lists all (event type, actor) pairs the text gives; a missing or an extra fails.
"""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.state_voices import StateVoices

VOICED = [
    # the minister named after the state's call
    ("en", "France on Thursday called on all parties to show restraint in Kazakhstan. "
           "\"The violence must stop,\" Foreign Minister Jean-Yves Le Drian told reporters.",
     {("call_for_restraint", "Jean-Yves Le Drian")}),
    # the minister named in the sentence before
    ("en", "Secretary of State Antony Blinken spoke to reporters in Washington on Friday. "
           "The United States is deeply concerned about the situation in Kazakhstan, he added.",
     {("statement", "Antony Blinken")}),
    ("es", "El secretario de Estado Antony Blinken compareció el viernes ante la prensa. "
           "Washington está muy preocupado por la situación en Kazajistán.",
     {("statement", "Antony Blinken")}),
    # the ministry whose statement the article reports
    ("ru", "МИД Таджикистана распространил заявление в четверг. Таджикистан выразил готовность "
           "участвовать в миротворческой операции ОДКБ в Казахстане.",
     {("support", "Tajik Foreign Ministry")}),
    ("fr", "Le ministère russe des Affaires étrangères a publié un communiqué samedi. La Russie "
           "a dénoncé une ingérence étrangère au Kazakhstan.",
     {("statement", "Russian Foreign Ministry")}),
    ("de", "Außenministerin Annalena Baerbock äußerte sich am Freitag in Berlin. Deutschland "
           "rief alle Seiten in Kasachstan zur Zurückhaltung auf.",
     {("statement", "Annalena Baerbock"), ("call_for_restraint", "Annalena Baerbock")}),
]

KEPT = [
    # no official of the state named: the state speaks
    ("en", "The United States questioned the need for the deployment of foreign troops in "
           "Kazakhstan.",
     {("statement", "United States")}),
    # the crisis's own country asks for help as a state
    ("en", "Tokayev addressed the nation on Wednesday. Kazakhstan asked the CSTO for help.",
     {("appeal_request", "Kazakhstan")}),
    # a body of the state named only after it spoke for itself, not for the state
    ("de", "Eine Sprecherin der Bundesregierung sagte am Freitag, Berlin beobachte die Lage in "
           "Kasachstan mit großer Sorge. Das Auswärtige Amt rief alle Seiten zur Zurückhaltung "
           "auf.",
     {("statement", "Germany"), ("call_for_restraint", "German Foreign Office")}),
    ("en", "A government spokeswoman said on Friday that Britain was deeply concerned about the "
           "situation in Kazakhstan. The Foreign Office urged all sides to show restraint.",
     {("statement", "United Kingdom"), ("call_for_restraint", "UK Foreign Office")}),
    # a state's act stays the state's, though its president speaks after it
    ("en", "Russia sent paratroopers to Kazakhstan on Thursday. Putin said the mission would "
           "be short.",
     {("military_deployment", "Russia"), ("statement", "Vladimir Putin")}),
]


def pairs(text, language):
    return {(e["event_type"], e["actor"])
            for e in extract_events(text, language=language, published="2022-01-11")}


@pytest.mark.parametrize(("language", "text", "expected"), VOICED)
def test_state_voices_official_named_speaks_for_the_state(language, text, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), KEPT)
def test_state_voices_state_kept_without_official_or_for_acts(language, text, expected):
    assert pairs(text, language) == expected


def test_state_voices_force_is_no_voice():
    # the troops a state sent do not speak for it: with only they named, the state speaks
    text = ("Russian paratroopers landed in Almaty on Thursday. Russia warned against "
            "foreign interference in Kazakhstan.")
    found = pairs(text, "en")
    assert ("statement", "Russia") in found
    assert not any(actor == "Russian Airborne Forces" and kind != "military_deployment"
                   for kind, actor in found)


def test_state_voices_official_own_words_kept_once_with_their_place():
    # the state's call and its minister's own call on it are one call, placed where he spoke
    text = ("La France a appelé jeudi toutes les parties à la retenue au Kazakhstan. À Paris, "
            "le ministre des Affaires étrangères Jean-Yves Le Drian a appelé toutes les parties "
            "à la retenue.")
    found = [(e["event_type"], e["actor"], e["location"])
             for e in extract_events(text, language="fr", published="2022-01-11")]
    assert found == [("call_for_restraint", "Jean-Yves Le Drian", "Paris")]


def test_state_voices_component_is_named_and_article_scoped():
    assert (StateVoices.name, StateVoices.scope) == ("state_voices", "article")

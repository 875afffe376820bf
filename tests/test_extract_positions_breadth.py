"""Positions (actor, issue, stance) on sentences written for the project in wire style, in
every language with real-news gold (issue 8): each sentence's rows are all those the event
model asks for, as (event type, actor, issue, stance); a missing or an extra row fails.

Classes: the crowd's grievance (fuel prices) named by someone else as the protests' cause
or denied as their cause is no position of that speaker, while a verb criticising it is.
"""

import pytest

from dashboard.extract import extract_events

T, P = "Kassym-Jomart Tokayev", "Vladimir Putin"

GRIEVANCE = [
    ("en", "Tokayev said on Monday that the protests, which were sparked by the rise in fuel "
           "prices, had been hijacked by terrorists.",
     {("statement", T, "fuel_prices", ""), ("statement", T, "terrorism_framing", "support")}),
    ("en", "Putin said on Monday that the unrest was not caused by fuel prices but by foreign "
           "forces.",
     {("statement", P, "fuel_prices", ""), ("statement", P, "foreign_interference", "oppose")}),
    ("fr", "Le Kremlin a estimé lundi que les manifestations, déclenchées par la hausse des prix "
           "du carburant, avaient été exploitées par des forces extérieures.",
     {("statement", P, "fuel_prices", ""), ("statement", P, "foreign_interference", "oppose")}),
    ("ru", "Токаев заявил в понедельник, что протесты, которые начались из-за роста цен на газ, "
           "были использованы террористами.",
     {("statement", T, "fuel_prices", ""), ("statement", T, "terrorism_framing", "support")}),
    ("de", "Tokajew sagte am Montag, die Proteste, die durch die Erhöhung der Gaspreise "
           "ausgelöst worden waren, seien von Terroristen missbraucht worden.",
     {("statement", T, "fuel_prices", ""), ("statement", T, "terrorism_framing", "support")}),
    ("es", "Putin dijo el lunes que las protestas por los precios del combustible fueron usadas "
           "por fuerzas externas.",
     {("statement", P, "fuel_prices", ""), ("statement", P, "foreign_interference", "oppose")}),
    ("en", "Human Rights Watch said the rise in fuel prices was unjustified.",
     {("opposition", "Human Rights Watch", "fuel_prices", "oppose")}),
]


def rows(text, language):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language=language)}


@pytest.mark.parametrize(("language", "text", "expected"), GRIEVANCE,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(GRIEVANCE)])
def test_coding_grievance_is_the_crowds_unless_a_verb_criticises_it(language, text, expected):
    assert rows(text, language) == expected

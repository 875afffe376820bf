"""Who asked (issue 8, "who acted"): sentences written for the project in wire style, in
every language with real-news gold. A request named with its owner ("at the official
request of X", "X's decision to ask the CSTO", "la decisión de X de pedir ayuda",
"решение X обратиться к ОДКБ", "auf offizielle Bitte Kasachstans") is the owner's request,
not the speaker's nor the subject's who talks about it. Each case lists all (event type,
actor) pairs the sentence gives; a missing or an extra one fails.
"""

import pytest

from dashboard.extract import extract_events

B, P, K = "Antony Blinken", "Vladimir Putin", "Kazakhstan"

OWNED = [
    # a decision to ask, its owner before it (possessive) or after it (genitive)
    ("en", "Blinken questioned Kazakhstan's decision to ask the CSTO for military help.",
     {("statement", B), ("appeal_request", K)}),
    ("en", "Blinken was surprised by the decision of Kazakhstan to turn to the CSTO for help.",
     {("appeal_request", K)}),
    ("ru", "Блинкен удивился решению Казахстана обратиться за военной помощью к ОДКБ.",
     {("appeal_request", K)}),
    ("es", "Blinken se mostró sorprendido por la decisión de Kazajistán de pedir ayuda a la "
           "OTSC.",
     {("appeal_request", K)}),
    ("de", "Blinken zeigte sich überrascht von der Entscheidung Kasachstans, die OVKS um Hilfe "
           "zu bitten.",
     {("appeal_request", K)}),
    # a request with an adjective ("official") inside the phrase that names its owner
    ("en", "Putin said the troops had been sent at the official request of Kazakhstan.",
     {("appeal_request", K), ("military_deployment", "CSTO")}),
    ("ru", "Путин напомнил, что миротворцы были направлены по официальной просьбе Казахстана.",
     {("appeal_request", K), ("military_deployment", "CSTO")}),
    ("fr", "Poutine a rappelé que les forces avaient été envoyées à la demande officielle du "
           "Kazakhstan.",
     {("appeal_request", K), ("military_deployment", "CSTO")}),
    ("es", "Putin recordó que las fuerzas fueron enviadas sobre la base de una solicitud oficial "
           "de Kazajistán.",
     {("appeal_request", K), ("military_deployment", "CSTO")}),
    ("de", "Putin erinnerte daran, dass die Truppen auf offizielle Bitte Kasachstans entsandt "
           "worden seien.",
     {("appeal_request", K), ("military_deployment", "CSTO")}),
]


def pairs(text, language):
    return {(e["event_type"], e["actor"])
            for e in extract_events(text, language=language, published="2022-01-11")}


@pytest.mark.parametrize(("language", "text", "expected"), OWNED)
def test_actor_breadth_request_is_its_owners(language, text, expected):
    assert pairs(text, language) == expected


def test_actor_breadth_own_request_still_the_subjects():
    # with no owner named, the subject who asks is the requester
    assert pairs("Tokayev asked the CSTO for military help on Wednesday.", "en") == {
        ("appeal_request", "Kassym-Jomart Tokayev")}

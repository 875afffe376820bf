"""Who acted and who asked (issue 8, "who acted"): sentences written for the project in
wire style, in every language with real-news gold. Each case lists all (event type, actor)
pairs the sentence gives; a missing or an extra one fails.

- A request named with its owner ("at the official request of X", "X's decision to ask
  the CSTO", "la decisión de X de pedir ayuda", "решение X обратиться к ОДКБ", "auf
  offizielle Bitte Kasachstans") is the owner's request, not the speaker's nor the
  subject's who talks about it.
- A name that opens the sentence, set off by commas before a verb of saying ("El
  presidente de Kazajistán, Kasim-Yomart Tokáyev, anunció hoy que ..."), is its speaker,
  though a time word stands before "que": the host's leader announcing a withdrawal
  decides it, and the alliance named in the reported clause does not speak.
- A call whose two sides are named together after "between" ("entre", "между",
  "zwischen") by a speaker who is no side of it is one call, reported from the first side
  named, not the speaker's calls with each side.
- Emergency rule is declared by the authorities, never by the police or the security
  forces named in another clause, and a passive verb of saying ("a state of emergency was
  declared") has no speaker, so the act keeps its default actor.
"""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.pipeline import default_extractor
from tests.tiny_lexicon import run_through

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


EMERGENCY = [
    ("en", "Several policemen died in the riots and a state of emergency was declared across "
           "the country.",
     {("state_of_emergency", "Kazakh authorities")}),
    ("en", "Police officers were killed and a curfew was imposed in Almaty.",
     {("state_of_emergency", "Kazakh authorities")}),
    ("fr", "Plusieurs policiers sont morts et l'état d'urgence a été décrété à Almaty.",
     {("state_of_emergency", "Kazakh authorities")}),
    ("ru", "Несколько полицейских погибли, в Алматы введено чрезвычайное положение.",
     {("state_of_emergency", "Kazakh authorities")}),
    ("de", "Mehrere Polizisten starben, und der Ausnahmezustand wurde in Almaty verhängt.",
     {("state_of_emergency", "Kazakh authorities")}),
    # who declared it, when named, still is the actor
    ("en", "Tokayev declared a state of emergency in Almaty on Wednesday.",
     {("state_of_emergency", "Kassym-Jomart Tokayev")}),
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


@pytest.mark.parametrize(("language", "text", "expected"), EMERGENCY)
def test_actor_breadth_emergency_is_declared_by_the_authorities(language, text, expected):
    assert pairs(text, language) == expected


def speakers_of(text, language):
    """The speakers the shipped extractor finds in each sentence of ``text``."""
    _doc, works = run_through(default_extractor(), text, "speakers", "2022-01-11", language)
    return [[s.mention.actor for s in work.speakers] for work in works]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a passive verb of saying or decreeing names no speaker before it
    ("en", "Police officers were killed and a state of emergency was declared in Almaty.", []),
    ("fr", "Des policiers sont morts et l'état d'urgence a été annoncé à Almaty.", []),
    # a name opening the sentence, in apposition before the verb, speaks
    ("es", "El jefe de la diplomacia rusa, Serguéi Lavrov, afirmó hoy que la alianza OTSC "
           "cumplió su misión en Kazajistán.", ["Sergey Lavrov"]),
    ("fr", "Le président du Kazakhstan, Kassym-Jomart Tokaïev, a annoncé mardi que les troupes "
           "de l'alliance OTSC commenceraient à se retirer.", ["Kassym-Jomart Tokayev"]),
    # an active verb keeps its subject
    ("en", "The police declared that order had been restored in Almaty.", ["Kazakh police"]),
])
def test_actor_breadth_speaker_of_a_sentence(language, text, expected):
    assert speakers_of(text, language) == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "El presidente de Kazajistán, Kasim-Yomart Tokáyev, anunció hoy que las tropas de la "
           "alianza OTSC comenzarán a retirarse dentro de dos días."),
    ("fr", "Le président du Kazakhstan, Kassym-Jomart Tokaïev, a annoncé mardi que les troupes "
           "de l'alliance OTSC commenceraient à se retirer dans deux jours."),
])
def test_actor_breadth_host_leader_announcing_withdrawal_decides_it(language, text):
    assert pairs(text, language) == {("withdrawal", "Kassym-Jomart Tokayev")}


G, T = "Natalia Gherman", "Mukhtar Tileuberdi"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Dujarric said there had been a phone call on Thursday between Natalia Gherman and "
           "Mukhtar Tileuberdi."),
    ("fr", "Le porte-parole de l'ONU, Stéphane Dujarric, a indiqué qu'un entretien téléphonique "
           "avait eu lieu jeudi entre Natalia Gherman et Mukhtar Tileuberdi."),
    ("ru", "Дюжаррик сообщил, что в четверг состоялся телефонный разговор между Натальей Герман "
           "и Мухтаром Тлеуберди."),
    ("es", "Dujarric dijo que hubo una conversación telefónica entre Natalia Gherman y Mujtar "
           "Tileuberdi el jueves."),
    ("de", "Dujarric sagte, es habe am Donnerstag ein Telefonat zwischen Natalia Gherman und "
           "Muchtar Tileuberdi gegeben."),
])
def test_actor_breadth_call_between_two_sides_is_theirs(language, text):
    found = [(e["event_type"], e["actor"], e["target"])
             for e in extract_events(text, language=language, published="2022-01-11")]
    assert found == [("phone_call", G, T)]


def test_actor_breadth_call_of_the_speaker_stays_the_speakers():
    text = "Putin said on Thursday that he had held a phone call with Tokayev."
    found = [(e["event_type"], e["actor"], e["target"])
             for e in extract_events(text, language="en", published="2022-01-11")]
    assert found == [("phone_call", "Vladimir Putin", "Kassym-Jomart Tokayev")]

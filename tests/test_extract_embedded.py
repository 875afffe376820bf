"""Secondary events embedded in a sentence whose main event is another (issue 8).

The sentences are the project's own, written in the style of wire copy in each language:
a request whose asker is named after its cue ("at the request of X") beside another act
or position on the same issue, the asker never taken as the act's doer, such a request
left without the sentence's date, and protests that turn into riots (the crowd's clash
beside its protest). Each lists the rows the event model asks for (event type, actor,
issue, stance), all of them: a missing or an extra row fails.
"""

import pytest

from dashboard.extract import extract_events
from tests.tiny_lexicon import tiny_extractor

T, K, C = "Kassym-Jomart Tokayev", "Kazakhstan", "CSTO"
DEPLOYED = ("military_deployment", C, "csto_deployment", "")
ASKED = ("appeal_request", T, "csto_deployment", "support")


def rows(text: str, language: str, published: str = "2022-01-10") -> set[tuple]:
    return {(e["event_type"], e["actor"], e["issue"], e["stance"])
            for e in extract_events(text, published=published, language=language)}


# a request named with its asker after the cue, beside another act or position
REQUESTS = [
    ("fr", "Pékin soutient l'intervention russe, lancée à la demande du président Tokaïev.",
     {("support", "China", "csto_deployment", "support"), ASKED}),
    ("fr", "La Chine s'accommode de l'intervention des forces russes au Kazakhstan, après la "
           "demande du président Kassym-Jomart Tokaïev.",
     {ASKED, ("military_deployment", "Russia", "csto_deployment", "")}),
    ("en", "China welcomed the intervention, launched at the request of President Tokayev.",
     {("support", "China", "csto_deployment", "support"), ASKED}),
    ("ru", "По просьбе Казахстана Россия направила десантников в Алма-Ату.",
     {("appeal_request", K, "csto_deployment", "support"), DEPLOYED}),
    ("ru", "Десантники прибыли в Алма-Ату по просьбе казахстанских властей.",
     {("appeal_request", "Kazakh authorities", "csto_deployment", "support"), DEPLOYED}),
    ("es", "Pekín respaldó la intervención rusa, decidida a petición del presidente Tokáyev.",
     {("support", "China", "csto_deployment", "support"), ASKED}),
    ("de", "Peking begrüßte den Einsatz der OVKS, der auf Bitten von Präsident Tokajew "
           "begann.",
     {("support", "China", "csto_deployment", "support"), ASKED}),
]


# the request named in the deployment sentence by other phrases
REQUESTS += [
    ("ru", "ОДКБ направила войска в Казахстан после того, как Токаев попросил о помощи.",
     {ASKED, DEPLOYED}),
    ("es", "La OTSC envió tropas a Kazajistán después de que Tokáyev pidiera ayuda.",
     {ASKED, DEPLOYED}),
    ("fr", "L'OTSC a envoyé des troupes au Kazakhstan après que Tokaïev a demandé l'aide de "
           "l'alliance.", {ASKED, DEPLOYED}),
    ("de", "Die OVKS schickte Truppen nach Kasachstan, nachdem Tokajew um Hilfe gebeten "
           "hatte.", {ASKED, DEPLOYED}),
    ("en", "The CSTO sent troops after Kazakhstan asked for help.",
     {("appeal_request", K, "csto_deployment", "support"), DEPLOYED}),
]


@pytest.mark.parametrize(("language", "text", "expected"), REQUESTS)
def test_embedded_request_of_a_named_asker_is_its_own_row(language, text, expected):
    assert rows(text, language) == expected


# who asked for a deployment did not carry it out
ASKERS = [
    ("de", "Auf Bitten Kasachstans schickte die OVKS Soldaten in das Land."),
    ("fr", "À la demande du Kazakhstan, l'OTSC a envoyé des troupes dans le pays."),
    ("es", "A petición de Kazajistán, la OTSC envió tropas al país."),
    ("en", "At the request of Kazakhstan, the CSTO sent troops to the country."),
]


@pytest.mark.parametrize(("language", "text"), ASKERS)
def test_embedded_asker_is_not_the_deployment_actor(language, text):
    found = rows(text, language)
    assert ("appeal_request", K, "csto_deployment", "support") in found
    assert {r[1] for r in found if r[0] == "military_deployment"} == {C}


# "at the request of X" has no date of its own: the sentence's date is the deployment's
UNDATED = [
    ("en", "The CSTO sent troops to Kazakhstan on Thursday at the request of Tokayev."),
    ("fr", "L'OTSC a envoyé jeudi des troupes au Kazakhstan à la demande de Tokaïev."),
    ("ru", "ОДКБ в четверг направила войска в Казахстан по просьбе Токаева."),
    ("es", "La OTSC envió el jueves tropas a Kazajistán a petición del presidente Tokáyev."),
    ("de", "Die OVKS schickte am Donnerstag auf Ersuchen Tokajews Soldaten nach Kasachstan."),
]


@pytest.mark.parametrize(("language", "text"), UNDATED)
def test_embedded_request_takes_no_date_of_the_sentence(language, text):
    found = {e["event_type"]: e["date"] for e in extract_events(
        text, published="2022-01-10", language=language)}
    assert found == {"appeal_request": "", "military_deployment": "2022-01-06"}


# protests that turn into riots: the crowd's protest and its clash, one row each
PROTEST, CLASH = ("protest", "protesters", "other", ""), ("violent_clash", "protesters",
                                                          "other", "")
TURNED = [
    ("en", "The rallies in Almaty turned into clashes with police on Wednesday."),
    ("en", "Protests broke out on Sunday and quickly escalated into riots."),
    ("ru", "В среду протесты в Алма-Ате переросли в массовые беспорядки."),
    ("ru", "Массовые протесты переросли в столкновения с полицией."),
    ("de", "Die Proteste in Almaty schlugen am Mittwoch in Ausschreitungen um."),
    ("es", "Las protestas derivaron en disturbios en Almaty el miércoles."),
    ("fr", "Les manifestations ont dégénéré en émeutes à Almaty mercredi."),
]


@pytest.mark.parametrize(("language", "text"), TURNED)
def test_embedded_protest_turned_into_riots_gives_both_acts(language, text):
    assert rows(text, language) == {PROTEST, CLASH}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The rallies stayed peaceful and did not turn into a festival."),
    ("ru", "Протесты переросли в общенациональное движение."),
])
def test_embedded_turned_into_something_else_is_no_clash(language, text):
    assert not any(r[0] == "violent_clash" for r in rows(text, language))


REQUEST_ROWS = (
    "predicate,at the request of,appeal_request,,request,,after\n"
    "predicate,welcomed,support,,support,,\n"
    "topic,intervention,,csto_deployment,support,,\n"
)
STANCES = ("csto_deployment,request,support,appeal_request\n"
           "csto_deployment,support,support,\n")


def test_embedded_request_on_a_tiny_lexicon(tmp_path):
    extractor = tiny_extractor(tmp_path, REQUEST_ROWS, stances=STANCES)
    found = {(e["event_type"], e["actor"], e["issue"], e["stance"]) for e in extractor(
        "China welcomed the intervention at the request of Tokayev.",
        published="2022-01-10", language="en")}
    assert found == {("support", "China", "csto_deployment", "support"), ASKED}
    # without the request row, only the welcome is left
    plain = tiny_extractor(tmp_path / "b", REQUEST_ROWS.split("\n", 1)[1], stances=STANCES)
    assert {e["actor"] for e in plain("China welcomed the intervention at the request of "
                                      "Tokayev.", published="2022-01-10",
                                      language="en")} == {"China"}


# a verb of backing or criticism before the agent of a passive is told in passing: the
# clause subject takes no stance by it
PASSIVES = [
    ("en", "President Tokayev, backed by Moscow, said he had ordered troops to shoot to "
           "kill.", {("statement", T, "use_of_force", "support")}),
    ("en", "Tokayev, who is supported by Russia, ordered troops to fire without warning.",
     {("statement", T, "use_of_force", "support")}),
    ("en", "The minister, criticised by Tokayev for his weak leadership, was dismissed on "
           "Tuesday.", {("resignation_dismissal", T, "leadership_change", "")}),
    ("fr", "Le président Tokaïev, soutenu par Moscou, a déclaré avoir ordonné de tirer sans "
           "sommation.", {("statement", T, "use_of_force", "support")}),
    ("fr", "Le ministre, critiqué par Tokaïev pour son manque de fermeté, a été limogé "
           "mardi.", {("resignation_dismissal", T, "leadership_change", "")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), PASSIVES)
def test_embedded_passive_backing_takes_no_stance(language, text, expected):
    assert rows(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The European Union said it was alarmed by the violence.",
     {("statement", "European Union", "restraint_human_rights", "concern")}),
    ("en", "China backed the Kazakh authorities on Friday.",
     {("support", "China", "sovereignty_stability", "support")}),
    ("fr", "La France s'est dite inquiète et choquée par les violences.",
     {("statement", "France", "restraint_human_rights", "concern")}),
])
def test_embedded_active_or_concerned_verb_keeps_its_stance(language, text, expected):
    assert rows(text, language) == expected


PASSIVE_ROWS = "predicate,backed,support,,support,,\ntopic,shoot,,use_of_force,support,,\n"


@pytest.mark.parametrize(("agent_row", "expected"), [
    ("", {("support", T, "use_of_force", "support")}),
    ("passive_agent,by,,,,,\n", set()),
])
def test_embedded_passive_agent_word_on_a_tiny_lexicon(tmp_path, agent_row, expected):
    extractor = tiny_extractor(tmp_path, PASSIVE_ROWS + agent_row,
                               stances="use_of_force,support,support,\n")
    found = {(e["event_type"], e["actor"], e["issue"], e["stance"]) for e in extractor(
        "Tokayev, backed by Moscow, gave the order to shoot.", published="2022-01-10",
        language="en")}
    assert found == expected


def test_embedded_reaction_to_a_thing_keeps_its_subject():
    # "appalled by" a thing, not by a party: the subject's own reaction
    assert rows("Human Rights Watch said it was appalled by the use of live ammunition.",
                "en") == {("opposition", "Human Rights Watch", "use_of_force", "oppose")}


# a verb right after a conjunction shares the subject of the clause before it, not the
# object that clause named last
COORDINATED = [
    ("en", "Tokayev dismissed the cabinet on Wednesday and asked the CSTO for help."),
    ("en", "Tokayev accepted the government's resignation on Tuesday, and has sought help "
           "from the CSTO."),
    ("fr", "Tokaïev a limogé le gouvernement mercredi et a demandé l'aide de l'OTSC."),
    ("ru", "Токаев отправил правительство в отставку и обратился за помощью к ОДКБ."),
    ("de", "Tokajew entließ die Regierung und bat die OVKS um Hilfe."),
    ("es", "Tokáyev destituyó al Gobierno y pidió ayuda a la OTSC."),
]


@pytest.mark.parametrize(("language", "text"), COORDINATED)
def test_embedded_coordinated_verb_shares_the_first_subject(language, text):
    found = rows(text, language)
    assert ASKED in found
    assert not any(r[0] == "appeal_request" and r[1] != T for r in found)


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a list of parties before one verb each speaks
    ("en", "Russia and China backed the deployment.",
     {("support", "Russia", "csto_deployment", "support"),
      ("support", "China", "csto_deployment", "support")}),
    # after a comma and no auxiliary, the word after "and" may be a noun
    ("en", "Nazarbayev kept his post at the Security Council, and opposition to his role "
           "grew during the protests.", set()),
])
def test_embedded_coordination_leaves_other_shapes(language, text, expected):
    assert {r for r in rows(text, language) if r[0] != "protest"} == expected

"""Positions (actor, issue, stance) on sentences written for the project in wire style, in
every language with real-news gold (issue 8): each sentence's rows are all those the event
model asks for, as (event type, actor, issue, stance); a missing or an extra row fails.

Classes: the crowd's grievance (fuel prices) named by someone else as the protests' cause
or denied as their cause is no position of that speaker, while a verb criticising it is;
a claim that stability was reached ("order has been restored") is a position of its own
beside the speaker's other issue, while stability named as the purpose of an act ("sent to
restore order") is that act's background; a call for talks judged absurd is rejected
(restraint opposed, not asked for); readiness to send troops or join the mission backs the
deployment and is no deployment of its own; backing an appointment to a post, or saying
the president holds full power, is a position on the change of leadership; a call that
discusses the situation in the country is about its stability, not the two sides' relations;
rejecting or condemning someone's criticism of a thing backs the thing (the speaker's position,
not the critic's); a stance verb does not govern the speaker's next words after "and said",
"and vowed" ("ruled out talks and vowed to eliminate the bandits").
"""

import pytest

from tests.extract_rows import rows
from tests.tiny_lexicon import tiny_extractor

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


@pytest.mark.parametrize(("language", "text", "expected"), GRIEVANCE,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(GRIEVANCE)])
def test_coding_grievance_is_the_crowds_unless_a_verb_criticises_it(language, text, expected):
    assert rows(text, language) == expected


CSTO_BACKED = ("support", T, "csto_deployment", "support")
STABLE = ("statement", T, "sovereignty_stability", "support")
SENT = ("military_deployment", "CSTO", "csto_deployment", "")

STABILITY = [
    ("en", "Tokayev said on Monday that the situation in the country was now stable, and "
           "thanked the CSTO for its help.", {STABLE, CSTO_BACKED}),
    ("en", "Tokayev said on Friday that order had been restored and that the CSTO "
           "peacekeepers would leave soon.",
     {STABLE, ("withdrawal", T, "csto_deployment", "")}),
    ("en", "Putin said the CSTO troops had been sent to restore order in Kazakhstan.", {SENT}),
    ("fr", "Tokaïev a déclaré vendredi que l'ordre constitutionnel avait été rétabli et que "
           "la mission de l'OTSC allait prendre fin.", {STABLE, SENT}),
    ("fr", "Poutine a déclaré que les troupes de l'OTSC avaient été envoyées pour rétablir "
           "l'ordre.", {SENT}),
    ("ru", "Токаев заявил, что ситуация в стране стабильная, и поблагодарил ОДКБ за помощь.",
     {STABLE, CSTO_BACKED}),
    ("ru", "Путин заявил, что войска ОДКБ направлены для восстановления порядка в Казахстане.",
     {SENT}),
    ("de", "Tokajew sagte, die Lage im Land sei stabil, und dankte der OVKS für ihre Hilfe.",
     {STABLE, CSTO_BACKED}),
    ("de", "Putin sagte, die OVKS-Truppen seien entsandt worden, um die Ordnung "
           "wiederherzustellen.", {SENT}),
    ("es", "Tokayev dijo que el orden se había restablecido y agradeció a la OTSC su ayuda.",
     {STABLE, CSTO_BACKED}),
    ("es", "Putin dijo que las tropas de la OTSC fueron enviadas para restablecer el orden.",
     {SENT}),
]


@pytest.mark.parametrize(("language", "text", "expected"), STABILITY,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(STABILITY)])
def test_coding_stability_reached_is_a_claim_and_a_purpose_is_background(language, text,
                                                                         expected):
    assert rows(text, language) == expected


CLAIM_ROWS = """reporting,said,,,,,
predicate,thanked,support,,support,,
topic,order was restored,,sovereignty_stability,support,,{value}
topic,cst\\w*,,csto_deployment,support,,
"""
CLAIM_STANCES = ("sovereignty_stability,support,support,\nsovereignty_stability,none,support,\n"
                 "csto_deployment,support,support,\n")


@pytest.mark.parametrize(("value", "kept"), [("", False), ("claim", True)])
def test_coding_claim_topic_is_kept_beside_a_predicated_issue(tmp_path, value, kept):
    extractor = tiny_extractor(tmp_path, CLAIM_ROWS.format(value=value),
                               stances=CLAIM_STANCES)
    found = {(e["actor"], e["issue"]) for e in extractor(
        "Tokayev said order was restored and thanked the CSTO.", published="2022-01-10",
        language="en")}
    assert (T, "csto_deployment") in found
    assert ((T, "sovereignty_stability") in found) is kept


REJECTED = ("opposition", T, "restraint_human_rights", "oppose")
ARMENIA_READY = ("support", "Armenia", "csto_deployment", "support")

JUDGED_AND_READY = [
    ("en", "Tokayev called the calls for negotiations absurd.", {REJECTED}),
    ("fr", "Tokaïev a qualifié d'absurdes les appels à la négociation avec les émeutiers.",
     {REJECTED}),
    ("ru", "Токаев назвал абсурдными призывы к переговорам с протестующими.", {REJECTED}),
    ("de", "Tokajew bezeichnete die Forderungen nach Verhandlungen mit den Banditen als absurd.",
     {REJECTED, ("statement", T, "terrorism_framing", "support")}),
    ("es", "Tokayev calificó de absurdos los llamamientos al diálogo con los manifestantes.",
     {REJECTED}),
    ("en", "Armenia announced its readiness to send peacekeepers to Kazakhstan.",
     {ARMENIA_READY}),
    ("fr", "Le Tadjikistan s'est dit prêt à envoyer des soldats de la paix au Kazakhstan.",
     {("support", "Tajikistan", "csto_deployment", "support")}),
    ("ru", "Армения заявила, что готова направить миротворцев в Казахстан.", {ARMENIA_READY}),
    ("de", "Armenien erklärte sich bereit, sich an der Friedensmission der OVKS zu beteiligen.",
     {ARMENIA_READY}),
    ("es", "Armenia anunció su disposición a enviar fuerzas de paz a Kazajistán.",
     {ARMENIA_READY}),
]


@pytest.mark.parametrize(("language", "text", "expected"), JUDGED_AND_READY,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(JUDGED_AND_READY)])
def test_coding_absurd_calls_are_rejected_and_readiness_backs_the_deployment(language, text,
                                                                              expected):
    assert rows(text, language) == expected


N, PARL = "Nursultan Nazarbayev", "Parliament of Kazakhstan"
LEADERSHIP = [
    ("en", "Kazakhstan's parliament on Tuesday approved the appointment of Alikhan Smailov as "
           "prime minister.", {("support", PARL, "leadership_change", "support")}),
    ("en", "Nazarbayev said Tokayev had full power in the country.",
     {("statement", N, "leadership_change", "support")}),
    ("fr", "Le Parlement kazakh a approuvé mardi la nomination d'Alikhan Smaïlov au poste de "
           "Premier ministre.", {("support", PARL, "leadership_change", "support")}),
    ("fr", "Nazarbaïev a assuré que Tokaïev avait tous les pouvoirs.",
     {("statement", N, "leadership_change", "support")}),
    ("ru", "Парламент Казахстана одобрил кандидатуру Алихана Смаилова на пост "
           "премьер-министра.", {("support", PARL, "leadership_change", "support")}),
    ("ru", "Назарбаев заявил, что Токаев обладает всей полнотой власти.",
     {("statement", N, "leadership_change", "support")}),
    # power handed over years ago is background, not a position on the change
    ("ru", "Назарбаев заявил, что в 2019 году передал всю полноту власти Токаеву.",
     {("statement", N, "other", "")}),
    ("de", "Tokajew begrüßte die Ernennung von Alichan Smailow zum Regierungschef.",
     {("support", T, "leadership_change", "support")}),
    ("de", "Nasarbajew sagte, Tokajew habe die volle Macht im Land.",
     {("statement", N, "leadership_change", "support")}),
    ("es", "El Parlamento kazajo aprobó el martes el nombramiento de Alijan Smailov como primer "
           "ministro.", {("support", PARL, "leadership_change", "support")}),
    ("es", "Nazarbáyev dijo que Tokáyev tiene todo el poder en el país.",
     {("statement", N, "leadership_change", "support")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), LEADERSHIP,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(LEADERSHIP)])
def test_coding_appointment_and_full_power_are_positions_on_the_leadership(language, text,
                                                                           expected):
    assert rows(text, language) == expected


CALLS = [
    ("en", "Putin and Tokayev discussed the situation in Kazakhstan in a phone call on Saturday.",
     "sovereignty_stability"),
    ("fr", "Poutine et Tokaïev ont évoqué la situation au Kazakhstan lors d'un entretien "
           "téléphonique samedi.", "sovereignty_stability"),
    ("ru", "Путин и Токаев обсудили ситуацию в Казахстане в телефонном разговоре в субботу.",
     "sovereignty_stability"),
    ("de", "Putin und Tokajew sprachen am Samstag in einem Telefonat über die Lage in "
           "Kasachstan.", "sovereignty_stability"),
    ("es", "Putin y Tokayev abordaron la situación en Kazajistán en una conversación telefónica "
           "el sábado.", "sovereignty_stability"),
    ("en", "Putin and Tokayev spoke by phone on Saturday.", "bilateral_relations"),
]


@pytest.mark.parametrize(("language", "text", "issue"), CALLS,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _i) in enumerate(CALLS)])
def test_calls_discussing_the_situation_are_about_stability(language, text, issue):
    assert rows(text, language) == {("phone_call", P, issue, "support")}


Z, RMFA = "Maria Zakharova", "Russian Foreign Ministry"
CRITICISM = [
    ("en", "Zakharova rejected Washington's criticism of the CSTO mission.",
     ("support", Z)),
    ("fr", "Maria Zakharova a rejeté les critiques de Washington contre la mission de l'OTSC.",
     ("support", Z)),
    ("ru", "Захарова отвергла критику Вашингтона в адрес миссии ОДКБ.", ("support", Z)),
    ("de", "Sacharowa wies die Kritik Washingtons an der OVKS-Mission zurück.", ("support", Z)),
    ("es", "La portavoz Maria Zajárova rechazó las críticas de Washington a la misión de la "
           "OTSC.", ("support", Z)),
    ("en", "The Russian Foreign Ministry condemned Blinken's criticism of the CSTO deployment.",
     ("opposition", RMFA)),
    ("fr", "Le ministère russe des Affaires étrangères a dénoncé les critiques de Blinken "
           "contre le déploiement de l'OTSC.", ("opposition", RMFA)),
    ("ru", "МИД России осудил критику Блинкена в адрес миссии ОДКБ.", ("opposition", RMFA)),
    ("de", "Das russische Außenministerium verurteilte die Kritik Blinkens an der OVKS-Mission.",
     ("opposition", RMFA)),
    ("es", "La cancillería rusa condenó las críticas de Blinken a la misión de la OTSC.",
     ("opposition", RMFA)),
]


@pytest.mark.parametrize(("language", "text", "act"), CRITICISM,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _a) in enumerate(CRITICISM)])
def test_coding_rejecting_criticism_of_a_thing_backs_it(language, text, act):
    assert rows(text, language) == {(*act, "csto_deployment", "support")}


ACRONYM = [
    ("es", "Tokayev dijo que había pedido ayuda a CSTO."),
    ("fr", "Tokaïev a demandé l'aide de la CSTO mercredi."),
    ("de", "Tokajew bat die CSTO am Mittwoch um Hilfe."),
    ("ru", "Токаев обратился к CSTO за помощью."),
]


@pytest.mark.parametrize(("language", "text"), ACRONYM, ids=[lang for lang, _t in ACRONYM])
def test_coding_english_acronym_of_the_alliance_names_the_deployment_issue(language, text):
    # foreign copy may cite the alliance by its English acronym
    assert rows(text, language) == {("appeal_request", T, "csto_deployment", "support")}


ALLIES = [
    ("en", "Tokayev asked his allies for help last week."),
    ("fr", "Tokaïev a sollicité mercredi l'aide de ses alliés."),
    ("de", "Tokajew hatte seine Verbündeten in der vergangenen Woche um Unterstützung gebeten."),
]


@pytest.mark.parametrize(("language", "text"), ALLIES, ids=[lang for lang, _t in ALLIES])
def test_coding_asking_allies_for_help_is_a_request_for_the_deployment(language, text):
    assert rows(text, language) == {("appeal_request", T, "csto_deployment", "support")}


REFUSED_TALKS = ("opposition", T, "restraint_human_rights", "oppose")
BANDITS = ("statement", T, "terrorism_framing", "support")
NEXT_WORDS = [
    ("en", "Tokayev ruled out talks with the protesters and vowed to eliminate the armed "
           "bandits.", {REFUSED_TALKS, BANDITS}),
    ("en", "Lavrov condemned the violence and said the CSTO troops would leave soon.",
     {("opposition", "Sergey Lavrov", "restraint_human_rights", "concern"),
      ("statement", "Sergey Lavrov", "csto_deployment", "support")}),
    ("fr", "Tokaïev a écarté toute négociation avec les protestataires et promis de "
           "neutraliser les bandits armés.", {REFUSED_TALKS, BANDITS}),
    ("de", "Tokajew schloss Verhandlungen mit den Demonstranten aus und kündigte an, die "
           "bewaffneten Banditen zu eliminieren.", {REFUSED_TALKS, BANDITS}),
    ("es", "Tokayev descartó negociar con los manifestantes y prometió eliminar a los bandidos "
           "armados.", {REFUSED_TALKS, BANDITS, ("statement", T, "use_of_force", "support")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), NEXT_WORDS,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(NEXT_WORDS)])
def test_coding_stance_verb_does_not_govern_the_next_words_said(language, text, expected):
    positions = {r for r in rows(text, language) if r[3]}
    assert positions == expected

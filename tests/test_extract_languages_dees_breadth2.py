"""German and Spanish wire grammar, second round (issue 8), on sentences written for this test.

Each text is the project's own, in the style of German and Spanish agency copy about the
January 2022 crisis; its rows are those the event model asks for (event type, actor, issue,
stance), all of them: a missing or an extra row fails. Classes: German reported speech in
the Konjunktiv I ("Die Mission sei ein Erfolg.") going on with the previous sentence's
speaker; "at the request of X" after the troops it brought ("auf Bitten Tokajews",
"a petición del Gobierno kazajo") and German passives whose participle closes a long clause
("waren auf Wunsch von X ... nach Kasachstan gebracht worden"); datelines of German and
Spanish agencies ("Moskau (dpa) -", "Bruselas (EFE).-") placing the statements under them;
the German finite verb in second place, its subject after it ("Am Donnerstag schickte
Russland Truppen", "Verhandlungen schloss er aus", "bedankte sich Tokajew"); a German
source named before "zufolge" or after "nach Angaben" ("Dem Kreml zufolge"); talks refused
("keine Gespräche mit", "no iba a dialogar con") as a rejection of dialogue, not of the
party named with them and no call; the person an outlet quotes ("cita a X"), a
spokesperson of a body ("un portavoz de la UE"); a partner named so by a speaker; a protest
naming the crowd's grievance and a protest-only topic as two protests; a town called the
centre of the protests ("epicentro de las protestas") as no new protest.
"""

import pytest

from dashboard.extract import extract_events
from tests.extract_rows import rows
from tests.tiny_lexicon import tiny_extractor

T, P, PS = "Kassym-Jomart Tokayev", "Vladimir Putin", "Dmitry Peskov"

GERMAN = [
    # Konjunktiv I: a sentence of reported speech with no cue of its own is the speaker's
    ('mood', 'Peskow sagte am Montag, die Lage habe sich stabilisiert. '
     'Die Mission der OVKS sei ein Erfolg.',
     {('statement', PS, 'sovereignty_stability', 'support'),
      ('statement', PS, 'csto_deployment', 'support')}),
    ('mood', 'Tokajew erklärte, das Land sei einem Putschversuch ausgesetzt gewesen. '
     'Die Angreifer seien im Ausland ausgebildet worden.',
     {('statement', T, 'other', ''), ('statement', T, 'terrorism_framing', 'support'),
      ('statement', T, 'foreign_interference', 'oppose')}),
    ('mood', 'Lawrow äußerte sich am Dienstag in Moskau. Eine Einmischung von außen werde '
     'Russland nicht dulden.',
     {('statement', 'Sergey Lavrov', 'foreign_interference', 'oppose')}),
    ('mood', 'Der Kremlsprecher Dmitri Peskow äußerte sich am Mittwoch. Die Lage in Kasachstan '
     'habe sich beruhigt. Die OVKS werde ihre Friedenstruppen bald abziehen. Die Mission '
     'könne als Erfolg gelten.',
     {('statement', PS, 'sovereignty_stability', 'support'),
      ('withdrawal', 'CSTO', 'csto_deployment', ''),
      ('statement', PS, 'csto_deployment', 'support')}),
    # with no speaker in the sentence before, the mood carries nobody
    ('mood', 'Die Lage in Almaty sei ruhig.', set()),
    ('mood', 'Tokajew traf am Montag in Almaty ein. Die Lage in der Stadt sei ruhig.', set()),
    # "at the request of X" with no article ("auf Wunsch Tokajews"), in the plural ("auf
    # Bitten"), before or after the troops; the passive's participle closing a long clause
    ('request', 'Auf Wunsch Tokajews schickte die OVKS Friedenstruppen nach Kasachstan.',
     {('appeal_request', T, 'csto_deployment', 'support'),
      ('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('request', 'Die OVKS hatte auf Bitten Tokajews Truppen nach Kasachstan geschickt.',
     {('appeal_request', T, 'csto_deployment', 'support'),
      ('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('request', 'Auf Ersuchen Tokajews entsandte die OVKS Soldaten nach Almaty.',
     {('appeal_request', T, 'csto_deployment', 'support'),
      ('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('request', 'Die Friedenssoldaten waren auf Ersuchen der kasachischen Führung nach Almaty '
     'verlegt worden.',
     {('appeal_request', 'Kazakh authorities', 'csto_deployment', 'support'),
      ('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('request', 'Die Soldaten der OVKS waren auf Bitten der Führung Kasachstans nach Almaty '
     'verlegt worden.',
     {('appeal_request', 'Kazakh authorities', 'csto_deployment', 'support'),
      ('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('request', 'Nach Angaben der OVKS waren auf Wunsch Tokajews am Donnerstag die ersten '
     'Friedenssoldaten nach Kasachstan gebracht worden.',
     {('appeal_request', T, 'csto_deployment', 'support'),
      ('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('request', 'In der Nacht waren mit mehreren Flugzeugen russische Fallschirmjäger nach '
     'Almaty verlegt worden.',
     {('military_deployment', 'Russian Airborne Forces', 'csto_deployment', '')}),
    ('request', 'Die Verletzten waren ins Krankenhaus gebracht worden.', set()),
    ('request', 'Auf Wunsch der Kinder blieb die Familie zu Hause.', set()),
    # the verb second: a clause opened by a time, a place, a source or an object has its
    # subject, a name or a pronoun, right after the verb
    ('second', 'Am Donnerstag schickte Russland Fallschirmjäger nach Kasachstan.',
     {('military_deployment', 'Russia', 'csto_deployment', '')}),
    ('second', 'Noch in der Nacht schickte Moskau die ersten Soldaten nach Almaty.',
     {('military_deployment', 'Russia', 'csto_deployment', '')}),
    ('second', 'Nach Angaben der OVKS schickte Armenien 100 Soldaten nach Kasachstan.',
     {('military_deployment', 'Armenia', 'csto_deployment', '')}),
    ('second', 'Seit Mittwoch entsendet Belarus Soldaten nach Kasachstan.',
     {('military_deployment', 'Belarus', 'csto_deployment', '')}),
    ('second', 'Tokajew sprach am Freitag im Fernsehen. Verhandlungen mit den Demonstranten '
     'schloss er aus.',
     {('opposition', T, 'restraint_human_rights', 'oppose')}),
    ('second', 'Tokajew sprach am Freitag im Fernsehen. Verhandlungen mit den Demonstranten '
     'schloss der Präsident aus.',
     {('opposition', T, 'restraint_human_rights', 'oppose')}),
    ('second', 'Putin traf am Montag in Moskau ein. Am Abend lobte er den Einsatz der OVKS.',
     {('support', P, 'csto_deployment', 'support')}),
    ('second', 'In einem Telefonat dankte Tokajew Putin für die Hilfe der OVKS.',
     {('support', T, 'csto_deployment', 'support'),
      ('phone_call', T, 'csto_deployment', 'support')}),
    # a source named before the postposition "zufolge" (in the dative, or as a compound's
    # head: "OVKS-Angaben zufolge"), or right after "nach Angaben / Darstellung"
    ('source', 'Dem Kreml zufolge ist die Lage in Kasachstan inzwischen stabil.',
     {('statement', P, 'sovereignty_stability', 'support')}),
    ('source', 'Nach Angaben des Kremls ist die Lage in Kasachstan inzwischen stabil.',
     {('statement', P, 'sovereignty_stability', 'support')}),
    ('source', 'Nach Darstellung Tokajews waren die Unruhen ein Putschversuch.',
     {('statement', T, 'other', '')}),
    ('source', 'Dem Außenministerium in Moskau zufolge steckten ausländische Kräfte hinter '
     'den Unruhen.',
     {('statement', 'Russian Foreign Ministry', 'foreign_interference', 'oppose')}),
    ('source', 'Peskow zufolge war der Einsatz der OVKS gerechtfertigt.',
     {('support', PS, 'csto_deployment', 'support')}),
    ('source', 'Russland flog eigenen Angaben zufolge Hunderte Zivilisten aus Almaty aus.',
     set()),
    # a reflexive pronoun between the verb and its subject after it
    ('second', 'Am Montag bedankte sich Tokajew bei Putin für die Hilfe der OVKS.',
     {('support', T, 'csto_deployment', 'support')}),
    ('second', 'Am Freitag zeigte sich die Bundesregierung besorgt über die Gewalt in Almaty.',
     {('statement', 'Germany', 'restraint_human_rights', 'concern')}),
    # talks refused: the talks are rejected, not the party named with them, and no call
    ('talks', 'Es werde keine Gespräche mit den Banditen geben, sagte Tokajew.',
     {('opposition', T, 'restraint_human_rights', 'oppose')}),
    ('talks', 'Tokajew sagte, es werde keine Gespräche mit „Terroristen“ geben.',
     {('opposition', T, 'restraint_human_rights', 'oppose')}),
    ('talks', 'Gespräche mit den Aufständischen schloss Tokajew aus.',
     {('opposition', T, 'restraint_human_rights', 'oppose')}),
    ('talks', 'Tokajew lehnte Gespräche mit den Protestierenden ab.',
     {('opposition', T, 'restraint_human_rights', 'oppose')}),
    # a spokesperson of a body speaks for it; a partner named so is the relations
    ('source', 'Kasachstan sei ein wichtiger Partner, sagte ein Sprecher des Auswärtigen '
     'Amtes.',
     {('statement', 'German Foreign Office', 'bilateral_relations', 'support')}),
    # a meeting of the alliance is no position on its deployment
    ('meeting', 'Bei einer Videokonferenz der OVKS hatte Putin am Montag erklärt, man werde '
     'keine Farbrevolutionen zulassen.',
     {('statement', P, 'foreign_interference', 'oppose')}),
    # a head of government resigning with the whole cabinet is the government's resignation;
    # the internet switched off named by its noun; an emergency as the time something lasts
    # is no new declaration; "abzugeben" is no withdrawal
    ('acts', 'Am Mittwoch trat Ministerpräsident Askar Mamin mit seiner gesamten Regierung '
     'zurück.',
     {('resignation_dismissal', 'Government of Kazakhstan', 'leadership_change', '')}),
    ('acts', 'Seit Mittwoch ist das ganze Land von der Abschaltung des Internets betroffen.',
     {('statement', 'Kazakh authorities', 'internet_shutdown', '')}),
    ('acts', 'Für die Dauer des Ausnahmezustands riet das Auswärtige Amt von Reisen nach Almaty '
     'ab.', set()),
    ('acts', 'Tokajew sagte, er habe den Befehl gegeben, ohne Vorwarnung Schüsse abzugeben.',
     {('statement', T, 'use_of_force', 'support')}),
    # the national force the troops' own words name is the actor, not the alliance
    ('troops', 'Russische Fallschirmjäger landeten am Donnerstag in Almaty.',
     {('military_deployment', 'Russian Airborne Forces', 'csto_deployment', '')}),
    ('troops', 'Erste russische Fallschirmjäger seien bereits ausgeflogen worden.',
     {('withdrawal', 'Russian Airborne Forces', 'csto_deployment', '')}),
    ('troops', 'Die russischen Fallschirmjäger verließen Kasachstan am Donnerstag.',
     {('withdrawal', 'Russian Airborne Forces', 'csto_deployment', '')}),
    # rejecting criticism of the mission backs it; the mission named by "des Einsatzes"
    # under a stance verb; the internet access restored
    ('verbs', 'Der Kreml wies Kritik an dem Einsatz der OVKS zurück.',
     {('support', P, 'csto_deployment', 'support')}),
    ('verbs', 'Die USA stellten die Notwendigkeit des Einsatzes infrage.',
     {('statement', 'United States', 'csto_deployment', 'concern')}),
    ('acts', 'Der Internetzugang wurde am Dienstag landesweit wiederhergestellt.',
     {('statement', 'Kazakh authorities', 'internet_shutdown', '')}),
    # a price rollback named by its noun: its author after "durch" stated it
    ('acts', 'Trotz der Senkung der Gaspreise durch Präsident Tokajew gingen die Proteste '
     'weiter.', {('statement', T, 'fuel_prices', '')}),
    ('acts', 'Die Senkung der Gaspreise durch die Regierung beruhigte die Lage nicht.',
     {('statement', 'Government of Kazakhstan', 'fuel_prices', '')}),
]


SPANISH = [
    # "a petición de X" after the troops it brought, and "por petición de"
    ('request', 'Las tropas de la OTSC llegaron a Almaty a petición del Gobierno kazajo.',
     {('appeal_request', 'Government of Kazakhstan', 'csto_deployment', 'support'),
      ('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('request', 'Por petición de Tokáyev, la OTSC desplegó tropas en el país.',
     {('appeal_request', T, 'csto_deployment', 'support'),
      ('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('request', 'A solicitud del Gobierno kazajo, Rusia desplegó paracaidistas en Almaty.',
     {('appeal_request', 'Government of Kazakhstan', 'csto_deployment', 'support'),
      ('military_deployment', 'Russia', 'csto_deployment', '')}),
    ('request', 'Tokáyev solicitó la ayuda de la OTSC el miércoles.',
     {('appeal_request', T, 'csto_deployment', 'support')}),
    # talks refused in a periphrastic future ("no va a negociar", "no iba a dialogar")
    ('talks', 'Tokáyev advirtió que no va a negociar con los terroristas.',
     {('opposition', T, 'restraint_human_rights', 'oppose'),
      ('statement', T, 'terrorism_framing', 'support')}),
    ('talks', 'Tokáyev habló el viernes. Aseguró que no iba a dialogar con los manifestantes.',
     {('opposition', T, 'restraint_human_rights', 'oppose')}),
    ('talks', 'Tokáyev dijo que no piensa negociar con los bandidos.',
     {('opposition', T, 'restraint_human_rights', 'oppose')}),
    ('talks', 'Tokáyev rechazó negociar con «terroristas».',
     {('opposition', T, 'restraint_human_rights', 'oppose')}),
    # foreign influence; a blame in a relative clause; protests against a price are the
    # crowd's, not the speaker's opposition
    ('frame', 'El Gobierno kazajo atribuyó los disturbios a grupos bajo influencia extranjera.',
     {('statement', 'Government of Kazakhstan', 'foreign_interference', 'oppose')}),
    ('frame', 'El Gobierno kazajo, que ha achacado los disturbios a terroristas, declaró el '
     'estado de emergencia en Almaty.',
     {('statement', 'Government of Kazakhstan', 'terrorism_framing', 'support'),
      ('state_of_emergency', 'Government of Kazakhstan', 'sovereignty_stability', '')}),
    # a speech by videoconference is no call; one with another party is
    ('call', 'Tokáyev habló ante el Parlamento. «La misión de la OTSC ha concluido con '
     'éxito», señaló el mandatario en una videoconferencia.',
     {('statement', T, 'csto_deployment', 'support')}),
    ('call', 'Tokáyev mantuvo el lunes una videoconferencia con Putin.',
     {('phone_call', T, 'bilateral_relations', 'support')}),
    # the person an outlet quotes, a spokesperson of a body, a partner, "incidió"
    ('source', '«Kazajistán es víctima de una agresión terrorista», cita a Tokáyev la agencia '
     'Kazinform.',
     {('statement', T, 'terrorism_framing', 'support')}),
    ('source', '«Hacemos un llamamiento a la moderación», dijo en un comunicado un portavoz de '
     'la Unión Europea.',
     {('call_for_restraint', 'European Union', 'restraint_human_rights', 'concern')}),
    ('source', '«Kazajistán es un socio importante», subrayó la UE en un comunicado.',
     {('statement', 'European Union', 'bilateral_relations', 'support')}),
    ('source', '«Pedimos moderación a todas las partes», incidió el Servicio Europeo de '
     'Acción Exterior.',
     {('call_for_restraint', 'European Union', 'restraint_human_rights', 'concern')}),
    ('source', 'Lukashenka afirmó que los disturbios fueron organizados desde el extranjero.',
     {('statement', 'Alexander Lukashenko', 'foreign_interference', 'oppose')}),
    ('troops', 'Paracaidistas rusos aterrizaron el jueves en Almaty.',
     {('military_deployment', 'Russian Airborne Forces', 'csto_deployment', '')}),
    ('troops', 'Los paracaidistas rusos abandonaron Kazajistán el jueves.',
     {('withdrawal', 'Russian Airborne Forces', 'csto_deployment', '')}),
    # a reporting verb right after a closing quotation, no one named after it: the last
    # person spoken of said it ("«...», señaló.")
    ('quote', 'Tokáyev habló el martes ante el Parlamento. «Los bandidos fueron derrotados. '
     'La situación está bajo control», señaló.',
     {('statement', T, 'terrorism_framing', 'support'),
      ('statement', T, 'sovereignty_stability', 'support')}),
    # requests and calls in the perfect ("ha pedido", "ha solicitado"): the words before
    # them are no "a petición de"
    ('request', 'Tokáyev ha solicitado la ayuda de la OTSC.',
     {('appeal_request', T, 'csto_deployment', 'support')}),
    ('request', 'El Gobierno de Estados Unidos ha pedido contención a las autoridades kazajas.',
     {('call_for_restraint', 'United States', 'restraint_human_rights', 'concern')}),
    ('request', 'Tokáyev ha pedido a la OTSC el envío de tropas para hacer frente a la amenaza '
     'terrorista.',
     {('appeal_request', T, 'csto_deployment', 'support'),
      ('statement', T, 'terrorism_framing', 'support')}),
    ('request', 'Las tropas llegaron a pedido del Gobierno kazajo.',
     {('appeal_request', 'Government of Kazakhstan', 'csto_deployment', 'support'),
      ('military_deployment', 'CSTO', 'csto_deployment', '')}),
]

# a dispatch's dateline ("Town (agency) -", "Town (agency).-") places the statements under it
DATELINES = [
    ('de', 'Berlin (dpa) - Die Bundesregierung hat alle Seiten in Kasachstan zur '
     'Zurückhaltung aufgerufen.', 'Berlin'),
    ('de', 'Moskau (AFP) - Der Kreml hat den Einsatz der OVKS in Kasachstan verteidigt.',
     'Moscow'),
    ('es', 'Bruselas (EFE).- La Unión Europea pidió moderación a todas las partes.',
     'Brussels'),
    ('es', 'Moscú (EFE).- El Kremlin defendió el despliegue de la OTSC.', 'Moscow'),
    ('es', 'GINEBRA.- La ONU pidió contención a las fuerzas de seguridad kazajas.', 'Geneva'),
]


@pytest.mark.parametrize(("kind", "text", "expected"), GERMAN,
                         ids=[f"de-{k}-{i}" for i, (k, _t, _e) in enumerate(GERMAN)])
def test_languages_dees_breadth2_german_sentence_gives_the_event_model_rows(kind, text,
                                                                            expected):
    assert rows(text, "de") == expected


@pytest.mark.parametrize(("kind", "text", "expected"), SPANISH,
                         ids=[f"es-{k}-{i}" for i, (k, _t, _e) in enumerate(SPANISH)])
def test_languages_dees_breadth2_spanish_sentence_gives_the_event_model_rows(kind, text,
                                                                             expected):
    assert rows(text, "es") == expected


@pytest.mark.parametrize(("language", "text", "place"), DATELINES,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _p) in enumerate(DATELINES)])
def test_languages_dees_breadth2_dateline_places_the_statement(language, text, place):
    events = extract_events(text, published="2022-01-07", language=language)
    assert [e["location"] for e in events] == [place]


# condemning the violence AND calling for dialogue is a call for restraint, not a rejection of
# the call (a conjunction between the verbs: the call is a verb of its own), and the
# condemnation beside it is an opposition of its own (governing.second_positions);
# criticising the calls themselves still rejects them
CALLS = [
    ('es', 'Francia condenó la violencia y pidió una solución pacífica.',
     {('call_for_restraint', 'France', 'restraint_human_rights', 'concern'),
      ('opposition', 'France', 'restraint_human_rights', 'concern')}),
    ('es', 'Tokáyev criticó los llamamientos al diálogo.',
     {('opposition', T, 'restraint_human_rights', 'oppose')}),
    ('de', 'Frankreich verurteilte die Gewalt und rief zum Dialog auf.',
     {('call_for_restraint', 'France', 'restraint_human_rights', 'concern'),
      ('opposition', 'France', 'restraint_human_rights', 'concern')}),
    ('en', 'France condemned the violence and called for dialogue.',
     {('call_for_restraint', 'France', 'restraint_human_rights', 'concern'),
      ('opposition', 'France', 'restraint_human_rights', 'concern')}),
    ('fr', 'La France a condamné la violence et appelé au dialogue.',
     {('call_for_restraint', 'France', 'restraint_human_rights', 'concern'),
      ('opposition', 'France', 'restraint_human_rights', 'concern')}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CALLS,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(CALLS)])
def test_languages_dees_breadth2_condemnation_then_call_is_a_call(language, text, expected):
    assert rows(text, language) == expected


# a protest whose sentence names the crowd's usual grievance and a protest-only topic is a
# protest on each
GRIEVANCES = [
    ('es', 'Las protestas comenzaron el 2 de enero en Zhanaozen contra la subida del precio '
     'del gas, pero pronto se convirtieron en manifestaciones contra el régimen.'),
    ('es', 'Miles de manifestantes protestaron en Almaty contra el alza del precio del gas y '
     'contra Nazarbáyev.'),
    ('de', 'In Almaty protestierten Tausende gegen die Gaspreise und gegen Nasarbajew.'),
    ('en', 'Protests over the fuel price rise quickly turned into protests against Nazarbayev.'),
]


@pytest.mark.parametrize(("language", "text"), GRIEVANCES,
                         ids=[f"{lang}-{i}" for i, (lang, _t) in enumerate(GRIEVANCES)])
def test_languages_dees_breadth2_two_grievances_are_two_protests(language, text):
    assert rows(text, language) == {('protest', 'protesters', 'leadership_change', 'support'),
                                    ('protest', 'protesters', 'fuel_prices', 'oppose')}


def test_languages_dees_breadth2_one_grievance_is_one_protest():
    assert rows('Miles de manifestantes protestaron en Almaty contra el régimen.', 'es') == \
        {('protest', 'protesters', 'leadership_change', 'support')}


# a town called the centre of the protests names where they were, not a new protest
CENTRES = [
    ('es', 'Almaty, la ciudad más poblada del país y epicentro de las protestas, registró 103 '
     'muertos.'),
    ('de', 'Almaty, das Zentrum der Proteste, blieb am Freitag abgeriegelt.'),
]


@pytest.mark.parametrize(("language", "text"), CENTRES,
                         ids=[f"{lang}-{i}" for i, (lang, _t) in enumerate(CENTRES)])
def test_languages_dees_breadth2_centre_of_the_protests_is_no_protest(language, text):
    assert rows(text, language) == set()


_MOOD_ROWS = ("reporting,sagte,,,,,\n"
              "topic,stabil\\w*,,sovereignty_stability,support,,\n"
              "topic,terror\\w*,,terrorism_framing,support,,\n")


@pytest.mark.parametrize(("mood", "actors"), [
    ("reported_mood,seien,,,,,\n", ["Dmitry Peskov", "Dmitry Peskov"]),
    ("", ["Dmitry Peskov"]),  # without the row the second sentence has no speaker
])
def test_languages_dees_breadth2_reported_mood_comes_from_the_lexicon(tmp_path, mood, actors):
    extractor = tiny_extractor(tmp_path, _MOOD_ROWS + mood, language="de",
                               stances="sovereignty_stability,none,support,\n"
                               "terrorism_framing,none,support,\n")
    found = extractor("Peskow sagte, Almaty sei stabil. Die Angreifer seien Terroristen.",
                      published="2022-01-10", language="de")
    assert [row["actor"] for row in found] == actors


_SECOND_ROWS = ('operational,"schickte (?:\\w+ ){0,3}?truppen",military_deployment,'
                "csto_deployment,,,kinds=state;require;before\n")


@pytest.mark.parametrize(("trait", "actors"), [
    ("trait,verb_second,,,,,\n", ["Russia"]),
    ("", []),  # without the trait only a name before the verb decides
])
def test_languages_dees_breadth2_verb_second_comes_from_the_lexicon(tmp_path, trait, actors):
    extractor = tiny_extractor(tmp_path, _SECOND_ROWS + trait, language="de")
    found = extractor("Am Montag schickte Russland Truppen nach Almaty.",
                      published="2022-01-10", language="de")
    assert [row["actor"] for row in found] == actors

"""German and Spanish wire grammar, third round (issue 8), on sentences written for this test.

Each text is the project's own, in the style of German and Spanish agency copy about the
January 2022 crisis; its rows are those the event model asks for (event type, actor, issue,
stance), all of them: a missing or an extra row fails. Classes: a German source written as
one compound word with "Angaben" or "Kreisen" ("Kremlangaben zufolge", "laut
Behördenangaben"), which is the source and not the name after it; the German finite verb in
second place after such a source, its subject after it ("Dem Kreml zufolge bedankte sich
Tokajew"): the subject holds the position, the source only reports it; a call told by a
source that is itself one side of it (the side reported from, the event model's rule); and
concern in a verb-final German clause that names the country before the stance words
("beobachte die Lage in Kasachstan mit Sorge"); German and Spanish passives ("Massimow wurde
wegen Hochverrats festgenommen", "Masímov fue detenido"): the person named underwent the
act; a Spanish reflexive or copula after an apposition ("El ministro, X, se mostró
preocupado"); satisfaction as backing ("se mostró satisfecho", "zeigte sich zufrieden"); and
a dispatch's dateline date ("Moscú, 6 ene (EFE).-", "Almaty (Kazajistán), 6 ene") as the day
its "hoy" and "ayer" are counted from when the newspaper printed it later.
"""

import pytest

from dashboard.extract import extract_events
from tests.extract_rows import rows

T, P, PS = "Kassym-Jomart Tokayev", "Vladimir Putin", "Dmitry Peskov"


GERMAN = [
    # a compound source: the body it names reports, the person named after it does not
    ('compound', 'Behördenangaben zufolge wurde Massimow am Samstag wegen Hochverrats '
     'festgenommen.',
     {('arrest', 'Kazakh authorities', 'leadership_change', '')}),
    ('compound', 'Behördenangaben zufolge wurden in Almaty mehr als 4000 Menschen festgenommen.',
     {('arrest', 'Kazakh authorities', 'other', '')}),
    ('compound', 'Laut Polizeiangaben nahmen Beamte in Almaty 300 Demonstranten fest.',
     {('arrest', 'Kazakh police', 'other', '')}),
    ('compound', 'Regierungskreisen zufolge ist die Lage in Almaty inzwischen stabil.',
     {('statement', 'Government of Kazakhstan', 'sovereignty_stability', 'support')}),
    ('compound', 'Kremlangaben zufolge ist die Lage in Kasachstan inzwischen stabil.',
     {('statement', P, 'sovereignty_stability', 'support')}),
    # the verb in second place after a source: its subject after it holds the position
    ('second', 'Dem Kreml zufolge bedankte sich Tokajew bei Putin für die Hilfe der OVKS.',
     {('support', T, 'csto_deployment', 'support')}),
    ('second', 'Nach Angaben des Kremls lobte Tokajew den Einsatz der OVKS.',
     {('support', T, 'csto_deployment', 'support')}),
    ('second', 'Kremlangaben zufolge bedankte sich der kasachische Präsident erneut für das '
     'schnelle Eingreifen der OVKS.',
     {('support', T, 'csto_deployment', 'support')}),
    # a source that is one side of the call is the side reported from
    ('call', 'Kremlangaben zufolge dankte Tokajew in einem Telefonat mit Putin für die Hilfe '
     'der OVKS.',
     {('support', T, 'csto_deployment', 'support'),
      ('phone_call', P, 'csto_deployment', 'support')}),
    ('call', 'Laut Peskow telefonierte Tokajew am Sonntag mit Putin.',
     {('phone_call', T, 'bilateral_relations', 'support')}),
    # concern in a verb-final clause: the country named before the stance words
    ('concern', 'Eine Regierungssprecherin sagte, Berlin beobachte die Lage in Kasachstan mit '
     'großer Sorge.',
     {('statement', 'Germany', 'sovereignty_stability', 'concern')}),
    ('concern', 'Die Bundesregierung verfolge die Entwicklung in Kasachstan mit Sorge, sagte '
     'ein Sprecher.',
     {('statement', 'Germany', 'sovereignty_stability', 'concern')}),
    ('concern', 'Kasachstan zeigte sich besorgt.', set()),
    ('satisfied', 'Putin zeigte sich am Montag zufrieden mit dem Einsatz der OVKS.',
     {('support', P, 'csto_deployment', 'support')}),
    # a passive whose participle closes the clause: the person named before the auxiliary
    # underwent the act (an arrest of a removed official is on the leadership change)
    ('passive', 'Der frühere Geheimdienstchef Karim Massimow wurde am Samstag wegen '
     'Hochverrats festgenommen.',
     {('arrest', 'Kazakh authorities', 'leadership_change', '')}),
    ('passive', 'In Almaty wurden am Donnerstag Hunderte Demonstranten festgenommen.',
     {('arrest', 'Kazakh authorities', 'other', '')}),
]


@pytest.mark.parametrize(("kind", "text", "expected"), GERMAN,
                         ids=[f"de-{k}-{i}" for i, (k, _t, _e) in enumerate(GERMAN)])
def test_languages_dees_breadth3_german_sentence_gives_the_event_model_rows(kind, text,
                                                                            expected):
    assert rows(text, "de") == expected


SPANISH = [
    # the passive auxiliary before the participle: the person named before it underwent it
    ('passive', 'El exjefe de los servicios secretos Karim Masímov fue detenido el sábado por '
     'alta traición.',
     {('arrest', 'Kazakh authorities', 'leadership_change', '')}),
    ('passive', 'Más de 4.000 personas fueron detenidas en Almaty, según el Ministerio del '
     'Interior.',
     {('arrest', 'Kazakh Interior Ministry', 'other', '')}),
    # a reflexive or a copula right after the comma closing an apposition: the name before
    # it is the verb's subject
    ('apposition', 'El secretario de Estado, Antony Blinken, se mostró preocupado por la '
     'situación en Kazajistán.',
     {('statement', 'Antony Blinken', 'sovereignty_stability', 'concern')}),
    ('apposition', 'El jefe de la diplomacia europea, Josep Borrell, está preocupado por la '
     'violencia.',
     {('statement', 'Josep Borrell', 'restraint_human_rights', 'concern')}),
    ('apposition', 'El presidente ruso, Vladímir Putin, se mostró satisfecho con la misión de '
     'la OTSC.',
     {('support', P, 'csto_deployment', 'support')}),
    # satisfaction is backing; not satisfied, criticism
    ('satisfied', 'Putin expresó su satisfacción por el éxito de la misión de la OTSC.',
     {('support', P, 'csto_deployment', 'support')}),
    ('satisfied', 'Blinken no se mostró satisfecho con el despliegue de tropas rusas.',
     {('opposition', 'Antony Blinken', 'csto_deployment', 'oppose')}),
]


@pytest.mark.parametrize(("kind", "text", "expected"), SPANISH,
                         ids=[f"es-{k}-{i}" for i, (k, _t, _e) in enumerate(SPANISH)])
def test_languages_dees_breadth3_spanish_sentence_gives_the_event_model_rows(kind, text,
                                                                             expected):
    assert rows(text, "es") == expected


# the same sources in other languages keep their own readings
OTHERS = [
    ('en', 'According to the Kremlin, Tokayev thanked Putin in a phone call for the help.',
     {('support', T, 'csto_deployment', 'support'),
      ('phone_call', P, 'csto_deployment', 'support')}),
    ('en', 'Peskov said Putin and Tokayev spoke by phone.',
     {('phone_call', P, 'bilateral_relations', 'support')}),
    # a country named before the stance words is no topic where the verb comes first
    ('en', 'The ministry added that the lack of any assessment of the events in Kazakhstan '
     'is a matter of concern.', set()),
]


@pytest.mark.parametrize(("language", "text", "expected"), OTHERS,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(OTHERS)])
def test_languages_dees_breadth3_other_languages_keep_their_readings(language, text,
                                                                     expected):
    assert rows(text, language) == expected


# a dispatch dated in its dateline and printed later: "hoy", "ayer" and weekdays are the
# dispatch's days, not the newspaper's
DATELINES = [
    ('es', 'Moscú, 6 ene (EFE).- El presidente ruso, Vladímir Putin, conversó hoy por '
     'teléfono con Tokáyev.', '2022-01-07', '2022-01-06'),
    ('es', 'Almaty (Kazajistán), 6 ene (EFE).- La policía detuvo ayer a más de 2.000 '
     'personas en la ciudad.', '2022-01-07', '2022-01-05'),
    ('es', 'Madrid, 6 ene (Europa Press) - El ministro ruso de Exteriores, Serguéi Lavrov, '
     'advirtió el miércoles contra toda injerencia extranjera en Kazajistán.',
     '2022-01-08', '2022-01-05'),
    ('de', 'Moskau, 6. Januar (dpa) - Russland hat heute weitere Fallschirmjäger nach '
     'Kasachstan geschickt.', '2022-01-07', '2022-01-06'),
    # published the same day, or the dateline's day too far back to be the dispatch's: the
    # publication date stands
    ('es', 'Moscú, 6 ene (EFE).- Putin conversó hoy por teléfono con Tokáyev.',
     '2022-01-06', '2022-01-06'),
    ('es', 'Moscú, 6 ene (EFE).- Putin conversó hoy por teléfono con Tokáyev.',
     '2022-01-12', '2022-01-12'),
]


@pytest.mark.parametrize(("language", "text", "published", "day"), DATELINES,
                         ids=[f"{lang}-{i}" for i, (lang, *_r) in enumerate(DATELINES)])
def test_languages_dees_breadth3_dateline_day_anchors_relative_dates(language, text,
                                                                     published, day):
    found = extract_events(text, published=published, language=language)
    assert found and {row["date"] for row in found} == {day}


# a crowd voicing its anger or discontent is protesting (its words are the act, not a
# report of one); a body doing so is not
VOICED = [
    ('es', 'Los manifestantes expresaron su descontento con el régimen.',
     {('protest', 'protesters', 'leadership_change', 'support')}),
    ('es', 'Miles de personas expresaron su indignación contra Nazarbáyev en Almaty.',
     {('protest', 'protesters', 'leadership_change', 'support')}),
    ('es', 'La UE expresó su malestar por la violencia.', set()),
    ('de', 'In Almaty machten Tausende Demonstranten ihrem Unmut über Nasarbajew Luft.',
     {('protest', 'protesters', 'leadership_change', 'support')}),
    ('de', 'Die Demonstranten brachten ihre Wut über die hohen Gaspreise zum Ausdruck.',
     {('protest', 'protesters', 'fuel_prices', 'oppose')}),
    ('de', 'Die EU brachte ihren Unmut zum Ausdruck.', set()),
]


@pytest.mark.parametrize(("language", "text", "expected"), VOICED,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(VOICED)])
def test_languages_dees_breadth3_crowd_voicing_discontent_is_a_protest(language, text,
                                                                       expected):
    assert rows(text, language) == expected


# help asked of allies or partners is the request for the deployment, even when the
# sentence names the protests' cause; the subject before the auxiliary asks, however long
# the clause before the participle that closes it
ASKED = [
    ('de', 'Nach Protesten gegen höhere Gaspreise hatte Tokajew die Verbündeten am Mittwoch '
     'um Unterstützung gebeten.',
     {('appeal_request', T, 'csto_deployment', 'support'),
      ('protest', 'protesters', 'fuel_prices', 'oppose')}),
    ('de', 'Tokajew hatte wegen der Proteste gegen die Gaspreise die Verbündeten um Hilfe '
     'gebeten.',
     {('appeal_request', T, 'csto_deployment', 'support')}),
    ('de', 'Tokajew hatte die Partnerländer um militärische Hilfe gebeten.',
     {('appeal_request', T, 'csto_deployment', 'support')}),
    ('de', 'Die Bundesregierung hatte am Freitag in einer Mitteilung an die Presse die '
     'Einmischung von außen scharf verurteilt.',
     {('statement', 'Germany', 'foreign_interference', 'oppose')}),
    ('es', 'Tras las protestas por la subida del gas, Tokáyev pidió ayuda a sus aliados.',
     {('appeal_request', T, 'csto_deployment', 'support')}),
]


@pytest.mark.parametrize(("language", "text", "expected"), ASKED,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(ASKED)])
def test_languages_dees_breadth3_help_asked_of_allies_is_the_deployment(language, text,
                                                                        expected):
    assert rows(text, language) == expected


# a Spanish stance verb in the singular with its subject left out, opening its sentence or
# after a connective and a comma, is the last person's; a plural one is not
DROPPED = [
    ('Tokáyev habló el miércoles en la televisión. Asimismo, solicitó apoyo a los países de '
     'la OTSC.', {('appeal_request', T, 'csto_deployment', 'support')}),
    ('Tokáyev habló el miércoles en la televisión. Pidió ayuda a la OTSC para estabilizar el '
     'país.', {('appeal_request', T, 'csto_deployment', 'support')}),
    ('Putin intervino el lunes en la cumbre. Por su parte, defendió el despliegue de la '
     'OTSC.', {('support', P, 'csto_deployment', 'support')}),
    ('Tokáyev habló el miércoles. Criticaron el despliegue de la OTSC.', set()),
]


@pytest.mark.parametrize(("text", "expected"), DROPPED,
                         ids=[f"es-{i}" for i in range(len(DROPPED))])
def test_languages_dees_breadth3_dropped_subject_of_a_stance_verb(text, expected):
    assert rows(text, "es") == expected

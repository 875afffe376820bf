"""German and Spanish wire grammar, fourth round (issue 8), on sentences written for this test.

Each text is the project's own, in the style of German and Spanish agency copy (dpa, AFP,
EFE, Europa Press) about the January 2022 crisis; its rows are those the event model asks
for (event type, actor, issue, stance), all of them: a missing or an extra row fails.
Classes: German passives whose subject follows the finite verb ("Am Samstag wurde der
frühere Geheimdienstchef Massimow festgenommen") or whose perfect auxiliary closes the
clause ("Massimow ist festgenommen worden", "war entlassen worden"): the person named
underwent the act; hoping that a party acts with restraint is a call ("Die Bundesregierung
hoffe, dass die Beteiligten ihrer Verantwortung gerecht werden", "espera que las partes
actúen con responsabilidad", "expresó su esperanza de que"), its speaker not the party
named after "dass"/"que"; and a Spanish stance verb in a compound tense with its subject
left out ("Por último, ha pedido ..."), the last person's.
"""

import pytest

from dashboard.extract import extract_events

T, B = "Kassym-Jomart Tokayev", "Antony Blinken"


def rows(text, language):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language=language)}


GERMAN = [
    # the subject after the passive auxiliary, an article and a title between
    ('passive', 'Am Samstag wurde der frühere Geheimdienstchef Karim Massimow wegen '
     'Hochverrats festgenommen.',
     {('arrest', 'Kazakh authorities', 'leadership_change', '')}),
    ('passive', 'Unterdessen wurde Ex-Regierungschef Massimow wegen Hochverrats festgenommen.',
     {('arrest', 'Kazakh authorities', 'leadership_change', '')}),
    # a preposition between the auxiliary and the name: the name is no subject
    ('passive', 'In Almaty wurden bei Protesten gegen Nasarbajew Hunderte festgenommen.',
     {('arrest', 'Kazakh authorities', 'other', ''),
      ('protest', 'protesters', 'leadership_change', 'support')}),
    # the perfect passive: its auxiliary closes the clause
    ('perfect', 'Massimow ist wegen Hochverrats festgenommen worden.',
     {('arrest', 'Kazakh authorities', 'leadership_change', '')}),
    ('perfect', 'Bereits am Samstag war der ehemalige Geheimdienstchef Karim Massimow '
     'festgenommen worden.',
     {('arrest', 'Kazakh authorities', 'leadership_change', '')}),
    ('perfect', 'Der frühere Geheimdienstchef Massimow war zuvor entlassen worden.',
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('perfect', 'Tokajew hatte Massimow am Mittwoch entlassen.',
     {('resignation_dismissal', T, 'leadership_change', '')}),
    # hoping that the parties act with restraint is a call
    ('hope', 'Die Bundesregierung hoffe, "dass die Beteiligten ihrer Verantwortung gerecht '
     'werden", sagte eine Regierungssprecherin.',
     {('call_for_restraint', 'Germany', 'restraint_human_rights', 'concern')}),
    ('hope', 'Die Bundesregierung hofft auf eine friedliche Lösung.',
     {('call_for_restraint', 'Germany', 'restraint_human_rights', 'concern')}),
    ('hope', 'Baerbock äußerte die Hoffnung, dass die Gewalt rasch ende.',
     {('call_for_restraint', 'Annalena Baerbock', 'restraint_human_rights', 'concern')}),
    ('hope', 'Das Auswärtige Amt hofft, dass die Sicherheitskräfte besonnen handeln.',
     {('call_for_restraint', 'German Foreign Office', 'restraint_human_rights', 'concern')}),
]


@pytest.mark.parametrize(("kind", "text", "expected"), GERMAN,
                         ids=[f"de-{k}-{i}" for i, (k, _t, _e) in enumerate(GERMAN)])
def test_languages_dees_breadth4_german_sentence_gives_the_event_model_rows(kind, text,
                                                                            expected):
    assert rows(text, "de") == expected


SPANISH = [
    # hoping that a party acts with restraint is a call; the party is not the speaker
    ('hope', 'Blinken expresó su esperanza de que el Gobierno kazajo resuelva la crisis de '
     'forma pacífica.',
     {('call_for_restraint', B, 'restraint_human_rights', 'concern')}),
    ('hope', 'Blinken dijo esperar que las autoridades respeten los derechos de los '
     'manifestantes.',
     {('call_for_restraint', B, 'restraint_human_rights', 'concern')}),
    ('hope', 'El Gobierno alemán espera que las autoridades actúen con responsabilidad.',
     {('call_for_restraint', 'Germany', 'restraint_human_rights', 'concern')}),
    ('hope', 'La UE confía en que todas las partes actúen con moderación.',
     {('call_for_restraint', 'European Union', 'restraint_human_rights', 'concern')}),
    ('hope', 'Se espera que las tropas de la OTSC lleguen el viernes.', set()),
    # the subject left out: a connective, a comma and a compound tense
    ('dropped', 'Blinken habló el viernes en Washington. Por último, expresó su esperanza '
     'de que las autoridades actúen con moderación.',
     {('call_for_restraint', B, 'restraint_human_rights', 'concern')}),
    ('dropped', 'Blinken habló el viernes en Washington. Por último, ha expresado su '
     'esperanza de que el Gobierno kazajo aborde los problemas económicos del país.',
     {('call_for_restraint', B, 'restraint_human_rights', 'concern')}),
    ('dropped', 'Blinken habló el viernes en Washington. Asimismo, ha pedido a las '
     'autoridades que actúen con moderación.',
     {('call_for_restraint', B, 'restraint_human_rights', 'concern')}),
    ('dropped', 'Blinken habló el viernes en Washington. Asimismo, ha criticado el envío de '
     'tropas rusas.',
     {('opposition', B, 'csto_deployment', 'oppose')}),
]


@pytest.mark.parametrize(("kind", "text", "expected"), SPANISH,
                         ids=[f"es-{k}-{i}" for i, (k, _t, _e) in enumerate(SPANISH)])
def test_languages_dees_breadth4_spanish_sentence_gives_the_event_model_rows(kind, text,
                                                                             expected):
    assert rows(text, "es") == expected

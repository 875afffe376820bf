"""German and Spanish wire grammar, fourth round (issue 8), on sentences written for this test.

Each text is the project's own, in the style of German and Spanish agency copy (dpa, AFP,
EFE, Europa Press) about the January 2022 crisis; its rows are those the event model asks
for (event type, actor, issue, stance), all of them: a missing or an extra row fails.
Classes: lists of states joined by "o"/"oder" ("Rusia, Bielorrusia, Armenia o
Kirguistán enviaron tropas"); a request noun after an article names a request already
made, not the subject's ("respondió a la solicitud"); a troop noun opening the cue after
a preposition is still the contingent's ("un grupo de paracaidistas rusos aterrizó"); a
body announcing, approving or contributing the dispatch of troops sends them ("la OTSC
anunció el envío de", "Rusia contribuyó con paracaidistas"); German troops "im Einsatz",
fire opened with a time and place between ("eröffneten am Mittwoch in Aktobe das
Feuer") and consultations ("beriet sich mit"); German passives whose subject follows
the finite verb ("Am Samstag wurde der frühere Geheimdienstchef Massimow
festgenommen") or whose perfect auxiliary closes the clause ("Massimow ist festgenommen
worden", "war entlassen worden"): the person named underwent the act; hoping that a
party acts with restraint is a call ("Die Bundesregierung hoffe, dass die Beteiligten
ihrer Verantwortung gerecht werden", "espera que las partes actúen con
responsabilidad", "expresó su esperanza de que"), its speaker not the party named after
"dass"/"que"; and a Spanish stance verb in a compound tense with its subject left out
("Por último, ha pedido ..."), the last person's. Statements: foreign fighters and
"Maidan" technologies advance the interference narrative ("ausländische Kämpfer",
"combatientes extranjeros", "Maidan-Technologien"); help from abroad is the alliance's
help, not interference ("Hilfe von außen", "asistencia extranjera"); an inquiry into
deaths asked for is an appeal on rights ("unabhängige Untersuchung der Todesfälle").
Thanks to a foreign leader for help or intervention back the deployment ("bedankte sich bei Putin
für das schnelle Eingreifen", "agradeció a Putin su apoyo"), not humanitarian aid; concern
over the death toll is concern for rights ("preocupación por el número de muertos").
Names: "die Nato", "das Weiße Haus", "la Casa Blanca", "Japárov"/"Japarow", "Stanislaw
Sas"; a German withdrawal in the singular past ("zog seine Soldaten ab"). Sources: a
person named right after a source phrase holds the position, not the party after the
verb ("Según el Kremlin, Putin respaldó a Tokáyev"); "en opinión de X" is a source;
"dijo un portavoz de la UE" speaks for the body even when its name holds the article.
A situation judged worrying is concern ("die Lage sei besorgniserregend", "calificó de
alarmante la violencia"), about stability when the country is named before the verdict
("la situación en Kazajistán es preocupante"); concern over "the situation" with no other
place named is concern for the country's stability ("dijo estar preocupado por la
situación").
"""

import pytest

from tests.extract_rows import rows

T, B = "Kassym-Jomart Tokayev", "Antony Blinken"


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
    # a removal told in passing, with no agent, is the authorities' (tenth session)
    ('perfect', 'Der frühere Geheimdienstchef Massimow war zuvor entlassen worden.',
     {('resignation_dismissal', 'Kazakh authorities', 'leadership_change', '')}),
    ('perfect', 'Tokajew hatte Massimow am Mittwoch entlassen.',
     {('resignation_dismissal', T, 'leadership_change', '')}),
    # a list of states joined by "oder"
    ('list', 'Russland, Belarus, Armenien oder Kirgistan schickten Soldaten nach '
     'Kasachstan.',
     {('military_deployment', s, 'csto_deployment', '')
      for s in ('Russia', 'Belarus', 'Armenia', 'Kyrgyzstan')}),
    # troops in action are deployed; fire opened with words between; a consultation
    ('troops', 'Soldaten der OVKS sind inzwischen in Kasachstan im Einsatz.',
     {('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('fire', 'Sicherheitskräfte eröffneten in Almaty das Feuer auf Demonstranten.',
     {('violent_clash', 'Kazakh security forces', 'use_of_force', '')}),
    ('fire', 'Die Polizei eröffnete am Mittwoch in Aktobe das Feuer.',
     {('violent_clash', 'Kazakh police', 'use_of_force', '')}),
    ('fire', 'Die Polizei eröffnete ein Ermittlungsverfahren gegen den Feuerwehrchef.', set()),
    ('consult', 'Tokajew beriet sich derweil mit Russlands Staatschef Wladimir Putin.',
     {('phone_call', T, 'bilateral_relations', 'support')}),
    # statements: interference narrative, help from abroad, an inquiry into deaths
    ('statement', 'Tokajew sprach von "ausländischen Kämpfern", die das Land überfallen '
     'hätten.', {('statement', T, 'foreign_interference', 'oppose')}),
    ('statement', 'Putin zufolge kamen bei den Unruhen "Maidan-Technologien" zum Einsatz.',
     {('statement', 'Vladimir Putin', 'foreign_interference', 'oppose')}),
    ('statement', 'Die Unruhen seien von außen gesteuert worden, sagte Tokajew.',
     {('statement', T, 'foreign_interference', 'oppose')}),
    ('statement', 'Blinken sagte, es sei nicht klar, warum Kasachstan Hilfe von außen '
     'brauche.', {('statement', B, 'csto_deployment', 'concern')}),
    ('statement', 'Baerbock forderte eine unabhängige Untersuchung der Todesfälle.',
     {('appeal_request', 'Annalena Baerbock', 'restraint_human_rights', 'concern')}),
    # a person named right after a source holds the position
    ('source', 'Laut Kreml sicherte Putin Tokajew seine Unterstützung zu.',
     {('support', 'Vladimir Putin', 'sovereignty_stability', 'support')}),
    ('worrying', 'Die Lage in Kasachstan sei besorgniserregend, sagte ein Sprecher der '
     'Bundesregierung.', {('statement', 'Germany', 'sovereignty_stability', 'concern')}),
    # names and a singular separable withdrawal
    ('name', 'Die Nato verurteilte die Gewalt gegen Demonstranten.',
     {('opposition', 'NATO', 'use_of_force', 'oppose'),
      ('opposition', 'NATO', 'restraint_human_rights', 'concern')}),
    ('name', 'Das Weiße Haus rief zur Zurückhaltung auf.',
     {('call_for_restraint', 'United States', 'restraint_human_rights', 'concern')}),
    ('name', 'Der kirgisische Präsident Japarow lobte den Einsatz der OVKS.',
     {('support', 'Sadyr Japarov', 'csto_deployment', 'support')}),
    ('name', 'OVKS-Generalsekretär Stanislaw Sas lobte den Einsatz der Friedenstruppen.',
     {('support', 'Stanislav Zas', 'csto_deployment', 'support')}),
    ('withdrawal', 'Das Militärbündnis zog seine letzten Soldaten am Mittwoch ab.',
     {('withdrawal', 'CSTO', 'csto_deployment', '')}),
    # thanks for help or intervention; concern over the toll
    ('thanks', 'Tokajew bedankte sich in einem Telefonat mit Putin erneut für das schnelle '
     'Eingreifen.', {('support', T, 'csto_deployment', 'support'),
                     ('phone_call', T, 'csto_deployment', 'support')}),
    ('thanks', 'Tokajew dankte Putin für die Unterstützung.',
     {('support', T, 'csto_deployment', 'support')}),
    ('toll', 'Die UN zeigten sich besorgt über die hohe Zahl der Toten.',
     {('statement', 'United Nations', 'restraint_human_rights', 'concern')}),
    ('toll', 'Das Innenministerium gab die Zahl der Toten mit 164 an.', set()),
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
    # a list of states joined by "o"
    ('list', 'Rusia, Bielorrusia, Armenia o Kirguistán enviaron tropas a Kazajistán.',
     {('military_deployment', s, 'csto_deployment', '')
      for s in ('Russia', 'Belarus', 'Armenia', 'Kyrgyzstan')}),
    ('list', 'Varios países de la alianza, como Rusia, Bielorrusia, Armenia o Kirguistán, '
     'han enviado contingentes a Kazajistán.',
     {('military_deployment', s, 'csto_deployment', '')
      for s in ('Russia', 'Belarus', 'Armenia', 'Kyrgyzstan')}),
    # a request already made, after an article, is not the subject's
    ('request', 'Moscú atendió la solicitud de Tokáyev y envió tropas.',
     {('military_deployment', 'Russia', 'csto_deployment', '')}),
    ('request', 'Tokáyev envió una solicitud formal a la OTSC.',
     {('appeal_request', T, 'csto_deployment', 'support')}),
    ('request', 'Kazajistán solicitó formalmente la intervención de la OTSC.',
     {('appeal_request', 'Kazakhstan', 'csto_deployment', 'support')}),
    # the troop noun opening the cue names the contingent
    ('troops', 'Un grupo de paracaidistas rusos aterrizó el jueves en Almaty.',
     {('military_deployment', 'Russian Airborne Forces', 'csto_deployment', '')}),
    ('troops', 'Los paracaidistas rusos aterrizaron el jueves en Almaty.',
     {('military_deployment', 'Russian Airborne Forces', 'csto_deployment', '')}),
    # announcing, approving or contributing the dispatch
    ('dispatch', 'La OTSC anunció el envío de una fuerza de paz a Kazajistán.',
     {('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('dispatch', 'La OTSC anunció el viernes el envío de 2.500 soldados a Kazajistán.',
     {('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('dispatch', 'Rusia ha contribuido con paracaidistas a la fuerza de la OTSC.',
     {('military_deployment', 'Russia', 'csto_deployment', '')}),
    ('dispatch', 'El Parlamento de Kirguistán aprobó el envío de tropas a Kazajistán.',
     {('military_deployment', 'Kyrgyz parliament', 'csto_deployment', ''),
      ('support', 'Kyrgyz parliament', 'csto_deployment', 'support')}),
    ('dispatch', 'Washington criticó el envío de tropas rusas.',
     {('opposition', 'United States', 'csto_deployment', 'oppose')}),
    # statements: interference narrative, help from abroad
    ('statement', 'Blinken dijo que no está claro por qué Kazajistán necesita asistencia '
     'extranjera.', {('statement', B, 'csto_deployment', 'concern')}),
    ('statement', 'Putin afirmó que en Kazajistán se usaron tecnologías del Maidán.',
     {('statement', 'Vladimir Putin', 'foreign_interference', 'oppose')}),
    ('statement', 'Tokáyev culpó de los disturbios a combatientes extranjeros.',
     {('statement', T, 'foreign_interference', 'oppose')}),
    # a person named right after a source holds the position; opinion sources
    ('source', 'Según el Kremlin, Putin respaldó a Tokáyev.',
     {('support', 'Vladimir Putin', 'sovereignty_stability', 'support')}),
    ('source', 'De acuerdo con un comunicado del Kremlin, Putin expresó su apoyo a '
     'Tokáyev.', {('support', 'Vladimir Putin', 'sovereignty_stability', 'support')}),
    ('source', 'Según la agencia Interfax, Lavrov defendió la misión de la OTSC.',
     {('support', 'Sergey Lavrov', 'csto_deployment', 'support')}),
    ('source', 'En opinión de Washington, la intervención de la OTSC no era necesaria.',
     {('statement', 'United States', 'csto_deployment', 'concern')}),
    ('source', 'A juicio de Borrell, el uso de la fuerza es inaceptable.',
     {('opposition', 'Josep Borrell', 'use_of_force', 'oppose')}),
    ('source', '«Pedimos a todas las partes que actúen con moderación», dijo un portavoz de '
     'la UE.', {('call_for_restraint', 'European Union', 'restraint_human_rights', 'concern')}),
    ('source', 'Una portavoz de la OTAN pidió moderación.',
     {('call_for_restraint', 'NATO', 'restraint_human_rights', 'concern')}),
    ('worrying', 'Según la ONU, la situación en Kazajistán es preocupante.',
     {('statement', 'United Nations', 'sovereignty_stability', 'concern')}),
    ('situation', 'Guterres dijo estar preocupado por la situación.',
     {('statement', 'António Guterres', 'sovereignty_stability', 'concern')}),
    ('situation', 'La ONU dijo que la situación es preocupante.',
     {('statement', 'United Nations', 'sovereignty_stability', 'concern')}),
    ('situation', 'Borrell expresó su preocupación por la situación de los derechos '
     'humanos.', {('statement', 'Josep Borrell', 'restraint_human_rights', 'concern')}),
    ('situation', 'Blinken habló de la situación en Ucrania.',
     {('statement', B, 'other', '')}),
    ('worrying', 'Borrell calificó de alarmante la violencia contra los manifestantes.',
     {('statement', 'Josep Borrell', 'restraint_human_rights', 'concern')}),
    # names
    ('name', 'La Casa Blanca pidió moderación a todas las partes.',
     {('call_for_restraint', 'United States', 'restraint_human_rights', 'concern')}),
    ('name', 'El presidente kirguís, Sadyr Japárov, defendió el envío de tropas.',
     {('support', 'Sadyr Japarov', 'csto_deployment', 'support')}),
    # thanks for help back the deployment, humanitarian aid apart; concern over the toll
    ('thanks', 'Tokáyev agradeció a Putin su apoyo.',
     {('support', T, 'csto_deployment', 'support')}),
    ('thanks', 'Tokáyev expresó su "agradecimiento especial" al presidente ruso, Vladímir '
     'Putin, por la rapidez con que respondió a su petición de asistencia.',
     {('support', T, 'csto_deployment', 'support')}),
    ('thanks', 'Tokáyev agradeció a la UE su ayuda humanitaria.',
     {('support', T, 'other', '')}),
    ('thanks', 'Xi Jinping expresó su apoyo a las medidas de Tokáyev.',
     {('support', 'Xi Jinping', 'sovereignty_stability', 'support')}),
    ('toll', 'La ONU mostró su preocupación por el número de muertos.',
     {('statement', 'United Nations', 'restraint_human_rights', 'concern')}),
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

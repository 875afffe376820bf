"""Conventions shared by every language (issue 8, tenth session).

Each text is the project's own, written in agency style, to check that a construction is
coded the same way in English, French, Russian, German and Spanish.
"""

import pytest

from dashboard.extract import extract_events

R = "restraint_human_rights"


def found(text: str, language: str) -> set[tuple[str, ...]]:
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-07", language=language)}


# a call for an investigation asks for an action: an appeal_request on restraint and rights,
# as the event model defines appeal_request, in German and Spanish as in en, fr and ru
@pytest.mark.parametrize(("language", "text", "actor"), [
    ("de", "Human Rights Watch verlangte eine internationale Untersuchung der Gewalt.",
     "Human Rights Watch"),
    ("de", "Die EU forderte eine unabhängige Untersuchung der Todesfälle.", "European Union"),
    ("de", "Die Bundesregierung forderte am Freitag eine lückenlose Aufklärung.", "Germany"),
    ("de", "Amnesty International forderte Aufklärung über die Todesfälle in Almaty.",
     "Amnesty International"),
    ("es", "Human Rights Watch pidió una investigación independiente sobre las muertes.",
     "Human Rights Watch"),
    ("es", "El Parlamento Europeo reclamó una investigación internacional sobre la violencia.",
     "European Parliament"),
    ("es", "Amnistía Internacional exigió el esclarecimiento de las muertes de manifestantes.",
     "Amnesty International"),
    ("es", "La Unión Europea instó a investigar las muertes de civiles.", "European Union"),
])
def test_languages_conventions_calls_for_an_investigation_are_appeals(language, text, actor):
    rows = found(text, language)
    assert ("appeal_request", actor, R, "concern") in rows
    assert not any(row[0] == "call_for_restraint" for row in rows)


@pytest.mark.parametrize(("language", "text"), [
    # an investigation named with no stance verb is nobody's position
    ("de", "Eine unabhängige Untersuchung der Todesfälle ist im Gange."),
    ("es", "Una investigación independiente sobre las muertes está en curso."),
])
def test_languages_conventions_an_investigation_named_alone_is_no_position(language, text):
    assert not any(row[2] == R for row in found(text, language))


@pytest.mark.parametrize(("language", "text", "actor"), [
    ("de", "Baerbock rief die Behörden zur Zurückhaltung auf.", "Annalena Baerbock"),
    ("es", "La Unión Europea pidió moderación a todas las partes.", "European Union"),
])
def test_languages_conventions_restraint_asked_for_stays_a_call(language, text, actor):
    assert ("call_for_restraint", actor, R, "concern") in found(text, language)


# "according to X, Y <backs> Z": the subject Y holds the position, not the party backed Z
# and not the source X; French "a soutenu" is a reporting verb only inverted after a quote
# or comma, or with nothing after it ("a soutenu que" is its own row)
@pytest.mark.parametrize(("language", "text", "holder"), [
    ("fr", "Selon le Kremlin, Poutine a soutenu Tokaïev.", "Vladimir Putin"),
    ("fr", "Selon le Kremlin, Vladimir Poutine a soutenu Kassym-Jomart Tokaïev.",
     "Vladimir Putin"),
    ("fr", "Selon le Kremlin, Poutine a soutenu les autorités kazakhes.", "Vladimir Putin"),
    ("fr", "Selon la Maison Blanche, Biden a soutenu Tokaïev.", "Joe Biden"),
    ("fr", "D'après le Kremlin, Poutine a soutenu Tokaïev.", "Vladimir Putin"),
    ("fr", "Poutine a soutenu Tokaïev jeudi.", "Vladimir Putin"),
    ("en", "According to the Kremlin, Putin backed Tokayev.", "Vladimir Putin"),
    ("ru", "По данным Кремля, Путин поддержал Токаева.", "Vladimir Putin"),
    ("de", "Laut Kreml unterstützte Putin Tokajew.", "Vladimir Putin"),
    ("es", "Según el Kremlin, Putin respaldó a Tokáyev.", "Vladimir Putin"),
])
def test_languages_conventions_the_subject_after_a_source_holds_the_backing(language, text,
                                                                            holder):
    rows = found(text, language)
    assert {row[1] for row in rows if row[0] == "support"} == {holder}


@pytest.mark.parametrize(("text", "speaker"), [
    # "a soutenu" still reports words: inverted after a quote or a comma, or with "que"
    ("« L'intervention est légale », a soutenu Poutine.", "Vladimir Putin"),
    ("L'intervention de l'OTSC est légale, a soutenu jeudi Sergueï Lavrov.", "Sergey Lavrov"),
    ("Poutine a soutenu que l'intervention de l'OTSC était légale.", "Vladimir Putin"),
])
def test_languages_conventions_french_soutenu_still_reports_words(text, speaker):
    rows = found(text, "fr")
    assert rows and {row[1] for row in rows} == {speaker}


# a number with thousands separators is one word of a pattern's gap, in every language:
# "sent 3,000 paratroopers" is a deployment as "sent 3000 paratroopers" is
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Russia sent 3,000 paratroopers to Kazakhstan on Thursday.",
     ("military_deployment", "Russia", "csto_deployment", "")),
    ("en", "Russia flew 2 500 troops to Kazakhstan on Thursday.",
     ("military_deployment", "Russia", "csto_deployment", "")),
    ("en", "Police detained 1,200 protesters in Almaty on Thursday.",
     ("arrest", "Kazakh police", "other", "")),
    ("fr", "La police a interpellé 1 200 manifestants à Almaty jeudi.",
     ("arrest", "Kazakh police", "other", "")),
    ("ru", "Полиция задержала 1 200 протестующих в Алматы в четверг.",
     ("arrest", "Kazakh police", "other", "")),
    ("de", "Die Polizei nahm 1.200 Demonstranten in Almaty fest.",
     ("arrest", "Kazakh police", "other", "")),
    ("de", "Russland schickte 2.500 Fallschirmjäger nach Kasachstan.",
     ("military_deployment", "Russia", "csto_deployment", "")),
    ("es", "Rusia envió 2.500 paracaidistas a Kazajistán el jueves.",
     ("military_deployment", "Russia", "csto_deployment", "")),
])
def test_languages_conventions_number_with_separators_is_one_gap_word(language, text, expected):
    assert expected in found(text, language)


# a demand to release detainees asks for an action: an appeal_request, the event model's own
# example, in every language; a call to respect rights stays a call for restraint
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Amnesty International urged the authorities to release detained protesters.",
     ("appeal_request", "Amnesty International", R, "concern")),
    ("en", "The European Union called on Kazakhstan to free the detained activists.",
     ("appeal_request", "European Union", R, "concern")),
    ("en", "Human Rights Watch demanded the release of all detained journalists.",
     ("appeal_request", "Human Rights Watch", R, "concern")),
    ("fr", "Amnesty International a appelé les autorités à libérer les manifestants détenus.",
     ("appeal_request", "Amnesty International", R, "concern")),
    ("fr", "L'Union européenne a demandé la libération des détenus.",
     ("appeal_request", "European Union", R, "concern")),
    ("ru", "Amnesty International призвала власти освободить задержанных протестующих.",
     ("appeal_request", "Amnesty International", R, "concern")),
    ("ru", "Евросоюз потребовал освободить всех задержанных.",
     ("appeal_request", "European Union", R, "concern")),
    ("de", "Amnesty International forderte die Behörden auf, die festgenommenen Demonstranten "
     "freizulassen.", ("appeal_request", "Amnesty International", R, "concern")),
    ("de", "Die EU verlangte die Freilassung der Festgenommenen.",
     ("appeal_request", "European Union", R, "concern")),
    ("es", "Amnistía Internacional pidió a las autoridades liberar a los detenidos.",
     ("appeal_request", "Amnesty International", R, "concern")),
    ("es", "La Unión Europea exigió la liberación de los manifestantes detenidos.",
     ("appeal_request", "European Union", R, "concern")),
    ("en", "Amnesty International urged the authorities to respect human rights.",
     ("call_for_restraint", "Amnesty International", R, "concern")),
])
def test_languages_conventions_demand_to_release_detainees_is_an_appeal(language, text,
                                                                       expected):
    assert expected in found(text, language)


# "According to X, Y criticised Z" on no issue of the crisis: the person after the source
# phrase acts, not the source, as on an issue
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "According to the State Department, Biden criticised Moscow.",
     ("opposition", "Joe Biden", "other", "")),
    ("en", "According to the Kremlin, Blinken criticised Moscow.",
     ("opposition", "Antony Blinken", "other", "")),
    ("en", "According to the European Union, Borrell criticised Moscow.",
     ("opposition", "Josep Borrell", "other", "")),
    ("fr", "D'après le Département d'État, Blinken a critiqué Moscou.",
     ("opposition", "Antony Blinken", "other", "")),
    ("fr", "Selon le Département d'État, Blinken a critiqué Moscou.",
     ("opposition", "Antony Blinken", "other", "")),
    ("es", "De acuerdo con el Departamento de Estado, Blinken criticó a Moscú.",
     ("opposition", "Antony Blinken", "other", "")),
    ("es", "Según el Departamento de Estado, Blinken criticó a Moscú.",
     ("opposition", "Antony Blinken", "other", "")),
    ("ru", "По данным Госдепартамента, Блинкен раскритиковал Москву.",
     ("opposition", "Antony Blinken", "other", "")),
])
def test_languages_conventions_person_after_a_source_holds_a_plain_criticism(language, text,
                                                                           expected):
    assert found(text, language) == {expected}

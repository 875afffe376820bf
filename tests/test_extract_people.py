"""People the actor book does not know: their names as the event model writes them, and
when they are the actor of their own words (the people module and the rows component)."""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.actors import find_unknown_people
from dashboard.extract.lexicon import fold, load_lexicon
from dashboard.extract.people import name_lemmas, person_name


def events(text, language="en"):
    return [(e["event_type"], e["actor"], e["actor_country"], e["issue"], e["stance"])
            for e in extract_events(text, published="2022-01-10", language=language)]


def confidence(text, actor, language="en"):
    return [float(e["confidence"]) for e in extract_events(
        text, published="2022-01-10", language=language) if e["actor"] == actor]


@pytest.mark.parametrize(("phrase", "name"), [
    ("Marat Bekov", "Marat Bekov"),  # Latin script: as written
    ("Hubert Dupont-Lavigne", "Hubert Dupont-Lavigne"),
    ("Марат Беков", "Marat Bekov"),  # Cyrillic: transliterated the English way
    ("Марата Бекова", "Marat Bekov"),  # genitive -> nominative
    ("Асель Жанабаевой", "Asel Zhanabayeva"),  # a feminine surname keeps its gender
    ("Ержан Бахытович Беков", "Yerzhan Bekov"),  # the patronymic is left out
    ("Дмитрия Полянского", "Dmitry Polyansky"),
])
def test_people_person_name_is_the_usual_latin_spelling(phrase, name):
    assert person_name(phrase) == name


def test_people_name_lemmas_join_inflected_surnames():
    assert name_lemmas("Бекова") & name_lemmas("Беков")
    assert name_lemmas("Bekov") == {"bekov"}
    assert not name_lemmas("Бекова") & name_lemmas("Петров")


def test_people_unknown_condemnation_is_an_opposition_of_that_name():
    text = "Marat Bekov condemned the violence on Friday."
    assert events(text) == [("opposition", "Marat Bekov", "", "restraint_human_rights",
                             "concern")]
    known = "Sergey Lavrov condemned the violence on Friday."
    assert confidence(text, "Marat Bekov") < confidence(known, "Sergey Lavrov")


def test_people_unknown_speaker_of_a_reporting_verb_in_russian():
    text = "Депутат Марат Беков заявил, что осуждает вмешательство извне."
    assert [(t, a, i) for t, a, _c, i, _s in events(text, "ru")] == [
        ("statement", "Marat Bekov", "foreign_interference")]


@pytest.mark.parametrize(("text", "language"), [
    ("Marat Bekov, a deputy, spoke in Almaty on Monday. On Tuesday Bekov condemned the "
     "violence.", "en"),
    ("Депутат Марат Беков выступил в понедельник. Беков осудил вмешательство извне.", "ru"),
])
def test_people_surname_alone_is_the_person_named_in_full_before(text, language):
    assert {a for _t, a, _c, _i, _s in events(text, language)} == {"Marat Bekov"}


def test_people_surname_alone_after_an_opening_word_is_no_new_name():
    text = "Marat Bekov spoke on Monday. Later Bekov spoke again."
    found = find_unknown_people(text, fold(text), [], load_lexicon("en"))
    assert [(text[m.start:m.end], m.actor) for m in found] == [
        ("Marat Bekov", "Marat Bekov"), ("Bekov", "Marat Bekov")]


@pytest.mark.parametrize("text", [
    'Tokayev said on Friday: "Marat Bekov condemned the violence."',  # inside a quotation
    '"Marat Bekov condemned the violence," Tokayev said on Friday.',
    "Sergey Lavrov met Marat Bekov and condemned the violence.",  # the object of a verb
    "Tokayev condemned Marat Bekov on Friday.",
    "Marat Bekov arrested protesters in Almaty.",  # an operational act: no unknown actor
])
def test_people_unknown_name_quoted_or_object_is_no_actor(text):
    assert "Marat Bekov" not in {a for _t, a, _c, _i, _s in events(text)}


@pytest.mark.parametrize(("text", "actor"), [
    ("Marat Bekov said Sergey Lavrov condemned the violence.", "Sergey Lavrov"),
    ("Sergey Lavrov condemned the violence, Marat Bekov said.", "Sergey Lavrov"),
])
def test_people_known_actor_acting_in_reported_words_still_wins(text, actor):
    assert {a for _t, a, _c, _i, _s in events(text)} == {actor}


def test_people_language_that_respells_names_keeps_unknown_people_out():
    # French copy writes Russian and Kazakh names its own way: no trait, no unknown actor
    assert events("Marat Bekov a condamné les violences vendredi.", "fr") == []

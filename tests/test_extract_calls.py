"""Phone calls and meetings on tiny hand-written sentences: the side reported from is the
actor, the person named after "with" (the lexicon's ``comitative`` rows) the other side."""

import pytest

from dashboard.extract import extract_events
from tests.tiny_lexicon import tiny_extractor


def _calls(rows):
    return [(r["actor"], r["target"]) for r in rows if r["event_type"] == "phone_call"]


@pytest.mark.parametrize(("text", "language"), [
    # the call opens the sentence: its subject comes after "with X"
    ("In a phone call with Vladimir Putin on Friday, Tokayev thanked him.", "en"),
    ("В телефонном разговоре с Владимиром Путиным в пятницу Токаев поблагодарил его.", "ru"),
    ("En una conversación telefónica con Vladimir Putin, Tokayev agradeció su apoyo.", "es"),
    ("In einem Telefonat mit Wladimir Putin dankte Tokajew für die Unterstützung.", "de"),
    # the subject before the cue, as before
    ("Tokayev held a phone call with Putin on Friday.", "en"),
    ("In a phone call on Friday, Tokayev told Putin that the situation was stable.", "en"),
])
def test_calls_actor_is_the_side_reported_from(text, language):
    rows = extract_events(text, published="2022-01-08", language=language)
    assert _calls(rows) == [("Kassym-Jomart Tokayev", "Vladimir Putin")]


@pytest.mark.parametrize(("rows", "expected"), [
    ("comitative,with,,,,,\n", [("Kassym-Jomart Tokayev", "Vladimir Putin")]),
    ("", [("Vladimir Putin", "Kassym-Jomart Tokayev")]),  # no word says who is the partner
])
def test_calls_comitative_words_come_from_the_lexicon(tmp_path, rows, expected):
    extractor = tiny_extractor(tmp_path, "weekday,friday,,,,,4\nphone,phone call,,,,,\n" + rows,
                               stances="bilateral_relations,none,support,\n")
    found = extractor("In a phone call with Vladimir Putin on Friday, Tokayev was calm.",
                      published="2022-01-08", language="en")
    assert _calls(found) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Au cours d'un entretien téléphonique avec son homologue kazakh, Xi Jinping a salué "
     "ses mesures fermes.", "fr"),
    ("In a phone call with his Kazakh counterpart, Xi Jinping praised the firm measures.",
     "en"),
])
def test_calls_a_comma_closes_an_unnamed_partner(text, language):
    """The other side named by a title the book does not know ("son homologue kazakh"):
    the person after the comma is the side reported from, not the partner."""
    rows = extract_events(text, published="2022-01-10", language=language)
    assert [r["actor"] for r in rows if r["event_type"] == "phone_call"] == ["Xi Jinping"]


@pytest.mark.parametrize(("text", "language"), [
    # a speaker reporting a call between two others is neither side of it, and their
    # words add no statement of their own
    ("Песков сообщил, что Токаев и Путин обсудили ситуацию по телефону.", "ru"),
    ("Токаев провел телефонный разговор с Путиным, сообщил Песков.", "ru"),
    ("Токаев провел телефонный разговор с Путиным, сообщил Дмитрий Песков.", "ru"),
])
def test_calls_a_speaker_reporting_a_call_is_no_side_of_it(text, language):
    rows = extract_events(text, published="2022-01-08", language=language)
    assert [(r["event_type"], r["actor"], r["target"]) for r in rows] == [
        ("phone_call", "Kassym-Jomart Tokayev", "Vladimir Putin")]

"""Which day an extracted event gets: the event model's date rules across sentences."""

import pytest

from dashboard.extract import extract_events


def _dates(text, language="en", published="2022-01-06"):
    return [(e["event_type"], e["date"]) for e in extract_events(
        text, published=published, language=language)]


@pytest.mark.parametrize(("text", "language"), [
    ("Токаев возглавил Совет безопасности. Об этом он заявил 5 января в обращении.", "ru"),
    ("Tokayev dismissed the government. This was announced on 5 January.", "en"),
])
def test_dating_words_attributed_by_the_next_sentence_take_its_date(text, language):
    assert ("resignation_dismissal", "2022-01-05") in _dates(text, language, published=None)


def test_dating_days_later_follows_the_previous_date():
    text = ("On January 2, crowds rallied in Zhanaozen. Two days later, protesters rallied "
            "in Almaty.")
    assert _dates(text) == [("protest", "2022-01-02"), ("protest", "2022-01-04")]


def test_dating_year_of_a_full_date_over_a_background_year():
    text = ("Police fired on strikers in 2011. On January 5, 2022 protesters rallied in "
            "Almaty. The CSTO deployed troops to Kazakhstan on January 6.")
    assert ("military_deployment", "2022-01-06") in _dates(text, published=None)


def test_dating_publication_stamp_dates_no_act():
    text = ("Xi sends a message\n\n09.01.2022 14:04\n\n"
            "Xi Jinping said China opposes attempts to destabilise Kazakhstan.")
    assert _dates(text, published="2022-01-09") == [("statement", "")]


def test_dating_attributed_date_is_the_occasion_of_later_parts():
    """"Об этом он заявил 5 января в обращении": later parts of the same address share it."""
    text = ("Токаев возглавил Совет безопасности. Об этом он заявил 5 января в обращении.\n\n"
            "В обращении президент также ввел чрезвычайное положение.")
    assert ("state_of_emergency", "2022-01-05") in _dates(text, "ru", published=None)

"""Quotations over several sentences, and the speaker named once they close (quotes module)."""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.lexicon import fold
from dashboard.extract.quotes import closes_before, quotations, quoted_from


@pytest.mark.parametrize(("text", "pairs"), [
    ("«Один. Два», — сказал он.", [(0, 10)]),
    ("Он сказал: «внешний „сговор“ и всё».", [(11, 34)]),
    ('"One. Two," he said. "Three."', [(0, 10), (21, 28)]),
    ("“One” and “two”", [(0, 4), (10, 14)]),
    ("«Open at the end of the line\nand closed» later", []),
])
def test_quotes_quotations_pair_marks_within_a_line(text, pairs):
    assert quotations(text) == pairs


@pytest.mark.parametrize(("text", "verb", "closed"), [
    ("«Это так», — в ответ отметила она.", "отметила", 8),
    ('"That is so," he said.', "said", 12),
    ('"That is so", - said he.', "said", 11),
    ("Он назвал это «фарсом» и заявил о протесте.", "заявил", None),
    ('He called it a "farce" and said more.', "said", None),
])
def test_quotes_closes_before_needs_a_comma_or_dash_after_the_words(text, verb, closed):
    assert closes_before(fold(text), text.index(verb), quotations(text)) == closed


def test_quotes_quoted_from_holds_sentences_before_the_closing_mark():
    text = "«Один. Два. Три», — сказал он."
    quotes = quotations(text)
    assert quoted_from(quotes, 0, 6) == (0, 15)  # «Один.
    assert quoted_from(quotes, 7, 11) == (0, 15)  # Два.
    assert quoted_from(quotes, 12, len(text)) is None  # the closing sentence names the speaker


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the first sentences of the quotation are the words of whoever is named after it
    ("«Мы осуждаем любое вмешательство извне. Порядок будет восстановлен», — заявил "
     "Токаев.", "ru", ("Kassym-Jomart Tokayev", "foreign_interference")),
    ('"We oppose any foreign interference. Order will return," Tokayev said.', "en",
     ("Kassym-Jomart Tokayev", "foreign_interference")),
    # a name inside the quotation does not speak the verb after it
    ("«Прав Лавров: надо бороться с терроризмом», — в ответ отметила Мария Захарова.", "ru",
     ("Maria Zakharova", "terrorism_framing")),
])
def test_quotes_speaker_named_after_the_quotation_speaks_all_of_it(text, language, expected):
    events = extract_events(text, published="2022-01-10", language=language)
    assert expected in {(e["actor"], e["issue"]) for e in events}


@pytest.mark.parametrize(("text", "calls"), [
    ("«Какие могут быть переговоры с бандитами?» — заявил Токаев.", 0),
    ("Токаев провел переговоры с Путиным.", 1),
])
def test_quotes_talks_inside_a_quotation_with_no_known_party_are_no_call(text, calls):
    events = extract_events(text, published="2022-01-10", language="ru")
    assert sum(e["event_type"] == "phone_call" for e in events) == calls

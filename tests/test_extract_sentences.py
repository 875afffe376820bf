"""Sentence and paragraph spans (spaCy's sentencizer inside hand-cut paragraphs)."""

import pytest

from dashboard.extract.lexicon import load_lexicon
from dashboard.extract.sentences import sentencizer, split_sentences


def texts(text, language):
    return [text[s.start:s.end] for s in split_sentences(text, language=language)]


@pytest.mark.parametrize(("text", "language", "count"), [
    ("M. Wang a parlé. Il a conclu.", "fr", 2),
    ("Mr. Blinken spoke on Jan. 7 in Washington. He left.", "en", 2),
    ("Г-н Песков заявил 10 янв. 2022 г. о поддержке. Он добавил.", "ru", 2),
    ("One sentence without end", "en", 1),
    ('He said: "We will act." Then he left.', "en", 2),
    ("Lt. Col. Jones arrived. He left.", "en", 2),
    ("Le 3 juil. Wang a parlé. Il a conclu.", "fr", 2),
    ("Selon M. Tokaïev : « Nous agirons. » Puis il est parti.", "fr", 2),
    ("Ущерб составил 5 млн. тенге. Так сказал аким.", "ru", 2),
    ("К.-Ж. Токаев и Н. Назарбаев встретились в г. Алматы. Затем они ушли.", "ru", 2),
    ("Что будет дальше? Никто не знает!", "ru", 2),
    ("Il a hésité… Puis il a parlé.", "fr", 2),
])
def test_sentences_split_respects_abbreviations(text, language, count):
    abbreviations = load_lexicon(language).words("abbreviation")
    assert len(split_sentences(text, language=language, abbreviations=abbreviations)) == count


@pytest.mark.parametrize(("abbreviations", "count"), [
    ((), 4),
    (("Lt.", "Col."), 2),
    (("lt.", "col."), 2),  # a word written in lower case is also kept capitalised
])
def test_sentences_abbreviations_come_from_the_caller(abbreviations, count):
    """The lexicon's ``abbreviation`` rows keep "Lt." whole; without them its period ends
    a sentence."""
    text = "Lt. Col. Jones arrived. He left."
    assert len(split_sentences(text, language="en", abbreviations=abbreviations)) == count


def test_sentences_keep_offsets_and_paragraphs():
    text = "First one. Second one.\n\nThird paragraph here."
    sentences = split_sentences(text)
    assert [text[s.start:s.end] for s in sentences] == [
        "First one.", "Second one.", "Third paragraph here."]
    assert [s.paragraph for s in sentences] == [0, 0, 1]


def test_sentences_offsets_index_the_original_text_from_a_start():
    wrapped = "It goes on past the sixty characters of a header-like line,\nand ends here."
    text = "Header line\n\nBody starts here.  " + wrapped + " End."
    start = text.index("Body")
    sentences = split_sentences(text, start)
    assert [text[s.start:s.end] for s in sentences] == ["Body starts here.", wrapped, "End."]
    assert sentences[0].start == start
    assert {s.paragraph for s in sentences} == {0}


def test_sentences_short_header_line_closes_a_paragraph():
    text = "Kazakhstan unrest\nTroops arrived in Almaty. They stayed."
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 1, 1]


def test_sentences_agency_tag_after_dateline_ends_its_sentence():
    text = "НУР-СУЛТАН, 5 января. /Степной вестник/. Президент ввёл режим ЧП."
    assert texts(text, "ru")[-1] == "Президент ввёл режим ЧП."


@pytest.mark.parametrize(("text", "language", "second"), [
    ('He spoke. "We condemn it." Then he left.', "en", '"We condemn it."'),
    ("Il a dit. « Nous agirons. » Puis il est parti.", "fr", "« Nous agirons. »"),
    ("Он заявил. «Мы будем действовать». Затем ушёл.", "ru", "«Мы будем действовать»."),
    ("He left. (He came back.) Fine.", "en", "(He came back.)"),
])
def test_sentences_opening_quote_starts_the_sentence_it_opens(text, language, second):
    assert texts(text, language)[1] == second


@pytest.mark.parametrize(("text", "language"), [
    ('"Какие могут быть переговоры?" - задал он вопрос.', "ru"),
    ("«Зачем?» — спросил он.", "ru"),
    ("« Pourquoi ? » - a-t-il demandé.", "fr"),
    ('"Chal, ket !" ("Vieux, dégage !"), scandaient les manifestants.', "fr"),
])
def test_sentences_quotation_followed_by_its_clause_stays_whole(text, language):
    assert texts(text, language) == [text]


def test_sentences_pipeline_is_built_once_per_language():
    assert sentencizer("fr") is sentencizer("fr")
    assert sentencizer("fr") is not sentencizer("ru")
    assert "sentencizer" in sentencizer("ru").pipe_names


def test_sentences_unknown_language_falls_back_to_multilingual_rules():
    assert len(split_sentences("Erste Zeile. Zweite Zeile.", language="zz")) == 2


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a period glued to the next sentence's capitalised first word ends the sentence
    ("ru", "Токаев поблагодарил Рахмона за помощь ОДКБ.Президент Таджикистана обсудил "
           "ситуацию.",
     ["Токаев поблагодарил Рахмона за помощь ОДКБ.", "Президент Таджикистана обсудил ситуацию."]),
    ("fr", "Les troupes sont arrivées au Kazakhstan.Les militaires gardent l'aéroport.",
     ["Les troupes sont arrivées au Kazakhstan.", "Les militaires gardent l'aéroport."]),
    ("de", "Die Truppen sind gelandet.Tokajew sprach am Abend.",
     ["Die Truppen sind gelandet.", "Tokajew sprach am Abend."]),
    # not after a short word or initials: an abbreviation glued to a name stays
    ("ru", "Митинг прошел на ул.Абая в Алматы.", ["Митинг прошел на ул.Абая в Алматы."]),
    ("en", "The U.S. Army said nothing.", ["The U.S. Army said nothing."]),
])
def test_sentences_glued_period_ends_a_sentence(language, text, expected):
    assert [text[s.start:s.end] for s in split_sentences(text, language=language)] == expected


def test_sentences_glued_period_after_an_abbreviation_of_the_lexicon_stays():
    text = "The order came from Gen.Smith on Friday."
    spans = split_sentences(text, language="en", abbreviations=("Gen.",))
    assert [text[s.start:s.end] for s in spans] == [text]

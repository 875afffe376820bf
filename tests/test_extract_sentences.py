"""Sentence and paragraph spans."""

import pytest

from dashboard.extract.sentences import split_sentences


@pytest.mark.parametrize(("text", "count"), [
    ("M. Wang a parlé. Il a conclu.", 2),
    ("Mr. Blinken spoke on Jan. 7 in Washington. He left.", 2),
    ("Г-н Песков заявил 10 янв. 2022 г. о поддержке. Он добавил.", 2),
    ("One sentence without end", 1),
    ('He said: "We will act." Then he left.', 2),
])
def test_sentences_split_respects_abbreviations(text, count):
    assert len(split_sentences(text)) == count


def test_sentences_keep_offsets_and_paragraphs():
    text = "First one. Second one.\n\nThird paragraph here."
    sentences = split_sentences(text)
    assert [text[s.start:s.end] for s in sentences] == [
        "First one.", "Second one.", "Third paragraph here."]
    assert [s.paragraph for s in sentences] == [0, 0, 1]

"""The extractor end to end: the sample Xinhua dispatch, row shape, evidence offsets."""

from pathlib import Path

import pytest

from dashboard.extract import EXTRACTOR_VERSION, extract_events
from dashboard.schema import EVENT_COLUMNS, validate_event

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "articles" / \
    "xinhua_fr_2022-01-11_wang-yi-lavrov.txt"


@pytest.fixture(scope="module")
def sample_events():
    return extract_events(SAMPLE.read_text(encoding="utf-8"))


# Reported speech (event model): the speaker is the actor unless the reported clause's
# subject is another party acting; Wang Yi speaking of "la Chine" speaks for his own state,
# so China's positions are his; Xi Jinping's message is Xi's act.
@pytest.mark.parametrize(("event_type", "actor", "issue", "stance", "target"), [
    ("phone_call", "Wang Yi", None, None, "Sergey Lavrov"),
    (None, "Xi Jinping", "foreign_interference", "oppose", None),
    (None, "Wang Yi", "terrorism_framing", "support", None),
    (None, "Wang Yi", "csto_deployment", "support", None),
    (None, "Wang Yi", "sovereignty_stability", None, None),
    (None, "Wang Yi", "bilateral_relations", "support", None),
])
def test_extract_sample_article_events(sample_events, event_type, actor, issue, stance,
                                       target):
    wanted = {"event_type": event_type, "actor": actor, "issue": issue, "stance": stance,
              "target": target}
    matches = [e for e in sample_events
               if all(e[k] == v for k, v in wanted.items() if v is not None)]
    assert matches, f"no event {wanted} in {[(e['actor'], e['issue']) for e in sample_events]}"
    assert all(e["date"] == "2022-01-10" for e in matches)


def test_extract_sample_putin_visit_is_bilateral(sample_events):
    visit = [e for e in sample_events if e["issue"] == "bilateral_relations"
             and "Poutine" in e["evidence"]]
    assert visit and visit[0]["stance"] == "support"


def test_extract_sample_sovereignty_from_central_asia_sentence(sample_events):
    rows = [e for e in sample_events if e["issue"] == "sovereignty_stability"
            and "Asie centrale" in e["evidence"]]
    assert rows and rows[0]["stance"] in ("support", "concern")


def test_extract_rows_are_valid_events(sample_events):
    text = SAMPLE.read_text(encoding="utf-8")
    assert sample_events
    for row in sample_events:
        assert tuple(row) == EVENT_COLUMNS
        assert validate_event(row) == []
        assert row["method"] == "extracted" and row["review_status"] == "unreviewed"
        assert row["extractor_version"] == EXTRACTOR_VERSION
        assert 0.0 <= float(row["confidence"]) <= 1.0
        start, end = int(row["evidence_start"]), int(row["evidence_end"])
        assert text[start:end] == row["evidence"]


def test_extract_header_gives_provenance(sample_events):
    row = sample_events[0]
    assert row["source_publisher"] == "Xinhua"
    assert row["source_published"] == "2022-01-11"
    assert row["source_language"] == "fr"


@pytest.mark.parametrize(("text", "published", "language"), [
    ("", None, None),
    ("   \n\n  ", "2022-01-05", "en"),
    ("Tokayev.", None, "it"),
])
def test_extract_degenerate_input_gives_no_events(text, published, language):
    assert extract_events(text, published=published, language=language) == []


@pytest.mark.parametrize(("text", "published", "language", "expected"), [
    ("Protesters rallied in Zhanaozen on Sunday against the rise in gas prices.",
     "2022-01-03", "en", ("protest", "protesters", "2022-01-02", "Zhanaozen")),
    ("Des manifestants se sont rassemblés lundi à Aktaou contre la hausse du prix du gaz.",
     "2022-01-05", "fr", ("protest", "protesters", "2022-01-03", "Aktau")),
    ("В понедельник протестующие вышли на улицы Жанаозена.",
     "2022-01-04", "ru", ("protest", "protesters", "2022-01-03", "Zhanaozen")),
    ("Am Sonntag protestierten Hunderte Menschen in Schangaösen gegen höhere Gaspreise.",
     "2022-01-03", "de", ("protest", "protesters", "2022-01-02", "Zhanaozen")),
    ("El domingo cientos de manifestantes protestaron en Zhanaozén contra la subida del gas.",
     "2022-01-03", "es", ("protest", "protesters", "2022-01-02", "Zhanaozen")),
])
def test_extract_protest_in_each_language(text, published, language, expected):
    events = extract_events(text, published=published, language=language)
    got = {(e["event_type"], e["actor"], e["date"], e["location"]) for e in events}
    assert expected in got


def test_extract_never_stores_publication_date_silently():
    events = extract_events("Protesters rallied in Almaty against gas prices.",
                            published="2022-01-05", language="en")
    assert events and all(e["date"] == "" for e in events)


@pytest.mark.parametrize(("published", "language"), [
    ("2022-01-11", "FR"), ("2022-01", "fr-FR"), (None, None),
])
def test_extract_accepts_loose_published_and_language(published, language):
    from datetime import datetime

    text = SAMPLE.read_text(encoding="utf-8")
    events = extract_events(text, published=published, language=language)
    assert any(e["event_type"] == "phone_call" for e in events)
    again = extract_events(text, published=datetime(2022, 1, 11, 8, 27), language=language)
    assert {e["date"] for e in again} >= {"2022-01-10"}


def test_extract_bad_published_is_named():
    with pytest.raises(ValueError, match="yesterday"):
        extract_events("Tokayev spoke.", published="yesterday", language="en")


def test_extract_dateline_date_stands_in_for_missing_publication_date():
    text = "ALMATY, Jan 5, 2022 (Wire) - Protesters stormed the city hall in Almaty on Wednesday."
    events = extract_events(text, language="en")
    assert {e["date"] for e in events if e["event_type"] == "violent_clash"} == {"2022-01-05"}

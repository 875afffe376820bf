"""Integrity checks for the hand-written evaluation sets in ``tests/data``.

The development set (``dev_*``), the independent hold-out set (``holdout_*``, longer
articles in other outlets' styles) and the German and Spanish set (``dees_*``, written after
those languages' lexicons and never tuned on) measure the event extractor, so their gold rows must
speak the event model exactly: known articles, valid vocabularies, stances allowed on
their issue, ISO dates no later than publication, and evidence that is a verbatim span of
the article text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from dashboard import schema

DATA = Path(__file__).parent / "data"
ARTICLE_KEYS = {"id", "url", "language", "published", "text"}
GOLD_KEYS = {"article", "date", "actor", "actor_country", "event_type", "target", "issue",
             "stance", "location", "evidence"}
# set name -> (minimum articles per language, (min words, max words) per article, languages)
SETS = {"dev": (15, (120, 400), ("fr", "en", "ru")),
        "holdout": (8, (250, 500), ("fr", "en", "ru")),
        "dees": (3, (100, 400), ("de", "es"))}


def _read_jsonl(path: Path) -> list[dict]:
    """Read one JSON object per non-empty line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


ARTICLES = [article for name in SETS for article in _read_jsonl(DATA / f"{name}_articles.jsonl")]
GOLD = [row for name in SETS for row in _read_jsonl(DATA / f"{name}_gold.jsonl")]
BY_ID = {article["id"]: article for article in ARTICLES}


def _set_of(article: dict) -> str:
    """Name of the evaluation set an article belongs to (the prefix of its id)."""
    return article["id"].split("-")[0]


def _gold_id(row: dict) -> str:
    return f"{row['article']}:{row['event_type']}:{row['actor']}:{row['evidence'][:30]}"


def test_devset_article_ids_are_unique():
    counts = Counter(article["id"] for article in ARTICLES)
    assert [key for key, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(("name", "language"), [
    (name, language) for name, (_n, _words, languages) in SETS.items() for language in languages])
def test_devset_has_enough_articles_per_language(name, language):
    count = sum(a["language"] == language and _set_of(a) == name for a in ARTICLES)
    assert count >= SETS[name][0]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_devset_article_is_well_formed(article):
    assert set(article) == ARTICLE_KEYS
    name = _set_of(article)
    assert name in SETS
    assert article["language"] in SETS[name][2]
    assert article["id"].startswith(f"{name}-{article['language']}-")
    assert article["url"].startswith(f"https://{name}.invalid/{article['language']}/")
    schema.parse_iso_date(article["published"])
    words = len(re.findall(r"\w+", article["text"]))
    low, high = SETS[name][1]
    assert low <= words <= high, words


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a["id"])
def test_devset_article_has_gold_events(article):
    assert sum(row["article"] == article["id"] for row in GOLD) >= 2


@pytest.mark.parametrize("row", GOLD, ids=_gold_id)
def test_devset_gold_row_follows_event_model(row):
    assert set(row) == GOLD_KEYS
    assert row["article"] in BY_ID
    assert row["event_type"] in schema.EVENT_TYPES
    assert row["issue"] in schema.ISSUES
    assert row["actor"].strip() == row["actor"] and row["actor"]
    if row["event_type"] in schema.OPERATIONAL_TYPES:
        assert row["stance"] == ""
    else:
        # empty where the event model's conventions code no stance (a government's price
        # cut, an internet shutdown by the authorities, a protest on ``other``)
        assert row["stance"] in ("", *schema.STANCES)
        if row["stance"] not in ("", "neutral"):
            assert row["stance"] in schema.ISSUE_STANCES[row["issue"]]
    country = row["actor_country"]
    assert country == "" or re.fullmatch(r"[A-Z]{3}|INT", country)
    assert (country == "") == (row["actor"] == "protesters")


@pytest.mark.parametrize("row", GOLD, ids=_gold_id)
def test_devset_gold_date_is_iso_and_not_after_publication(row):
    if row["date"] is None:
        return
    published = schema.parse_iso_date(BY_ID[row["article"]]["published"])
    assert schema.parse_iso_date(row["date"]) <= published


@pytest.mark.parametrize("row", GOLD, ids=_gold_id)
def test_devset_gold_evidence_is_a_substring_of_the_article(row):
    assert row["evidence"] and row["evidence"] in BY_ID[row["article"]]["text"]


@pytest.mark.parametrize("row", GOLD, ids=_gold_id)
def test_devset_gold_location_is_null_or_clean_names(row):
    location = row["location"]
    if location is None:
        return
    parts = location.split("; ")
    assert all(part and part == part.strip() for part in parts)
    assert len(parts) == len(set(parts))

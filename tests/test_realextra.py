"""Label checks for ``data/eval/real-extra/gold.jsonl``, the extra real-news gold set.

The set's texts belong to their publishers and are not shipped (see the folder's README), so
these tests read only the gold rows and the README: every label must be one of the event
model's values, every evidence span a well-formed character range, every source URL http(s),
outside the held-out list in ``../shared/eval/excluded-urls.txt`` and outside real-dev.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlparse

import pycountry
import pytest

from dashboard import schema

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "data" / "eval" / "real-extra"
SHARED = ROOT.parent / "shared" / "eval"
GOLD_KEYS = {"article", "date", "date_basis", "actor", "actor_country", "event_type", "target",
             "issue", "stance", "location", "evidence_chars"}
# one README table row per excerpt: | id | url | publisher | published | language | ... |
README_ROW = re.compile(r"^\| (rx-[a-z]{2}-\d{2}) \| (\S+) \|", re.MULTILINE)


def _gold() -> list[dict]:
    """The gold rows, one JSON object per non-empty line."""
    with (FOLDER / "gold.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _readme_urls() -> dict[str, str]:
    """Excerpt id -> source URL, from the README's excerpt table."""
    text = (FOLDER / "README.md").read_text(encoding="utf-8")
    return dict(README_ROW.findall(text))


def _normalised(url: str) -> str:
    """A URL without scheme, leading ``www.`` and trailing slash, lower-cased."""
    url = re.sub(r"^https?://", "", url.strip().lower())
    return url.removeprefix("www.").rstrip("/")


GOLD = _gold()
URLS = _readme_urls()


def _gold_id(row: dict) -> str:
    return f"{row['article']}:{row['event_type']}:{row['actor']}:{row['evidence_chars'][0]}"


def test_realextra_every_gold_article_is_listed_in_the_readme():
    assert {row["article"] for row in GOLD} == set(URLS)


@pytest.mark.parametrize("row", GOLD, ids=_gold_id)
def test_realextra_gold_row_follows_event_model(row):
    assert set(row) == GOLD_KEYS
    assert row["event_type"] in schema.EVENT_TYPES
    assert row["issue"] in schema.ISSUES
    assert row["actor"] and row["actor"] == row["actor"].strip()
    stance = row["stance"]
    if row["event_type"] in schema.OPERATIONAL_TYPES:
        assert stance is None
    elif stance is not None:
        assert stance == "neutral" or stance in schema.ISSUE_STANCES[row["issue"]]
    country = row["actor_country"]
    assert (country is None) == (row["actor"] == "protesters")
    assert country is None or country == "INT" or pycountry.countries.get(alpha_3=country)
    if row["date"] is not None:
        schema.parse_iso_date(row["date"])
        assert row["date_basis"] in ("explicit", "relative")
    start, end = row["evidence_chars"]
    assert 0 <= start < end <= 1600


@pytest.mark.parametrize(("article", "url"), sorted(URLS.items()))
def test_realextra_url_is_http_and_not_held_out_or_in_real_dev(article, url):
    assert urlparse(url).scheme in ("http", "https"), article
    excluded = SHARED / "excluded-urls.txt"
    if not excluded.exists():
        pytest.skip("../shared/eval is absent: cannot check the held-out list and real-dev")
    held_out = {_normalised(line) for line in excluded.read_text().splitlines() if line.strip()}
    assert _normalised(url) not in held_out
    with (SHARED / "real-dev" / "articles.jsonl").open(encoding="utf-8") as handle:
        real_dev = {_normalised(json.loads(line)["url"]) for line in handle if line.strip()}
    assert _normalised(url) not in real_dev

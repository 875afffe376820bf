"""The extractor's configuration: the shipped crisis's settings, and checks on its values."""

import json
from dataclasses import replace
from datetime import date

import pytest

from dashboard.extract.config import (
    CRISIS_FILE,
    KNOWLEDGE_DIR,
    LEXICON_DIR,
    ExtractorConfig,
    default_config,
    read_crisis_file,
)
from dashboard.extract.pipeline import Extractor, default_extractor, extract_events


def test_config_default_reads_the_crisis_file():
    settings = json.loads(CRISIS_FILE.read_text(encoding="utf-8"))
    config = default_config()
    assert config.lexicon_dirs == (LEXICON_DIR,) and config.knowledge_dirs == (KNOWLEDGE_DIR,)
    assert config.home_country == settings["default_country"]
    assert config.countries == tuple(settings["countries"])
    assert config.default_year == settings["default_year"]
    assert config.period_start == date.fromisoformat(settings["period"]["from"])
    assert config.period_end == date.fromisoformat(settings["period"]["to"])


def test_config_reference_day_is_mid_month_of_the_default_month():
    config = replace(default_config(), default_month=7)
    assert config.reference_day(2022) == date(2022, 7, 15)
    assert config.reference_day(None) is None


@pytest.mark.parametrize(("changes", "words"), [
    ({"lexicon_dirs": ()}, "lexicon_dirs is empty"),
    ({"default_month": 13}, "default_month 13"),
    ({"period_start": date(2022, 2, 1), "period_end": date(2022, 1, 1)}, "ends before"),
])
def test_config_refuses_bad_values(changes, words):
    with pytest.raises(ValueError, match=words):
        replace(default_config(), **changes)


def test_config_bad_crisis_file_is_named(tmp_path):
    path = tmp_path / "crisis.json"
    path.write_text('{"name": "x",\n "default_year": }', encoding="utf-8")
    with pytest.raises(ValueError, match=r"crisis.json, line 2, column"):
        read_crisis_file(path)
    assert read_crisis_file(tmp_path / "absent.json") == {}


def test_config_default_year_dates_an_article_without_one():
    text = "Police arrested protesters in Almaty on 5 January."
    extractor = Extractor(replace(default_config(), default_year=2021))
    assert {e["date"] for e in extractor(text, language="en")} == {"2021-01-05"}
    assert {e["date"] for e in extract_events(text, language="en")} == {"2022-01-05"}


def test_config_extract_events_uses_one_default_extractor():
    assert default_extractor() is default_extractor()
    assert default_extractor().config == default_config()
    assert isinstance(default_config(), ExtractorConfig)

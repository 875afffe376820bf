"""The extractor's configuration: the crisis packs' settings, and checks on its values."""

from dataclasses import replace
from datetime import date

import pytest

from dashboard.crisis import default_pack, pack
from dashboard.extract.config import (
    KNOWLEDGE_DIR,
    LEXICON_DIR,
    ExtractorConfig,
    config_for,
    default_config,
)
from dashboard.extract.pipeline import Extractor, default_extractor, extract_events


def test_config_default_reads_the_default_crisis_pack():
    crisis = default_pack()  # Kazakhstan: its actors and places add to the shared ones
    config = default_config()
    assert config.lexicon_dirs[0] == LEXICON_DIR
    assert config.knowledge_dirs == (KNOWLEDGE_DIR, crisis.folder)
    assert config.home_country == crisis.country == "KAZ"
    assert config.countries == crisis.countries
    assert config.default_year == 2022 and config.default_month == 1
    assert (config.period_start, config.period_end) == crisis.period


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


def test_config_of_a_pack_adds_its_folders_and_issues():
    crisis = pack("karakalpakstan-2022-07")
    config = config_for(crisis)
    assert config.lexicon_dirs == (LEXICON_DIR, crisis.lexicon_dir)
    assert config.knowledge_dirs == (KNOWLEDGE_DIR, crisis.folder)
    assert config.home_country == "UZB" and config.default_month == crisis.period[0].month
    assert "autonomy_status" in config.issues


def test_config_default_year_dates_an_article_without_one():
    text = "Police arrested protesters in Almaty on 5 January."
    extractor = Extractor(replace(default_config(), default_year=2021))
    assert {e["date"] for e in extractor(text, language="en")} == {"2021-01-05"}
    assert {e["date"] for e in extract_events(text, language="en")} == {"2022-01-05"}


def test_config_extract_events_uses_one_default_extractor():
    assert default_extractor() is default_extractor()
    assert default_extractor().config == default_config()
    assert isinstance(default_config(), ExtractorConfig)


@pytest.fixture(scope="module")
def karakalpakstan():
    return Extractor(config_for(pack("karakalpakstan-2022-07")))


# Acts with no named actor, or done by "the police": the shared lexicons' roles (@police,
# @authorities) are filled by each pack, so they are the country of the crisis's.
UNNAMED_ACTS = [
    ("en", "Dozens of people were detained in {town} on 2 {month} 2022.", "arrest"),
    ("en", "Police detained dozens of people in {town} on 2 {month} 2022.", "arrest"),
    ("en", "A state of emergency was declared in {town} on 2 {month} 2022.",
     "state_of_emergency"),
    ("fr", "La police a interpellé des dizaines de personnes à {town} le 2 {month} 2022.",
     "arrest"),
    ("ru", "В {town} 2 {month} 2022 года задержаны десятки человек.", "arrest"),
    ("de", "In {town} wurden am 2. {month} 2022 Dutzende Menschen festgenommen.", "arrest"),
    ("es", "La policía detuvo a decenas de personas en {town} el 2 de {month} de 2022.",
     "arrest"),
]
MONTHS = {"en": ("July", "January"), "fr": ("juillet", "janvier"), "ru": ("июля", "января"),
          "de": ("Juli", "Januar"), "es": ("julio", "enero")}


@pytest.mark.parametrize(("language", "text", "event_type"), UNNAMED_ACTS)
def test_config_unnamed_actor_is_of_the_pack_s_country(karakalpakstan, language, text,
                                                        event_type):
    town = "Нукусе" if language == "ru" else "Nukus"
    events = karakalpakstan(text.format(town=town, month=MONTHS[language][0]),
                            published="2022-07-03", language=language)
    acts = [e for e in events if e["event_type"] == event_type]
    assert acts and {e["actor_country"] for e in acts} == {"UZB"}, acts
    assert not [e for e in events if e["actor_country"] == "KAZ"]


@pytest.mark.parametrize(("language", "text", "event_type"), UNNAMED_ACTS)
def test_config_unnamed_actor_in_kazakhstan_is_still_kazakh(language, text, event_type):
    town = "Актау" if language == "ru" else "Aktau"
    events = extract_events(text.format(town=town, month=MONTHS[language][1]),
                            published="2022-01-03", language=language)
    acts = [e for e in events if e["event_type"] == event_type]
    assert acts and {e["actor_country"] for e in acts} == {"KAZ"}, acts

"""French and Russian articles that name their own day (issue 8).

Each text is the project's own, written in the style of French and Russian agency copy.
When an article's publication day is unknown (only its month, or nothing) and no dateline
dates it, a date the text calls its own day ("ce jeudi 6 janvier", "aujourd'hui 6
janvier", "сегодня, 6 января": a ``today`` row right before the date, a weekday apart)
stands in for it, so "hier", "cette nuit" and "вчера" are dated; without one they stay
undated, never dated by a guess.
"""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.dates import DateContext, today_date
from dashboard.extract.lexicon import fold
from dashboard.extract.pipeline import default_extractor


def clash_dates(text: str, language: str, published) -> set[str]:
    return {e["date"] for e in extract_events(text, published=published, language=language)
            if e["event_type"] == "violent_clash"}


@pytest.mark.parametrize(("language", "text", "published", "day"), [
    ("fr", "Des émeutiers ont pris d'assaut la mairie d'Almaty cette nuit, selon un bilan "
           "publié ce jeudi 6 janvier.", "2022-01", "2022-01-06"),
    ("fr", "La police a arrêté des centaines de manifestants à Almaty ce jeudi 6 janvier. "
           "Hier, des émeutiers avaient incendié la mairie.", None, "2022-01-05"),
    ("fr", "Aujourd'hui 7 janvier, le calme semble revenu. Hier, des émeutiers ont incendié "
           "la mairie d'Almaty.", "2022-01", "2022-01-06"),
    ("ru", "Вчера протестующие захватили здание акимата в Алматы, сообщили сегодня, 6 "
           "января, в полиции.", "2022-01", "2022-01-05"),
    ("ru", "Сегодня, в пятницу, 7 января, в Алматы спокойно. Вчера протестующие захватили "
           "здание акимата.", None, "2022-01-06"),
])
def test_languages_frru_today_dates_relative_words(language, text, published, day):
    assert day in clash_dates(text, language, published)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Hier, des émeutiers ont incendié la mairie d'Almaty, le 5 janvier selon la "
           "police."),
    ("ru", "Вчера протестующие захватили здание акимата в Алматы."),
])
def test_languages_frru_today_no_own_day_leaves_relative_words_undated(language, text):
    # no date is called today: "hier" / "вчера" stay unresolved (the explicit date of the
    # French sentence may date its clause, but never "hier" by a guess)
    assert all(d != "2022-01-04" for d in clash_dates(text, language, "2022-01"))
    if language == "ru":
        assert clash_dates(text, language, "2022-01") == {""}


def test_languages_frru_today_date_is_the_latest_day_named_so():
    lexicon = default_extractor().lexicons["fr"]
    text = fold("Ce 5 janvier, la police a tiré. Ce jeudi 6 janvier, le calme est revenu. "
                "Le 2 janvier, tout avait commencé.")
    day = today_date(text, 0, lexicon, DateContext(None, 2022))
    assert day is not None and day.isoformat() == "2022-01-06"
    assert today_date(fold("Le 2 janvier, tout avait commencé."), 0, lexicon,
                      DateContext(None, 2022)) is None

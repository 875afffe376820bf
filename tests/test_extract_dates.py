"""Temporal expressions resolved as the event model says."""

from datetime import date

import pytest

from dashboard.extract.dates import (
    DateContext,
    _month_patterns,
    find_dates,
    parse_explicit,
    reference_year,
    resolve_explicit,
)
from dashboard.extract.lexicon import fold, load_lexicon
from tests.tiny_lexicon import tiny_lexicon

PUBLISHED = date(2022, 1, 11)  # a Tuesday


def resolve(text, language, published=PUBLISHED, previous=None):
    folded = fold(text)
    ctx = DateContext(published, published.year if published else reference_year(folded, None))
    return [m.value for m in find_dates(folded, 0, len(folded), load_lexicon(language), ctx,
                                        previous)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Wang Yi a eu lundi une conversation", "fr", [date(2022, 1, 10)]),
    ("Le 20 janvier, les troupes partiront", "fr", [date(2022, 1, 20)]),
    ("le 1er janvier 2022", "fr", [date(2022, 1, 1)]),
    ("on Thursday the troops arrived", "en", [date(2022, 1, 6)]),
    ("on Tuesday", "en", [date(2022, 1, 11)]),
    ("on January 5, 2022", "en", [date(2022, 1, 5)]),
    ("Jan. 7", "en", [date(2022, 1, 7)]),
    ("yesterday", "en", [date(2022, 1, 10)]),
    ("в понедельник Путин заявил", "ru", [date(2022, 1, 10)]),
    ("в среду протестующие", "ru", [date(2022, 1, 5)]),
    ("10 января президент", "ru", [date(2022, 1, 10)]),
    ("вчера", "ru", [date(2022, 1, 10)]),
    ("11.01.2022", "fr", [date(2022, 1, 11)]),
    ("Aucune date ici", "fr", []),
    ("le 5 janvier 2022", "fr", [date(2022, 1, 5)]),
    ("10 janvier", "fr", [date(2022, 1, 10)]),
    ("mardi", "fr", [date(2022, 1, 11)]),
    ("hier", "fr", [date(2022, 1, 10)]),
    ("January 10, 2022", "en", [date(2022, 1, 10)]),
    ("Jan. 10", "en", [date(2022, 1, 10)]),
    ("the 10th of January", "en", [date(2022, 1, 10)]),
    ("2022-01-10", "en", [date(2022, 1, 10)]),
    ("10.01.2022", "ru", [date(2022, 1, 10)]),
    ("am 5.1. verhängte er", "de", [date(2022, 1, 5)]),
    ("am 5.1.2022 verhängte er", "de", [date(2022, 1, 5)]),
    ("10-го января", "ru", [date(2022, 1, 10)]),
    ("5-6 января", "ru", [date(2022, 1, 5)]),
    ("5–6 января", "ru", [date(2022, 1, 5)]),
    ("во вторник", "ru", [date(2022, 1, 11)]),
    ("le 30 février", "fr", []),
    ("le 29 février", "fr", []),
])
def test_dates_resolve(text, language, expected):
    assert resolve(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("la veille au soir", "fr"), ("the day before", "en"), ("накануне", "ru"),
])
def test_dates_day_before_uses_previous_date(text, language):
    assert resolve(text, language, previous=date(2022, 1, 5)) == [date(2022, 1, 4)]


@pytest.mark.parametrize(("text", "language"), [
    ("jusqu'au 19 janvier", "fr"), ("until January 19", "en"), ("до 19 января", "ru"),
])
def test_dates_end_of_period_is_not_an_act_date(text, language):
    assert resolve(text, language) == []


def test_dates_december_in_january_dispatch_is_previous_year():
    assert resolve("le 30 décembre", "fr", published=date(2022, 1, 2)) == [date(2021, 12, 30)]


def test_dates_weekday_without_publication_stays_unresolved():
    assert resolve("lundi", "fr", published=None) == []


def test_dates_year_taken_from_text_without_publication():
    assert resolve("Le 5 janvier 2022 et le 6 janvier", "fr", published=None) == [
        date(2022, 1, 5), date(2022, 1, 6)]


@pytest.mark.parametrize(("text", "language", "span"), [
    ("Il a parlé le 5 janvier 2022 à Almaty", "fr", "5 janvier 2022"),
    ("Troops left on Jan. 10, 2022.", "en", "Jan. 10, 2022"),
    ("Встреча 5-6 января прошла", "ru", "5-6 января"),
])
def test_dates_spans_point_at_the_expression(text, language, span):
    folded = fold(text)
    ctx = DateContext(PUBLISHED, PUBLISHED.year)
    [mention] = find_dates(folded, 0, len(folded), load_lexicon(language), ctx)
    assert text[mention.start:mention.end] == span


@pytest.mark.parametrize(("published", "text", "expected"), [
    (date(2022, 1, 11), "le 1er mars", date(2022, 3, 1)),  # 49 days ahead: this year
    (date(2022, 1, 11), "le 15 mars", date(2021, 3, 15)),  # 63 days ahead: last year
    (date(2022, 1, 2), "le 31 décembre", date(2021, 12, 31)),
    (date(2022, 12, 30), "le 2 janvier", date(2022, 1, 2)),
])
def test_dates_missing_year_from_publication(published, text, expected):
    assert resolve(text, "fr", published=published) == [expected]


def test_dates_explicit_spans_are_read_by_dateparser():
    """The parser of explicit dates is dateparser, memoised per (span, language, base)."""
    parse_explicit.cache_clear()
    ctx = DateContext(PUBLISHED, PUBLISHED.year)
    assert resolve_explicit("10 janvier", "fr", ctx) == date(2022, 1, 10)
    assert resolve_explicit("10 janvier", "fr", ctx) == date(2022, 1, 10)
    info = parse_explicit.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_dates_without_any_year_stay_unresolved():
    assert resolve_explicit("10 janvier", "fr", DateContext(None, None)) is None
    assert resolve_explicit("10 janvier 2022", "fr", DateContext(None, None)) == date(2022, 1, 10)


@pytest.mark.parametrize(("text", "language"), [
    ("deployed between 7 and 14 January", "en"),
    ("déployés entre le 7 et le 14 janvier", "fr"),
    ("du 7 au 14 janvier", "fr"),
    ("с 7 по 14 января", "ru"),
])
def test_dates_range_is_dated_by_its_first_day(text, language):
    assert resolve(text, language) == [date(2022, 1, 7)]


@pytest.mark.parametrize(("text", "language", "days"), [
    ("Two days later, crowds gathered", "en", 2),
    ("a week later", "en", 7),
    ("deux jours plus tard", "fr", 2),
    ("спустя два дня", "ru", 2),
])
def test_dates_days_later_counts_from_the_previous_date(text, language, days):
    assert resolve(text, language, previous=date(2022, 1, 2)) == [date(2022, 1, 2 + days)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("on Wednesday morning, the blackout (January 5, 2022)", "en",
     [date(2022, 1, 5), date(2022, 1, 5)]),
    ("mardi, soit le 5 janvier 2022", "fr", [date(2022, 1, 4), date(2022, 1, 5)]),
    ("в четверг, 6 января 2022 года", "ru", [date(2022, 1, 6), date(2022, 1, 6)]),
])
def test_dates_weekday_without_publication_uses_the_sentence_date(text, language, expected):
    assert resolve(text, language, published=None) == expected


def test_dates_weekday_is_not_anchored_on_the_end_of_a_period():
    """19 January 2022 was a Wednesday: "until 19 January" must not date "mercredi"."""
    assert resolve("a indiqué mercredi qu'il serait en vigueur jusqu'au 19 janvier 2022", "fr",
                   published=None) == []


def test_dates_reference_year_prefers_full_dates_to_bare_years():
    folded = fold("Strikers were shot in 2011. On January 5, 2022 protests began.")
    assert reference_year(folded, None, load_lexicon("en")) == 2022


def test_dates_reference_year_ignores_background_years():
    """A bare year ("founded in 2002") is background; the crisis year is taken."""
    from dashboard.extract.dates import crisis_settings

    folded = fold("L'OTSC, fondée en 2002, a déployé des troupes le 6 janvier.")
    year = reference_year(folded, None, load_lexicon("fr"))
    assert year == crisis_settings()["default_year"] != 2002


# A day written without its month is a day of the publication month (11 January), or of
# the month before when it lies after the publication day.
@pytest.mark.parametrize(("text", "language", "expected"), [
    ("La misión comenzó el pasado día 6 en el país", "es", [date(2022, 1, 6)]),
    ("El día 28 llegaron las tropas", "es", [date(2021, 12, 28)]),
    ("The troops arrived on the 6th and left", "en", [date(2022, 1, 6)]),
    ("Войска прибыли 6-го числа", "ru", [date(2022, 1, 6)]),
    ("El día 6 de enero llegaron", "es", [date(2022, 1, 6)]),
])
def test_dates_day_without_month(text, language, expected):
    assert resolve(text, language) == expected


@pytest.mark.parametrize(("rows", "span"), [
    ("", "14 jan"),
    ("range_link,to,,,,,\n", "7 to 14 jan"),
])
def test_dates_range_link_joins_the_days_of_a_range(tmp_path, rows, span):
    day_first, _month_first = _month_patterns(tiny_lexicon(tmp_path, "month,jan,,,,,1\n" + rows))
    assert day_first.search("from 7 to 14 jan").group(0) == span


@pytest.mark.parametrize(("rows", "text", "expected"), [
    # a day and month with dots and no year ("am 5.1."): a date where the trait says so
    ("trait,day_month_dots,,,,,\n", "am 5.1. in der Stadt", [date(2022, 1, 5)]),
    ("trait,day_month_dots,,,,,\n", "am 05.01. in der Stadt", [date(2022, 1, 5)]),
    ("trait,day_month_dots,,,,,\n", "am 30.12. in der Stadt", [date(2021, 12, 30)]),
    ("trait,day_month_dots,,,,,\n", "am 5.1.2022 in der Stadt", [date(2022, 1, 5)]),
    ("trait,day_month_dots,,,,,\n", "Version 1.2.3. und 32.1. sind keine Tage", []),
    # elsewhere the same figures are numbers ("rose by 5.1.")
    ("", "prices rose by 5.1.", []),
])
def test_dates_day_month_with_dots(tmp_path, rows, text, expected):
    folded = fold(text)
    ctx = DateContext(PUBLISHED, PUBLISHED.year)
    lexicon = tiny_lexicon(tmp_path, rows, "de")  # dateparser reads the spans in German
    assert [m.value for m in find_dates(folded, 0, len(folded), lexicon, ctx)] == expected


@pytest.mark.parametrize(("rows", "text", "expected"), [
    ("", "the 10th jan", []),
    ("ordinal_suffix,th,,,,,\n", "the 10th jan", [date(2022, 1, 10)]),
    ("ordinal_suffix,th,,,,,\n", "jan 10th", [date(2022, 1, 10)]),
    ("ordinal_suffix,го,,,,,\n", "10-го jan", [date(2022, 1, 10)]),  # the hyphen may stand
])
def test_dates_ordinal_suffixes_come_from_the_lexicon(tmp_path, rows, text, expected):
    """Letters after a day's number ("10th", "1er", "5-го") are the lexicon's
    ``ordinal_suffix`` rows."""
    folded = fold(text)
    ctx = DateContext(PUBLISHED, PUBLISHED.year)
    lexicon = tiny_lexicon(tmp_path, "month,jan,,,,,1\n" + rows, "en")
    assert [m.value for m in find_dates(folded, 0, len(folded), lexicon, ctx)] == expected


@pytest.mark.parametrize(("language", "rows", "text", "expected"), [
    ("en", "", "the 10 of jan", []),
    ("en", "day_month_link,of,,,,,\n", "the 10 of jan", [date(2022, 1, 10)]),
    ("es", "day_month_link,de,,,,,\n", "6 de enero de 2021", [date(2022, 1, 6)]),  # no year
    ("es", "day_month_link,de,,,,,\nmonth_year_link,de,,,,,\n", "6 de enero de 2021",
     [date(2021, 1, 6)]),
    ("en", "range_link,and,,,,,\n", "7 and the 14 jan", [date(2022, 1, 14)]),  # no article
    ("en", "range_link,and,,,,,\narticle,the,,,,,\n", "7 and the 14 jan", [date(2022, 1, 7)]),
])
def test_dates_words_inside_a_date_come_from_the_lexicon(tmp_path, language, rows, text,
                                                         expected):
    """Words that may stand inside a day-first date: between day and month
    (``day_month_link``), month and year (``month_year_link``), or after a range link
    (an ``article``: "du 7 et le 14")."""
    folded = fold(text)
    ctx = DateContext(PUBLISHED, PUBLISHED.year)
    lexicon = tiny_lexicon(tmp_path, "month,jan|enero,,,,,1\n" + rows, language)
    assert [m.value for m in find_dates(folded, 0, len(folded), lexicon, ctx)] == expected


@pytest.mark.parametrize(("rows", "text", "expected"), [
    # a night between two days is dated by the day it ends on, after a ``night`` row only
    ("night,nuit du,,,,,\n", "dans la nuit du 5 au 6 jan", [date(2022, 1, 6)]),
    ("night,nuit du,,,,,\n", "du 5 au 6 jan", [date(2022, 1, 5)]),
    ("", "dans la nuit du 5 au 6 jan", [date(2022, 1, 5)]),
    ("night,nuit de,,,,,\n", "la nuit de mer au jeu", [date(2022, 1, 6)]),
    ("night,nuit de,,,,,\n", "la nuit de mer, puis jeu", [date(2022, 1, 5), date(2022, 1, 6)]),
])
def test_dates_night_is_dated_by_the_day_it_ends_on(tmp_path, rows, text, expected):
    folded = fold(text)
    ctx = DateContext(PUBLISHED, PUBLISHED.year)
    lexicon = tiny_lexicon(tmp_path, "month,jan,,,,,1\nrange_link,au,,,,,\n"
                           "weekday,mer,,,,,2\nweekday,jeu,,,,,3\n" + rows, "fr")
    assert [m.value for m in find_dates(folded, 0, len(folded), lexicon, ctx)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("La police a ouvert le feu dans la nuit du 5 au 6 janvier.", [date(2022, 1, 6)]),
    ("Des pillages ont eu lieu dans la nuit de mercredi à jeudi.", [date(2022, 1, 6)]),
    ("Des coups de feu ont retenti la nuit du 9 au 10 janvier.", [date(2022, 1, 10)]),
    ("Les troupes resteront du 7 au 14 janvier.", [date(2022, 1, 7)]),
    ("La nuit de mercredi a été calme, jeudi aussi.", [date(2022, 1, 5), date(2022, 1, 6)]),
])
def test_dates_french_night_between_two_days(text, expected):
    assert resolve(text, "fr") == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Shots were heard on the night of 5 to 6 January.", "en", [date(2022, 1, 6)]),
    ("In der Nacht von Mittwoch auf Donnerstag fielen Schüsse.", "de", [date(2022, 1, 6)]),
    ("Police fired on protesters on Wednesday night.", "en", [date(2022, 1, 5)]),
])
def test_dates_night_between_two_days_in_english_and_german(text, language, expected):
    assert resolve(text, language) == expected

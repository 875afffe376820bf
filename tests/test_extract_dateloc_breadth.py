"""Datelines of every agency style and relative dates, in wire style (issue 8).

Each text is the project's own, written in the style of agency copy. A dateline is the
reporter's town: "Москва. 6 января. INTERFAX -" (Interfax), "НУР-СУЛТАН. КАЗИНФОРМ –"
(Kazinform), "Nur-Sultan, Jan 6 (AP) —", "Almaty (Kazakhstan) (AFP) -"; a dispatch naming
its agency in brackets ("Almaty (dpa) -", "Almaty (EFE).-") reports police acts in its
town even with no date. "N days ago" and "в минувшую среду" are dated against the
publication day.
"""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.metadata import find_dateline


@pytest.mark.parametrize(("text", "town"), [
    ("Москва. 6 января. INTERFAX - МИД России выразил обеспокоенность.", "Moscow"),
    ("Шымкент. 6 января. INTERFAX.KZ - Полиция задержала протестующих.", "Shymkent"),
    ("Актау. 5 января. КазТАГ - Митинг продолжается.", "Aktau"),
    ("НУР-СУЛТАН. КАЗИНФОРМ – Президент подписал указ.", "Nur-Sultan"),
    ("АСТАНА. КАЗИНФОРМ - Президент подписал указ.", "Nur-Sultan"),
    ("Nur-Sultan, Jan 6 (AP) — Police detained dozens of people.", "Nur-Sultan"),
    ("Almaty (Kazakhstan) (AFP) - La police a arrêté des manifestants.", "Almaty"),
    ("ЖАНАОЗЕН, 3 янв - РИА Новости. Митинг продолжается.", "Zhanaozen"),
    ("Alma-Ata, 6 janvier (AFP) - La police a arrêté des manifestants.", "Almaty"),
])
def test_dateloc_agency_datelines_found(text, town):
    found = find_dateline(text, 0)
    assert found is not None and found[2].name == town


@pytest.mark.parametrize("text", [
    "Kazakhstan. 5 people died in the riots, officials said.",
    "Tokayev, the president, said order had been restored.",
    "Almaty. The police detained dozens of people.",
])
def test_dateloc_no_dateline_in_plain_openings(text):
    assert find_dateline(text, 0) is None


def _rows(text, language, published="2022-01-07"):
    return [(e["event_type"], e["date"], e["location"])
            for e in extract_events(text, published=published, language=language)]


@pytest.mark.parametrize(("language", "text", "row"), [
    ("ru", "Москва. 6 января. INTERFAX - МИД России выразил обеспокоенность ситуацией в "
           "Казахстане.", ("statement", "2022-01-06", "Moscow")),
    ("ru", "Алматы. 6 января. INTERFAX.KZ - Полиция задержала сотни протестующих.",
     ("arrest", "2022-01-06", "Almaty")),
    ("fr", "Almaty (AFP) - La police a arrêté des centaines de manifestants jeudi.",
     ("arrest", "2022-01-06", "Almaty")),
    ("de", "Almaty (dpa) - Die Polizei hat am Mittwoch Hunderte Demonstranten "
           "festgenommen.", ("arrest", "2022-01-05", "Almaty")),
    ("es", "Almaty (EFE).- La policía detuvo el jueves a cientos de manifestantes.",
     ("arrest", "2022-01-06", "Almaty")),
])
def test_dateloc_dispatch_rows_take_the_dateline(language, text, row):
    assert row in _rows(text, language)


def test_dateloc_feature_heading_without_agency_gives_no_town():
    # a town heading a feature with neither date nor agency is no dispatch: police acts
    # with no place of their own are the country's
    rows = _rows("ALMATY - Police detained hundreds of protesters.", "en", None)
    assert ("arrest", "", "Kazakhstan") in rows


@pytest.mark.parametrize(("language", "text", "day"), [
    ("en", "Police detained hundreds of protesters in Almaty two days ago.", "2022-01-05"),
    ("en", "Police detained hundreds of protesters in Almaty a week ago.", "2021-12-31"),
    ("ru", "Полиция задержала сотни протестующих в Алматы два дня назад.", "2022-01-05"),
    ("ru", "Полиция задержала сотни протестующих в Алматы в минувшую среду.", "2022-01-05"),
    ("ru", "Полиция задержала сотни протестующих в Алматы в прошлую среду.", "2022-01-05"),
    ("de", "Die Polizei hat in Almaty vor zwei Tagen Hunderte Demonstranten festgenommen.",
     "2022-01-05"),
    ("es", "La policía detuvo hace dos días a cientos de manifestantes en Almaty.",
     "2022-01-05"),
    ("fr", "La police a arrêté des centaines de manifestants à Almaty il y a deux jours.",
     "2022-01-05"),
])
def test_dateloc_days_ago_and_last_weekday(language, text, day):
    assert ("arrest", day, "Almaty") in _rows(text, language)


@pytest.mark.parametrize("text", [
    "Министр рассказал об охране окружающей среды в Алматы.",
])
def test_dateloc_environment_is_no_wednesday(text):
    from dashboard.extract.dates import DateContext, find_dates
    from dashboard.extract.lexicon import fold
    from dashboard.extract.pipeline import default_extractor

    folded = fold(text)
    lexicon = default_extractor().lexicons["ru"]
    assert find_dates(folded, 0, len(folded), lexicon, DateContext(None, 2022)) == []


def _acts(text, language, published="2022-01-14"):
    return {(e["event_type"], e["date"], e["location"])
            for e in extract_events(text, published=published, language=language)}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The CSTO troops, which were sent to Kazakhstan on January 6, began withdrawing "
           "from the country on Thursday."),
    ("ru", "Войска ОДКБ, которые были направлены в Казахстан 6 января, начали вывод в "
           "четверг."),
    ("fr", "Les troupes de l'OTSC, qui avaient été déployées le 6 janvier, ont commencé leur "
           "retrait jeudi."),
    ("es", "Las tropas de la OTSC, que llegaron el 6 de enero, iniciaron su retirada el "
           "jueves."),
    ("de", "Die OVKS-Truppen, die am 6. Januar entsandt worden waren, begannen am "
           "Donnerstag mit dem Abzug."),
])
def test_dateloc_date_of_a_relative_clause_stays_in_it(language, text):
    # the date set off in the aside dates the earlier sending, not the withdrawal
    assert ("withdrawal", "2022-01-13", "Kazakhstan") in _acts(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Protesters, who first rallied in Zhanaozen on Sunday, stormed the mayor's "
           "office in Almaty on Wednesday."),
    ("ru", "Протестующие, которые вышли на улицы Жанаозена в воскресенье, в среду захватили "
           "здание акимата в Алматы."),
    ("fr", "Des manifestants, qui s'étaient rassemblés dimanche à Janaozen, ont pris "
           "d'assaut mercredi la mairie d'Almaty."),
])
def test_dateloc_place_and_date_of_an_aside_stay_in_it(language, text):
    acts = _acts(text, language)
    assert ("violent_clash", "2022-01-12", "Almaty") in acts
    assert ("protest", "2022-01-09", "Zhanaozen") in acts


@pytest.mark.parametrize(("language", "text", "act"), [
    ("en", "On Wednesday, police detained hundreds of protesters in Almaty.",
     ("arrest", "2022-01-12", "Almaty")),
    ("en", "In Aktau, police detained dozens of protesters on Tuesday.",
     ("arrest", "2022-01-11", "Aktau")),
    ("ru", "В среду, по данным МВД, полиция задержала сотни протестующих в Алматы.",
     ("arrest", "2022-01-12", "Almaty")),
    ("fr", "Mercredi, la police a arrêté des centaines de manifestants à Almaty.",
     ("arrest", "2022-01-12", "Almaty")),
])
def test_dateloc_fronted_date_or_place_still_dates_and_places_the_act(language, text, act):
    # the only date or place of a sentence dates or places its act across a comma
    assert act in _acts(text, language)


@pytest.mark.parametrize(("language", "text", "act"), [
    # a town heading a feature (no date, no agency) is no reporter's scene
    ("en", "NUR-SULTAN – Protesters stormed government buildings and set them on fire.",
     ("violent_clash", "", "Kazakhstan")),
    # a dispatch's town is the scene of a crowd its sentence does not place
    ("en", "ALMATY, Jan 5 (Reuters) - Protesters stormed government buildings and set them "
           "on fire.", ("violent_clash", "2022-01-05", "Almaty")),
    ("fr", "Almaty (AFP) - Des manifestants ont pris d'assaut des bâtiments officiels.",
     ("violent_clash", "", "Almaty")),
    ("fr", "ALMATY, 5 janvier (AFP) - Des manifestants protestent contre la hausse du prix du "
           "gaz.", ("protest", "2022-01-05", "Almaty")),
    # unless the sentence puts the crowd in the country
    ("de", "Almaty (dpa) - In Kasachstan protestieren seit Tagen Tausende Menschen gegen "
           "höhere Gaspreise.", ("protest", "", "Kazakhstan")),
    ("ru", "АЛМАТЫ, 5 янв — РИА Новости. В Казахстане продолжаются протесты против роста цен "
           "на газ.", ("protest", "2022-01-05", "Kazakhstan")),
    ("fr", "ALMATY, 5 janvier (AFP) - Au Kazakhstan, des manifestants protestent contre la "
           "hausse du prix du gaz.", ("protest", "2022-01-05", "Kazakhstan")),
])
def test_dateloc_dateline_scene_of_crowds(language, text, act):
    assert act in _acts(text, language, "2022-01-06")


@pytest.mark.parametrize(("language", "text", "actor", "place"), [
    ("fr", "La police a arrêté des dizaines de manifestants à Almaty, tandis qu'à Genève "
           "l'ONU appelait à la retenue.", "United Nations", "Geneva"),
    ("fr", "La police a arrêté des dizaines de manifestants à Almaty, tandis que l'ONU "
           "appelait à la retenue.", "United Nations", ""),
    ("fr", "La police a arrêté des dizaines de manifestants à Almaty, alors que l'ONU "
           "appelait à la retenue.", "United Nations", ""),
    ("en", "Police detained dozens of protesters in Almaty, while in Geneva the UN called "
           "for restraint.", "United Nations", "Geneva"),
])
def test_dateloc_town_of_another_clause_is_no_place_of_words(language, text, actor, place):
    # a town named before "tandis que" / "while" places the act of its own clause only
    rows = {(e["actor"], e["location"]) for e in
            extract_events(text, published="2022-01-07", language=language)}
    assert (actor, place) in rows
    assert ("Kazakh police", "Almaty") in rows


@pytest.mark.parametrize(("text", "published", "day"), [
    # a night between two days is dated by its end: the dispatch's or the page's day
    ("Police detained hundreds of protesters in Almaty overnight.", "2022-01-06",
     "2022-01-06"),
    ("ALMATY, Jan 6 (Reuters) - Protesters stormed the mayor's office in Almaty overnight.",
     "2022-01-07", "2022-01-06"),
])
def test_dateloc_overnight_is_the_reports_day(text, published, day):
    assert day in {e["date"] for e in extract_events(text, published=published,
                                                      language="en")}

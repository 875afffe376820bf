"""Russian crowds gathering, in more of wire copy's word orders (issue 8).

Each text is the project's own, written in the style of Russian agency copy: the place
comes first ("на площадь вышли сотни", "К зданию акимата пришли"), or the crowd goes to a
building ("вышли к зданию акимата"). Each is a protest placed in its town (``operational``
rows in ``ru.csv``). Unrest spreading to a town ("La colère a gagné Aktobe") is left out:
the annotated sets count it as part of the protest it spreads from.
"""

import pytest

from dashboard.extract import extract_events


@pytest.mark.parametrize(("language", "text", "town"), [
    ("ru", "В среду в Актобе на площадь вышли сотни протестующих.", "Aktobe"),
    ("ru", "На центральную площадь Уральска вышли сотни жителей.", "Uralsk"),
    ("ru", "Сотни жителей Актобе вышли к зданию акимата.", "Aktobe"),
    ("ru", "К зданию областного акимата в Атырау пришли сотни людей.", "Atyrau"),
])
def test_languages_ru_protests_crowd_gathers_in_its_town(language, text, town):
    rows = extract_events(text, published="2022-01-07", language=language)
    assert any(e["event_type"] == "protest" and e["actor"] == "protesters"
               and e["location"] == town for e in rows)


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Министр вышел к журналистам после заседания правительства."),
    ("ru", "Эксперты пришли к выводу, что цены на газ вырастут."),
])
def test_languages_ru_protests_other_comings_are_no_protest(language, text):
    rows = extract_events(text, published="2022-01-07", language=language)
    assert not any(e["event_type"] == "protest" for e in rows)

"""Russian wire copy, second set: the fields a first set left out (issue 8).

Each text is the project's own, written in the style of Russian agency copy (a dateline
"ГОРОД, 7 января. /Агентство/.", relative dates "накануне", "в четверг", "в ночь на
6 января", towns in the locative, "Алма-Ата" beside "Алматы"); its rows are compared on
every field the scores read: event type, actor, issue, stance, date and place, all of them
(a missing or an extra row fails). Classes:

- a national contingent named by the act's own words ("российские десантники прибыли",
  "подразделения ВДВ", "белорусские миротворцы") is that country's, or that force's, not
  the alliance's; troops of several countries listed after "из" stay the alliance's;
- an undated deployment told again "to the country" after troops landed in one of its
  towns is the same dispatch.
"""

import pytest

from dashboard.extract import extract_events

CS, RU, VDV, CSD = "CSTO", "Russia", "Russian Airborne Forces", "csto_deployment"
MD, WD = "military_deployment", "withdrawal"

TEXTS = [
    ('contingent', "2022-01-07", "В ночь на 7 января российские десантники прибыли в Алма-Ату.",
     {(MD, VDV, CSD, "", "2022-01-07", "Almaty")}),
    ('contingent', "2022-01-07", "Первые белорусские миротворцы приземлились на аэродроме "
     "Алматы в четверг.", {(MD, "Belarus", CSD, "", "2022-01-06", "Almaty")}),
    ('contingent', "2022-01-07", "АЛМАТЫ, 7 января. /Агентство/. Армянские миротворцы прибыли "
     "в Казахстан накануне.", {(MD, "Armenia", CSD, "", "2022-01-06", "Kazakhstan")}),
    ('contingent', "2022-01-07", "Подразделения ВДВ России в пятницу приступили к охране "
     "объектов в аэропорту Алма-Аты.", {(MD, VDV, CSD, "", "2022-01-07", "Almaty")}),
    ('contingent', "2022-01-09", "Киргизские военнослужащие прибыли в Казахстан 8 января.",
     {(MD, "Kyrgyzstan", CSD, "", "2022-01-08", "Kazakhstan")}),
    ('contingent', "2022-01-15", "Таджикские военные покинули Казахстан 14 января.",
     {(WD, "Tajikistan", CSD, "", "2022-01-14", "Kazakhstan")}),
    ('contingent', "2022-01-14", "Вывод российских военных из Казахстана начался в четверг.",
     {(WD, RU, CSD, "", "2022-01-13", "Kazakhstan")}),
    ('contingent', "2022-01-07", "Самолеты ВКС России доставили в Алма-Ату подразделения ВДВ.",
     {(MD, VDV, CSD, "", "", "Almaty")}),
    ('contingent', "2022-01-07", "Накануне в Казахстан прибыли миротворцы Армении.",
     {(MD, "Armenia", CSD, "", "2022-01-06", "Kazakhstan")}),
    # the alliance's own troops, and troops of several countries listed as senders
    ('alliance', "2022-01-07", "Миротворцы ОДКБ прибыли в Алматы 6 января.",
     {(MD, CS, CSD, "", "2022-01-06", "Almaty")}),
    ('alliance', "2022-01-07", "Военные из России и Армении прибыли в Казахстан в четверг.",
     {(MD, CS, CSD, "", "2022-01-06", "Kazakhstan")}),
    ('alliance', "2022-01-14", "Коллективные миротворческие силы ОДКБ начали покидать "
     "Казахстан в четверг.", {(WD, CS, CSD, "", "2022-01-13", "Kazakhstan")}),
    ('alliance', "2022-01-07", "Военно-транспортные самолеты с миротворцами ОДКБ совершили "
     "посадку в аэропорту Алматы.", {(MD, CS, CSD, "", "", "Almaty")}),
    ('denied', "2022-01-07", "Армия России не направляла войска в Казахстан.", set()),
    # one dispatch: landed in a town, then sent "to the republic" with no date of its own
    ('one dispatch', "2022-01-07", "Российские десантники высадились на аэродроме Алма-Аты. "
     "Всего в республику были направлены несколько тысяч военнослужащих ВДВ.",
     {(MD, VDV, CSD, "", "", "Almaty")}),
]


def rows(text: str, published: str) -> set[tuple[str, ...]]:
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "", e["date"] or "",
             e["location"] or "")
            for e in extract_events(text, published=published, language="ru")}


@pytest.mark.parametrize(("kind", "published", "text", "expected"), TEXTS,
                         ids=[f"{k}-{i}" for i, (k, _, _, _) in enumerate(TEXTS)])
def test_languages_ru_breadth2_text_gives_every_field(kind, published, text, expected):
    assert rows(text, published) == expected

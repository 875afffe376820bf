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
  towns is the same dispatch;
- a sentence by which the outlet recalls its earlier reports ("Ранее сообщалось, что ...",
  "Как сообщалось ранее, ...") gives no row; a source named ("Ранее X заявил", "Как
  сообщала газета") still speaks;
- clashes: the crowd named right after a clash noun ("столкновения между протестующими и
  ...") is a party to it; a clause of its own after a comma has its own subject ("...,
  полиция применила газ"); a relative pronoun ("силовиками, которые применяли ...") stands
  for the body right before it: the crowd's clash and the force's are two rows; clashes
  after a determiner ("эти столкновения") are known ones, no new row;
- where words were said: a town the attributing sentence or the reporting verb's own
  words put the speaker in ("Об этом заявил X на совещании в Минске", "заявил на брифинге в
  Пекине, что", "В Минске X заявил") is the place of that speaker's other words on the
  occasion, a town quoted being where the act told happened; "по его словам, в Алматы"
  names no place of saying;
- dates of announcements: a day later than the attributing sentence's ("... будет завершен
  19 января. Об этом в четверг заявил X") is what was announced for: the act is dated by
  the announcement; a request "к руководителям стран ОДКБ за помощью" is an appeal on its
  own day;
- one call for restraint: words after a call that restate it on the same day (a need to
  respect rights) are no statement of their own; another issue stays a row of its own.
"""

import pytest

from dashboard.extract import extract_events
from tests.tiny_lexicon import tiny_extractor

CS, RU, VDV, CSD = "CSTO", "Russia", "Russian Airborne Forces", "csto_deployment"
MD, WD = "military_deployment", "withdrawal"
VC, PR, UF = "violent_clash", "protesters", "use_of_force"
AL = "Alexander Lukashenko"

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
    # the outlet's earlier reports recalled: no news of their own
    ('recap', "2022-01-08", "Ранее сообщалось, что президент Казахстана Касым-Жомарт Токаев "
     "обратился к ОДКБ за помощью.", set()),
    ('recap', "2022-01-08", "Как сообщалось ранее, в Алма-Ате в среду были задержаны более "
     "200 человек.", set()),
    ('recap', "2022-01-08", "Ранее стало известно, что власти ввели режим чрезвычайного "
     "положения в Алма-Ате.", set()),
    ('recap', "2022-01-08", "АСТАНА, 8 января. /Агентство/. Токаев в пятницу поблагодарил "
     "лидеров ОДКБ за оперативную помощь. Ранее сообщалось, что российские миротворцы взяли "
     "под охрану аэропорт Алматы.",
     {("support", "Kassym-Jomart Tokayev", CSD, "support", "2022-01-07", "")}),
    ('source named', "2022-01-08", "Ранее глава МИД России Сергей Лавров заявил, что Москва "
     "поддерживает решение ОДКБ.", {("support", "Sergey Lavrov", CSD, "support", "", "")}),
    ('source named', "2022-01-08", "Как сообщала газета, в Алматы в четверг полиция задержала "
     "десятки человек.", {("arrest", "Kazakh police", "other", "", "2022-01-06", "Almaty")}),
    # clashes: the crowd's and the force's, each in its clause
    ('clash', "2022-01-06", "В Алма-Ате в среду произошли столкновения протестующих с "
     "силовиками, полиция применила слезоточивый газ и светошумовые гранаты.",
     {(VC, PR, "other", "", "2022-01-05", "Almaty"),
      (VC, "Kazakh police", UF, "", "2022-01-05", "Almaty")}),
    ('clash', "2022-01-06", "Накануне в Алматы шли столкновения между демонстрантами и "
     "полицией, которая использовала резиновые пули.",
     {(VC, PR, "other", "", "2022-01-05", "Almaty"),
      (VC, "Kazakh police", UF, "", "2022-01-05", "Almaty")}),
    ('clash', "2022-01-05", "Ночью 5 января в Алма-Ате происходили столкновения между "
     "протестующими и силовыми органами, которые применяли светошумовые гранаты.",
     {(VC, PR, "other", "", "2022-01-05", "Almaty"),
      (VC, "Kazakh security forces", UF, "", "2022-01-05", "Almaty")}),
    ('clash', "2022-01-06", "АЛМАТЫ, 6 января. /Агентство/. Столкновения между "
     "протестующими и силовиками продолжались в центре города всю ночь.",
     {(VC, PR, "other", "", "2022-01-06", "Almaty")}),
    ('clash', "2022-01-06", "В ночь на 6 января в Алма-Ате стреляли силовики.",
     {(VC, "Kazakh security forces", UF, "", "2022-01-06", "Almaty")}),
    ('clash', "2022-01-10", "Эти столкновения между протестующими и полицией стали самыми "
     "кровавыми за годы независимости.", set()),
    # where the words were said, and the speaker's other words of the occasion
    ('said at', "2022-01-07", "Беспорядки в Казахстане являются попыткой внешнего "
     "вмешательства. Об этом в пятницу заявил президент Белоруссии Александр Лукашенко на "
     "совещании в Минске. «Мы поддерживаем решение направить миротворцев в Алма-Ату», — "
     "сказал Лукашенко.",
     {("statement", AL, "foreign_interference", "oppose", "2022-01-07", "Minsk"),
      ("support", AL, CSD, "support", "2022-01-07", "Minsk")}),
    ('said at', "2022-01-07", "Ван Вэньбинь заявил на брифинге в Пекине, что Китай выступает "
     "против вмешательства внешних сил. «Китай поддерживает усилия властей по восстановлению "
     "порядка», — добавил он.",
     {("statement", "Wang Wenbin", "foreign_interference", "oppose", "", "Beijing"),
      ("support", "Wang Wenbin", "sovereignty_stability", "support", "", "Beijing")}),
    ('said at', "2022-01-07", "В Минске Лукашенко заявил, что Белоруссия поддерживает власти "
     "Казахстана.", {("support", AL, "sovereignty_stability", "support", "", "Minsk")}),
    ('said at', "2022-01-07", "МОСКВА, 7 января. /Агентство/. Глава МИД России Сергей Лавров "
     "заявил, что Москва поддерживает решение ОДКБ. По его словам, в Алматы сейчас "
     "спокойно. «Мы выступаем против любого вмешательства извне», — добавил он.",
     {("support", "Sergey Lavrov", CSD, "support", "2022-01-07", "Moscow"),
      ("statement", "Sergey Lavrov", "foreign_interference", "oppose", "2022-01-07",
       "Moscow")}),
    # announced for a later day: dated by the announcement; an earlier day stands
    ('announced', "2022-01-14", "Вывод миротворцев ОДКБ из Казахстана будет завершен "
     "19 января. Об этом в четверг заявил министр обороны России Сергей Шойгу.",
     {(WD, CS, CSD, "", "2022-01-13", "Kazakhstan")}),
    ('announced', "2022-01-15", "Миротворцы ОДКБ покинули Казахстан 13 января. Об этом в "
     "пятницу заявил министр обороны России Сергей Шойгу.",
     {(WD, CS, CSD, "", "2022-01-13", "Kazakhstan")}),
    ('appeal', "2022-01-07", "5 января президент Казахстана Касым-Жомарт Токаев обратился к "
     "руководителям стран ОДКБ за помощью.",
     {("appeal_request", "Kassym-Jomart Tokayev", CSD, "support", "2022-01-05", "")}),
    ('appeal', "2022-01-07", "Токаев в среду обратился к лидерам государств ОДКБ за военной "
     "помощью.", {("appeal_request", "Kassym-Jomart Tokayev", CSD, "support", "2022-01-05",
                   "")}),
    # a call for restraint restated in the next quotation: one row
    ('one call', "2022-01-07", "ЖЕНЕВА, 7 января. /Агентство/. Верховный комиссар ООН по "
     "правам человека Мишель Бачелет в пятницу призвала все стороны к сдержанности. "
     "«Необходимо уважать права человека и право на мирный протест», — добавила она.",
     {("call_for_restraint", "Michelle Bachelet", "restraint_human_rights", "concern",
       "2022-01-07", "Geneva")}),
    ('one call', "2022-01-07", "Генсек ООН Антониу Гутерриш призвал к сдержанности и "
     "диалогу. Позднее он выразил обеспокоенность ситуацией в Казахстане.",
     {("call_for_restraint", "António Guterres", "restraint_human_rights", "concern", "", ""),
      ("statement", "António Guterres", "sovereignty_stability", "concern", "", "")}),
    ('source named', "2022-01-08", "Власти ввели режим чрезвычайного положения в Алма-Ате в "
     "ночь на 5 января.", {("state_of_emergency", "Kazakh authorities",
                            "sovereignty_stability", "", "2022-01-05", "Almaty")}),
]


def rows(text: str, published: str) -> set[tuple[str, ...]]:
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "", e["date"] or "",
             e["location"] or "")
            for e in extract_events(text, published=published, language="ru")}


@pytest.mark.parametrize(("kind", "published", "text", "expected"), TEXTS,
                         ids=[f"{k}-{i}" for i, (k, _, _, _) in enumerate(TEXTS)])
def test_languages_ru_breadth2_text_gives_every_field(kind, published, text, expected):
    assert rows(text, published) == expected


@pytest.mark.parametrize(("recap", "actors"), [
    ("recap,ранее сообщалось,,,,,\n", ["Sergey Lavrov"]),
    ("", ["Sergey Lavrov", "Sergey Lavrov"]),  # without the row the speaker goes on
])
def test_languages_ru_breadth2_recap_comes_from_the_lexicon(tmp_path, recap, actors):
    rows_ = ("reporting,заявил|сообщ\\w*,,,,,\ntrait,pro_drop,,,,,\n"
             "topic,стабильн\\w*,,sovereignty_stability,support,,\n"
             "topic,террор\\w*,,terrorism_framing,support,,\n")
    extractor = tiny_extractor(tmp_path, rows_ + recap, language="ru",
                               stances="sovereignty_stability,none,support,\n"
                               "terrorism_framing,none,support,\n")
    found = extractor("Лавров заявил, что ситуация стабильна. Ранее сообщалось, что "
                      "нападавшие были террористами.", published="2022-01-10", language="ru")
    assert [row["actor"] for row in found] == actors


# the clash grammar above is the extractor's, not Russian's: the same in English copy
ENGLISH_CLASHES = [
    ("Clashes between protesters and police were reported in Almaty on Wednesday.",
     {(VC, PR, "other", "", "2022-01-05", "Almaty")}),
    ("Protesters clashed with police in Almaty on Wednesday, police fired tear gas and stun "
     "grenades.", {(VC, PR, "other", "", "2022-01-05", "Almaty"),
                   (VC, "Kazakh police", UF, "", "2022-01-05", "Almaty")}),
    ("The town saw the deadliest clashes between protesters and police since independence.",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_CLASHES)
def test_languages_ru_breadth2_clash_grammar_holds_in_english(text, expected):
    found = {(e["event_type"], e["actor"], e["issue"], e["stance"] or "", e["date"] or "",
              e["location"] or "")
             for e in extract_events(text, published="2022-01-06", language="en")}
    assert found == expected

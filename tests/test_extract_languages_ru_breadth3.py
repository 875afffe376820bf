"""Russian wire copy, third set: talks ruled out (issue 8).

Each text is the project's own, written in the style of Russian agency copy. Ruling out
talks or dialogue with someone ("не может быть никаких переговоров", "никаких переговоров
не будет", "диалога ... быть не может", "не намерены вести переговоры") is a refusal of
dialogue: an opposition row on restraint and rights, as the real-news gold codes it; talks
held or offered are no such refusal.

A second stance verb after "а также" ("and also" in English copy) is the subject's second
position: a call before the link governs no topic after that verb, and backing or concern
with no issue word there is a position on stability of its own beside the other issue.
"""

import pytest

from dashboard.extract import extract_events

OPP = ("opposition", "restraint_human_rights", "oppose")
KT = "Kassym-Jomart Tokayev"

REFUSALS = [
    ("Президент Казахстана Касым-Жомарт Токаев заявил, что с бандитами не может быть "
     "никаких переговоров.", KT),
    ("Токаев заявил в пятницу, что никаких переговоров с боевиками не будет.", KT),
    ("Министр внутренних дел Ерлан Тургумбаев заявил, что власти не намерены вести "
     "переговоры с погромщиками.", "Yerlan Turgumbayev"),
    ("Токаев подчеркнул, что диалога с террористами быть не может.", KT),
    ("По словам Токаева, переговоров с вооруженными группами не будет.", KT),
]


def found(text: str) -> set[tuple[str, ...]]:
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-07", language="ru")}


@pytest.mark.parametrize(("text", "actor"), REFUSALS)
def test_languages_ru_breadth3_talks_ruled_out_are_refused(text, actor):
    assert (OPP[0], actor, OPP[1], OPP[2]) in found(text)


@pytest.mark.parametrize("text", [
    "Токаев заявил, что власти готовы к переговорам с мирными протестующими.",
    "Лавров заявил, что переговоры с Астаной идут успешно.",
    "Токаев призвал протестующих к диалогу с властями.",
])
def test_languages_ru_breadth3_talks_held_or_offered_are_no_refusal(text):
    assert not any(row[0] == "opposition" for row in found(text))


RC = ("call_for_restraint", "restraint_human_rights", "concern")
SECOND_VERB = [
    ("ru", "Госсекретарь США Энтони Блинкен призвал власти Казахстана к сдержанности, а также "
     "выразил обеспокоенность вводом войск ОДКБ.",
     {(RC[0], "Antony Blinken", RC[1], RC[2]),
      ("statement", "Antony Blinken", "csto_deployment", "concern")}),
    ("ru", "Президент Турции Реджеп Тайип Эрдоган выразил поддержку руководству Казахстана, а "
     "также призвал к сдержанности.",
     {(RC[0], "Recep Tayyip Erdoğan", RC[1], RC[2]),
      ("support", "Recep Tayyip Erdoğan", "sovereignty_stability", "support")}),
    ("ru", "МИД Китая выразил поддержку мерам властей Казахстана по восстановлению порядка, а "
     "также осудил вмешательство внешних сил.",
     {("support", "Chinese Foreign Ministry", "sovereignty_stability", "support"),
      ("statement", "Chinese Foreign Ministry", "foreign_interference", "oppose")}),
    ("en", "US Secretary of State Antony Blinken called on the Kazakh authorities to show "
     "restraint, and also voiced concern over the deployment of CSTO troops.",
     {(RC[0], "Antony Blinken", RC[1], RC[2]),
      ("statement", "Antony Blinken", "csto_deployment", "concern")}),
    ("en", "Turkish President Recep Tayyip Erdogan voiced support for Kazakhstan's leadership, "
     "and also called for restraint.",
     {(RC[0], "Recep Tayyip Erdoğan", RC[1], RC[2]),
      ("support", "Recep Tayyip Erdoğan", "sovereignty_stability", "support")}),
    # no second verb after the link: one call
    ("ru", "Генсек ООН Антониу Гутерриш призвал стороны к сдержанности, а также к диалогу.",
     {(RC[0], "António Guterres", RC[1], RC[2])}),
    ("ru", "Госсекретарь США Энтони Блинкен призвал власти Казахстана к сдержанности и "
     "уважению прав протестующих.", {(RC[0], "Antony Blinken", RC[1], RC[2])}),
]


@pytest.mark.parametrize(("language", "text", "expected"), SECOND_VERB)
def test_languages_ru_breadth3_second_verb_is_a_position_of_its_own(language, text,
                                                                     expected):
    assert {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-07",
                                    language=language)} == expected

"""Russian wire copy, third set: talks ruled out (issue 8).

Each text is the project's own, written in the style of Russian agency copy. Ruling out
talks or dialogue with someone ("не может быть никаких переговоров", "никаких переговоров
не будет", "диалога ... быть не может", "не намерены вести переговоры") is a refusal of
dialogue: an opposition row on restraint and rights, as the real-news gold codes it; talks
held or offered are no such refusal.
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

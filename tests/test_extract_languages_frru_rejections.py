"""French and Russian calls judged absurd (issue 8).

Each text is the project's own, written in the style of French and Russian agency copy.
Calling calls for talks or dialogue absurd, ridiculous or senseless ("a qualifié d'absurdes
les appels au dialogue", "назвал призывы к переговорам абсурдными", "призывы ...
абсурдны") rejects what they ask for: an opposition row on restraint and rights, not the
speaker's own call for restraint. ``predicate`` rows of value ``verdict`` and polarity
``reject``; a call made in earnest stays a call.
"""

import pytest

from dashboard.extract import extract_events

KT = "Kassym-Jomart Tokayev"
REJECTED = ("opposition", KT, "restraint_human_rights", "oppose")


def found(text: str, language: str) -> set[tuple[str, ...]]:
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-07", language=language)}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le président kazakh a jugé absurdes les appels au dialogue avec les manifestants."),
    ("fr", "Kassym-Jomart Tokaïev a qualifié d'absurdes les appels à la négociation avec les "
           "bandits."),
    ("fr", "Tokaïev a qualifié de ridicules les appels au dialogue lancés par l'opposition."),
    ("fr", "Pour Tokaïev, les appels à négocier avec les émeutiers sont absurdes."),
    ("ru", "Токаев назвал призывы к переговорам с бандитами абсурдными."),
    ("ru", "По словам Токаева, призывы к переговорам с боевиками абсурдны."),
    ("ru", "Президент Казахстана назвал бессмысленными призывы к диалогу с террористами."),
])
def test_languages_frru_rejections_calls_judged_absurd_are_rejected(language, text):
    rows = found(text, language)
    assert REJECTED in rows
    assert not any(row[0] == "call_for_restraint" for row in rows)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le président Tokaïev a appelé au dialogue avec les manifestants pacifiques."),
    ("ru", "Токаев призвал к диалогу с мирными протестующими."),
])
def test_languages_frru_rejections_calls_in_earnest_stay_calls(language, text):
    rows = found(text, language)
    assert ("call_for_restraint", KT, "restraint_human_rights", "concern") in rows
    assert REJECTED not in rows

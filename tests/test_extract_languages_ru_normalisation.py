"""Russian hopes that the situation returns to normal (issue 8).

Each text is the project's own, written in the style of Russian agency copy. Hoping or
counting on the situation in Kazakhstan returning to normal ("выразил надежду на
скорейшую нормализацию", "рассчитывает, что ситуация стабилизируется", "заинтересованы в
скорейшей нормализации", "возвращение к нормальной жизни") backs stability: a position on
``sovereignty_stability`` (``topic`` rows for normalisation and ``predicate`` rows for
hoping and counting on, in ``ru.csv``). The French "retour à la normale" is left out: the
self-written French set codes such a wish beside "an internal affair" as no position.
"""

import pytest

from dashboard.extract import extract_events

STABILITY = ("sovereignty_stability", "support")


def positions(text: str, language: str) -> set[tuple[str, ...]]:
    return {(e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-07", language=language)}


@pytest.mark.parametrize(("language", "text", "actor"), [
    ("ru", "Москва рассчитывает, что ситуация в Казахстане в ближайшее время "
           "стабилизируется.", "Russia"),
    ("ru", "Лавров выразил надежду на скорейшую нормализацию обстановки в Казахстане.",
     "Sergey Lavrov"),
    ("ru", "«Мы заинтересованы в скорейшей нормализации ситуации», — заявил Песков.",
     "Dmitry Peskov"),
    ("ru", "Песков заявил, что Кремль рассчитывает на скорейшее возвращение Казахстана к "
           "нормальной жизни.", "Vladimir Putin"),
])
def test_languages_ru_normalisation_hope_backs_stability(language, text, actor):
    assert (actor, *STABILITY) in positions(text, language)


def test_languages_ru_normalisation_other_hopes_are_no_position_on_stability():
    assert not any(p[1] == STABILITY[0] for p in positions(
        "Протестующие рассчитывают на снижение цен на газ.", "ru"))

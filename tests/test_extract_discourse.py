"""Who speaks across a sentence's asides (issue 8, tenth session), on sentences written for
the project in wire style: each sentence's rows are all those the event model asks for, as
(event type, actor, issue, stance); a missing or an extra row fails.

An aside set off by commas right after the subject ("for his part", "in turn", "quant à
lui", "в свою очередь", "por su parte") leaves that subject the holder of the stance verb
after it, as a closed apposition does; without the aside the sentence gives the same rows.
"""

import pytest

from dashboard.extract import extract_events

P, L = "Vladimir Putin", "Sergey Lavrov"
BACKS = ("support", P, "csto_deployment", "support")
CONDEMNS = ("opposition", L, "restraint_human_rights", "concern")


def rows(text, language):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language=language)}


ASIDES = [
    ("en", "Putin, for his part, welcomed the CSTO intervention.", {BACKS}),
    ("en", "Putin, in turn, welcomed the CSTO intervention on Monday.", {BACKS}),
    ("en", "Lavrov, however, condemned the violence in Kazakhstan.", {CONDEMNS}),
    ("fr", "Vladimir Poutine, de son côté, a salué l'intervention de l'OTSC.", {BACKS}),
    ("fr", "Lavrov, pour sa part, a condamné les violences au Kazakhstan.", {CONDEMNS}),
    ("fr", "Le président russe, quant à lui, a salué l'intervention de l'OTSC lundi.",
     {BACKS}),
    ("ru", "Путин, в свою очередь, приветствовал миссию ОДКБ.", {BACKS}),
    ("ru", "Лавров, со своей стороны, осудил насилие в Казахстане.", {CONDEMNS}),
    ("de", "Lawrow seinerseits verurteilte die Gewalt in Kasachstan.", {CONDEMNS}),
    ("es", "Putin, por su parte, respaldó el despliegue de la OTSC.", {BACKS}),
    ("es", "Lavrov, a su vez, condenó la violencia en Kazajistán.", {CONDEMNS}),
]


@pytest.mark.parametrize(("language", "text", "expected"), ASIDES,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(ASIDES)])
def test_subjects_aside_after_the_name_keeps_it_the_verbs_subject(language, text, expected):
    assert rows(text, language) == expected


"""Who speaks across a sentence's asides (issue 8, tenth session), on sentences written for
the project in wire style: each sentence's rows are all those the event model asks for, as
(event type, actor, issue, stance); a missing or an extra row fails.

An aside set off by commas right after the subject ("for his part", "in turn", "quant à
lui", "в свою очередь", "por su parte") leaves that subject the holder of the stance verb
after it, as a closed apposition does; without the aside the sentence gives the same rows.
"""

import pytest

from dashboard.extract import extract_events
from tests.extract_rows import rows

P, L = "Vladimir Putin", "Sergey Lavrov"
BACKS = ("support", P, "csto_deployment", "support")
CONDEMNS = ("opposition", L, "restraint_human_rights", "concern")


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



# An announced statement: a paragraph ending on a colon after its speaker's reporting verb
# ("X told reporters on Thursday:"), or on a cataphor ("noted the following."), makes the
# paragraphs after it that name no speaker of their own that speaker's words, dated by the
# announcement; quoted paragraphs (each opening a mark, the last closing it) end with the
# quotation, after which the reporter speaks again.
LEAD = {
    "en": "Protests over fuel prices spread across Kazakhstan on Wednesday.\n\n",
    "fr": "Les manifestations contre la hausse des prix du gaz se sont étendues mercredi à "
          "tout le Kazakhstan.\n\n",
    "ru": "В среду протесты из-за цен на газ охватили весь Казахстан.\n\n",
    "de": "Die Proteste gegen die Gaspreise haben sich am Mittwoch auf ganz Kasachstan "
          "ausgeweitet.\n\n",
    "es": "Las protestas por el precio del gas se extendieron el miércoles a todo "
          "Kazajistán.\n\n",
}
PESKOV, LAVROV, MFA = "Dmitry Peskov", "Sergey Lavrov", "Russian Foreign Ministry"
RESTRAINT = ("call_for_restraint", "restraint_human_rights", "concern")


def calls(text, language):
    """(actor, date) of the calls for restraint extracted from the lead plus ``text``."""
    return {(e["actor"], e["date"]) for e in extract_events(
        LEAD[language] + text, published="2022-01-07", language=language)
        if (e["event_type"], e["issue"], e["stance"]) == RESTRAINT}


ANNOUNCED = [
    ("en", "Kremlin spokesman Dmitry Peskov told reporters on Thursday:\n\n"
           "All sides must show restraint.", {(PESKOV, "2022-01-06")}),
    ("en", "Kremlin spokesman Dmitry Peskov told reporters on Thursday:\n\n"
           "The unrest was the work of terrorists. All sides must show restraint.",
     {(PESKOV, "2022-01-06")}),
    ("en", "The Russian Foreign Ministry wishes to note the following.\n\n"
           "All sides must show restraint.", {(MFA, "2022-01-05")}),
    ("en", "Lavrov said:\n\n“All sides must show restraint.\n\n“The mission will be short.”",
     {(LAVROV, "2022-01-05")}),
    ("fr", "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré jeudi :\n\n"
           "Toutes les parties doivent faire preuve de retenue.", {(PESKOV, "2022-01-06")}),
    ("fr", "Le ministère russe des Affaires étrangères a précisé ce qui suit.\n\n"
           "Toutes les parties doivent faire preuve de retenue.", {(MFA, "2022-01-05")}),
    ("ru", "Песков заявил журналистам в четверг:\n\nВсе стороны должны проявлять "
           "сдержанность.", {(PESKOV, "2022-01-06")}),
    ("ru", "Лавров заявил следующее.\n\nВсе стороны должны проявлять сдержанность.",
     {(LAVROV, "2022-01-05")}),
    ("de", "Kremlsprecher Dmitri Peskow sagte am Donnerstag:\n\n"
           "Alle Seiten müssen Zurückhaltung üben.", {(PESKOV, "2022-01-06")}),
    ("es", "El portavoz del Kremlin, Dmitri Peskov, declaró el jueves:\n\n"
           "Todas las partes deben mostrar moderación.", {(PESKOV, "2022-01-06")}),
    # no announcement: the paragraph after a plain report is no one's
    ("en", "Kremlin spokesman Dmitry Peskov spoke to reporters on Thursday.\n\n"
           "All sides must show restraint.", set()),
    ("ru", "Песков в четверг встретился с журналистами.\n\nВсе стороны должны проявлять "
           "сдержанность.", set()),
    # the quoted statement is over: the reporter's paragraph after it is no one's
    ("en", "Lavrov said:\n\n“The mission will be short.\n\n“It will end soon.”\n\n"
           "All sides must show restraint.", set()),
    ("fr", "Lavrov a déclaré :\n\n« La mission sera brève.\n\n« Elle finira bientôt. »\n\n"
           "Toutes les parties doivent faire preuve de retenue.", set()),
]


@pytest.mark.parametrize(("language", "text", "expected"), ANNOUNCED,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(ANNOUNCED)])
def test_sentence_steps_announced_statement_speaks_the_paragraphs_after_it(
        language, text, expected):
    assert calls(text, language) == expected

"""French and Russian references back to a named actor (issue 8).

Each text is the project's own, written in the style of French and Russian agency copy.

- A body "of the country" ("МИД страны", "МИД республики", "le ministère des Affaires
  étrangères du pays", "минобороны страны") is the body of that role (the actor book's
  ``role``) of the country last named as a subject, not "the ministry" last spoken of and
  not the state itself: ``anaphora`` rows whose value is ``office:<pattern>``.
- A head of state named by a nationality ("le chef de l'Etat ouzbek", "le dirigeant russe",
  "белорусский лидер", "глава Таджикистана") is that country's president, not the last
  president spoken of: descriptive aliases in the actor book.
"""

from dataclasses import replace

import pytest

from dashboard.extract import extract_events
from dashboard.extract.config import default_config
from dashboard.extract.lexicon import LexiconError
from dashboard.extract.pipeline import Extractor

RC = ("call_for_restraint", "restraint_human_rights", "concern")


def found(text: str, language: str) -> set[tuple[str, ...]]:
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-07", language=language)}


OFFICES = [
    ("ru", "Таджикистан выразил готовность направить военных в Казахстан. МИД страны "
     "призвал стороны к диалогу.", (*RC[:1], "Tajik Foreign Ministry", *RC[1:])),
    ("ru", "Узбекистан внимательно следит за событиями в соседней стране. МИД республики "
     "призвал все стороны к сдержанности.", (RC[0], "Uzbek Foreign Ministry", *RC[1:])),
    ("ru", "Армения готова направить миротворцев в Казахстан. Как заявили в МИД страны, "
     "Ереван призывает стороны к диалогу.", (RC[0], "Armenian Foreign Ministry", *RC[1:])),
    ("ru", "Президент Киргизии Садыр Жапаров провел совещание. МИД республики призвал "
     "граждан воздержаться от поездок и призвал стороны к сдержанности.",
     (RC[0], "Kyrgyz Foreign Ministry", *RC[1:])),
    ("fr", "Le Tadjikistan s'est dit prêt à envoyer des soldats. Le ministère des Affaires "
     "étrangères du pays a appelé au dialogue.", (RC[0], "Tajik Foreign Ministry", *RC[1:])),
    ("fr", "La Turquie suit de près la situation au Kazakhstan. La diplomatie du pays a "
     "appelé toutes les parties à la retenue.", (RC[0], "Turkish Foreign Ministry", *RC[1:])),
    ("fr", "L'Iran suit la situation avec attention. Le ministère des Affaires étrangères de "
     "ce pays a appelé au calme.", (RC[0], "Iranian Foreign Ministry", *RC[1:])),
]


@pytest.mark.parametrize(("language", "text", "row"), OFFICES)
def test_languages_frru_references_office_of_the_country_last_named(language, text, row):
    rows = found(text, language)
    assert row in rows
    # neither the state itself nor another country's ministry takes the call
    assert not any(r[0] == RC[0] and r[1] != row[1] for r in rows)


def test_languages_frru_references_office_of_a_subject_named_in_the_sentence():
    text = ("Президент Казахстана Касым-Жомарт Токаев провел заседание. Турция, как "
            "сообщили в МИД страны, призывает стороны к сдержанности.")
    rows = found(text, "ru")
    assert any(r[0] == RC[0] and r[1] in ("Turkish Foreign Ministry", "Turkey") for r in rows)
    assert not any(r[1] == "Kazakh Foreign Ministry" for r in rows)


def test_languages_frru_references_office_follows_the_attributed_sentence():
    # the next sentence is read early to attribute this one: "страны" is still Tajikistan
    text = ("Таджикистан выразил готовность участвовать в миссии ОДКБ в Казахстане. Об этом "
            "говорится в заявлении МИД страны.")
    actors = {r[1] for r in found(text, "ru")}
    assert "Kazakh Foreign Ministry" not in actors


def test_languages_frru_references_office_without_a_country_is_the_crisis_s():
    text = "МИД страны призвал иностранных граждан соблюдать режим чрезвычайного положения."
    assert {r[1] for r in found(text, "ru")} <= {"Kazakh Foreign Ministry"}


def test_languages_frru_references_office_must_name_a_body_role(tmp_path):
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "fr.csv").write_text("kind,pattern,event_type,issue,stance,actor,value\n"
                                   "anaphora,le fisc du pays,,,,,office:tax service\n",
                                   encoding="utf-8")
    config = replace(default_config(), lexicon_dirs=(*default_config().lexicon_dirs, folder))
    with pytest.raises(LexiconError) as caught:
        Extractor(config)
    assert (caught.value.file, caught.value.line, caught.value.field) == ("fr.csv", 2, "value")
    assert "names the role of no body" in str(caught.value)


NATIONALITIES = [
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev a reçu les ambassadeurs. Le chef de l'Etat "
     "ouzbek a exprimé son soutien aux autorités kazakhes.", "Shavkat Mirziyoyev"),
    ("fr", "Kassym-Jomart Tokaïev a parlé avec Vladimir Poutine. Le président tadjik a "
     "exprimé son soutien aux autorités kazakhes.", "Emomali Rahmon"),
    ("fr", "Kassym-Jomart Tokaïev a reçu les ambassadeurs. Le dirigeant biélorusse a salué "
     "l'envoi des troupes de l'OTSC.", "Alexander Lukashenko"),
    ("fr", "Kassym-Jomart Tokaïev a reçu les ambassadeurs. Le chef de l'Etat chinois a exprimé "
     "son soutien aux autorités kazakhes.", "Xi Jinping"),
    ("ru", "Токаев провел заседание Совбеза. Белорусский лидер поддержал ввод миротворцев "
     "ОДКБ.", "Alexander Lukashenko"),
    ("ru", "Токаев провел заседание Совбеза. Узбекский лидер выразил поддержку руководству "
     "Казахстана.", "Shavkat Mirziyoyev"),
    ("ru", "Токаев провел заседание Совбеза. Глава Таджикистана выразил поддержку руководству "
     "Казахстана.", "Emomali Rahmon"),
    ("ru", "Токаев провел заседание Совбеза. Китайский лидер выразил поддержку руководству "
     "Казахстана.", "Xi Jinping"),
]


@pytest.mark.parametrize(("language", "text", "actor"), NATIONALITIES)
def test_languages_frru_references_head_of_state_by_nationality(language, text, actor):
    rows = found(text, language)
    assert any(r[1] == actor and r[0] == "support" for r in rows)
    assert not any(r[1] == "Kassym-Jomart Tokayev" and r[0] == "support" for r in rows)


@pytest.mark.parametrize(("language", "text", "actor"), [
    # the president who was the sentence's subject, not the one the call was with
    ("ru", "Токаев поговорил по телефону с Путиным. Глава государства поблагодарил "
           "российского коллегу за поддержку.", "Kassym-Jomart Tokayev"),
    ("ru", "Путин провел телефонный разговор с Токаевым. Глава государства выразил "
           "поддержку руководству Казахстана.", "Vladimir Putin"),
    ("fr", "Le président Tokaïev s'est entretenu avec Vladimir Poutine. Le chef de l'Etat a "
           "remercié les alliés de l'OTSC pour leur soutien.", "Kassym-Jomart Tokayev"),
])
def test_languages_frru_references_head_of_state_is_the_last_subject_president(
        language, text, actor):
    supporters = {r[1] for r in found(text, language) if r[0] == "support"}
    assert actor in supporters
    assert len(supporters) == 1


@pytest.mark.parametrize(("text", "actor"), [
    ("Лавров провел переговоры с казахстанским коллегой. Глава российского МИД осудил "
     "вмешательство извне.", "Sergey Lavrov"),
    ("Глава китайского МИД осудил вмешательство внешних сил в дела Казахстана.", "Wang Yi"),
])
def test_languages_frru_references_foreign_minister_by_nationality(text, actor):
    assert ("statement", actor, "foreign_interference", "oppose") in found(text, "ru")

"""A claim of an attempted coup, in sentences written for the project in wire style
(issue 8): the real-news gold files it as a `statement` on issue `other` with no stance
(see tests/data/README.md), not as terrorism framing. The claim's words are a `topic` row
on issue `other` with a note (data/lexicons/README.md); naming terrorists in the same
sentence is a terrorism framing of its own, and the claim stays beside the speaker's other
positions in the article."""

import pytest

from dashboard.extract import extract_events

T = "Kassym-Jomart Tokayev"
CLAIM = ("statement", T, "other", "")
FRAMING = ("statement", T, "terrorism_framing", "support")


def rows(text: str, language: str) -> set[tuple[str, str, str, str]]:
    return {(e["event_type"], e["actor"], e["issue"], e["stance"])
            for e in extract_events(text, published="2022-01-12", language=language)}


def notes(text: str, language: str) -> set[str]:
    return {e["note"] for e in extract_events(text, published="2022-01-12", language=language)
            if e["issue"] == "other"}


CLAIMS = [
    ("en", "President Kassym-Jomart Tokayev on Tuesday called the unrest an attempted coup."),
    ("en", "Tokayev told lawmakers on Tuesday that the country had survived a coup attempt."),
    ("fr", "Le président Kassym-Jomart Tokaïev a qualifié mardi les troubles de tentative de "
           "coup d'Etat."),
    ("fr", "Mardi, M. Tokaïev a parlé d'un putsch manqué devant les députés."),
    ("ru", "Президент Касым-Жомарт Токаев во вторник назвал беспорядки попыткой "
           "государственного переворота."),
    ("ru", "Во вторник Токаев заявил депутатам, что страна пережила попытку госпереворота."),
    ("de", "Präsident Kassym-Schomart Tokajew sprach am Dienstag von einem Putschversuch."),
    ("de", "Tokajew bezeichnete die Unruhen am Dienstag als versuchten Staatsstreich."),
    ("es", "El presidente Kassym-Jomart Tokayev calificó el martes los disturbios de intento "
           "de golpe de Estado."),
    ("es", "Tokayev aseguró el martes ante los diputados que el país sufrió un golpe de "
           "Estado fallido."),
]


@pytest.mark.parametrize(("language", "text"), CLAIMS)
def test_coding_coup_claim_is_a_statement_on_other(language, text):
    assert rows(text, language) == {CLAIM}
    assert notes(text, language) == {"attempted coup"}


BOTH = [
    ("en", "Tokayev said on Tuesday that terrorists had attempted a coup."),
    ("fr", "Mardi, M. Tokaïev a affirmé que des terroristes avaient tenté un coup d'Etat."),
    ("ru", "Во вторник Токаев назвал события попыткой государственного переворота и "
           "террористической атакой."),
    ("de", "Tokajew sprach am Dienstag von einem Putschversuch und von Terroristen."),
    ("es", "Tokayev habló el martes de un intento de golpe de Estado y de terroristas."),
]


@pytest.mark.parametrize(("language", "text"), BOTH)
def test_coding_coup_claim_naming_terrorists_is_also_a_framing(language, text):
    assert rows(text, language) == {CLAIM, FRAMING}


BESIDE = [
    ("en", "Tokayev on Tuesday thanked the CSTO for its help. He also described the unrest "
           "as an attempted coup.", ("support", T, "csto_deployment", "support")),
    ("en", "Tokayev on Tuesday thanked the CSTO for its help and described the unrest as an "
           "attempted coup.", ("support", T, "csto_deployment", "support")),
    ("fr", "Mardi, M. Tokaïev a remercié l'OTSC pour son aide et qualifié les troubles de "
           "tentative de coup d'Etat.", ("support", T, "csto_deployment", "support")),
    ("ru", "Во вторник Токаев поблагодарил ОДКБ за помощь и назвал беспорядки попыткой "
           "государственного переворота.", ("support", T, "csto_deployment", "support")),
    ("fr", "Mardi, M. Tokaïev a remercié l'OTSC pour son aide. Il a aussi qualifié les "
           "troubles de tentative de coup d'Etat.", ("support", T, "csto_deployment", "support")),
    ("ru", "Во вторник Токаев поблагодарил ОДКБ за помощь. Он также назвал беспорядки "
           "попыткой государственного переворота.", ("support", T, "csto_deployment", "support")),
]


@pytest.mark.parametrize(("language", "text", "position"), BESIDE)
def test_coding_coup_claim_stays_beside_the_speakers_positions(language, text, position):
    found = rows(text, language)
    assert CLAIM in found
    assert FRAMING not in found
    assert any(row[:3] == position[:3] for row in found if row != CLAIM)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Police fired warning shots in Almaty on Tuesday, the interior ministry said."),
    ("fr", "Des coups de feu ont été entendus mardi à Almaty."),
    ("fr", "Les autorités ont coupé l'accès à internet mardi."),
])
def test_coding_coup_words_need_the_coup_itself(language, text):
    assert "attempted coup" not in notes(text, language)

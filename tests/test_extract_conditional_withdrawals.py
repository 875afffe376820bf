"""A withdrawal promised on a condition (issue 8, tenth session), in sentences written for
the project in wire style: "the troops will leave once the situation stabilises" tells no
withdrawal; the speaker's words are a `statement` on `csto_deployment` with stance
`neutral`, as the real-news gold codes them, even beside other words naming the alliance
("the peacekeepers", "миротворцы"). A withdrawal that began, or one announced for a day,
stays a `withdrawal` act.
"""

import pytest

from dashboard.extract import extract_events

S, P = "Sergei Shoigu", "Vladimir Putin"


def rows(text, language):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language=language)}


CONDITIONAL = [
    ("en", "Shoigu said on Thursday the troops would leave once the situation had fully "
           "stabilised.", S),
    ("en", "Shoigu said on Thursday that the peacekeepers would only leave once the "
           "situation was fully stable.", S),
    ("en", "Putin said on Monday that the Russian troops will leave when Tokayev no longer "
           "needs them.", P),
    ("en", "Shoigu said the departure would take place once order was restored.", S),
    ("fr", "Choïgou a indiqué mardi que les troupes se retireraient dès que la situation "
           "serait stabilisée.", S),
    ("fr", "Selon Choïgou, le retrait aura lieu une fois l'ordre rétabli.", S),
    ("fr", "Poutine a assuré que les troupes partiront dès que leur mission sera achevée.", P),
    ("ru", "Шойгу заявил во вторник, что войска будут выведены после того, как ситуация "
           "стабилизируется.", S),
    ("ru", "Шойгу заявил в четверг, что миротворцы покинут Казахстан, как только обстановка "
           "стабилизируется.", S),
    ("ru", "Путин сказал, что войска уйдут, когда в них отпадет необходимость.", P),
]


@pytest.mark.parametrize(("language", "text", "actor"), CONDITIONAL,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _a) in enumerate(CONDITIONAL)])
def test_operations_conditional_withdrawal_is_a_neutral_statement(language, text, actor):
    assert rows(text, language) == {("statement", actor, "csto_deployment", "neutral")}


ACTS = [
    ("en", "The CSTO troops began leaving Kazakhstan on Thursday after the situation "
           "stabilised.", ("withdrawal", "CSTO", "csto_deployment", "")),
    ("en", "Tokayev said on Tuesday that the withdrawal would begin in two days.",
     ("withdrawal", "Kassym-Jomart Tokayev", "csto_deployment", "")),
    ("fr", "Les troupes de l'OTSC ont commencé jeudi à quitter le Kazakhstan.",
     ("withdrawal", "CSTO", "csto_deployment", "")),
    ("ru", "Миротворцы ОДКБ в четверг начали покидать Казахстан.",
     ("withdrawal", "CSTO", "csto_deployment", "")),
]


@pytest.mark.parametrize(("language", "text", "expected"), ACTS,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(ACTS)])
def test_operations_withdrawal_begun_or_dated_stays_an_act(language, text, expected):
    assert rows(text, language) == {expected}

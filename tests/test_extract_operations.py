"""Operational events on tiny hand-written sentences: a protest's cause, the government's
own resignation, dismissals named by their verb, the issue of a clash by its actor."""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.act_issues import grievance_named
from dashboard.extract.lexicon import load_lexicon
from tests.tiny_lexicon import tiny_extractor


def _rows(text, language, event_type):
    return [e for e in extract_events(text, published="2022-01-06", language=language)
            if e["event_type"] == event_type]


# The fuel price is the crowd's usual grievance in this crisis, but a protest is filed
# under it only when the article names it; otherwise its issue is `other`, with no stance.
@pytest.mark.parametrize(("language", "text", "issue", "stance"), [
    ("en", "Protests broke out in Aktau on Tuesday.", "other", ""),
    ("en", "Protests broke out in Aktau on Tuesday. The price of liquefied gas had doubled.",
     "fuel_prices", "oppose"),
    ("fr", "Des manifestations ont eu lieu mardi à Aktau.", "other", ""),
    ("fr", "Des manifestations contre la hausse des prix du gaz ont eu lieu mardi à Aktau.",
     "fuel_prices", "oppose"),
    ("ru", "Во вторник в Актау прошли митинги.", "other", ""),
    ("ru", "Во вторник в Актау прошли митинги из-за роста цен на газ.", "fuel_prices",
     "oppose"),
])
def test_extract_operations_protest_cause_only_when_named(language, text, issue, stance):
    protests = _rows(text, language, "protest")
    assert [(p["issue"], p["stance"]) for p in protests] == [(issue, stance)]


@pytest.mark.parametrize(("language", "text", "actor"), [
    ("en", "The resignation of the government was announced on Wednesday.",
     "Government of Kazakhstan"),
    ("en", "On Wednesday President Tokayev accepted the government's resignation.",
     "Kassym-Jomart Tokayev"),
    ("fr", "La démission du gouvernement a été annoncée mercredi.",
     "Government of Kazakhstan"),
    ("ru", "В среду протесты привели к отставке правительства.",
     "Government of Kazakhstan"),
    ("es", "La dimisión del Gobierno se anunció el miércoles.", "Government of Kazakhstan"),
])
def test_extract_operations_government_resignation_actor(language, text, actor):
    rows = _rows(text, language, "resignation_dismissal")
    assert [r["actor"] for r in rows] == [actor]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "On Wednesday Bektanov quit as head of the committee."),
    ("ru", "В среду Токаев снял с должности Мурата Бектанова."),
])
def test_extract_operations_dismissal_wording(language, text):
    assert _rows(text, language, "resignation_dismissal")


def test_extract_operations_spanish_article_el_is_no_pronoun():
    """Folded, the Spanish pronoun "él" and the article "el" are one word: "el" must not
    stand for the last person named (here the CSTO's secretary general)."""
    text = ("Stanislav Zas dijo el jueves que la misión terminó. La misión comenzó el día 6, "
            "después de que el presidente kazajo, Kassym-Jomart Tokayev, solicitara a la "
            "OTSC asistencia para sofocar la amenaza terrorista, como calificó las protestas.")
    appeals = _rows(text, "es", "appeal_request")
    assert [a["actor"] for a in appeals] == ["Kassym-Jomart Tokayev"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A state of emergency was declared in Almaty on Wednesday."),
    ("fr", "L'état d'urgence a été décrété mercredi à Almaty."),
])
def test_extract_operations_unnamed_emergency_is_the_authorities(language, text):
    """Emergency rule with nobody named is the authorities' act, not the president's."""
    assert [r["actor"] for r in _rows(text, language, "state_of_emergency")] == \
        ["Kazakh authorities"]


# Words on no issue of the crisis are still the act of a named person (issue `other`, no
# stance); a pronoun alone does not make one.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Sadyr Japarov admitted on Monday that some migrant workers had taken part.",
     [("statement", "Sadyr Japarov")]),
    ("ru", "В понедельник Касым-Жомарт Токаев раскритиковал бездействие ряда ведомств.",
     [("opposition", "Kassym-Jomart Tokayev")]),
    ("en", "He admitted on Monday that some migrant workers had taken part.", []),
])
def test_extract_operations_plain_words_are_statements(language, text, expected):
    rows = [e for e in extract_events(text, published="2022-01-10", language=language)]
    assert [(r["event_type"], r["actor"]) for r in rows] == expected
    assert all(r["issue"] == "other" and r["stance"] == "" for r in rows)


def test_extract_operations_asked_party_is_not_the_asker():
    """The alliance asked for help is the request's subject, not the one asking."""
    text = "Tokajew hatte am 6. Januar das Bündnis um Unterstützung gebeten."
    appeals = _rows(text, "de", "appeal_request")
    assert [a["actor"] for a in appeals] == ["Kassym-Jomart Tokayev"]


# The issue of an act is data: its row's issue when a crowd acted, the row's
# ``body_issue`` when a body did (the police firing on a crowd is about the use of force),
# its ``person_issue`` when the act befell a known person (a removed official's arrest).
TINY_LEXICON = """weekday,wednesday,,,,,2
agent,the crowd,,,,protesters,
agent,the police,,,,@police,
passive,was ,,,,,
operational,fought|fired on,violent_clash,other,,protesters,{clash}
operational,held,arrest,other,,@police,{arrest}
""".format(clash="kinds=crowd|government_body;body_issue=use_of_force",
           arrest="kinds=government_body;country=home;person_issue=leadership_change")


@pytest.fixture(scope="module")
def act_extractor(tmp_path_factory):
    return tiny_extractor(tmp_path_factory.mktemp("lexicons"), TINY_LEXICON)


@pytest.mark.parametrize(("text", "expected"), [
    ("On Wednesday the crowd fought in Almaty.", [("violent_clash", "protesters", "other")]),
    ("On Wednesday the police fired on the crowd in Almaty.",
     [("violent_clash", "Kazakh police", "use_of_force")]),
    ("On Wednesday the police held dozens in Almaty.", [("arrest", "Kazakh police", "other")]),
    ("On Wednesday the police held Karim Massimov.",
     [("arrest", "Kazakh police", "leadership_change")]),
    ("On Wednesday Karim Massimov was held.",
     [("arrest", "Kazakh police", "leadership_change")]),
    # a person named before the act who did not undergo it leaves the row's issue
    ("On Wednesday Tokayev saw that the police held dozens.",
     [("arrest", "Kazakh police", "other")]),
])
def test_extract_operations_act_issue_follows_its_actor(act_extractor, text, expected):
    rows = act_extractor(text, published="2022-01-06", language="en")
    assert [(r["event_type"], r["actor"], r["issue"]) for r in rows] == expected


@pytest.mark.parametrize(("rows", "expected"), [
    # the participle after a comma names what Massimov underwent: the head of state acted
    ("past_participle_ending,ed,,,,,\n",
     [("Kassym-Jomart Tokayev", "Karim Massimov")]),
    # without the lexicon's ending the verb is read as Massimov's own act
    ("", [("Karim Massimov", "")]),
])
def test_extract_operations_past_participle_endings_come_from_the_lexicon(tmp_path, rows,
                                                                           expected):
    extractor = tiny_extractor(
        tmp_path, "weekday,wednesday,,,,,2\n"
        "operational,dismissed,resignation_dismissal,leadership_change,,@head_of_state,"
        "kinds=person;country=home;before\n" + rows)
    found = extractor("Karim Massimov, dismissed on Wednesday, was silent.",
                      published="2022-01-06", language="en")
    assert [(r["actor"], r["target"]) for r in found] == expected


# A protest told with its grievance ("protests over fuel prices") is an event of its own,
# even in a clause beside another act or after a request; a bare "the protests" is a backdrop.
@pytest.mark.parametrize(("text", "count"), [
    ("Tokayev asked the alliance for help after protests over fuel prices spread.", 1),
    ("Tokayev asked the alliance for help after the protests spread.", 0),
    ("Troops left after being deployed when protests against the gas price rise turned "
     "violent.", 1),
    ("Troops left after being deployed when the protests turned violent.", 0),
])
def test_operations_protest_with_its_grievance_named_is_an_event(text, count):
    assert len(_rows(text, "en", "protest")) == count


@pytest.mark.parametrize(("folded", "issue", "named"), [
    ("protests over fuel prices spread", "fuel_prices", True),
    ("protests spread, and fuel prices rose", "fuel_prices", False),  # another clause
    ("protests over fuel prices spread", "other", False),
])
def test_operations_grievance_named_reads_the_cue_clause(folded, issue, named):
    lexicon = load_lexicon("en")
    assert grievance_named(folded, lexicon, issue, 0) is named


# English "fired": a dismissal ("was fired on Wednesday") is no shooting; shots, gas or
# grenades fired, and fire on or at a crowd, are a clash.
@pytest.mark.parametrize(("text", "types"), [
    ("Karim Massimov was fired on Wednesday.", ["resignation_dismissal"]),
    ("The minister was fired on January 5.", ["resignation_dismissal"]),
    ("Police fired on protesters in Almaty on Wednesday.", ["violent_clash"]),
    ("Shots were fired on Wednesday at protesters in Almaty.", ["violent_clash"]),
    ("On Wednesday tear gas was fired at the crowd in Almaty.", ["violent_clash"]),
])
def test_extract_operations_fired_dismissal_or_shooting(text, types):
    rows = extract_events(text, published="2022-01-06", language="en")
    assert sorted({r["event_type"] for r in rows}) == types


@pytest.mark.parametrize(("language", "text", "types"), [
    # the protest named in the crowd's own name says who acted, not that a protest took place
    ("ru", "Участники массового протеста ворвались в здание акимата в Алматы.",
     ["violent_clash"]),
    ("ru", "В Алматы прошел митинг.", ["protest"]),
    # with no other act the crowd's own name still tells its gathering
    ("ru", "Участники митинга в Актау собрались на площади.", ["protest"]),
])
def test_extract_operations_protest_word_inside_the_crowds_name_is_no_protest(
        language, text, types):
    rows = extract_events(text, published="2022-01-05", language=language)
    assert [e["event_type"] for e in rows] == types


def test_extract_operations_crowds_demands_are_its_protest():
    rows = extract_events("Уход Назарбаева из политики был главным требованием протестующих.",
                          published="2022-01-05", language="ru")
    assert [(e["event_type"], e["actor"], e["issue"], e["stance"]) for e in rows] == [
        ("protest", "protesters", "leadership_change", "support")]

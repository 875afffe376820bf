"""Who acted (issue 8, tenth session): sentences written for the project in wire style,
in every language with real-news gold. Each case lists all (event type, actor) pairs the
sentence gives; a missing or an extra one fails.

- A removal told in passing, as a past passive that names no one who removed ("who was
  ousted", "had been sacked", "after being ousted", "qui a été limogé", "avaient été
  écartés", "war ... entlassen worden", "que fue destituido", "который был снят") is the
  authorities' act, not a guessed president's; one whose agent follows ("by President
  X", "par son successeur") or whose sentence names the president stays the president's,
  and so do a removal that is the sentence's news ("was sacked on Monday") and an active
  one.
"""

import pytest

from dashboard.extract import extract_events

T, KA = "Kassym-Jomart Tokayev", "Kazakh authorities"
RD = "resignation_dismissal"


def pairs(text, language, published="2022-01-12"):
    """The sorted (event type, actor) pairs of the rows a sentence gives."""
    return sorted((e["event_type"], e["actor"])
                  for e in extract_events(text, published=published, language=language))


REMOVED_BY_NO_ONE = [
    ("en", "The former intelligence chief, who was ousted as head of the agency last week, "
     "has not been seen since.", [(RD, KA)]),
    ("en", "The ex-leader has not been seen since being ousted as chairman of the ruling "
     "party last week.", [(RD, KA)]),
    ("en", "Two senior executives had been sacked on Saturday.", [(RD, KA)]),
    ("fr", "Le chef adjoint des services secrets, qui a été limogé mercredi, reste "
     "introuvable.", [(RD, KA)]),
    ("fr", "Samedi, deux dirigeants de la compagnie pétrolière avaient été écartés de leur "
     "poste.", [(RD, KA)]),
    ("de", "Der Geheimdienstchef war am Mittwoch als Leiter der Behörde entlassen worden.",
     [(RD, KA)]),
    ("es", "El jefe de los servicios secretos, que fue destituido el miércoles, sigue "
     "desaparecido.", [(RD, KA)]),
    ("ru", "Глава спецслужбы, который был снят с должности в среду, не появляется на "
     "публике.", [(RD, KA)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), REMOVED_BY_NO_ONE)
def test_actor_breadth2_passive_removal_with_no_agent_is_the_authorities(language, text,
                                                                         expected):
    assert pairs(text, language) == expected


REMOVED_BY_THE_PRESIDENT = [
    # a removal that is the sentence's news keeps the row's default, the president
    ("en", "The deputy head of the security service was sacked on Monday.", [(RD, T)]),
    ("fr", "Le ministre de la Défense a été limogé mardi.", [(RD, T)]),
    ("es", "El jefe de los servicios secretos fue destituido el miércoles.", [(RD, T)]),
    ("ru", "Глава спецслужбы снят с должности в среду.", [(RD, T)]),
    # the agent follows the passive
    ("en", "The defence minister was fired by President Tokayev on Wednesday.", [(RD, T)]),
    ("fr", "Le ministre a été démis de ses fonctions mercredi par le président.", [(RD, T)]),
    # the president is named in the sentence
    ("en", "The defence minister, criticised by Tokayev for his weak leadership, was "
     "fired on Wednesday.", [(RD, T)]),
    # active removals
    ("en", "Tokayev fired the defence minister on Wednesday.", [(RD, T)]),
    ("de", "Tokajew hat den Geheimdienstchef am Mittwoch entlassen.", [(RD, T)]),
    ("es", "Tokáyev destituyó el miércoles al jefe de los servicios secretos.", [(RD, T)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), REMOVED_BY_THE_PRESIDENT)
def test_actor_breadth2_removal_by_a_named_or_agent_president_stays_his(language, text,
                                                                        expected):
    assert pairs(text, language) == expected


TITLED = [
    # the head of the European Commission by her title, in each language
    ("fr", "Le chef de la Commission européenne a appelé lundi à la fin des violences.",
     [("call_for_restraint", "Ursula von der Leyen")]),
    ("en", "The head of the European Commission on Monday called for an end to the "
     "violence.", [("call_for_restraint", "Ursula von der Leyen")]),
    ("ru", "Глава Еврокомиссии в понедельник призвала положить конец насилию.",
     [("call_for_restraint", "Ursula von der Leyen")]),
    # the president's special representative, under either spelling of his first name
    ("en", "Kazykhan said the protests had been hijacked by terrorists.",
     [("statement", "Yerzhan Kazykhan")]),
    ("en", "Erzhan Kazykhan said on Sunday the unrest was the work of terrorists.",
     [("statement", "Yerzhan Kazykhan")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), TITLED)
def test_actor_breadth2_titles_and_spellings_name_the_person(language, text, expected):
    assert pairs(text, language) == expected

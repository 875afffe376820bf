"""French and Russian constructions of the tenth session (issue 8).

Each text is the project's own, written in the style of French and Russian agency copy, to
check a construction any outlet writes rather than one article's sentence.
"""

import pytest

from dashboard.extract import extract_events

CROWD_CLASH = ("violent_clash", "protesters", "other")


def found(text: str, language: str) -> set[tuple[str, ...]]:
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "", e["location"] or "")
            for e in extract_events(text, published="2022-01-07", language=language)}


def kinds(text: str, language: str) -> set[tuple[str, str, str]]:
    return {row[:3] for row in found(text, language)}


# clashes said to go on, grow or not stop are a clash, with a determiner before the noun
# ("les heurts se poursuivent") or with no crowd named ("шли бои"); the clash that stopped
# is none
@pytest.mark.parametrize(("language", "text", "town"), [
    ("fr", "Les affrontements entre manifestants et policiers se sont intensifiés jeudi à "
           "Almaty.", "Almaty"),
    ("fr", "Les heurts entre les manifestants et la police se sont poursuivis jeudi à Almaty.",
     "Almaty"),
    ("fr", "Les combats entre l'armée et des hommes armés se poursuivaient jeudi à Almaty.",
     "Almaty"),
    ("fr", "À Almaty, les affrontements entre l'armée et les insurgés seraient toujours en "
           "cours.", "Almaty"),
    ("ru", "В Алматы в четверг продолжаются столкновения протестующих с полицией.", "Almaty"),
    ("ru", "В Алматы не прекращаются столкновения протестующих с армией.", "Almaty"),
    ("ru", "В четверг в Алматы шли бои.", "Almaty"),
    ("ru", "Беспорядки в Алматы продолжались две ночи.", "Almaty"),
    ("ru", "В Алматы в четверг вспыхнули столкновения.", "Almaty"),
])
def test_languages_frru_breadth4_clashes_that_go_on_are_clashes(language, text, town):
    assert (*CROWD_CLASH, "", town) in found(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "В Алматы в четверг прекратились столкновения."),
    ("ru", "В Алматы не было столкновений."),
    ("fr", "Aucun affrontement n'a été signalé jeudi à Almaty."),
])
def test_languages_frru_breadth4_clashes_that_stopped_or_did_not_happen_are_none(language,
                                                                                 text):
    assert CROWD_CLASH not in kinds(text, language)


# appointing a head of government, proposing or approving a candidate backs the change of
# leadership: a support row on leadership_change of who appoints, proposes or approves
@pytest.mark.parametrize(("language", "text", "actor"), [
    ("fr", "Tokaïev a nommé Alikhan Smaïlov Premier ministre.", "Kassym-Jomart Tokayev"),
    ("fr", "Tokaïev a proposé mardi la candidature de Smaïlov au poste de Premier ministre.",
     "Kassym-Jomart Tokayev"),
    ("fr", "Le président kazakh a annoncé la nomination de Smaïlov au poste de Premier "
           "ministre.", "Kassym-Jomart Tokayev"),
    ("fr", "Le Parlement kazakh a approuvé la nomination d'un nouveau Premier ministre.",
     "Parliament of Kazakhstan"),
    ("ru", "Токаев назначил Смаилова премьер-министром.", "Kassym-Jomart Tokayev"),
    ("ru", "Токаев внес в парламент кандидатуру Смаилова на пост премьер-министра.",
     "Kassym-Jomart Tokayev"),
    ("ru", "Мажилис утвердил кандидатуру Смаилова.", "Mazhilis"),
    ("ru", "Токаев подписал указ о назначении.", "Kassym-Jomart Tokayev"),
])
def test_languages_frru_breadth4_appointments_back_the_leadership_change(language, text,
                                                                         actor):
    assert ("support", actor, "leadership_change", "support", "") in found(text, language)


@pytest.mark.parametrize(("language", "text"), [
    # a proposal or an appointment of anything but a post is no position on the leadership
    ("fr", "Tokaïev a proposé un dialogue aux manifestants."),
    ("ru", "Токаев предложил провести переговоры."),
    ("ru", "Токаев назначил на пятницу заседание Совбеза."),
])
def test_languages_frru_breadth4_other_proposals_are_no_leadership_position(language, text):
    assert not any(row[2] == "leadership_change" for row in found(text, language))


# a call for an investigation asks for an action: an appeal_request on restraint and rights,
# not a call for restraint (topic rows valued ``request``); restraint asked for stays a call
@pytest.mark.parametrize(("language", "text", "actor"), [
    ("fr", "Le Parlement européen a appelé à une enquête internationale sur les violences.",
     "European Parliament"),
    ("fr", "L'UE a demandé jeudi une enquête indépendante sur la mort des manifestants.",
     "European Union"),
    ("ru", "Европарламент призвал провести международное расследование событий в Казахстане.",
     "European Parliament"),
    ("ru", "Евросоюз потребовал провести независимое расследование гибели протестующих.",
     "European Union"),
    ("en", "The European Parliament called for an international investigation into the "
           "killings.", "European Parliament"),
])
def test_languages_frru_breadth4_calls_for_an_investigation_are_appeals(language, text,
                                                                        actor):
    rows = found(text, language)
    assert ("appeal_request", actor, "restraint_human_rights", "concern", "") in rows
    assert not any(row[0] == "call_for_restraint" for row in rows)


@pytest.mark.parametrize(("language", "text"), [
    # an investigation named with no stance verb is no position of anyone
    ("fr", "Une enquête indépendante est en cours, selon la presse locale."),
    ("ru", "Независимое расследование продолжается."),
])
def test_languages_frru_breadth4_an_investigation_named_alone_is_no_position(language, text):
    assert not any(row[2] == "restraint_human_rights" for row in found(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Parlement européen a appelé à la retenue."),
    ("ru", "Европарламент призвал стороны к сдержанности."),
])
def test_languages_frru_breadth4_restraint_asked_for_stays_a_call(language, text):
    assert ("call_for_restraint", "European Parliament", "restraint_human_rights", "concern",
            "") in found(text, language)

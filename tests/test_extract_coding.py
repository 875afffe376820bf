"""Coding rules: speakers, reported speech, stances, operational actors (end to end)."""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.actors import Mention
from dashboard.extract.calls import _listed_people
from dashboard.extract.governing import governing, negated
from dashboard.extract.lexicon import load_lexicon
from dashboard.extract.sentence_view import SentenceView
from dashboard.extract.stance_holders import main_subject
from tests.tiny_lexicon import tiny_lexicon


def events(text, language, published="2022-01-10"):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"])
            for e in extract_events(text, published=published, language=language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Zakharova said on Monday that Moscow fully supported the CSTO mission.",
     "en", ("support", "Maria Zakharova", "csto_deployment", "support")),
    ("Tokayev said on Friday that Putin backed the CSTO deployment.",
     "en", ("support", "Vladimir Putin", "csto_deployment", "support")),
    ("Lavrov said on Monday that Russia supports the CSTO peacekeeping mission.",
     "en", ("support", "Sergey Lavrov", "csto_deployment", "support")),
    ("Le président Tokaïev a qualifié lundi les émeutiers de « terroristes ».",
     "fr", ("statement", "Kassym-Jomart Tokayev", "terrorism_framing", "support")),
    ("Захарова в понедельник осудила попытки внешнего вмешательства.",
     "ru", ("statement", "Maria Zakharova", "foreign_interference", "oppose")),
    ("Blinken on Friday called on the authorities to show restraint.",
     "en", ("call_for_restraint", "Antony Blinken", "restraint_human_rights", "concern")),
])
def test_coding_positions_and_reported_speech(text, language, expected):
    assert expected in events(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Le 6 janvier, l'OTSC a décidé d'envoyer des troupes au Kazakhstan.",
     "fr", ("military_deployment", "CSTO", "csto_deployment", "")),
    ("Police detained more than 200 people in Almaty on Wednesday.",
     "en", ("arrest", "Kazakh police", "other", "")),
    ("В среду Токаев ввёл чрезвычайное положение в Алма-Ате.",
     "ru", ("state_of_emergency", "Kassym-Jomart Tokayev", "sovereignty_stability", "")),
    ("On Wednesday protesters stormed the city hall in Almaty.",
     "en", ("violent_clash", "protesters", "other", "")),
    ("Police opened fire on protesters in Almaty on Wednesday.",
     "en", ("violent_clash", "Kazakh police", "use_of_force", "")),
])
def test_coding_operational_events_take_the_body_that_acted(text, language, expected):
    assert expected in events(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("No arrests were reported in Almaty on Monday.", "en"),
    ("Aucune interpellation n'a été signalée lundi à Almaty.", "fr"),
])
def test_coding_negated_operational_cue_is_no_event(text, language):
    assert not {e for e in events(text, language) if e[0] == "arrest"}


def test_coding_pronoun_carries_the_speaker():
    text = ("Wang Yi a eu lundi une conversation téléphonique avec Sergueï Lavrov. "
            "La Chine, a-t-il affirmé, est prête à renforcer la coopération avec la Russie.")
    assert ("statement", "Wang Yi", "bilateral_relations", "support") in events(text, "fr")


@pytest.mark.parametrize(("text", "language"), [
    ("At the request of President Tokayev, the CSTO sent troops to Kazakhstan.", "en"),
    ("Sur la demande du président Tokaïev, l'OTSC a envoyé des troupes.", "fr"),
    ("По просьбе Токаева ОДКБ направила войска в Казахстан.", "ru"),
])
def test_coding_request_names_its_agent_after_the_cue(text, language):
    found = events(text, language)
    assert ("appeal_request", "Kassym-Jomart Tokayev", "csto_deployment", "support") in found
    assert ("military_deployment", "CSTO", "csto_deployment", "") in found


@pytest.mark.parametrize(("text", "language"), [
    ("Russia and its CSTO allies announced on Thursday the sending of troops to Kazakhstan.",
     "en"),
])
def test_coding_announced_act_is_not_a_position_too(text, language):
    found = events(text, language)
    assert ("military_deployment", "CSTO", "csto_deployment", "") in found
    assert not {e for e in found if e[0] == "statement"}


@pytest.mark.parametrize(("text", "language"), [
    ("Tokayev said on Tuesday that the CSTO contingent would begin withdrawing in two days.",
     "en"),
    ("Le retrait du contingent de l'OTSC commencera dans deux jours, a annoncé mardi Tokaïev.",
     "fr"),
    ("Вывод контингента ОДКБ начнется через два дня, сообщил во вторник Токаев.", "ru"),
])
def test_coding_withdrawal_announced_by_the_host_leader_is_his(text, language):
    found = events(text, language)
    assert ("withdrawal", "Kassym-Jomart Tokayev", "csto_deployment", "") in found
    assert not {e for e in found if e[0] == "withdrawal" and e[1] == "CSTO"}


@pytest.mark.parametrize(("text", "language"), [
    ("The minister resigned in the wake of large anti-government protests.", "en"),
    ("Officials said many were hurt during the peaceful protests in Almaty.", "en"),
    ("Le ministre a démissionné à la suite de manifestations dans le pays.", "fr"),
])
def test_coding_backdrop_governs_a_few_words_on(text, language):
    assert not {e for e in events(text, language) if e[0] == "protest"}


@pytest.mark.parametrize(("text", "language"), [
    ("Mille personnes ont été blessées lors des manifestations qui ont commencé le 2 "
     "janvier.", "fr"),
    ("Many were hurt during the protests that began on 2 January.", "en"),
])
def test_coding_backdrop_the_text_dates_is_an_event(text, language):
    found = {(e["event_type"], e["date"]) for e in extract_events(
        text, published="2022-01-10", language=language)}
    assert ("protest", "2022-01-02") in found


def test_coding_dated_backdrop_act_is_not_by_the_sentences_subject():
    text = "Des policiers sont morts lors des émeutes qui ont éclaté le 5 janvier."
    clashes = [e for e in extract_events(text, published="2022-01-10", language="fr")
               if e["event_type"] == "violent_clash"]
    assert all(e["actor"] != "Kazakh police" for e in clashes)


def test_coding_act_named_after_during_is_a_backdrop():
    text = "During the state of emergency, hundreds of people were hurt in Almaty."
    assert not {e for e in events(text, "en") if e[0] == "state_of_emergency"}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Rioters tried to storm the mayor's office in Almaty on Wednesday.",
     "en", ("violent_clash", "protesters", "other", "")),
    ("Les manifestants, prenant d'assaut la mairie d'Almaty mercredi, ont été dispersés.",
     "fr", ("violent_clash", "protesters", "other", "")),
    ("Толпа пыталась прорваться в здание акимата в Алма-Ате.",
     "ru", ("violent_clash", "protesters", "other", "")),
    ("В среду силовики стреляли по толпе в Алма-Ате.",
     "ru", ("violent_clash", "Kazakh security forces", "use_of_force", "")),
    ("Security forces killed several gunmen in Almaty on Thursday.",
     "en", ("violent_clash", "Kazakh security forces", "use_of_force", "")),
    ("La police a déclaré que les forces de sécurité avaient tué des assaillants à Almaty.",
     "fr", ("violent_clash", "Kazakh security forces", "use_of_force", "")),
    ("Troops of the alliance have already been deployed to Kazakhstan.",
     "en", ("military_deployment", "CSTO", "csto_deployment", "")),
])
def test_coding_clashes_and_deployments_in_news_wording(text, language, expected):
    assert expected in events(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Officials said ten officers had been killed in Almaty.", "en"),
    ("В среду силовики стреляли по толпе в Алма-Ате.", "ru"),
])
def test_coding_victims_and_crowds_are_no_new_protest_or_clash_actor(text, language):
    found = events(text, language)
    assert not {e for e in found if e[0] == "protest"}
    assert not {e for e in found if e[0] == "violent_clash" and e[1] != "Kazakh security forces"}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Blinken said on Friday it was not clear why the Kazakh government needed outside "
     "help from the CSTO.",
     "en", ("statement", "Antony Blinken", "csto_deployment", "concern")),
    ("Tokayev vowed on Friday to act harshly against the rioters.",
     "en", ("statement", "Kassym-Jomart Tokayev", "use_of_force", "support")),
    ("Токаев в среду заявил, что будет действовать жестко.",
     "ru", ("statement", "Kassym-Jomart Tokayev", "use_of_force", "support")),
    ("Таджикистан в четверг выразил готовность участвовать в миротворческой миссии ОДКБ.",
     "ru", ("support", "Tajikistan", "csto_deployment", "support")),
    ("Tokayev accused the CSTO critics on Monday of spreading lies.",
     "en", ("opposition", "Kassym-Jomart Tokayev", "csto_deployment", "oppose")),
])
def test_coding_doubt_readiness_and_accusation_cues(text, language, expected):
    assert expected in events(text, language)


@pytest.mark.parametrize(("text", "language", "targets"), [
    ("Erdogan held phone talks on Thursday with Kassym-Jomart Tokayev and Shavkat "
     "Mirziyoyev.", "en", {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}),
    ("Эрдоган провел в четверг телефонные переговоры с Касым-Жомартом Токаевым, Ильхамом "
     "Алиевым и Шавкатом Мирзиёевым.", "ru", {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}),
])
def test_coding_call_with_several_listed_leaders_is_one_call_each(text, language, targets):
    calls = [e for e in extract_events(text, published="2022-01-10", language=language)
             if e["event_type"] == "phone_call"]
    assert {e["target"] for e in calls} == targets
    assert {e["actor"] for e in calls} == {"Recep Tayyip Erdoğan"}


@pytest.mark.parametrize(("text", "language", "calls"), [
    # a pronoun opening the sentence is the side reported from, with a named other party
    ("Wang Yi a salué la stabilité retrouvée. Il a tenu ces mots lors d'un entretien "
     "téléphonique avec M. Tleuberdi.", "fr", {("Wang Yi", "Mukhtar Tileuberdi")}),
    # without a named other party a pronoun makes no call ("calls for talks")
    ("Tokayev spoke on Friday. He also mocked calls for talks with the rioters.", "en",
     set()),
])
def test_coding_call_opened_by_a_pronoun_needs_a_named_party(text, language, calls):
    found = {(e["actor"], e["target"]) for e in extract_events(
        text, published="2022-01-10", language=language) if e["event_type"] == "phone_call"}
    assert found == calls


@pytest.mark.parametrize(("text", "language"), [
    ("Tokayev on Friday condemned calls for dialogue with the militants.", "en"),
    ("Tokaïev a dénoncé vendredi les appels au dialogue avec les émeutiers.", "fr"),
    ("Токаев в пятницу раскритиковал призывы к переговорам с боевиками.", "ru"),
])
def test_coding_criticised_call_is_rejected_not_made(text, language):
    found = events(text, language)
    assert ("opposition", "Kassym-Jomart Tokayev", "restraint_human_rights", "oppose") in found
    assert not {e for e in found if e[0] == "call_for_restraint"}
    # the words further on ("with the militants") keep the speaker's own framing
    assert not {e for e in found if e[2] == "terrorism_framing" and e[3] == "oppose"}


@pytest.mark.parametrize(("text", "language"), [
    ("The authorities shut down the internet across the country on Wednesday.", "en"),
    ("Les autorités ont coupé internet mercredi dans tout le pays.", "fr"),
    ("В среду власти отключили интернет по всей стране.", "ru"),
])
def test_coding_internet_switched_off_is_the_authorities_statement(text, language):
    rows = extract_events(text, published="2022-01-07", language=language)
    assert [(e["event_type"], e["actor"], e["issue"], e["stance"], e["location"])
            for e in rows] == [("statement", "Kazakh authorities", "internet_shutdown", "",
                                "Kazakhstan")]


def test_coding_criticism_of_the_shutdown_is_no_shutdown_act():
    found = events("Amnesty International on Thursday condemned the internet shutdown.", "en")
    assert found == {("opposition", "Amnesty International", "internet_shutdown", "oppose")}


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Заявление прозвучало в понедельник в ходе видеоконференции стран ОДКБ.", "ru", set()),
    ("The CSTO said on Monday that its mission was a success.", "en", set()),
    ("Лавров в понедельник заявил, что ОДКБ действовала правильно.", "ru",
     {("statement", "Sergey Lavrov", "csto_deployment", "support")}),
])
def test_coding_actors_own_name_is_no_position_of_its_own(text, language, kept):
    assert events(text, language) == kept


@pytest.mark.parametrize(("text", "language"), [
    ("Karim Massimov, who was fired by President Tokayev on Wednesday, was arrested.", "en"),
    ("Karim Massimov was fired on Wednesday.", "en"),
])
def test_coding_passive_dismissal_is_by_the_decider_not_the_dismissed(text, language):
    rows = extract_events(text, published="2022-01-10", language=language)
    dismissals = [(e["actor"], e["target"]) for e in rows
                  if e["event_type"] == "resignation_dismissal"]
    assert dismissals == [("Kassym-Jomart Tokayev", "Karim Massimov")]


@pytest.mark.parametrize(("trait", "negative"),
                         [("", False), ("trait,clause_final_negation,,,,,\n", True)])
def test_coding_clause_final_negation_trait_negates_the_clause(tmp_path, trait, negative):
    lexicon = tiny_lexicon(tmp_path,
                           "negation,nicht,,,,,\npredicate,stutzt,support,,support,,\n" + trait)
    folded = "sie stutzt die entsendung der truppen nicht."
    view = SentenceView(0, len(folded), folded, [], None)
    match = next(lexicon.of("predicate")[0].regex.finditer(folded))
    assert negated(view, lexicon, match) is negative


@pytest.mark.parametrize(("rows", "names"), [
    ("", ["Ivan"]),
    ("conjunction,and,,,,,\n", ["Ivan", "Anna"]),
])
def test_coding_conjunction_links_a_list_of_people(tmp_path, rows, names):
    lexicon = tiny_lexicon(tmp_path, rows)
    folded = "he called ivan and anna."
    people = [Mention(folded.index(n), folded.index(n) + 4, n.title(), "person", "")
              for n in ("ivan", "anna")]
    view = SentenceView(0, len(folded), folded, people, None)
    assert [m.actor for m in _listed_people(view, lexicon, people)] == names



@pytest.mark.parametrize(("rows", "subject"), [
    ("", None),
    ("relative_clause,which,,,,,\n", "Amnesty"),
])
def test_coding_relative_clause_keeps_the_opening_name_as_subject(tmp_path, rows, subject):
    lexicon = tiny_lexicon(tmp_path, "predicate,urged,appeal_request,,call,,\n" + rows)
    folded = "amnesty, which on monday met officials, urged calm."
    amnesty = Mention(0, 7, "Amnesty", "organisation", "")
    view = SentenceView(0, len(folded), folded, [amnesty], None)
    predicates = list(lexicon.finditer("predicate", folded))
    found = main_subject(view, lexicon, predicates, None)
    assert (found.actor if found else None) == subject


@pytest.mark.parametrize(("rows", "governed"), [
    ("", True),
    ("participle_ending,ing,,,,,\n", False),  # ", rejecting ...": a clause of its own
])
def test_coding_participle_ending_opens_a_clause_of_its_own(tmp_path, rows, governed):
    lexicon = tiny_lexicon(tmp_path, "predicate,backed,support,,support,,\n" + rows)
    folded = "talks, rejecting backed"
    predicates = list(lexicon.finditer("predicate", folded))
    assert (governing(predicates, len("talks"), lexicon) is not None) is governed


@pytest.mark.parametrize(("folded", "objects", "governed"), [
    ("riots and backed", (0,), True),
    ("riots and backed the troops", (0, len("riots and backed the ")), False),  # its own object
    ("riots and backed them, and the troops", (0, len("riots and backed them, and the ")), True),
])
def test_coding_verb_after_a_topic_with_an_object_of_its_own_does_not_govern_it(
        tmp_path, folded, objects, governed):
    lexicon = tiny_lexicon(tmp_path, "predicate,backed,support,,support,,\n")
    predicates = list(lexicon.finditer("predicate", folded))
    assert (governing(predicates, 0, lexicon, objects) is not None) is governed


@pytest.mark.parametrize(("text", "actor"), [
    ("El presidente pidió calma a la población.", "Kassym-Jomart Tokayev"),  # none named yet
    ("Vladimir Putin habló el lunes. El presidente pidió calma a la población.",
     "Vladimir Putin"),
])
def test_coding_the_president_before_any_is_named_is_the_crisis_head_of_state(text, actor):
    assert ("call_for_restraint", actor, "restraint_human_rights", "concern") in \
        events(text, "es")


@pytest.mark.parametrize(("text", "expected"), [
    # "против" after a noun is a preposition ("an operation against"), not opposition
    ("Токаев заявил, что операция против бандитов продолжится и все они будут уничтожены.",
     ("statement", "Kassym-Jomart Tokayev", "use_of_force", "support")),
    # calling something nonsense rejects it
    ("Токаев назвал глупостью любые переговоры.",
     ("opposition", "Kassym-Jomart Tokayev", "restraint_human_rights", "oppose")),
])
def test_coding_russian_preposition_and_dismissal_cues(text, expected):
    found = events(text, "ru")
    assert expected in found
    assert not any(e[0] == "opposition" and e[2] == "use_of_force" for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a reflexive form of "demand" means "was needed": no request
    ("Госсекретарь Блинкен сказал, что Казахстану потребовалась помощь ОДКБ.",
     ("statement", "Antony Blinken", "csto_deployment", "support")),
    ("Токаев потребовал помощи ОДКБ.",
     ("appeal_request", "Kassym-Jomart Tokayev", "csto_deployment", "support")),
])
def test_coding_russian_reflexive_demand_is_no_request(text, expected):
    assert events(text, "ru") == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    # the troops merely named in someone's words are no position on their deployment
    ("Lavrov said the peacekeeping forces would stay in Almaty for a week.", set()),
    # a verb that takes a stance on them is one
    ("Lavrov said Moscow fully supported the peacekeeping forces.",
     {("support", "Sergey Lavrov", "csto_deployment", "support")}),
    # the intervention itself named is one
    ("Lavrov said Kazakhstan had been forced to resort to outside help.",
     {("statement", "Sergey Lavrov", "csto_deployment", "support")}),
])
def test_coding_troops_named_need_a_verb_the_intervention_does_not(text, expected):
    found = {e for e in events(text, "en") if e[2] == "csto_deployment" and e[3]}
    assert found == expected


@pytest.mark.parametrize("folded", ['"the tasks have been fulfilled," he said',
                                    "the mission was completed successfully"])
def test_coding_mission_accomplished_cue_before_a_closing_quote(folded):
    found = [m.group(0) for c, m in load_lexicon("en").finditer("predicate", folded)
             if c.stance == "support"]
    assert any("fulfilled" in f or "completed" in f for f in found)


@pytest.mark.parametrize(("rows", "governed"), [
    ("participle_ending,ant,,,,,\n", True),  # "en" is read as a word of the clause
    ("participle_ending,ant,,,,,\ngerund_marker,en,,,,,\n", False),  # ", en saluant ..."
])
def test_coding_gerund_marker_before_a_participle(tmp_path, rows, governed):
    lexicon = tiny_lexicon(tmp_path, "predicate,soutient,support,,support,,\n" + rows)
    folded = "les troupes, en saluant soutient"
    predicates = list(lexicon.finditer("predicate", folded))
    assert (governing(predicates, len("les troupes"), lexicon) is not None) is governed


@pytest.mark.parametrize(("text", "language"), [
    ("Bachelet a dit lundi que les manifestants ne doivent pas recourir à la violence.", "fr"),
    ("Bachelet said on Monday that protesters must not turn to violence.", "en"),
    ("Лавров заявил, что стороны должны проявить сдержанность.", "ru"),
])
def test_coding_obligation_before_a_restraint_topic_is_a_call(text, language):
    """With no stance verb, "must" right before a restraint word asks for restraint."""
    found = events(text, language)
    assert {e[0] for e in found if e[2] == "restraint_human_rights"} == {"call_for_restraint"}


def test_coding_obligation_far_from_the_topic_is_no_call():
    text = ("Bachelet said the protesters must leave the square after a long night of talks "
            "with officials, and described the violence.")
    assert not {e for e in events(text, "en") if e[0] == "call_for_restraint"}


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the crisis country's own government speaking of fuel prices with no stance verb sets
    # the price: a statement with no stance (event model: a price cut is position-free)
    ("The Kazakh government promised on Tuesday to bring fuel prices down.",
     "en", ("statement", "Government of Kazakhstan", "fuel_prices", "")),
    ("Le gouvernement kazakh a promis mardi de baisser le prix du gaz liquéfié.",
     "fr", ("statement", "Government of Kazakhstan", "fuel_prices", "")),
    # a stance verb criticising it still takes a stance; anyone else merely telling the
    # grievance (a foreign speaker included) does not oppose the price rise
    ("The Kazakh government opposed the higher fuel prices.",
     "en", ("opposition", "Government of Kazakhstan", "fuel_prices", "oppose")),
    ("Blinken said on Tuesday that fuel prices had risen.",
     "en", ("statement", "Antony Blinken", "fuel_prices", "")),
])
def test_coding_speaker_on_the_crowds_grievance_takes_no_stance(text, language, expected):
    assert expected in events(text, language)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakhstan invited the CSTO on Wednesday to restore order in the cities.",
     ("appeal_request", "Kazakhstan", "csto_deployment", "support")),
    ("Tokayev made a request for assistance on Wednesday.",
     ("appeal_request", "Kassym-Jomart Tokayev", "csto_deployment", "support")),
    ("Tokayev thanked Putin on Monday for his help.",
     ("support", "Kassym-Jomart Tokayev", "csto_deployment", "support")),
])
def test_coding_invitation_and_help_asked_for_are_a_request_for_the_troops(text, expected):
    assert expected in events(text, "en")


def test_coding_help_with_no_stance_verb_is_no_position():
    found = events("Volunteers brought aid and assistance to the injured on Monday.", "en")
    assert not {e for e in found if e[2] == "csto_deployment"}


@pytest.mark.parametrize(("text", "language"), [
    ("Tokayev asked the CSTO for help on Wednesday after protests over fuel prices "
     "turned violent.", "en"),
    ("Токаев в среду попросил помощи у ОДКБ после протестов против роста цен на газ.",
     "ru"),
])
def test_coding_grievance_told_with_a_protest_is_the_crowds_not_the_speakers(text, language):
    found = events(text, language)
    assert ("protest", "protesters", "fuel_prices", "oppose") in found
    assert not {e for e in found if e[2] == "fuel_prices" and e[1] != "protesters"}

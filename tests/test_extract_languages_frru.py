"""French and Russian cue breadth: news-agency words beyond the first lexicon rows (state of
siege, repatriated troops, skirmishes, strikes, "режим КТО" ...) give events, on short
sentences written for these tests."""

import pytest

from dashboard.extract import extract_events

# (text, publication date, wanted fields of one event)
CASES = [
    ("Les autorités ont instauré l'état de siège à Almaty mercredi.", "2022-01-07",
     {"event_type": "state_of_emergency", "location": "Almaty", "date": "2022-01-05"}),
    ("Le président Tokaïev a révoqué le chef du Comité de sécurité nationale.", "2022-01-07",
     {"event_type": "resignation_dismissal", "actor": "Kassym-Jomart Tokayev"}),
    ("La Russie a rapatrié ses parachutistes du Kazakhstan jeudi.", "2022-01-15",
     {"event_type": "withdrawal", "actor": "CSTO"}),
    ("La police a emprisonné des dizaines de militants à Almaty.", "2022-01-08",
     {"event_type": "arrest", "location": "Almaty"}),
    ("Pékin a félicité le président Tokaïev pour la stabilité retrouvée.", "2022-01-08",
     {"event_type": "support", "actor": "China", "issue": "sovereignty_stability"}),
    ("Des échauffourées ont opposé les manifestants aux forces de l'ordre à Almaty.",
     "2022-01-06", {"event_type": "violent_clash", "location": "Almaty"}),
    ("La Turquie a appuyé les mesures du président Tokaïev pour rétablir l'ordre.",
     "2022-01-08", {"event_type": "support", "actor": "Turkey",
                    "issue": "sovereignty_stability"}),
    ("Emmanuel Macron s'est indigné de la répression des manifestants pacifiques.",
     "2022-01-08", {"event_type": "opposition", "actor": "Emmanuel Macron"}),
    ("Токаев освободил от занимаемой должности министра обороны.", "2022-01-19",
     {"event_type": "resignation_dismissal", "actor": "Kassym-Jomart Tokayev"}),
    ("Нефтяники бастуют в Жанаозене уже третий день.", "2022-01-04",
     {"event_type": "protest", "actor": "protesters", "location": "Zhanaozen"}),
    ("Полиция схватила десятки участников акции в Алматы.", "2022-01-06",
     {"event_type": "arrest", "location": "Almaty"}),
    ("Российские десантники свернули миссию в Казахстане.", "2022-01-14",
     {"event_type": "withdrawal", "actor": "CSTO"}),
    ("Лавров поблагодарил Токаева за сотрудничество.", "2022-01-14",
     {"event_type": "support", "actor": "Sergey Lavrov", "issue": "bilateral_relations"}),
    ("Власти ввели режим КТО в Алматы.", "2022-01-06",
     {"event_type": "state_of_emergency", "location": "Almaty"}),
    ("Протестующие избивали полицейских в Алматы.", "2022-01-06",
     {"event_type": "violent_clash", "actor": "protesters", "location": "Almaty"}),
    # a statue toppled, in the active voice and in the passive
    ("La foule a renversé une statue de Nazarbaïev à Taldykorgan mercredi.", "2022-01-07",
     {"event_type": "protest", "issue": "leadership_change", "location": "Taldykorgan"}),
    ("À Aktobe, le monument au premier président a été déboulonné par des manifestants.",
     "2022-01-07", {"event_type": "protest", "issue": "leadership_change"}),
    # a pronominal reporting verb after the quotation names its speaker
    ("« La mission des forces de paix est accomplie », s'est félicité jeudi le général "
     "Serdioukov.", "2022-01-07", {"actor": "Andrei Serdyukov", "issue": "csto_deployment"}),
    ("Le président Tokaïev a remercié les forces russes pour leur rôle.", "2022-01-07",
     {"event_type": "support", "issue": "csto_deployment"}),
    # police firing on a crowd that storms a building: two clashes, one by each side
    ("À Almaty, la police a tiré sur les manifestants prenant d'assaut la mairie mercredi.",
     "2022-01-07", {"event_type": "violent_clash", "actor": "protesters"}),
    ("À Almaty, la police a tiré sur les manifestants prenant d'assaut la mairie mercredi.",
     "2022-01-07", {"event_type": "violent_clash", "actor": "Kazakh police"}),
    # a characterisation in the passive is said by the agent after "par"
    ("Ces violences ont été qualifiées de « terroristes » par les autorités mercredi.",
     "2022-01-07", {"actor": "Kazakh authorities", "issue": "terrorism_framing"}),
    # a title before the opening name, then a relative clause: the name is the subject
    ("Le président Kassym-Jomart Tokaïev, qui est vu comme un dirigeant prudent, a demandé "
     "mercredi l'envoi de troupes de l'OTSC.", "2022-01-07",
     {"event_type": "appeal_request", "actor": "Kassym-Jomart Tokayev"}),
    ("Le président Loukachenko s'est montré enthousiaste.", "2022-01-07",
     {"event_type": "support", "actor": "Alexander Lukashenko"}),
    # the government's resignation, named as a noun, is the government's act ...
    ("Le Parlement a approuvé la nomination d'un Premier ministre, Alikhan Smaïlov, après "
     "la démission du gouvernement.", "2022-01-07",
     {"event_type": "resignation_dismissal", "actor": "Government of Kazakhstan"}),
    # ... unless a decider accepts it
    ("Le président Tokaïev a accepté mercredi la démission du gouvernement.", "2022-01-07",
     {"event_type": "resignation_dismissal", "actor": "Kassym-Jomart Tokayev"}),
    # a request named after the act: "à l'appel des autorités"
    ("Les soldats russes sont arrivés à l'appel des autorités locales.", "2022-01-07",
     {"event_type": "appeal_request", "actor": "Kazakh authorities"}),
    # hope or confidence in dialogue is a call for it; a supposition is a reported view
    ("Лавров выразил надежду, что стороны договорятся путем диалога.", "2022-01-07",
     {"event_type": "call_for_restraint", "actor": "Sergey Lavrov"}),
    ("Песков предположил, что за беспорядками стоят иностранные агенты.", "2022-01-07",
     {"actor": "Dmitry Peskov", "issue": "foreign_interference"}),
    ("Лавров призвал стороны к переговорам.", "2022-01-07",
     {"event_type": "call_for_restraint", "actor": "Sergey Lavrov"}),
    # readiness to help, in either aspect of the verb, backs the country
    ("Путин сообщил, что Россия готова оказывать Казахстану поддержку.", "2022-01-07",
     {"event_type": "support", "actor": "Vladimir Putin", "issue": "sovereignty_stability"}),
]


@pytest.mark.parametrize(("text", "published", "wanted"), CASES)
def test_languages_frru_events_from_new_cues(text, published, wanted):
    events = extract_events(text, published=published)
    found = [e for e in events if all(e[k] == v for k, v in wanted.items())]
    assert found, [(e["event_type"], e["actor"], e["issue"], e["date"], e["location"])
                   for e in events]


@pytest.mark.parametrize(("text", "published", "unwanted"), [
    # a summit held by video link is no phone call between two parties
    ("Le sommet de l'OTSC s'est tenu lundi par visioconférence.", "2022-01-11",
     {"event_type": "phone_call"}),
    # "выступления" are speeches as often as rallies: no protest from the word alone
    ("Выступления министров на заседании длились два часа.", "2022-01-11",
     {"event_type": "protest"}),
    # a retired man ("retraité") is no withdrawal of troops
    ("Nazarbaïev a assuré mardi qu'il était un retraité.", "2022-01-11",
     {"event_type": "withdrawal"}),
    # "настоящий" (real, present) is no "настоять" (to insist): no request
    ("Токаев заявил, что в настоящее время ситуация стабильная и диалог продолжается.",
     "2022-01-11", {"event_type": "call_for_restraint"}),
    # talks named with no stance verb on them are no call for dialogue ...
    ("Лавров заявил, что переговоры в Женеве начнутся в понедельник.", "2022-01-11",
     {"issue": "restraint_human_rights"}),
    # ... nor is the word that names a call its subject
    ("Эрдоган провел телефонные переговоры с Токаевым.", "2022-01-11",
     {"issue": "restraint_human_rights"}),
])
def test_languages_frru_no_event_from_ambiguous_words(text, published, unwanted):
    events = extract_events(text, published=published)
    assert not [e for e in events if all(e[k] == v for k, v in unwanted.items())]


def test_languages_frru_quotation_over_two_sentences_is_the_closing_speakers():
    # (the opening sentence names another issue than the call that closes the quotation:
    # words restating the call would be part of it, no row of their own)
    text = ("Le ministère de l'Intérieur a annoncé le retour au calme. « La stabilité du pays "
            "doit être préservée. Chacun doit renoncer à la violence », a déclaré Mme "
            "Bachelet.")
    events = extract_events(text, published="2022-01-07")
    opening = [e for e in events if e["evidence"].startswith("« La stabilité")]
    assert [e["actor"] for e in opening] == ["Michelle Bachelet"]

"""French passives whose agent is counted or called bandits (issue 8).

Each text is the project's own, written in the style of French agency copy. The agent of
a passive act may come with its count and in quotation marks ("attaquée par «20 000
bandits»", "prise d'assaut par 300 émeutiers"): the count and the marks stand between the
preposition and the agent (``_AGENT_GAP`` in ``act_actors.py``), and "bandits" are an
``agent`` row of the crowd, as the real-news gold codes the attackers of a town. Calling
protesters bandits stays a framing in words, with no clash.
"""

import pytest

from dashboard.extract import extract_events

CLASH = ("violent_clash", "protesters", "other")


def rows(text: str) -> list[dict]:
    return extract_events(text, published="2022-01-07", language="fr")


@pytest.mark.parametrize(("text", "town"), [
    ("Selon lui, Almaty a été attaquée par 20 000 bandits.", "Almaty"),
    ("Selon le président, la ville d'Almaty a été attaquée par «20 000 bandits» bien "
     "organisés.", "Almaty"),
    ("La mairie d'Almaty a été incendiée par des bandits armés.", "Almaty"),
    ("Le siège du parti a été incendié par 300 émeutiers à Taldykourgan.", "Taldykorgan"),
])
def test_languages_fr_agents_counted_agent_of_a_passive_clash(text, town):
    assert any((e["event_type"], e["actor"], e["issue"]) == CLASH and e["location"] == town
               for e in rows(text))


@pytest.mark.parametrize("text", [
    "Le président a qualifié les manifestants de bandits.",
    "Tokaïev a dénoncé des bandits et des terroristes.",
])
def test_languages_fr_agents_bandits_named_in_words_are_no_clash(text):
    found = rows(text)
    assert ("statement", "Kassym-Jomart Tokayev", "terrorism_framing") in {
        (e["event_type"], e["actor"], e["issue"]) for e in found}
    assert not any(e["event_type"] == "violent_clash" for e in found)


@pytest.mark.parametrize(("text", "row"), [
    ("Le président Tokaïev a limogé Kaïrat Charipbaïev de la direction de QazaqGaz.",
     ("resignation_dismissal", "Kassym-Jomart Tokayev", "Kairat Sharipbayev")),
    ("Dimach Dossanov a démissionné de la présidence de KazTransOil.",
     ("resignation_dismissal", "Dimash Dossanov", "")),
    ("Le ministre kirghiz Kamtchybek Tachiev a appelé à la retenue.",
     ("call_for_restraint", "Kamchybek Tashiev", "")),
    ("Rachid Meredov a exprimé son soutien aux autorités kazakhes.",
     ("support", "Rashid Meredov", "")),
])
def test_languages_fr_agents_people_under_their_french_spelling(text, row):
    # French copy respells Kazakh and Central Asian names its own way (actor aliases)
    assert row in {(e["event_type"], e["actor"], e["target"]) for e in rows(text)}

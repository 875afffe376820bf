"""French grammar of wire copy, third set (issue 8): sentences written for the project.

- "ce dernier", "cette dernière", "celui-ci", "ceux-ci" stand for the last actor named, of
  any kind (a person, a state, an organisation), in the sentence or the one before; "ces
  derniers jours" and "ce dernier bilan" are no reference to anyone.
- A town inside a body's name ("la mairie d'Almaty") still says where an act happened.

Each sentence is the project's own; its rows are those the event model asks for (event
type, actor, issue, stance), all of them: a missing or an extra row fails.
"""

import pytest

from dashboard.extract import extract_events

T, P, L, W = "Kassym-Jomart Tokayev", "Vladimir Putin", "Sergey Lavrov", "Wang Yi"
KA, KP, PR, US, UN = ("Kazakh authorities", "Kazakh police", "protesters", "United States",
                      "United Nations")
R, CR = "restraint_human_rights", "call_for_restraint"

LATTER = [
    ("Vladimir Poutine a reçu lundi Alexandre Loukachenko. Ce dernier a salué l'envoi de "
     "troupes de l'OTSC au Kazakhstan.",
     {('support', 'Alexander Lukashenko', 'csto_deployment', 'support')}),
    ("Le chef de la diplomatie chinoise Wang Yi a téléphoné à Sergueï Lavrov. Celui-ci a "
     "dénoncé une tentative de révolution de couleur.",
     {('phone_call', W, 'bilateral_relations', 'support'),
      ('statement', L, 'foreign_interference', 'oppose')}),
    ("Les Etats-Unis ont critiqué l'intervention russe. Ceux-ci ont appelé les autorités "
     "kazakhes à la retenue.",
     {('opposition', US, 'csto_deployment', 'oppose'), (CR, US, R, 'concern')}),
    ("Karim Massimov a été limogé mercredi. Celui-ci a été arrêté samedi pour haute "
     "trahison.",
     {('resignation_dismissal', T, 'leadership_change', ''),
      ('arrest', KA, 'leadership_change', '')}),
    ("L'ONU a exprimé son inquiétude. Cette dernière a exhorté toutes les parties à renoncer "
     "à la violence.", {(CR, UN, R, 'concern')}),
    # no reference to anyone
    ("Ces derniers jours, la police a arrêté des centaines de manifestants à Almaty.",
     {('arrest', KP, 'other', '')}),
    ("Le ministre a évoqué ce dernier bilan devant la presse.", set()),
]


def rows(text):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language="fr")}


@pytest.mark.parametrize(("text", "expected"), LATTER)
def test_languages_fr_breadth3_the_latter_is_the_last_actor_named(text, expected):
    assert rows(text) == expected


# (text, wanted date, wanted location) of the one event each gives; published Monday 10 January
PLACED = [
    ("Des manifestants ont incendié mercredi la mairie d'Almaty.", "2022-01-05", "Almaty"),
    ("Des émeutiers ont pris d'assaut jeudi la mairie d'Almaty.", "2022-01-06", "Almaty"),
    ("La police d'Almaty a interpellé 200 pillards jeudi.", "2022-01-06", "Almaty"),
]


@pytest.mark.parametrize(("text", "date", "location"), PLACED)
def test_languages_fr_breadth3_dates_and_places(text, date, location):
    events = extract_events(text, published="2022-01-10", language="fr")
    assert [(e["date"], e["location"]) for e in events] == [(date, location)]

"""French grammar of wire copy, third set (issue 8): sentences written for the project.

- "ce dernier", "cette dernière", "celui-ci", "ceux-ci" stand for the last actor named, of
  any kind (a person, a state, an organisation), in the sentence or the one before; "ces
  derniers jours" and "ce dernier bilan" are no reference to anyone. English "the latter",
  Spanish "este último" and German "Letzterer" do the same.
- A town inside a body's name ("la mairie d'Almaty") still says where an act happened;
  "depuis" a town ("a déclaré depuis Moscou") says where words were said; a town named
  after "avant de" is the place of the later act ("a débuté en province, avant de gagner
  Almaty"); "y" ("à y être déployés", "s'y sont rassemblés") is the last town named.
- "tandis que", "alors que" open a clause with its own subject: a verb before them governs
  no topic after them, a speaker named after them does not speak for the clause before
  them, and the subject after them holds the stance of its own clause.
- Troops named with a country's adjective ("des soldats russes", "les militaires
  biélorusses") are that country's contingent: it deploys or withdraws, and takes no stance.
- A request reported by someone ("X a indiqué que le Kazakhstan avait sollicité l'aide de
  l'OTSC") is the request of the state or body that made it, unless it is the speaker's
  own state; help asked of Moscow ("le soutien de Moscou") names the deployment.

Each sentence is the project's own; its rows are those the event model asks for (event
type, actor, issue, stance), all of them: a missing or an extra row fails.
"""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.clause_gaps import clause_between
from tests.tiny_lexicon import tiny_lexicon

T, P, L, W = "Kassym-Jomart Tokayev", "Vladimir Putin", "Sergey Lavrov", "Wang Yi"
KA, KP, PR, US, UN = ("Kazakh authorities", "Kazakh police", "protesters", "United States",
                      "United Nations")
R, CR = "restraint_human_rights", "call_for_restraint"
FI, TF = "foreign_interference", "terrorism_framing"

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


TANDIS = [
    ("L'Union européenne a appelé à la retenue tandis que Moscou a dénoncé une révolution "
     "de couleur.", {(CR, 'European Union', R, 'concern'), ('statement', 'Russia', FI, 'oppose')}),
    ("Washington a exhorté les autorités au dialogue, tandis que Pékin a dénoncé une "
     "ingérence étrangère.",
     {(CR, US, R, 'concern'), ('statement', 'China', FI, 'oppose')}),
    ("L'ONU a appelé à la retenue, alors que le Kremlin dénonçait une tentative de "
     "révolution de couleur.", {(CR, UN, R, 'concern'), ('statement', P, FI, 'oppose')}),
    ("Amnesty International a demandé une enquête indépendante tandis que Tokaïev a "
     "qualifié les manifestants de terroristes.",
     {('appeal_request', 'Amnesty International', R, 'concern'), ('statement', T, TF, 'support')}),
    ("Le président Tokaïev a qualifié les émeutiers de terroristes, tandis que Human Rights "
     "Watch a appelé à la retenue.",
     {('statement', T, TF, 'support'), (CR, 'Human Rights Watch', R, 'concern')}),
]


AP, CD = "appeal_request", "csto_deployment"
REQUESTED = [
    ("Le porte-parole du Kremlin a indiqué que le président kazakh avait demandé l'aide de "
     "l'OTSC.", {(AP, T, CD, 'support')}),
    ("Dmitri Peskov a affirmé que le Kazakhstan avait sollicité l'intervention de l'OTSC.",
     {(AP, 'Kazakhstan', CD, 'support')}),
    ("Le Kremlin a indiqué mercredi que les autorités kazakhes avaient demandé le soutien de "
     "Moscou.", {(AP, KA, CD, 'support')}),
    ("Sergueï Lavrov a rappelé que le gouvernement kazakh avait sollicité l'aide de l'OTSC.",
     {(AP, 'Government of Kazakhstan', CD, 'support')}),
    ("Selon le ministère russe, le Kazakhstan a demandé l'assistance de la Russie.",
     {(AP, 'Kazakhstan', CD, 'support')}),
    # the speaker's own state, and a backing (no request), stay the speaker's
    ("Le chef de la diplomatie chinoise a déclaré que la Chine soutenait les mesures du "
     "Kazakhstan.", {('support', W, 'sovereignty_stability', 'support')}),
]


DD, WD = "military_deployment", "withdrawal"
TROOPS = [
    ("Les premiers soldats russes sont arrivés jeudi au Kazakhstan.", {(DD, 'Russia', CD, '')}),
    ("Des parachutistes russes ont atterri jeudi à Almaty.",
     {(DD, 'Russian Airborne Forces', CD, '')}),
    ("Moscou a envoyé des troupes russes au Kazakhstan.", {(DD, 'Russia', CD, '')}),
    ("Des avions militaires amenant des troupes russes ont atterri à Almaty.",
     {(DD, 'Russia', CD, '')}),
    ("Les soldats biélorusses sont arrivés vendredi au Kazakhstan.", {(DD, 'Belarus', CD, '')}),
    ("Les militaires arméniens ont quitté le Kazakhstan jeudi.", {(WD, 'Armenia', CD, '')}),
    ("Les militaires russes ont été déployés jeudi pour appuyer le pouvoir en place.",
     {(DD, 'Russia', CD, '')}),
    # the alliance's forces stay the alliance's
    ("Les forces de l'OTSC sont arrivées jeudi au Kazakhstan.", {(DD, 'CSTO', CD, '')}),
]


# the same reference in other languages ("the latter", "este último", "Letzterer")
LATTER_ELSEWHERE = [
    ("en", "Vladimir Putin spoke with Alexander Lukashenko on Monday. The latter welcomed the "
     "deployment of CSTO troops to Kazakhstan."),
    ("es", "Vladimir Putin habló el lunes con Alexander Lukashenko. Este último celebró el "
     "despliegue de tropas de la OTSC en Kazajistán."),
    ("de", "Wladimir Putin telefonierte am Montag mit Alexander Lukaschenko. Letzterer begrüßte "
     "die Entsendung von OVKS-Truppen nach Kasachstan."),
]


ORDER = [
    # order said to be restored: a position on stability
    ("Le ministère des Affaires étrangères kazakh a assuré que la situation était sous "
     "contrôle.", {('statement', 'Kazakh Foreign Ministry', 'sovereignty_stability', 'support')}),
    ("Le président Tokaïev a affirmé jeudi que l'ordre avait été rétabli à Almaty.",
     {('statement', T, 'sovereignty_stability', 'support')}),
    ("Selon Dmitri Peskov, le calme est revenu dans le pays.",
     {('statement', 'Dmitry Peskov', 'sovereignty_stability', 'support')}),
]

FIRE = [
    # an order or leave to fire is the speaker's stance on force; firing is a clash
    ("Tokaïev a ordonné à l'armée de faire feu sur les émeutiers.",
     {('statement', T, 'use_of_force', 'support')}),
    ("Le chef de l'Etat a autorisé la police à faire feu sans sommation.",
     {('statement', T, 'use_of_force', 'support')}),
    ("Les policiers ont fait feu sur la foule à Almaty mercredi.",
     {('violent_clash', KP, 'use_of_force', '')}),
]


def rows(text, language="fr"):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language=language)}


@pytest.mark.parametrize(("text", "expected"), LATTER)
def test_languages_fr_breadth3_the_latter_is_the_last_actor_named(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), TANDIS)
def test_languages_fr_breadth3_tandis_que_opens_a_clause_of_its_own(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), TROOPS)
def test_languages_fr_breadth3_national_troops_are_their_countrys(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), REQUESTED)
def test_languages_fr_breadth3_a_reported_request_is_the_askers(text, expected):
    assert rows(text) == expected


OPENER, AS = "clause_opener,tandis qu(?:e|'\\w*),,,,,\n", "clause_opener,as|while,,,,,comma\n"


@pytest.mark.parametrize(("rows_", "gap", "expected"), [
    (OPENER, " a la retenue, tandis que ", True),
    (OPENER, " a la retenue tandis qu'il ", True),
    (OPENER, " a la retenue, tandis qu'", True),  # a name's span starts after the apostrophe
    (OPENER, " a la retenue et ", False),
    ("", " a la retenue, tandis que ", False),
    # a row valued ``comma`` opens a clause only right after a comma
    (AS, " fired on crowds, as protests spread", True),
    (AS, " fired on crowds as protests spread", False),
    (AS, " described the protests as a revolt", False),
])
def test_languages_fr_breadth3_clause_opener_is_a_lexicon_word(tmp_path, rows_, gap, expected):
    lexicon = tiny_lexicon(tmp_path, rows_, "fr")
    assert clause_between(gap, lexicon, 0, len(gap)) is expected


@pytest.mark.parametrize(("comma", "expected"), [(None, True), (True, False), (False, True)])
def test_languages_fr_breadth3_clause_opener_rows_by_comma(tmp_path, comma, expected):
    lexicon = tiny_lexicon(tmp_path, OPENER + AS, "fr")
    gap = " a la retenue tandis que la police"
    assert clause_between(gap, lexicon, 0, len(gap), comma=comma) is expected


@pytest.mark.parametrize(("text", "expected"), ORDER)
def test_languages_fr_breadth3_order_restored_is_stability(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), FIRE)
def test_languages_fr_breadth3_ordering_to_fire_and_firing(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(("language", "text"), LATTER_ELSEWHERE)
def test_languages_fr_breadth3_the_latter_in_other_languages(language, text):
    assert rows(text, language) == {('phone_call', P, 'bilateral_relations', 'support'),
                                    ('support', 'Alexander Lukashenko', CD, 'support')}


# (text, wanted date, wanted location) of the one event each gives; published Monday 10 January
PLACED = [
    ("Des manifestants ont incendié mercredi la mairie d'Almaty.", "2022-01-05", "Almaty"),
    ("Des émeutiers ont pris d'assaut jeudi la mairie d'Almaty.", "2022-01-06", "Almaty"),
    ("La police d'Almaty a interpellé 200 pillards jeudi.", "2022-01-06", "Almaty"),
    # "depuis" a town: where words were said ("depuis mercredi" stays a date)
    ("S'exprimant depuis Moscou, Sergueï Lavrov a dénoncé jeudi une tentative de révolution "
     "de couleur.", "2022-01-06", "Moscow"),
    ("Depuis Genève, la Haute-Commissaire Michelle Bachelet a appelé mercredi à la retenue.",
     "2022-01-05", "Geneva"),
    ("Depuis mercredi, la police a arrêté 300 personnes à Almaty.", "2022-01-05", "Almaty"),
    ("La contestation a débuté dimanche en province, avant de gagner Almaty et Chymkent.",
     "2022-01-09", "Kazakhstan"),
    ("Les manifestations ont commencé mercredi à Janaozen avant d'atteindre Almaty.",
     "2022-01-05", "Zhanaozen"),
    # troops landing at a town's airport are in that town
    ("Les premiers soldats russes sont arrivés jeudi à l'aéroport d'Almaty.", "2022-01-06",
     "Almaty"),
    ("Des militaires biélorusses ont atterri vendredi à l'aéroport de Nour-Soultan.",
     "2022-01-07", "Nur-Sultan"),
]

# (text, event type, wanted location): "y" stands for the last town named
PRONOUN = [
    ("La police a repris le contrôle de la mairie d'Almaty. Les soldats russes ont commencé "
     "à y être déployés jeudi.", "military_deployment", "Almaty"),
    ("Des affrontements ont éclaté à Aktaou mercredi.\n\nJeudi, des centaines de "
     "manifestants s'y sont rassemblés.", "protest", "Aktau"),
    ("Il y a deux jours, la police a arrêté 300 personnes.", "arrest", "Kazakhstan"),
]


@pytest.mark.parametrize(("text", "event_type", "location"), PRONOUN)
def test_languages_fr_breadth3_y_is_the_last_town_named(text, event_type, location):
    events = extract_events(text, published="2022-01-10", language="fr")
    assert [e["location"] for e in events if e["event_type"] == event_type] == [location]


@pytest.mark.parametrize(("text", "date", "location"), PLACED)
def test_languages_fr_breadth3_dates_and_places(text, date, location):
    events = extract_events(text, published="2022-01-10", language="fr")
    assert [(e["date"], e["location"]) for e in events] == [(date, location)]

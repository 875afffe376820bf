"""French wording of a second writer, on sentences written for the project (issue 8).

The first French set (``test_extract_languages_fr_breadth.py``) holds short sentences of
dailies. This one, written afterwards by someone else, has the habits that set lacked: long
wire-copy sentences with several clauses and an act and a statement in one sentence,
Belgian, Swiss, Canadian and African francophone press, analysis pieces ("Pour Moscou, il
s'agit de ..."), headlines and standfirsts with no verb, live blogs with times, indirect
speech in the conditional ("auraient tiré", "selon des témoins"), lists of actors, pronoun
and title chains across sentences, and figures of the detained or killed attached to acts;
accusing the West of a thing ("a accusé l'Occident de") opposes foreign interference.
Each sentence is the project's own; its rows are those the event model asks for (event
type, actor, issue, stance), all of them: a missing or an extra row fails.
"""

import pytest

from dashboard.extract import extract_events

T, P, L, CS = "Kassym-Jomart Tokayev", "Vladimir Putin", "Sergey Lavrov", "CSTO"
KA, KP, KSF, PR = "Kazakh authorities", "Kazakh police", "Kazakh security forces", "protesters"
EU, US, CN, UN = "European Union", "United States", "China", "United Nations"
R, CR, SO = "restraint_human_rights", "call_for_restraint", "sovereignty_stability"

LONG = [
    ('long', "Le président Tokaïev, qui impute les troubles à des « bandes terroristes » "
     "venues de l'étranger, a sollicité mercredi soir l'assistance de l'OTSC.",
     {('statement', T, 'terrorism_framing', 'support'),
      ('statement', T, 'foreign_interference', 'oppose'),
      ('appeal_request', T, 'csto_deployment', 'support')}),
    ('long', "Au lendemain de la démission du gouvernement, acceptée par le chef de l'Etat, "
     "des émeutiers ont incendié le siège de la mairie d'Almaty.",
     {('violent_clash', PR, 'other', '')}),
    ('long', "Tout en jugeant la situation « sous contrôle », le ministère de l'Intérieur a "
     "annoncé l'interpellation de plusieurs centaines de pillards dans la métropole.",
     {('arrest', 'Kazakh Interior Ministry', 'other', '')}),
    ('long', "Le Kremlin, qui avait jusqu'ici observé un silence prudent, a finalement "
     "salué vendredi la décision de l'OTSC d'envoyer des forces au Kazakhstan.",
     {('support', P, 'csto_deployment', 'support')}),
    ('long', "Si la capitale est restée calme, la police a interpellé mardi des dizaines de "
     "protestataires à Aktaou, dans l'ouest du pays, selon un média local.",
     {('arrest', KP, 'other', '')}),
    ('long', "Washington, qui dit suivre la situation de près, a exhorté les autorités "
     "kazakhes à faire preuve de retenue et à respecter la liberté de la presse.",
     {(CR, US, R, 'concern')}),
]

FRANCOPHONE = [
    # Belgian, Swiss, Canadian and African francophone press
    ('be', "Septante manifestants ont été interpellés jeudi à Aktobe, rapporte Belga.",
     {('arrest', KA, 'other', '')}),
    ('be', "Nonante personnes ont été arrêtées en deux jours à Chymkent, selon la police "
     "locale.", {('arrest', KP, 'other', '')}),
    ('be', "La ministre belge des Affaires étrangères s'est dite inquiète de la tournure "
     "des événements au Kazakhstan.", set()),
    ('ch', "Berne appelle les parties au conflit à la retenue, indique un communiqué "
     "publié à Genève.", set()),
    ('ch', "A Genève, le Haut-Commissariat aux droits de l'homme a dénoncé un recours "
     "disproportionné à la force.",
     {('opposition', 'UN Human Rights Office', 'use_of_force', 'oppose')}),
    ('ca', "Ottawa a exhorté ses ressortissants à quitter le Kazakhstan, alors que des "
     "émeutes secouent le pays.", set()),
    ('ca', "La police anti-émeute a chargé la foule devant l'hôtel de ville d'Almaty, "
     "rapporte la Presse canadienne.", {('violent_clash', KP, 'use_of_force', '')}),
    ('af', "Selon l'agence de presse officielle, le chef de l'Etat kazakh a procédé "
     "mercredi au limogeage du gouvernement.",
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('af', "A Almaty, les forces de défense et de sécurité ont repris jeudi le contrôle de "
     "la mairie, selon la radio nationale.", {('violent_clash', KSF, 'use_of_force', '')}),
    ('af', "Le président de la Commission de l'Union africaine n'a pas réagi aux "
     "événements du Kazakhstan.", set()),
]

ANALYSIS = [
    ('analysis', "Pour Moscou, il s'agit d'empêcher une révolution de couleur à ses "
     "frontières.", {('statement', 'Russia', 'foreign_interference', 'oppose')}),
    ('analysis', "Aux yeux du Kremlin, les émeutes sont l'œuvre de terroristes entraînés à "
     "l'étranger.", {('statement', P, 'terrorism_framing', 'support'),
                     ('statement', P, 'foreign_interference', 'oppose')}),
    ('analysis', "Pour Washington, rien ne justifiait l'envoi de troupes étrangères.",
     {('opposition', US, 'csto_deployment', 'oppose')}),
    ('analysis', "Selon Pékin, la gravité de la situation justifiait l'intervention de "
     "l'OTSC.", {('support', CN, 'csto_deployment', 'support')}),
    ('analysis', "Pour les spécialistes de la région, l'intervention de l'OTSC marque un "
     "tournant.", set()),
    ('analysis', "Selon plusieurs analystes, Moscou cherche à consolider son influence en "
     "Asie centrale.", set()),
    ('analysis', "Pour Tokaïev, le pays a fait face à une tentative de coup d'Etat.",
     {('statement', T, 'other', '')}),
]

HEADLINES = [
    ('headline', "Kazakhstan : Moscou envoie des parachutistes",
     {('military_deployment', CS, 'csto_deployment', '')}),
    ('headline', "Couvre-feu à Almaty et dans la région de Manguistaou",
     {('state_of_emergency', KA, SO, '')}),
    ('headline', "Démission du gouvernement kazakh",
     {('resignation_dismissal', 'Government of Kazakhstan', 'leadership_change', '')}),
    ('headline', "Kazakhstan : l'ONU appelle à la retenue", {(CR, UN, R, 'concern')}),
    ('headline', "Ingérence étrangère : Pékin met en garde",
     {('statement', CN, 'foreign_interference', 'oppose')}),
    ('headline', "Interpellation de l'ex-chef du renseignement Karim Massimov",
     {('arrest', KA, 'leadership_change', '')}),
    ('headline', "Fin du retrait des troupes de l'OTSC",
     {('withdrawal', CS, 'csto_deployment', '')}),
]

LIVE = [
    ('live', "10h15 - Le ministère de l'Intérieur annonce l'interpellation de plus de 2 000 "
     "personnes.", {('arrest', 'Kazakh Interior Ministry', 'other', '')}),
    ('live', "11h40 - Pékin apporte son soutien au président Tokaïev.",
     {('support', CN, SO, 'support')}),
    ('live', "16h30 - Le couvre-feu est prolongé à Almaty.",
     {('state_of_emergency', KA, SO, '')}),
    ('live', "08h05 - Les premiers soldats russes atterrissent à Almaty, selon l'agence "
     "Tass.", {('military_deployment', 'Russia', 'csto_deployment', '')}),
    ('live', "19h00 - Des coups de feu retentissent dans le centre d'Almaty.",
     {('violent_clash', PR, 'other', '')}),
    ('live', "22h45 - Le gouvernement kazakh annonce le rétablissement partiel d'internet.",
     {('statement', 'Government of Kazakhstan', 'internet_shutdown', '')}),
]

CONDITIONAL = [
    ('conditional', "Les forces de sécurité auraient tiré sur des manifestants à Aktobe, "
     "selon des témoins.", {('violent_clash', KSF, 'use_of_force', '')}),
    ('conditional', "Selon des témoins, la police aurait ouvert le feu sur la foule mercredi "
     "soir.", {('violent_clash', KP, 'use_of_force', '')}),
    ('conditional', "Plusieurs dizaines de manifestants auraient été arrêtés à Chymkent, "
     "selon des médias locaux.", {('arrest', KA, 'other', '')}),
    ('conditional', "D'après des sources locales, des émeutiers se seraient emparés de "
     "l'aéroport d'Almaty.", {('violent_clash', PR, 'other', '')}),
    # the troops named opening the cue are the Russian contingent, as "des soldats russes"
    ('conditional', "Des centaines de soldats russes seraient déjà arrivés à Almaty, selon "
     "l'agence Interfax.", {('military_deployment', 'Russia', 'csto_deployment', '')}),
    ('conditional', "Le président aurait ordonné l'arrestation de Karim Massimov, affirment "
     "des médias russes.", {('arrest', T, 'leadership_change', '')}),
    ('conditional', "Les manifestants auraient pris d'assaut plusieurs bâtiments officiels, "
     "selon des vidéos diffusées sur les réseaux sociaux.",
     {('violent_clash', PR, 'other', '')}),
]

# a reporter who reached a witness by telephone reports no call between two parties
REACHED = [
    ('reached', "Des tirs nourris ont retenti toute la nuit à Almaty, selon des habitants "
     "joints par téléphone.", {('violent_clash', PR, 'other', '')}),
    ('reached', "Un commerçant d'Almaty, contacté par téléphone, a décrit des scènes de "
     "pillage.", {('violent_clash', PR, 'other', '')}),
    ('reached', "Un militant a affirmé par téléphone à l'AFP que la police avait interpellé "
     "des dizaines de personnes.", {('arrest', KP, 'other', '')}),
    ('reached', "Emmanuel Macron a parlé par téléphone avec le président kazakh.",
     {('phone_call', 'Emmanuel Macron', 'bilateral_relations', 'support')}),
]

# the arrest of journalists or activists, condemned, is a concern for rights
RIGHTS = [
    ('rights', "Reporters sans frontières a dénoncé mardi l'arrestation de plusieurs "
     "journalistes à Almaty.", {('opposition', 'Reporters Without Borders', R, 'concern')}),
    ('rights', "Human Rights Watch s'inquiète de la détention de nombreux militants.",
     {('statement', 'Human Rights Watch', R, 'concern')}),
    ('rights', "La police a annoncé l'interpellation de trois militants à Ouralsk.",
     {('arrest', KP, 'other', '')}),
]

LISTS = [
    ('list', "La France, l'Allemagne et le Royaume-Uni ont appelé à la retenue.",
     {(CR, 'France', R, 'concern'), (CR, 'Germany', R, 'concern'),
      (CR, 'United Kingdom', R, 'concern')}),
    ('list', "Paris, Berlin et Londres ont appelé à la retenue, a-t-on appris de sources "
     "diplomatiques.", {(CR, 'France', R, 'concern'), (CR, 'Germany', R, 'concern'),
                        (CR, 'United Kingdom', R, 'concern')}),
    ('list', "A Washington, Ned Price et Antony Blinken ont appelé au calme.",
     {(CR, 'Ned Price', R, 'concern'), (CR, 'Antony Blinken', R, 'concern')}),
    ('list', "Les Etats-Unis et l'Union européenne ont appelé les autorités kazakhes à "
     "respecter le droit de manifester.", {(CR, US, R, 'concern'), (CR, EU, R, 'concern')}),
    ('list', "Pékin et Moscou ont dénoncé toute ingérence étrangère au Kazakhstan.",
     {('statement', CN, 'foreign_interference', 'oppose'),
      ('statement', 'Russia', 'foreign_interference', 'oppose')}),
    ('list', "Human Rights Watch et Amnesty International ont réclamé une enquête "
     "indépendante.", {('appeal_request', 'Human Rights Watch', R, 'concern'),
                       ('appeal_request', 'Amnesty International', R, 'concern')}),
    ('list', "La Biélorussie, l'Arménie et le Tadjikistan ont envoyé des soldats au "
     "Kazakhstan.", {('military_deployment', CS, 'csto_deployment', '')}),
    ('list', "Emmanuel Macron et Olaf Scholz ont plaidé pour une désescalade.",
     {(CR, 'Emmanuel Macron', R, 'concern'), (CR, 'Olaf Scholz', R, 'concern')}),
]

CHAINS = [
    ('chain', "Le président Tokaïev s'est adressé vendredi à la nation. Il a autorisé les "
     "forces de l'ordre à tirer sans sommation.",
     {('statement', T, 'use_of_force', 'support')}),
    ('chain', "Vladimir Poutine a pris la parole lundi lors d'un sommet de l'OTSC. Le chef "
     "du Kremlin a assuré que l'organisation ne laisserait pas se produire de révolution "
     "de couleur.", {('statement', P, 'foreign_interference', 'oppose')}),
    ('chain', "Vladimir Poutine a réuni samedi son Conseil de sécurité. Le maître du Kremlin "
     "a ensuite défendu l'envoi de parachutistes.",
     {('support', P, 'csto_deployment', 'support')}),
    ('chain', "Tokaïev a reçu lundi les ambassadeurs étrangers. Il leur a assuré que l'ordre "
     "constitutionnel était rétabli.", {('statement', T, SO, 'support')}),
    ('chain', "Maria Zakharova a tenu son point de presse hebdomadaire. La porte-parole de "
     "la diplomatie russe a dénoncé une ingérence occidentale.",
     {('statement', 'Maria Zakharova', 'foreign_interference', 'oppose')}),
]

FIGURES = [
    ('figures', "Près de 8 000 personnes ont été interpellées dans tout le pays, selon le "
     "ministère de l'Intérieur.", {('arrest', 'Kazakh Interior Ministry', 'other', '')}),
    ('figures', "Des affrontements ont fait au moins quarante morts mercredi à Almaty.",
     {('violent_clash', PR, 'other', '')}),
    ('figures', "La police a arrêté 1 678 personnes à Almaty, dont une vingtaine "
     "d'étrangers.", {('arrest', KP, 'other', '')}),
    ('figures', "Le bilan s'élève désormais à 225 morts, a indiqué le parquet général.",
     set()),
    ('figures', "Au total, 44 personnes ont été placées en garde à vue à Taraz.",
     {('arrest', KA, 'other', '')}),
    ('figures', "Au moins 26 « criminels armés » ont été abattus par les forces de sécurité, "
     "selon la télévision publique.", {('violent_clash', KSF, 'use_of_force', '')}),
    ('figures', "Plus de 2 000 soldats russes ont été acheminés par avion vers Almaty.",
     {('military_deployment', 'Russia', 'csto_deployment', '')}),
    ('figures', "Les hôpitaux d'Almaty ont accueilli plus de mille blessés.", set()),
]

ACCUSATIONS = [
    ('accusation', "Tokaïev a accusé l'Occident d'attiser les troubles.",
     {('statement', T, 'foreign_interference', 'oppose')}),
    ('accusation', "Le Kremlin a accusé l'Occident de soutenir les manifestants.",
     {('statement', P, 'foreign_interference', 'oppose')}),
    ('accusation', "Moscou accuse l'Occident d'encourager les protestations au Kazakhstan.",
     {('statement', 'Russia', 'foreign_interference', 'oppose')}),
    ('accusation', "Lavrov a accusé les Occidentaux d'avoir orchestré la révolte.",
     {('statement', L, 'foreign_interference', 'oppose')}),
]

ALL = (LONG + FRANCOPHONE + ANALYSIS + HEADLINES + LIVE + CONDITIONAL + REACHED + LISTS
       + RIGHTS + CHAINS + FIGURES + ACCUSATIONS)


def rows(text):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language="fr")}


@pytest.mark.parametrize(("kind", "text", "expected"), ALL,
                         ids=[f"{k}-{i}" for i, (k, _t, _e) in enumerate(ALL)])
def test_languages_fr_breadth2_sentence_gives_the_event_model_rows(kind, text, expected):
    assert rows(text) == expected


# (text, wanted date, wanted location) of the one event each gives; published Monday 10 January
DATED = [
    ("Jeudi 6 janvier, des soldats russes ont atterri à Almaty.", "2022-01-06", "Almaty"),
    ("Lundi 3 janvier, des manifestants ont bloqué une route à Janaozen.", "2022-01-03",
     "Zhanaozen"),
    ("Des troupes auraient été déployées samedi à Taldykourgan, selon des témoins.",
     "2022-01-08", "Taldykorgan"),
    ("10h15 - La police a dispersé jeudi des manifestants à Chymkent.", "2022-01-06",
     "Shymkent"),
    ("Dimanche 2 janvier, des habitants de Janaozen ont protesté contre la hausse du prix "
     "du gaz.", "2022-01-02", "Zhanaozen"),
    ("Avant-hier soir, la police a arrêté des dizaines de personnes à Ouralsk.",
     "2022-01-08", "Uralsk"),
    ("Le 7 janvier, Tokaïev a autorisé l'armée à tirer sans sommation.", "2022-01-07", ""),
]


@pytest.mark.parametrize(("text", "date", "location"), DATED)
def test_languages_fr_breadth2_dates_and_places(text, date, location):
    events = extract_events(text, published="2022-01-10", language="fr")
    assert [(e["date"], e["location"]) for e in events] == [(date, location)]

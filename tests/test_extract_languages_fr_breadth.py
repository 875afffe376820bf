"""French wording of outlets the project never read, on sentences written for it (issue 8).

Each sentence is the project's own, in the style of French wire copy and dailies about the
crisis; its rows are those the event model asks for (event type, actor, issue, stance), all
of them: a missing or an extra row fails. Classes: verdicts on the topic or act before or
after them ("a jugé inacceptable le recours à la force", "le déploiement n'était pas
nécessaire"), negation, stance verbs and nouns, reported speech (quotes, inversion,
"selon X", "pour X,"), speakers by title or capital, passive, pronominal and nominal acts,
appositions, and one plain sentence per event type; then dates and places.
"""

import pytest

from dashboard.extract import extract_events

H, A, T, P = "Human Rights Watch", "Amnesty International", "Kassym-Jomart Tokayev", \
    "Vladimir Putin"
L, EU, US, CN = "Sergey Lavrov", "European Union", "United States", "China"
KA, CS = "Kazakh authorities", "CSTO"

SENTENCES = [
    # verdicts: an adjective judging the topic or act named before or after it
    ('verdict', "Human Rights Watch a estimé lundi que l'ordre de tirer sans sommation "
     "était illégal.", {('opposition', H, 'use_of_force', 'oppose')}),
    ('verdict', "L'Union européenne a jugé inacceptable le recours à la force létale contre "
     "les manifestants.", {('opposition', EU, 'use_of_force', 'oppose')}),
    ('verdict', "Washington a estimé que le déploiement des troupes de l'OTSC n'était pas "
     "nécessaire.", {('statement', US, 'csto_deployment', 'concern')}),
    ('verdict', "Sergueï Lavrov a affirmé que l'envoi de soldats de la paix était légitime.",
     {('support', L, 'csto_deployment', 'support')}),
    ('verdict', "Le porte-parole du Kremlin a jugé l'intervention de l'OTSC « pleinement "
     "justifiée ».", {('support', 'Dmitry Peskov', 'csto_deployment', 'support')}),
    ('verdict', "Amnesty International a qualifié de disproportionné l'usage de la force par "
     "la police.", {('opposition', A, 'use_of_force', 'oppose')}),
    ('verdict', "Pour Human Rights Watch, la coupure d'internet est injustifiée.",
     {('opposition', H, 'internet_shutdown', 'oppose')}),
    ('verdict', "Pékin a estimé samedi que la mission de l'OTSC était légitime.",
     {('support', CN, 'csto_deployment', 'support')}),
    ('verdict', "Tokaïev a affirmé vendredi que le recours à la force avait été nécessaire.",
     {('support', T, 'use_of_force', 'support')}),
    ('verdict', "Selon Maria Zakharova, l'opération de l'OTSC est parfaitement légale.",
     {('support', 'Maria Zakharova', 'csto_deployment', 'support')}),
    ('verdict', "Michelle Bachelet a jugé excessif l'usage de la force contre les "
     "manifestants.", {('opposition', 'Michelle Bachelet', 'use_of_force', 'oppose')}),
    ('verdict', "La Turquie a estimé que la présence de troupes étrangères au Kazakhstan "
     "était injustifiée.", {('opposition', 'Turkey', 'csto_deployment', 'oppose')}),
    ('verdict', "Alexandre Loukachenko a jugé que la décision d'envoyer les forces de l'OTSC "
     "était justifiée.", {('support', 'Alexander Lukashenko', 'csto_deployment', 'support')}),
    ('verdict', "L'OSCE a jugé inadmissible le blocage d'internet.",
     {('opposition', 'OSCE', 'internet_shutdown', 'oppose')}),
    ('verdict', "Nikol Pachinian a qualifié la mission de l'OTSC de nécessaire et légitime.",
     {('support', 'Nikol Pashinyan', 'csto_deployment', 'support')}),
    ('verdict', "Le chef de la diplomatie européenne a dénoncé un usage excessif de la force.",
     {('opposition', 'Josep Borrell', 'use_of_force', 'oppose')}),
    ('verdict', "Xi Jinping a salué un déploiement « opportun » des forces de l'OTSC.",
     {('support', 'Xi Jinping', 'csto_deployment', 'support')}),
    ('verdict', "Le chef de la diplomatie russe a jugé la mission de l'OTSC légitime.",
     {('support', L, 'csto_deployment', 'support')}),
    ('verdict', "D'après le Kremlin, l'envoi de troupes était indispensable.",
     {('support', P, 'csto_deployment', 'support')}),
    ('verdict', "La mission de l'OTSC est « pleinement légitime », a estimé Lavrov.",
     {('support', L, 'csto_deployment', 'support')}),
    ('verdict', "Selon l'Allemagne, l'envoi de troupes russes était inutile.",
     {('statement', 'Germany', 'csto_deployment', 'concern')}),
    ('verdict', "Le Quai d'Orsay a jugé illégitime le recours aux armes contre des civils.",
     {('opposition', 'French Foreign Ministry', 'use_of_force', 'oppose')}),
    # negation
    ('negation', "Antony Blinken a estimé que l'usage de la force contre la foule n'était "
     "pas justifié.", {('opposition', 'Antony Blinken', 'use_of_force', 'oppose')}),
    ('negation', "La Turquie n'a pas soutenu le déploiement des troupes de l'OTSC.",
     {('opposition', 'Turkey', 'csto_deployment', 'oppose')}),
    ('negation', "L'Allemagne a jugé que le déploiement de troupes étrangères n'était pas "
     "nécessaire.", {('statement', 'Germany', 'csto_deployment', 'concern')}),
    ('negation', "Lavrov a assuré que la mission de l'OTSC n'avait rien d'illégal.",
     {('support', L, 'csto_deployment', 'support')}),
    ('negation', "Aucune arrestation n'a été signalée mercredi à Aktaou.", set()),
    ('negation', "Le Kirghizistan ne soutient plus l'envoi de troupes au Kazakhstan.",
     {('opposition', 'Kyrgyzstan', 'csto_deployment', 'oppose')}),
    ('negation', "Washington a estimé que l'envoi de troupes étrangères n'était pas "
     "justifié.", {('opposition', US, 'csto_deployment', 'oppose')}),
    # stance verbs and nouns
    ('verbs', "Josep Borrell a condamné jeudi les violences à Almaty.",
     {('opposition', 'Josep Borrell', 'restraint_human_rights', 'concern')}),
    ('verbs', "Le Kremlin a salué la décision d'envoyer des troupes de l'OTSC.",
     {('support', P, 'csto_deployment', 'support')}),
    ('verbs', "Pékin a apporté son soutien aux efforts des autorités kazakhes pour rétablir "
     "l'ordre.", {('support', CN, 'sovereignty_stability', 'support')}),
    ('verbs', "Washington s'est interrogé sur la nécessité du déploiement de l'OTSC.",
     {('statement', US, 'csto_deployment', 'concern')}),
    ('verbs', "Recep Tayyip Erdogan a exprimé des doutes sur la mission de l'OTSC.",
     {('statement', 'Recep Tayyip Erdoğan', 'csto_deployment', 'concern')}),
    ('verbs', "L'ONU a exhorté toutes les parties à renoncer à la violence.",
     {('call_for_restraint', 'United Nations', 'restraint_human_rights', 'concern')}),
    ('verbs', "António Guterres a appelé jeudi à la retenue.",
     {('call_for_restraint', 'António Guterres', 'restraint_human_rights', 'concern')}),
    ('verbs', "Xi Jinping a salué les mesures énergiques du président kazakh.",
     {('support', 'Xi Jinping', 'sovereignty_stability', 'support')}),
    ('verbs', "Lavrov a mis en garde contre toute tentative de révolution de couleur au "
     "Kazakhstan.", {('statement', L, 'foreign_interference', 'oppose')}),
    ('verbs', "Washington a critiqué l'ordre de tirer sans sommation.",
     {('opposition', US, 'use_of_force', 'oppose')}),
    ('verbs', "L'Allemagne s'est dite préoccupée par l'usage de la force létale.",
     {('statement', 'Germany', 'use_of_force', 'oppose')}),
    ('verbs', "L'UE a fustigé l'ordre de tirer sur les manifestants.",
     {('opposition', EU, 'use_of_force', 'oppose')}),
    ('verbs', "La Chine a applaudi le déploiement rapide des forces de l'OTSC.",
     {('support', CN, 'csto_deployment', 'support')}),
    ('verbs', "Blinken a fait part de ses inquiétudes au sujet du déploiement de l'OTSC.",
     {('statement', 'Antony Blinken', 'csto_deployment', 'concern')}),
    ('verbs', "Human Rights Watch a réclamé une enquête indépendante sur les morts.",
     {('appeal_request', H, 'restraint_human_rights', 'concern')}),
    ('verbs', "Amnesty International a exhorté les autorités à libérer tous les "
     "manifestants détenus.", {('appeal_request', A, 'restraint_human_rights', 'concern')}),
    ('verbs', "Le Quai d'Orsay a déploré les pertes humaines au Kazakhstan.",
     {('opposition', 'French Foreign Ministry', 'restraint_human_rights', 'concern')}),
    ('verbs', "Pékin s'est opposé à toute ingérence extérieure au Kazakhstan.",
     {('statement', CN, 'foreign_interference', 'oppose')}),
    ('verbs', "Maria Zakharova a rejeté les accusations d'ingérence étrangère.",
     {('statement', 'Maria Zakharova', 'foreign_interference', 'neutral')}),
    ('verbs', "Tokaïev a qualifié les manifestants de terroristes vendredi.",
     {('statement', T, 'terrorism_framing', 'support')}),
    ('verbs', "Le département d'Etat a exprimé son soutien à l'ordre constitutionnel kazakh.",
     {('support', 'US State Department', 'sovereignty_stability', 'support')}),
    ('verbs', "Le président français a plaidé pour une solution politique.",
     {('call_for_restraint', 'Emmanuel Macron', 'restraint_human_rights', 'concern')}),
    ('verbs', "L'ONU se dit préoccupée par le nombre de victimes civiles.",
     {('statement', 'United Nations', 'restraint_human_rights', 'concern')}),
    ('verbs', "Emmanuel Macron a appelé à la désescalade.",
     {('call_for_restraint', 'Emmanuel Macron', 'restraint_human_rights', 'concern')}),
    ('verbs', "Josep Borrell a appelé à la libération des personnes détenues.",
     {('appeal_request', 'Josep Borrell', 'restraint_human_rights', 'concern')}),
    ('verbs', "Le président kazakh a remercié les pays de l'OTSC pour leur aide militaire.",
     {('support', T, 'csto_deployment', 'support')}),
    ('verbs', "L'ONU regrette le recours à la force contre des manifestants pacifiques.",
     {('opposition', 'United Nations', 'use_of_force', 'oppose')}),
    ('verbs', "Human Rights Watch a dénoncé l'usage de balles réelles contre la foule.",
     {('opposition', H, 'use_of_force', 'oppose')}),
    ('verbs', "Le Parlement européen plaide pour le respect des droits humains au "
     "Kazakhstan.", {('call_for_restraint', 'European Parliament', 'restraint_human_rights',
                      'concern')}),
    ('verbs', "Wang Yi a dénoncé les tentatives de forces extérieures de déstabiliser le "
     "Kazakhstan.", {('statement', 'Wang Yi', 'foreign_interference', 'oppose')}),
    ('verbs', "Tokaïev a demandé mercredi l'aide de l'OTSC.",
     {('appeal_request', T, 'csto_deployment', 'support')}),
    # speakers by title, capital or institution
    ('metonym', "Pékin a affirmé vendredi que les troubles relevaient des affaires "
     "intérieures du Kazakhstan.", {('statement', CN, 'sovereignty_stability', 'neutral')}),
    ('metonym', "Moscou a qualifié de terroristes les attaques contre les bâtiments publics.",
     {('statement', 'Russia', 'terrorism_framing', 'support')}),
    ('metonym', "La Maison Blanche s'est dite préoccupée par le déploiement de l'OTSC.",
     {('statement', US, 'csto_deployment', 'concern')}),
    ('metonym', "Bruxelles a appelé à la fin des violences.",
     {('call_for_restraint', EU, 'restraint_human_rights', 'concern')}),
    ('metonym', "Le chef de la diplomatie chinoise a dit soutenir les mesures fermes prises "
     "par Tokaïev.", {('support', 'Wang Yi', 'sovereignty_stability', 'support')}),
    ('metonym', "L'ONU a appelé au respect des droits humains.",
     {('call_for_restraint', 'United Nations', 'restraint_human_rights', 'concern')}),
    ('metonym', "Le secrétaire général de l'ONU a exhorté à la retenue.",
     {('call_for_restraint', 'António Guterres', 'restraint_human_rights', 'concern')}),
    ('metonym', "Selon Pékin, il s'agit d'une affaire intérieure du Kazakhstan.",
     {('statement', CN, 'sovereignty_stability', 'neutral')}),
    ('metonym', "Le président turc a fait part de son inquiétude face à l'instabilité au "
     "Kazakhstan.", {('statement', 'Recep Tayyip Erdoğan', 'sovereignty_stability',
                      'concern')}),
    # reported speech: quotes, inversion, colon
    ('quote', "« Nous condamnons la violence », a déclaré l'Union européenne dans un "
     "communiqué.", {('opposition', EU, 'restraint_human_rights', 'concern')}),
    ('quote', "« Nous saluons la mission de l'OTSC », a affirmé Alexandre Loukachenko "
     "vendredi.", {('support', 'Alexander Lukashenko', 'csto_deployment', 'support')}),
    ('quote', "Josep Borrell a appelé mardi à la retenue. « Le recours à la force est "
     "inacceptable », a-t-il ajouté.",
     {('call_for_restraint', 'Josep Borrell', 'restraint_human_rights', 'concern'),
      ('opposition', 'Josep Borrell', 'use_of_force', 'oppose')}),
    ('quote', "Tokaïev a déclaré : « Il s'agit d'une attaque terroriste ».",
     {('statement', T, 'terrorism_framing', 'support')}),
    ('quote', "Vladimir Poutine a affirmé que la Russie ne permettrait pas de révolution de "
     "couleur dans la région.", {('statement', P, 'foreign_interference', 'oppose')}),
    ('quote', "« Nous appelons toutes les parties à la retenue », a déclaré le porte-parole "
     "de l'ONU.", {('call_for_restraint', 'Stéphane Dujarric', 'restraint_human_rights',
                    'concern')}),
    # passive, pronominal and nominal acts
    ('passive', "Des bâtiments administratifs ont été incendiés mercredi à Almaty.",
     {('violent_clash', 'protesters', 'other', '')}),
    ('passive', "Des parachutistes russes ont été déployés jeudi à Almaty.",
     {('military_deployment', 'Russian Airborne Forces', 'csto_deployment', '')}),
    ('passive', "L'état d'urgence a été décrété mercredi à Almaty.",
     {('state_of_emergency', KA, 'sovereignty_stability', '')}),
    ('passive', "Karim Massimov a été arrêté samedi.",
     {('arrest', KA, 'leadership_change', '')}),
    ('passive', "Le gouvernement a été limogé mercredi par Tokaïev.",
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('passive', "Des centaines de manifestants ont été interpellés jeudi à Almaty.",
     {('arrest', KA, 'other', '')}),
    ('passive', "L'accès à internet a été coupé mercredi dans tout le pays.",
     {('statement', KA, 'internet_shutdown', '')}),
    ('passive', "Le couvre-feu a été étendu à l'ensemble du pays.",
     {('state_of_emergency', KA, 'sovereignty_stability', '')}),
    ('nominal', "L'envoi de troupes russes a commencé jeudi.",
     {('military_deployment', CS, 'csto_deployment', '')}),
    ('nominal', "L'OTSC a annoncé jeudi le retrait de ses troupes.",
     {('withdrawal', CS, 'csto_deployment', '')}),
    ('nominal', "L'arrestation de Karim Massimov a été annoncée samedi.",
     {('arrest', KA, 'leadership_change', '')}),
    ('nominal', "L'instauration d'un couvre-feu à Almaty a été annoncée mercredi.",
     {('state_of_emergency', KA, 'sovereignty_stability', '')}),
    ('nominal', "La police a fait état de l'interpellation de 3 000 personnes dimanche.",
     {('arrest', 'Kazakh police', 'other', '')}),
    ('nominal', "Le Premier ministre arménien a annoncé l'envoi de troupes de l'OTSC.",
     {('military_deployment', CS, 'csto_deployment', '')}),
    ('nominal', "Les autorités ont annoncé la levée de l'état d'urgence à Almaty.",
     {('state_of_emergency', KA, 'sovereignty_stability', '')}),
    ('pronominal', "Des milliers de personnes se sont rassemblées mardi à Almaty.",
     {('protest', 'protesters', 'other', '')}),
    ('pronominal', "Des manifestants se sont réunis dimanche à Janaozen pour protester contre "
     "la hausse du prix du gaz.", {('protest', 'protesters', 'fuel_prices', 'oppose')}),
    ('pronominal', "Tokaïev s'est entretenu jeudi par téléphone avec Vladimir Poutine.",
     {('phone_call', T, 'bilateral_relations', 'support')}),
    # apposition and participial clauses
    ('apposition', "Karim Massimov, limogé mercredi, a été arrêté samedi.",
     {('resignation_dismissal', T, 'leadership_change', ''),
      ('arrest', KA, 'leadership_change', '')}),
    ('apposition', "Arrivés jeudi, les parachutistes russes ont pris position à Almaty.",
     {('military_deployment', 'Russian Airborne Forces', 'csto_deployment', '')}),
    ('apposition', "Sergueï Lavrov, le chef de la diplomatie russe, a dénoncé les "
     "ingérences étrangères.", {('statement', L, 'foreign_interference', 'oppose')}),
    ('apposition', "Interrogé par la presse, Dmitri Peskov a défendu la mission de l'OTSC.",
     {('support', 'Dmitry Peskov', 'csto_deployment', 'support')}),
    # one plain sentence per operational type
    ('types', "Tokaïev a accepté mercredi la démission du gouvernement.",
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('types', "Tokaïev a décrété l'état d'urgence mercredi à Almaty.",
     {('state_of_emergency', T, 'sovereignty_stability', '')}),
    ('types', "Les forces de sécurité ont ouvert le feu sur les manifestants jeudi à "
     "Almaty.", {('violent_clash', 'Kazakh security forces', 'use_of_force', '')}),
    ('types', "Les derniers soldats de l'OTSC ont quitté le Kazakhstan le 19 janvier.",
     {('withdrawal', CS, 'csto_deployment', '')}),
    ('types', "Des émeutiers ont pris d'assaut l'aéroport d'Almaty mercredi.",
     {('violent_clash', 'protesters', 'other', '')}),
    ('types', "La police a interpellé des dizaines de manifestants mardi à Aktaou.",
     {('arrest', 'Kazakh police', 'other', '')}),
    ('types', "Tokaïev a limogé mercredi le chef du Comité de sécurité nationale.",
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('types', "La police a dispersé la foule à coups de gaz lacrymogène à Almaty.",
     {('violent_clash', 'Kazakh police', 'use_of_force', '')}),
    ('types', "Le gouvernement a annoncé un plafonnement du prix du gaz.",
     {('statement', 'Government of Kazakhstan', 'fuel_prices', '')}),
    ('types', "Des manifestants ont défilé mercredi à Aktobe.",
     {('protest', 'protesters', 'other', '')}),
]

# a second set, written after the first set's rows: headlines in the present tense, other
# stance words and titles, participial openers, appositions, nominal and passive acts
SECOND = [
    ('verbs', "L'ONU exhorte les forces de sécurité kazakhes à la retenue.",
     {('call_for_restraint', 'United Nations', 'restraint_human_rights', 'concern')}),
    ('metonym', "Paris se dit « profondément préoccupé » par les violences au Kazakhstan.",
     {('statement', 'France', 'restraint_human_rights', 'concern')}),
    ('verdict', "Le Kremlin juge « légitime » la demande d'aide du président kazakh.",
     {('support', P, 'csto_deployment', 'support')}),
    ('verbs', "Washington fustige l'ordre de « tirer pour tuer » donné par Tokaïev.",
     {('opposition', US, 'use_of_force', 'oppose')}),
    ('quote', "« C'est une affaire intérieure du Kazakhstan », a souligné la diplomatie "
     "chinoise.", {('statement', 'Chinese Foreign Ministry', 'sovereignty_stability',
                    'neutral')}),
    ('verbs', "Le président kazakh a accusé des « terroristes » formés à l'étranger d'être à "
     "l'origine des troubles.", {('statement', T, 'terrorism_framing', 'support'),
                                 ('statement', T, 'foreign_interference', 'oppose')}),
    ('verbs', "Dans un communiqué, l'Union européenne a appelé à la libération des personnes "
     "arrêtées arbitrairement.",
     {('appeal_request', EU, 'restraint_human_rights', 'concern')}),
    ('verbs', "Human Rights Watch a exhorté les autorités à enquêter sur les morts.",
     {('appeal_request', H, 'restraint_human_rights', 'concern')}),
    ('nominal', "Le chef de l'Etat kazakh a annoncé la levée du couvre-feu à Almaty.",
     {('state_of_emergency', T, 'sovereignty_stability', '')}),
    ('passive', "Le couvre-feu instauré à Almaty a été levé jeudi.",
     {('state_of_emergency', KA, 'sovereignty_stability', '')}),
    ('types', "Les premiers soldats russes sont arrivés jeudi à l'aéroport d'Almaty.",
     {('military_deployment', 'Russia', 'csto_deployment', '')}),
    ('types', "Le contingent biélorusse a atterri vendredi près de Nour-Soultan.",
     {('military_deployment', 'Belarus', 'csto_deployment', '')}),
    ('nominal', "Le retrait des troupes de l'OTSC s'est achevé le 19 janvier.",
     {('withdrawal', CS, 'csto_deployment', '')}),
    ('types', "Les soldats russes ont commencé à quitter le Kazakhstan jeudi.",
     {('withdrawal', 'Russia', 'csto_deployment', '')}),
    ('apposition', "L'ancien chef des services de sécurité, Karim Massimov, a été placé en "
     "détention pour haute trahison.", {('arrest', KA, 'leadership_change', '')}),
    ('passive', "Plus de 5 000 personnes ont été interpellées, a indiqué le ministère de "
     "l'Intérieur.", {('arrest', 'Kazakh Interior Ministry', 'other', '')}),
    ('types', "Tokaïev a limogé son Premier ministre et dissous le gouvernement.",
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('types', "Le gouvernement kazakh a démissionné mercredi.",
     {('resignation_dismissal', 'Government of Kazakhstan', 'leadership_change', '')}),
    ('passive', "Noursoultan Nazarbaïev a été écarté de la présidence du Conseil de sécurité.",
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('types', "Des milliers de manifestants ont pris d'assaut la mairie d'Almaty avant d'y "
     "mettre le feu.", {('violent_clash', 'protesters', 'other', '')}),
    ('types', "Les forces de l'ordre ont tiré à balles réelles sur la foule.",
     {('violent_clash', 'Kazakh security forces', 'use_of_force', '')}),
    ('types', "La police a fait usage de grenades assourdissantes pour disperser les "
     "manifestants à Aktaou.", {('violent_clash', 'Kazakh police', 'use_of_force', '')}),
    ('types', "Des centaines de personnes ont manifesté pacifiquement samedi à Ouralsk.",
     {('protest', 'protesters', 'other', '')}),
    ('apposition', "Réunis sur la place centrale de Janaozen, les manifestants réclamaient la "
     "baisse du prix du gaz.", {('protest', 'protesters', 'fuel_prices', 'oppose')}),
    ('types', "Les manifestants exigent le départ de Nazarbaïev.",
     {('protest', 'protesters', 'leadership_change', 'support')}),
    ('passive', "Internet a été rétabli vendredi à Almaty.",
     {('statement', KA, 'internet_shutdown', '')}),
    ('types', "Les autorités ont coupé internet dans tout le pays.",
     {('statement', KA, 'internet_shutdown', '')}),
    ('types', "Tokaïev a instauré un couvre-feu nocturne dans la capitale.",
     {('state_of_emergency', T, 'sovereignty_stability', '')}),
    ('types', "Emmanuel Macron s'est entretenu avec son homologue kazakh.",
     {('phone_call', 'Emmanuel Macron', 'bilateral_relations', 'support')}),
    ('verbs', "Pékin soutient fermement les efforts de Tokaïev pour rétablir l'ordre.",
     {('support', CN, 'sovereignty_stability', 'support')}),
    ('metonym', "La diplomatie française appelle « toutes les parties à la retenue ».",
     {('call_for_restraint', 'French Foreign Ministry', 'restraint_human_rights',
       'concern')}),
    ('verbs', "Le secrétaire d'Etat américain a mis en doute la légitimité de l'intervention "
     "de l'OTSC.", {('statement', 'Antony Blinken', 'csto_deployment', 'concern')}),
    ('verbs', "Antony Blinken s'est demandé pourquoi le Kazakhstan avait eu besoin d'une aide "
     "extérieure.", {('statement', 'Antony Blinken', 'csto_deployment', 'concern')}),
    ('apposition', "L'Arménie, qui préside l'OTSC, a annoncé l'envoi d'un contingent.",
     {('military_deployment', CS, 'csto_deployment', '')}),
    ('verbs', "Josep Borrell a averti que l'UE ne tolérerait pas une répression sanglante.",
     {('statement', 'Josep Borrell', 'use_of_force', 'oppose')}),
    ('verbs', "Amnesty International dénonce des arrestations arbitraires massives.",
     {('opposition', A, 'restraint_human_rights', 'concern')}),
    ('metonym', "La Haute-Commissaire de l'ONU aux droits de l'homme a demandé la libération "
     "des personnes détenues pour avoir manifesté pacifiquement.",
     {('appeal_request', 'Michelle Bachelet', 'restraint_human_rights', 'concern')}),
    ('quote', "« Nous ne laisserons pas faire », a prévenu Vladimir Poutine, évoquant les "
     "révolutions de couleur.", {('statement', P, 'foreign_interference', 'oppose')}),
    ('metonym', "Le chef de la diplomatie kazakhe a remercié les pays de l'OTSC.",
     {('support', 'Mukhtar Tileuberdi', 'csto_deployment', 'support')}),
    ('verdict', "Pour Moscou, l'intervention de l'OTSC était « indispensable ».",
     {('support', 'Russia', 'csto_deployment', 'support')}),
    ('verdict', "L'envoi de soldats étrangers est « une grave erreur », a jugé un député "
     "européen.", set()),
    ('negation', "Le Tadjikistan n'a envoyé aucun soldat au Kazakhstan.", set()),
    ('negation', "Aucun manifestant n'a été arrêté à Almaty, selon la police.", set()),
    ('apposition', "Confronté à des émeutes, Tokaïev a sollicité l'aide de l'OTSC.",
     {('appeal_request', T, 'csto_deployment', 'support')}),
    ('apposition', "Réagissant à l'envoi de troupes, Washington a réclamé des explications.",
     {('statement', US, 'csto_deployment', 'concern')}),
    ('verbs', "Le Premier ministre arménien plaide pour le dialogue.",
     {('call_for_restraint', 'Nikol Pashinyan', 'restraint_human_rights', 'concern')}),
    ('quote', "Sergueï Lavrov a accusé l'Occident d'ingérence. « Nous ne le permettrons pas »,"
     " a-t-il martelé.", {('statement', L, 'foreign_interference', 'oppose')}),
    ('verbs', "La France salue la fin de la mission de l'OTSC.",
     {('support', 'France', 'csto_deployment', 'support')}),
]

# a third set, written after the second set's rows: acts ordered or authorised in words,
# obligations with their topic as subject, characterisations ("présente X comme"), price
# decisions, help offered, acts told by a gerund or a noun
THIRD = [
    ('ordered', "Tokaïev a ordonné l'arrestation des meneurs.",
     {('arrest', T, 'other', '')}),
    ('ordered', "Tokaïev a ordonné l'arrestation de Karim Massimov.",
     {('arrest', T, 'leadership_change', '')}),
    ('ordered', "Le président a ordonné mercredi l'instauration d'un couvre-feu à Almaty.",
     {('state_of_emergency', T, 'sovereignty_stability', '')}),
    ('ordered', "Le président kazakh a autorisé les forces de l'ordre à ouvrir le feu sans "
     "sommation.", {('statement', T, 'use_of_force', 'support')}),
    ('ordered', "Le président a autorisé la police à tirer sur la foule sans avertissement.",
     {('statement', T, 'use_of_force', 'support')}),
    ('modal', "La sécurité des civils doit être garantie, a insisté Josep Borrell.",
     {('call_for_restraint', 'Josep Borrell', 'restraint_human_rights', 'concern')}),
    ('modal', "Les droits des manifestants doivent être respectés, a déclaré l'ONU.",
     {('call_for_restraint', 'United Nations', 'restraint_human_rights', 'concern')}),
    ('modal', "Les manifestants ne doivent pas recourir à la violence, a estimé Michelle "
     "Bachelet.", {('call_for_restraint', 'Michelle Bachelet', 'restraint_human_rights',
                    'concern')}),
    ('characterise', "Le gouvernement kazakh présente les manifestants comme des « bandits » "
     "armés.", {('statement', 'Government of Kazakhstan', 'terrorism_framing', 'support')}),
    ('characterise', "Les manifestants sont présentés par les autorités comme des "
     "« terroristes ».", {('statement', KA, 'terrorism_framing', 'support')}),
    ('prices', "Le gouvernement a plafonné le prix du gaz pour six mois.",
     {('statement', 'Government of Kazakhstan', 'fuel_prices', '')}),
    ('prices', "Le président a décidé de plafonner le prix des carburants.",
     {('statement', T, 'fuel_prices', '')}),
    ('help', "L'Ouzbékistan a proposé son aide au Kazakhstan.",
     {('support', 'Uzbekistan', 'sovereignty_stability', 'support')}),
    ('help', "La France est prête à apporter son aide au Kazakhstan.",
     {('support', 'France', 'sovereignty_stability', 'support')}),
    ('gerund', "Tokaïev a réagi en limogeant le gouvernement.",
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('gerund', "Le président a répondu en décrétant l'état d'urgence dans la capitale.",
     {('state_of_emergency', T, 'sovereignty_stability', '')}),
    ('nominal', "Tokaïev a répondu par la proclamation de l'état d'urgence.",
     {('state_of_emergency', T, 'sovereignty_stability', '')}),
    ('nominal', "Le ministère russe de la Défense a annoncé le début du retrait de ses "
     "parachutistes.", {('withdrawal', CS, 'csto_deployment', '')}),
    ('types', "Tokaïev a annoncé que les troupes de l'OTSC commenceraient à quitter le pays "
     "dans deux jours.", {('withdrawal', T, 'csto_deployment', '')}),
    ('types', "Les manifestants réclament la démission du gouvernement.",
     {('protest', 'protesters', 'leadership_change', 'support')}),
    ('types', "Moscou a dépêché des parachutistes au Kazakhstan.",
     {('military_deployment', CS, 'csto_deployment', '')}),
    ('types', "La télévision publique a été incendiée par des manifestants.",
     {('violent_clash', 'protesters', 'other', '')}),
    ('verbs', "Jean-Yves Le Drian s'est dit « très préoccupé » par la situation au "
     "Kazakhstan.", {('statement', 'Jean-Yves Le Drian', 'sovereignty_stability',
                      'concern')}),
    ('verbs', "Tokaïev a exclu toute négociation avec les émeutiers.",
     {('opposition', T, 'restraint_human_rights', 'oppose')}),
]

# a fourth set: speakers by title whose French titles the actor book lacked, the expletive
# "ne" (no negation), a request named after "après", idioms that are no verdict, crowds
# blocking roads, headlines with no verb
FOURTH = [
    ('title', "Le président biélorusse a salué le succès de la mission de l'OTSC.",
     {('support', 'Alexander Lukashenko', 'csto_deployment', 'support')}),
    ('title', "Le chef de la diplomatie turque s'est dit préoccupé par les violences.",
     {('statement', 'Mevlüt Çavuşoğlu', 'restraint_human_rights', 'concern')}),
    ('title', "Londres a appelé à la retenue.",
     {('call_for_restraint', 'United Kingdom', 'restraint_human_rights', 'concern')}),
    ('title', "Le chancelier allemand a appelé au dialogue.",
     {('call_for_restraint', 'Olaf Scholz', 'restraint_human_rights', 'concern')}),
    ('title', "Le porte-parole du département d'Etat a fait part de ses doutes sur "
     "l'intervention de l'OTSC.", {('statement', 'Ned Price', 'csto_deployment', 'concern')}),
    ('title', "La porte-parole de la Maison Blanche a dénoncé l'ordre de tirer sans sommation.",
     {('opposition', 'Jen Psaki', 'use_of_force', 'oppose')}),
    ('title', "La cheffe de la diplomatie allemande a réclamé une enquête indépendante.",
     {('appeal_request', 'Annalena Baerbock', 'restraint_human_rights', 'concern')}),
    ('title', "Le président kirghiz a appelé au calme.",
     {('call_for_restraint', 'Sadyr Japarov', 'restraint_human_rights', 'concern')}),
    ('expletive', "Des habitants ont témoigné avant que l'internet ne soit coupé par les "
     "autorités.", {('statement', KA, 'internet_shutdown', '')}),
    ('request', "L'OTSC a envoyé des troupes après la demande du président Tokaïev.",
     {('appeal_request', T, 'csto_deployment', 'support'),
      ('military_deployment', CS, 'csto_deployment', '')}),
    ('idiom', "Les troupes russes resteront au Kazakhstan aussi longtemps que nécessaire, a "
     "affirmé le Kremlin.", {('statement', P, 'csto_deployment', 'support')}),
    ('types', "Les protestataires ont bloqué les routes menant à Aktaou.",
     {('protest', 'protesters', 'other', '')}),
    ('types', "Des milliers de Kazakhs ont manifesté dimanche à Janaozen contre la flambée "
     "des prix du gaz.", {('protest', 'protesters', 'fuel_prices', 'oppose')}),
    ('headline', "Kazakhstan : l'état d'urgence décrété à Almaty",
     {('state_of_emergency', KA, 'sovereignty_stability', '')}),
    ('headline', "Arrestation de l'ancien chef du renseignement kazakh",
     {('arrest', KA, 'other', '')}),
    ('types', "Les manifestants ont envahi la mairie de Chymkent.",
     {('violent_clash', 'protesters', 'other', '')}),
    ('verbs', "Tokaïev estime que le pays a été victime d'une « agression armée ».",
     {('statement', T, 'terrorism_framing', 'support')}),
]

# a fifth set: clashes that break out with no crowd named (but not those a relative clause
# recalls), concern for detainees, mass arrests denounced, sources named in passing
FIFTH = [
    ('clash', "Des heurts ont éclaté mardi soir à Nour-Soultan, la capitale.",
     {('violent_clash', 'protesters', 'other', '')}),
    ('clash', "Des affrontements entre manifestants et policiers ont éclaté jeudi à Aktobe.",
     {('violent_clash', 'protesters', 'other', '')}),
    ('clash', "Les émeutes qui ont éclaté au Kazakhstan ont surpris Moscou.", set()),
    ('verbs', "Human Rights Watch s'inquiète du sort des personnes détenues.",
     {('statement', H, 'restraint_human_rights', 'concern')}),
    ('verbs', "Amnesty International a dénoncé les arrestations massives.",
     {('opposition', A, 'restraint_human_rights', 'concern')}),
    ('source', "Selon un communiqué du Kremlin, Vladimir Poutine a salué la mission de l'OTSC.",
     {('support', P, 'csto_deployment', 'support')}),
    ('source', "Dmitri Peskov, cité par l'agence RIA Novosti, a jugé la mission de l'OTSC "
     "nécessaire.", {('support', 'Dmitry Peskov', 'csto_deployment', 'support')}),
    ('source', "Des manifestants ont été arrêtés à Almaty, a rapporté l'agence Interfax.",
     {('arrest', KA, 'other', '')}),
    ('types', "Nazarbaïev a quitté la présidence du Conseil de sécurité.",
     {('resignation_dismissal', 'Nursultan Nazarbayev', 'leadership_change', '')}),
    ('types', "Le Premier ministre Askar Mamine a démissionné.",
     {('resignation_dismissal', 'Askar Mamin', 'leadership_change', '')}),
    # people's rights affirmed are a call to respect them
    ('rights', "« Les gens ont le droit de manifester pacifiquement », a rappelé l'ONU.",
     {('call_for_restraint', 'United Nations', 'restraint_human_rights', 'concern')}),
    ('rights', "Les citoyens ont le droit de s'exprimer librement, a estimé Josep Borrell.",
     {('call_for_restraint', 'Josep Borrell', 'restraint_human_rights', 'concern')}),
    # a wish or hope for calm or a peaceful settlement asks for it; a welcome backs
    ('wish', "Le ministère turc des Affaires étrangères a souhaité un retour rapide au calme.",
     {('call_for_restraint', 'Turkish Foreign Ministry', 'restraint_human_rights',
       'concern')}),
    ('wish', "Le Japon espère un règlement pacifique de la crise.",
     {('call_for_restraint', 'Japan', 'restraint_human_rights', 'concern')}),
    ('wish', "Tokaïev a souhaité la bienvenue aux soldats de l'OTSC.",
     {('support', T, 'csto_deployment', 'support')}),
    # the agent of a passive arrest, named after "par", made it
    ('agent', "Des dizaines de manifestants ont été interpellés par la police à Almaty.",
     {('arrest', 'Kazakh police', 'other', '')}),
    ('agent', "Karim Massimov a été arrêté par le Comité de sécurité nationale.",
     {('arrest', 'National Security Committee of Kazakhstan', 'leadership_change', '')}),
    ('agent', "Des centaines de personnes ont été arrêtées par les forces de sécurité jeudi.",
     {('arrest', 'Kazakh security forces', 'other', '')}),
    ('agent', "Des manifestants ont été arrêtés par dizaines à Almaty.",
     {('arrest', KA, 'other', '')}),
]


def rows(text):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language="fr")}


ALL = SENTENCES + SECOND + THIRD + FOURTH + FIFTH


@pytest.mark.parametrize(("kind", "text", "expected"), ALL,
                         ids=[f"{k}-{i}" for i, (k, _t, _e) in enumerate(ALL)])
def test_languages_fr_breadth_sentence_gives_the_event_model_rows(kind, text, expected):
    assert rows(text) == expected


# (text, wanted date, wanted location) of the one event each gives; published Monday 10 January
DATED = [
    ("ALMATY (AFP) - Des milliers de manifestants ont défilé mercredi dans le centre-ville.",
     "2022-01-05", "Almaty"),
    ("Des manifestations ont eu lieu le 5 janvier à Aktobe, dans l'ouest du pays.",
     "2022-01-05", "Aktobe"),
    ("Il y a trois jours, la police a arrêté des dizaines de manifestants à Chymkent.",
     "2022-01-07", "Shymkent"),
    ("Mercredi soir, des émeutiers ont incendié des bâtiments publics d'Almaty.",
     "2022-01-05", "Almaty"),
    ("Des manifestants ont défilé mardi dans la ville de Taraz.", "2022-01-04", "Taraz"),
    ("Samedi, Karim Massimov a été arrêté à Astana.", "2022-01-08", "Nur-Sultan"),
    ("Tokaïev a décrété mercredi le couvre-feu dans la région d'Almaty.", "2022-01-05",
     "Almaty Region"),
    # a deployment or withdrawal with no town named is the country's
    ("Les derniers soldats russes ont quitté le pays le 19 janvier.", "2022-01-19",
     "Kazakhstan"),
    ("L'OTSC a commencé jeudi dernier le déploiement de ses troupes.", "2022-01-06",
     "Kazakhstan"),
    ("Avant-hier, des coups de feu ont été tirés sur la place de la République à Almaty.",
     "2022-01-08", "Almaty"),
    ("Le 2 janvier, des centaines d'habitants de Janaozen sont descendus dans la rue.",
     "2022-01-02", "Zhanaozen"),
    ("Mardi 4 janvier au soir, la police a dispersé des manifestants à Almaty.",
     "2022-01-04", "Almaty"),
    ("Mercredi matin, le gouvernement a démissionné.", "2022-01-05", "Kazakhstan"),
    ("Jeudi dernier, Tokaïev s'est entretenu avec Poutine.", "2022-01-06", ""),
    ("Des manifestants ont été interpellés à Aktaou, chef-lieu de la région de Manguistaou.",
     "", "Aktau"),
    ("Des heurts ont eu lieu à Taldykourgan, dans l'est du pays, mercredi.", "2022-01-05",
     "Taldykorgan"),
    ("Dans la capitale économique, Almaty, des magasins ont été pillés jeudi.", "2022-01-06",
     "Almaty"),
    ("Des rassemblements ont eu lieu samedi à Almaty et à Chymkent.", "2022-01-08",
     "Almaty; Shymkent"),
    ("Mercredi, à Almaty comme à Aktobe, des milliers de personnes ont manifesté.",
     "2022-01-05", "Almaty; Aktobe"),
    ("Le 11 janvier, Tokaïev a annoncé le retrait des troupes de l'OTSC.", "2022-01-11",
     "Kazakhstan"),
]


def test_languages_fr_breadth_a_date_carries_to_the_next_day():
    """"Le lendemain" is the day after the date of the sentence before."""
    events = extract_events("Tokaïev a décrété l'état d'urgence le 5 janvier.\n\nLe "
                            "lendemain, il a demandé l'aide de l'OTSC.",
                            published="2022-01-10", language="fr")
    assert sorted((e["event_type"], e["date"]) for e in events) == [
        ("appeal_request", "2022-01-06"), ("state_of_emergency", "2022-01-05")]


@pytest.mark.parametrize(("text", "date", "location"), DATED)
def test_languages_fr_breadth_dates_and_places(text, date, location):
    events = extract_events(text, published="2022-01-10", language="fr")
    assert [(e["date"], e["location"]) for e in events] == [(date, location)]


def test_languages_fr_breadth_a_states_right_is_no_call_for_restraint():
    """Only people's rights affirmed ask for their respect, not a state's right to act."""
    found = rows("Moscou a le droit d'aider ses alliés, a estimé Sergueï Lavrov.")
    assert not [r for r in found if r[0] == "call_for_restraint"], found

"""Positions (actor, issue, stance) on sentences written for the project in wire style
(issue 8, tenth session): each sentence's rows are all those the event model asks for, as
(event type, actor, issue, stance); a missing or an extra row fails.

Classes: attackers said to be run or sent from abroad ("coordinated abroad", "from outside
the country", "foreign fighters", "зарубежные боевики", "depuis l'extérieur") advance the
narrative of foreign interference, beside the terrorism framing their own words carry
(terrorists "trained abroad", "foreign-backed" or "foreign-trained" militants too, as the
real-news gold codes them: a framing row and an interference row).
A call that asks for the act of force itself ("urged the police to open fire") is an order
of it, backing force, while a call to stop, avoid or revoke it opposes it (the lexicons'
``cessation`` rows); a rejection joined by "and" after an order ("... and ruled out talks")
governs its own object, not the order. A meeting of the alliance named as where words were
said ("at the CSTO videoconference") is no position on the deployment. Calls for talks called
stupid or folly are rejected, as "absurd" and "nonsense" already were.
"""

import pytest

from tests.extract_rows import rows

T, P = "Kassym-Jomart Tokayev", "Vladimir Putin"
FOREIGN = "foreign_interference", "oppose"
TERROR = ("statement", T, "terrorism_framing", "support")


ABROAD = [
    ("en", "Tokayev said on Monday that the riots had been coordinated abroad.",
     {("statement", T, *FOREIGN)}),
    ("en", "Tokayev said on Monday the riots had been organised from outside the country.",
     {("statement", T, *FOREIGN)}),
    ("en", "Tokayev said the country was attacked by terrorists from inside and outside "
           "the nation.", {TERROR, ("statement", T, *FOREIGN)}),
    ("en", "Putin said on Monday that foreign militants had taken part in the riots.",
     {("statement", P, "terrorism_framing", "support"), ("statement", P, *FOREIGN)}),
    ("fr", "Le président Tokaïev a déclaré lundi que les troubles étaient organisés depuis "
           "l'extérieur.", {("statement", T, *FOREIGN)}),
    ("fr", "Tokaïev a affirmé lundi que des combattants étrangers avaient participé aux "
           "émeutes.", {("statement", T, *FOREIGN)}),
    ("ru", "Токаев заявил в понедельник, что беспорядки подогреваются из вне.",
     {("statement", T, *FOREIGN)}),
    ("ru", "Токаев заявил, что в беспорядках участвовали зарубежные боевики.",
     {TERROR, ("statement", T, *FOREIGN)}),
    ("de", "Tokajew sagte am Montag, ausländische Kämpfer hätten das Land überfallen.",
     {("statement", T, *FOREIGN)}),
    ("es", "Tokayev afirmó el lunes que en los disturbios participaron combatientes "
           "extranjeros.", {("statement", T, *FOREIGN)}),
]


@pytest.mark.parametrize(("language", "text", "expected"), ABROAD,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(ABROAD)])
def test_coding_attackers_trained_or_run_from_abroad_are_foreign_interference(
        language, text, expected):
    assert rows(text, language) == expected


TRAINED = [
    ("en", "Tokayev said on Monday that the terrorists had been trained abroad."),
    ("en", "Tokayev on Friday blamed the violence on foreign-trained militants."),
    ("en", "Tokayev said on Friday the country faced foreign-backed terrorist gangs."),
    ("fr", "Tokaïev a dénoncé vendredi des bandes terroristes entraînées à l'étranger."),
    ("fr", "Le président a affirmé vendredi que les terroristes avaient été formés à "
           "l'étranger."),
    ("ru", "Токаев заявил в пятницу, что террористы прошли подготовку за рубежом."),
    ("ru", "Токаев заявил, что боевики прошли обучение за границей."),
    ("de", "Tokajew sprach am Freitag von im Ausland ausgebildeten Terroristen."),
    ("es", "Tokayev denunció el viernes a bandas terroristas entrenadas en el extranjero."),
]


@pytest.mark.parametrize(("language", "text"), TRAINED,
                         ids=[f"{lang}-{i}" for i, (lang, _t) in enumerate(TRAINED)])
def test_coding_terrorists_trained_abroad_are_also_foreign_interference(language, text):
    assert rows(text, language) == {TERROR, ("statement", T, *FOREIGN)}


def test_coding_training_abroad_alone_is_foreign_interference():
    assert rows("Tokayev said on Friday that the attackers had received training abroad.",
                "en") == {("statement", T, *FOREIGN)}


UF = "use_of_force"
ORDERED = ("statement", T, UF, "support")

# a call that asks for the act of force itself is an order of it (a statement backing
# force); a call to stop, avoid or revoke it, or not to use it, opposes it
FORCE_CALLS = [
    ("en", "Tokayev urged the security forces on Friday to use lethal force.", {ORDERED}),
    ("en", "Tokayev on Friday urged the police to open fire without warning.", {ORDERED}),
    ("en", "Blinken urged the security forces on Friday to refrain from using lethal force.",
     {("appeal_request", "Antony Blinken", UF, "oppose")}),
    ("en", "Blinken urged the security forces on Friday not to use lethal force.",
     {("appeal_request", "Antony Blinken", UF, "oppose")}),
    ("en", "Human Rights Watch on Friday called on Kazakhstan to revoke the order to shoot "
           "without warning.", {("appeal_request", "Human Rights Watch", UF, "oppose")}),
    ("fr", "Tokaïev a appelé vendredi les forces de l'ordre à tirer sans sommation.",
     {ORDERED}),
    ("fr", "Le Drian a appelé vendredi les forces de l'ordre à cesser de tirer sans "
           "sommation.", {("appeal_request", "Jean-Yves Le Drian", UF, "oppose")}),
    ("ru", "Токаев в пятницу призвал силовиков стрелять на поражение.", {ORDERED}),
    ("ru", "Блинкен в пятницу призвал силовиков прекратить применение силы.",
     {("appeal_request", "Antony Blinken", UF, "oppose")}),
    ("es", "Tokayev pidió el viernes a las fuerzas de seguridad disparar a matar.", {ORDERED}),
    ("es", "Borrell pidió el viernes poner fin al uso de la fuerza.",
     {("appeal_request", "Josep Borrell", UF, "oppose")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), FORCE_CALLS,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(FORCE_CALLS)])
def test_coding_call_for_the_act_of_force_is_an_order_of_it(language, text, expected):
    assert rows(text, language) == expected


# a rejection joined by "and" after an order of force opens the subject's next predicate:
# it rejects its own object (the talks), not the order named before the conjunction
JOINED_REJECTIONS = [
    ("de", "Tokajew erteilte den Sicherheitskräften am Freitag einen Schießbefehl und "
           "schloss Verhandlungen aus."),
    ("en", "Tokayev ordered the security forces on Friday to open fire without warning and "
           "ruled out negotiations with the protesters."),
    ("ru", "Токаев в пятницу отдал приказ стрелять на поражение и отверг переговоры."),
]


@pytest.mark.parametrize(("language", "text"), JOINED_REJECTIONS,
                         ids=[lang for lang, _t in JOINED_REJECTIONS])
def test_coding_rejection_after_a_conjunction_does_not_govern_the_order_before(language,
                                                                               text):
    found = rows(text, language)
    assert ("opposition", T, "restraint_human_rights", "oppose") in found
    assert not any(issue == UF and stance == "oppose" for _t, _a, issue, stance in found)


STABLE_T = ("statement", T, "sovereignty_stability", "support")

# a meeting of the alliance named as where words were said is no position on the
# deployment (the lexicons' topic rows valued ``venue``)
VENUES = [
    ("en", "Tokayev said at the CSTO videoconference on Monday that order had been restored.",
     {STABLE_T}),
    ("en", "Speaking at a summit of the Collective Security Treaty Organization (CSTO) on "
           "Monday, Tokayev said order had been restored.", {STABLE_T}),
    ("ru", "Токаев заявил в ходе видеоконференции стран ОДКБ, что порядок восстановлен.",
     {STABLE_T}),
    ("de", "Tokajew sagte bei der Videokonferenz der OVKS, die Ordnung sei wiederhergestellt.",
     {STABLE_T}),
    ("fr", "Lors du sommet virtuel de l'OTSC, Tokaïev a déclaré que l'ordre avait été "
           "rétabli.", {STABLE_T}),
    ("es", "Tokayev dijo en la cumbre virtual de la OTSC que el orden se ha restablecido.",
     {STABLE_T}),
    # the alliance named outside a meeting is still the topic
    ("en", "Tokayev thanked the CSTO on Monday for its help.",
     {("support", T, "csto_deployment", "support")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), VENUES,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(VENUES)])
def test_coding_meeting_of_the_alliance_is_where_words_were_said(language, text, expected):
    assert rows(text, language) == expected


REJECTED = ("opposition", T, "restraint_human_rights", "oppose")

# calls for talks called stupid or folly are rejected (restraint opposed), as "absurd" and
# "nonsense" already were
FOLLY = [
    ("en", "Tokayev described calls by some governments for a negotiated solution as stupidity.",
     {REJECTED}),
    ("en", "Tokayev on Friday called the calls for dialogue sheer folly.", {REJECTED}),
    ("fr", "Tokaïev a qualifié vendredi de stupidité les appels au dialogue.", {REJECTED}),
    ("ru", "Токаев назвал глупостью призывы к диалогу.", {REJECTED}),
    ("de", "Tokajew nannte die Aufrufe zu Verhandlungen eine Dummheit.", {REJECTED}),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOLLY,
                         ids=[f"{lang}-{i}" for i, (lang, _t, _e) in enumerate(FOLLY)])
def test_coding_calls_for_talks_called_stupid_are_rejected(language, text, expected):
    assert rows(text, language) == expected

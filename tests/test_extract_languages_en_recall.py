"""English wire constructions behind missed events on real news, on sentences written for
the project (issue 8, ninth session).

Each sentence is the project's own, written in the habits of agency copy, one class per
block: reporting verbs the lexicon lacked ("informed X that", "framed/portrayed/depicted
... as", "called the protesters \"terrorists\""); whom the words were addressed to, named
between the reporting verb and "that", who does not act in the reported clause ("told
Putin that ... and thanked him": the speaker thanked); a request in the base form ("to
seek help") or asking a body to send troops; "advocated for" as a call; a call held
with someone; foreign parties and gunmen as the interference narrative;
acting "as tough as possible"; blaming something on someone; the Kazakh foreign minister by
title; troops that deployed to a place. The rows are those the event model asks for: a missing
or an extra row fails.
"""

import pytest

from dashboard.extract import extract_events
from tests.tiny_lexicon import tiny_extractor

T, P, L, B = "Kassym-Jomart Tokayev", "Vladimir Putin", "Sergey Lavrov", "Antony Blinken"
AR, DP, TF, FI = "appeal_request", "csto_deployment", "terrorism_framing", "foreign_interference"
SS, RH = "sovereignty_stability", "restraint_human_rights"


def rows(text, published="2022-01-07"):
    """The (type, actor, issue, stance) of each row, duplicates kept, in a stable order."""
    return sorted((e["event_type"], e["actor"], e["issue"], e["stance"] or "")
                  for e in extract_events(text, published=published, language="en"))


SENTENCES = [
    # "informed X that": a reporting verb whose object is not the speaker
    ('informed', "Tokayev informed Putin on Friday that order had been restored in the "
     "country.", [('statement', T, SS, 'support')]),
    ('informed', "Tileuberdi informed Wang Yi that the situation was stabilizing.",
     [('statement', 'Mukhtar Tileuberdi', SS, 'support')]),
    # the addressee between the verb and "that" does not act in the reported clause
    ('addressee', "Lukashenko told Tokayev that Belarus supported the deployment of the "
     "peacekeepers.", [('support', 'Alexander Lukashenko', DP, 'support')]),
    ('addressee', "Putin told Tokayev on Saturday that Russia backed the mission of the "
     "alliance.", [('support', P, DP, 'support')]),
    # framing, portraying, depicting something as
    ('framed-as', "Lavrov framed the unrest as a terrorist attack.",
     [('statement', L, TF, 'support')]),
    ('framed-as', "Tokayev has portrayed the unrest as an attack by terrorist gangs.",
     [('statement', T, TF, 'support')]),
    ('framed-as', "Beijing depicted the protests as a colour revolution.",
     [('statement', 'China', FI, 'oppose')]),
    # calling someone a quoted name
    ('called-quoted', 'Tokayev called the protesters "bandits and terrorists" in a televised '
     'address.', [('statement', T, TF, 'support')]),
    ('called-quoted', 'Lukashenko calls the rioters "terrorists".',
     [('statement', 'Alexander Lukashenko', TF, 'support')]),
    # a request in the base form, and asking a body to send troops or help
    ('seek', "Kazakhstan was forced to seek help from the CSTO.",
     [(AR, 'Kazakhstan', DP, 'support')]),
    ('seek', "Tokayev decided to seek military assistance from the alliance.",
     [(AR, T, DP, 'support')]),
    ('asked-to-send', "The Kazakh authorities asked the alliance to provide military "
     "assistance.", [(AR, 'Kazakh authorities', DP, 'support')]),
    # "advocated for" is a call
    ('advocate', "Blinken advocated for a peaceful resolution of the crisis.",
     [('call_for_restraint', B, RH, 'concern')]),
    ('advocate', "The EU advocates for dialogue between the authorities and the protesters.",
     [('call_for_restraint', 'European Union', RH, 'concern')]),
    # a call held with someone
    ('call-with', "Blinken held a call with Tileuberdi on Thursday.",
     [('phone_call', B, 'bilateral_relations', 'support')]),
    ('call-with', "Putin had a long call with Tokayev on Saturday.",
     [('phone_call', P, 'bilateral_relations', 'support')]),
    # foreign parties and gunmen: the interference narrative
    ('abroad', "Lavrov said foreign parties were trying to exploit the unrest.",
     [('statement', L, FI, 'oppose')]),
    ('abroad', "Tokayev said foreign gunmen had taken part in the attacks.",
     [('statement', T, FI, 'oppose')]),
    # acting tough with force
    ('act-tough', "Tokayev said he would act as tough as possible against the rioters.",
     [('statement', T, 'use_of_force', 'support')]),
    # blaming something on someone names who is blamed, not a stance on what was blamed
    ('blamed-on', 'Authorities have blamed the riots on "extremists".',
     [('statement', 'Kazakh authorities', TF, 'support')]),
    ('blamed-on', "The government blamed the unrest on foreign forces.",
     [('statement', 'Government of Kazakhstan', FI, 'oppose')]),
    # the Kazakh foreign minister by title; a respelled name
    ('title', "The Minister of Foreign Affairs of Kazakhstan described the riots as a "
     "terrorist attack.", [('statement', 'Mukhtar Tileuberdi', TF, 'support')]),
    ('title', "Kazakh FM: the unrest was a terrorist attack",
     [('statement', 'Mukhtar Tileuberdi', TF, 'support')]),
    ('respelled', "Defence Minister Sergei Shoigou said the mission had been accomplished.",
     [('statement', 'Sergei Shoigu', DP, 'support')]),
    # troops that deployed to a place
    ('deployed-to', "About 2,500 troops from the CSTO deployed to Kazakhstan on Thursday.",
     [('military_deployment', 'CSTO', DP, '')]),
    ('deployed-to', "Russian paratroopers deployed to Almaty to guard the airport.",
     [('military_deployment', 'Russian Airborne Forces', DP, '')]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), SENTENCES,
                         ids=[f"{k}-{i}" for i, (k, _t, _e) in enumerate(SENTENCES)])
def test_languages_en_recall_sentence_gives_the_event_model_rows(kind, text, expected):
    assert rows(text) == sorted(expected)


@pytest.mark.parametrize(("text", "day"), [
    ("Russian troops landed in Almaty on Thursday, January 6, the ministry said.", "2022-01-06"),
    ("Russian troops landed in Almaty on Thursday 6 January, the ministry said.", "2022-01-06"),
    ("Russian troops landed in Almaty on Thursday, the ministry said.", "2022-02-17"),
])
def test_languages_en_recall_weekday_before_a_date_names_that_date(text, day):
    """A weekday written right before a full date names that date, whatever the
    publication day; a weekday alone is the last such day before publication."""
    events = extract_events(text, published="2022-02-22", language="en")
    assert [e["date"] for e in events] == [day]


def test_languages_en_recall_addressee_does_not_thank():
    """"X told Y that ... and thanked him": the speaker thanked, not the addressee."""
    text = "Tokayev told Putin that the situation was stabilizing and thanked him for the " \
           "alliance's help."
    actors = {e["actor"] for e in extract_events(text, published="2022-01-07", language="en")}
    assert actors == {T}


STATEMENT = """Britain urges calm in Kazakhstan

The British government issued a statement on the unrest on Thursday.

A spokesperson for the FCDO said:

We call on all sides to show restraint.
"""

NO_SPEAKER = """What is known about the unrest

Protests broke out in Zhanaozen on Sunday.

We call on all sides to show restraint.
"""


@pytest.mark.parametrize(("text", "expected"), [
    # a statement read out after "said:", in the first person with no quotation marks
    (STATEMENT, [('call_for_restraint', 'UK Foreign Office', RH, 'concern')]),
    # "we" with no speaker in the sentence before is no one's words
    (NO_SPEAKER, [('protest', 'protesters', 'other', '')]),
])
def test_languages_en_recall_first_person_goes_on_with_the_speaker(text, expected):
    assert rows(text) == sorted(expected)


_FIRST_ROWS = ("reporting,said,,,,,\n"
               "predicate,call(?:s|ed)? for,appeal_request,,call,,\n"
               "topic,calm,,restraint_human_rights,concern,,\n")


@pytest.mark.parametrize(("first", "actors"), [
    ("reported_mood,we,,,,,\n", ["Antony Blinken"]),
    ("", []),  # without the row the first-person sentence has no speaker
])
def test_languages_en_recall_first_person_comes_from_the_lexicon(tmp_path, first, actors):
    extractor = tiny_extractor(tmp_path, _FIRST_ROWS + first,
                               stances="restraint_human_rights,call,concern,call_for_restraint\n")
    # (the sentence before ends on a period: after "said:" the paragraphs that follow are
    # the speaker's words with or without the row, test_extract_discourse.py)
    found = extractor("Kazakhstan\n\nThe unrest went on in Almaty.\n\nBlinken said on Friday "
                      "that the unrest must end.\n\nWe call for calm.\n",
                      published="2022-01-07", language="en")
    assert [row["actor"] for row in found if row["event_type"] == "call_for_restraint"] \
        == actors


@pytest.mark.parametrize(("text", "expected"), [
    ("Kremlin on Kazakhstan\n\nPutin spoke about the unrest in a statement on Friday. "
     "The statement said that foreign forces had trained the rioters.\n",
     [('statement', P, FI, 'oppose')]),
    ("Kazakhstan\n\nTokayev said in a statement that order had been restored. The statement "
     "added that terrorists had attacked the city.\n",
     [('statement', T, SS, 'support'), ('statement', T, TF, 'support')]),
])
def test_languages_en_recall_the_statement_speaks_for_its_issuer(text, expected):
    """"The statement said/added" is the words of who issued it: the last speaker."""
    assert rows(text) == sorted(expected)


def test_languages_en_recall_calls_with_a_list_of_titled_leaders():
    """"talks with Kyrgyz President X and Tajik President Y": one call with each, a title
    of up to three words standing before each name."""
    text = ("Putin on Kazakhstan\n\nThe unrest went on.\n\nPutin held phone talks with Kyrgyz "
            "President Sadyr Japarov and Tajik President Emomali Rahmon on Friday.\n")
    calls = extract_events(text, published="2022-01-07", language="en")
    assert sorted((e["event_type"], e["actor"], e["target"]) for e in calls) == [
        ("phone_call", P, "Emomali Rahmon"), ("phone_call", P, "Sadyr Japarov")]

"""English wire constructions, third set, on sentences written for the project (issue 8).

Each sentence is the project's own, written in the habits of agency copy, one class per
block: a request named as a noun and owned by who made it ("Tokayev's request for help",
"a request from Tokayev"); a state's or government's request inside someone's reported
words ("Peskov said Kazakhstan had requested help": Kazakhstan asked, not Peskov); an
upper-case dateline town as the place of an arrest the dispatch reports with no place of
its own; a headline with no verb whose speaker stands before a colon ("Kremlin: ...");
a short heading line inside the body, which is a sentence of its own and not the opening
words of the next one. The rows are those the event model asks for: a missing or an extra
row fails.
"""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.sentences import split_sentences

T, P, CS = "Kassym-Jomart Tokayev", "Vladimir Putin", "CSTO"
AR, DP = "appeal_request", "csto_deployment"


def rows(text, published="2022-01-10"):
    """The (type, actor, issue, stance) of each row, duplicates kept, in a stable order."""
    return sorted((e["event_type"], e["actor"], e["issue"], e["stance"] or "")
                  for e in extract_events(text, published=published, language="en"))


SENTENCES = [
    # a request named as a noun: its owner asked
    ('owned-request', "The CSTO agreed to Tokayev's request for military aid on Thursday.",
     [(AR, T, DP, 'support')]),
    ('owned-request', "The alliance approved the Kazakh president's request for help within "
     "hours.", [(AR, T, DP, 'support')]),
    ('owned-request', "Tokayev's plea for help was answered within hours.",
     [(AR, T, DP, 'support')]),
    ('owned-request', "The CSTO said it had agreed to Tokayev's request for assistance.",
     [(AR, T, DP, 'support')]),
    ('owned-request', "The troops arrived after the Kazakh president's request for military "
     "aid.", [(AR, T, DP, 'support'), ('military_deployment', CS, DP, '')]),
    ('request-from', 'The alliance said it was responding to a request from Tokayev.',
     [(AR, T, DP, 'support')]),
    ('request-from', 'The troops came after a request for help by the Kazakh president.',
     [(AR, T, DP, 'support')]),
    # a possessive names no party: who owns the request is not the state before "'s"
    ('request-from', "The alliance answered a request from Kazakhstan's embattled president "
     "within hours.", []),
    # a state's request in reported speech is the state's, not the speaker's
    ('reported-request', 'Peskov told reporters that Kazakhstan had requested help from the '
     'alliance.', [(AR, 'Kazakhstan', DP, 'support')]),
    ('reported-request', 'Peskov said Kazakhstan had requested help from the alliance under '
     'the treaty.', [(AR, 'Kazakhstan', DP, 'support')]),
    ('reported-request', 'Pashinyan said on Thursday that the Kazakh government had requested '
     'assistance from the CSTO.', [(AR, 'Government of Kazakhstan', DP, 'support')]),
    ('reported-request', 'The ministry said Tokayev had asked the CSTO for help.',
     [(AR, T, DP, 'support')]),
    ('reported-request', 'Lavrov said Tokayev had asked the CSTO for military assistance.',
     [(AR, T, DP, 'support')]),
    ('reported-request', 'A spokesman said the Kazakh president had appealed to the CSTO for '
     'help to restore order.', [(AR, T, DP, 'support')]),
    # a speaker named before a headline's colon
    ('label', 'Kazakh president: foreign-trained terrorists behind the unrest',
     [('statement', T, 'terrorism_framing', 'support'),
      ('statement', T, 'foreign_interference', 'oppose')]),
    ('label', 'Blinken: Kazakhstan did not need outside help',
     [('statement', 'Antony Blinken', DP, 'concern')]),
    ('label', 'Kremlin: CSTO mission in Kazakhstan is legitimate',
     [('support', P, DP, 'support')]),
    ('label', 'Lavrov: outside forces stirred up the unrest',
     [('statement', 'Sergey Lavrov', 'foreign_interference', 'oppose')]),
    # a passive "be met with" is no meeting
    ('label', 'UN rights chief: protesters must not be met with violence',
     [('call_for_restraint', 'Michelle Bachelet', 'restraint_human_rights', 'concern')]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), SENTENCES,
                         ids=[f"{k}-{i}" for i, (k, _t, _e) in enumerate(SENTENCES)])
def test_languages_en_breadth3_sentence_gives_the_event_model_rows(kind, text, expected):
    assert rows(text) == sorted(expected)


# a dated dispatch: an arrest with no place of its own is in the dateline's town
DISPATCHES = [
    ('ALMATY, Jan 6 (Wire) - Police detained dozens of people near the main square on '
     'Thursday.', 'Almaty'),
    ('SHYMKENT, Jan 7 (Wire) - Riot police arrested about 40 people overnight, a local '
     'official said.', 'Shymkent'),
    ('AKTOBE, Jan 5 (Wire) - Police rounded up several activists outside the regional '
     'administration on Wednesday.', 'Aktobe'),
    ('NUR-SULTAN, Jan 7 (Wire) - Security forces detained 120 people on Friday, the city '
     'police said.', 'Nur-Sultan'),
    # the figures of an office count the country's detained, not the dispatch town's
    ('NUR-SULTAN, Jan 7 (Wire) - The interior ministry detained 120 people on Friday, '
     'officials said.', 'Kazakhstan'),
    ('ALMATY, Jan 6 (Wire) - Security forces opened fire on protesters on Thursday, '
     'witnesses said.', 'Almaty'),
    # a dateline abroad says where the reporter files from, not where the police acted
    ('MOSCOW, Jan 7 (Wire) - Kazakh police detained hundreds of people on Friday, the Kazakh '
     'interior ministry said.', 'Kazakhstan'),
    # a town the sentence names wins over the dateline's
    ('ALMATY, Jan 7 (Wire) - Police detained 30 people in Taraz on Friday, officials said.',
     'Taraz'),
    # an undated heading is no dispatch: a bare arrest stays in the country
    ('NUR-SULTAN - Police detained hundreds of people, officials said on Friday.',
     'Kazakhstan'),
]


@pytest.mark.parametrize(("text", "place"), DISPATCHES)
def test_languages_en_breadth3_dispatch_places_its_act_in_the_dateline_town(text, place):
    events = extract_events(text, published="2022-01-10", language="en")
    assert [e["location"] for e in events] == [place]


# a short heading line inside the body is a sentence of its own
HEADINGS = [
    ('The ministry said the internet was cut off across the country. &nbsp;\nInternet '
     'shutdown\nOn Wednesday evening, the internet was restored in Almaty.',
     ['Internet shutdown', 'On Wednesday evening']),
    ('Troops guarded the airport on Friday, officials said.\nKazakh FM: the events were a '
     'hybrid terrorist attack on the state\nThe minister spoke in Nur-Sultan.',
     ['Kazakh FM: the events', 'The minister spoke']),
]


@pytest.mark.parametrize(("text", "starts"), HEADINGS)
def test_languages_en_breadth3_heading_line_is_a_sentence_of_its_own(text, starts):
    opened = [text[s.start:s.end] for s in split_sentences(text)]
    for start in starts:
        assert any(sentence.startswith(start) for sentence in opened), opened


def test_languages_en_breadth3_hard_wrapped_sentence_stays_whole():
    text = ("The president said on Friday that the country had asked the alliance for\n"
            "help after protesters stormed government buildings in several cities.")
    assert len(split_sentences(text)) == 1


# a heading above body text names what the body reports: its act is no event of its own
SECTIONS = [
    ('Police detained 40 people in Taraz on Tuesday, officials said.\nInternet shutdown\n'
     'The authorities cut off the internet in Almaty on Wednesday evening.',
     [('arrest', 'Kazakh police', 'other', ''),
      ('statement', 'Kazakh authorities', 'internet_shutdown', '')]),
    ('Kazakhstan: CSTO troops to quell protests\nThe alliance said on Thursday it would send '
     'peacekeepers to Kazakhstan.',
     [('military_deployment', CS, DP, '')]),
    ('Tokayev spoke on television on Friday.\nRussian troops arrive in Almaty\nThe first '
     'Russian paratroopers landed in Almaty on Thursday night, the defence ministry said.',
     [('military_deployment', 'Russian Airborne Forces', DP, '')]),
]


@pytest.mark.parametrize(("text", "expected"), SECTIONS)
def test_languages_en_breadth3_heading_act_is_the_body_s(text, expected):
    assert rows(text) == sorted(expected)


# a second act joined by ", as" or ", while" is an act of its own clause, placed there; the
# first act keeps its own clause's town
SECOND_ACTS = [
    ('Police fired tear gas at demonstrators in Aktobe on Wednesday, as protests spread to '
     'Almaty and Shymkent.',
     [('protest', 'Aktobe'), ('protest', 'Almaty; Shymkent'), ('violent_clash', 'Aktobe')]),
    ('The government resigned on Wednesday, as protests spread to Almaty.',
     [('protest', 'Almaty'), ('resignation_dismissal', 'Kazakhstan')]),
    ('The CSTO began sending troops on Thursday, as protesters clashed with police in '
     'Almaty.', [('military_deployment', 'Kazakhstan'), ('violent_clash', 'Almaty')]),
    ("Crowds stormed the mayor's office in Almaty, as police detained protesters in Aktobe.",
     [('arrest', 'Aktobe'), ('violent_clash', 'Almaty')]),
    ('Putin spoke to Tokayev by phone on Thursday, as Russian paratroopers landed in Almaty.',
     [('military_deployment', 'Almaty'), ('phone_call', '')]),
    ('Blinken called for restraint on Thursday, as security forces opened fire on '
     'protesters in Almaty.', [('call_for_restraint', ''), ('violent_clash', 'Almaty')]),
    ('Tokayev declared a state of emergency in Almaty on Wednesday, while protests spread '
     'to Taraz.', [('protest', 'Taraz'), ('state_of_emergency', 'Almaty')]),
    ('Security forces detained dozens of people in Taraz, as protesters gathered in '
     'Shymkent.', [('arrest', 'Taraz'), ('protest', 'Shymkent')]),
    # "as well as" links places of one list, it opens no clause
    ('Police detained protesters in Almaty, as well as in Shymkent, on Wednesday.',
     [('arrest', 'Almaty; Shymkent')]),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_ACTS)
def test_languages_en_breadth3_second_act_keeps_its_clause_s_place(text, expected):
    events = extract_events(text, published="2022-01-10", language="en")
    assert sorted((e["event_type"], e["location"] or "") for e in events) == expected


# where an act happened: the town the sentence names (however it is introduced) wins over
# the country and over a dateline; the country only when the act is nationwide
PLACES = [
    ("Police detained dozens of protesters in Shymkent, Kazakhstan's third-largest city, on "
     "Friday.", 'Shymkent'),
    ("Protesters set fire to the city hall in Kazakhstan's largest city, Almaty, on "
     "Wednesday.", 'Almaty'),
    ('Thousands rallied in the western town of Zhanaozen on Sunday against the rise in fuel '
     'prices.', 'Zhanaozen'),
    ('Security forces opened fire on crowds in the main square of Taldykorgan on Thursday.',
     'Taldykorgan'),
    ('Emergency rule was declared across Kazakhstan on Wednesday.', 'Kazakhstan'),
    ('ALMATY, Jan 5 (Wire) - Protesters stormed government buildings in Aktobe and Taraz on '
     'Wednesday.', 'Aktobe; Taraz'),
    ('Protests broke out in several cities across Kazakhstan on Tuesday.', 'Kazakhstan'),
    ('Russian troops arrived in Almaty on Thursday to guard the airport.', 'Almaty'),
    ('Troops arrived in Kazakhstan on Thursday, a day after protesters stormed the airport.',
     'Kazakhstan'),
    # a day named inside a list of towns does not break the list
    ('Protesters rallied in Uralsk on Tuesday, as well as in Aktobe and Atyrau.',
     'Uralsk; Aktobe; Atyrau'),
    ('Police detained dozens of people in Almaty on Wednesday and in Shymkent.',
     'Almaty; Shymkent'),
    ('Crowds gathered in Aktau on January 3, as well as in Zhanaozen.', 'Aktau; Zhanaozen'),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_languages_en_breadth3_act_is_placed_where_the_sentence_puts_it(text, place):
    events = extract_events(text, published="2022-01-10", language="en")
    assert events and events[0]["location"] == place


# a state sending troops, named as the verb's subject, deployed them (the CSTO when the
# alliance sends them or nobody is named)
SENDERS = [
    ('Russia sent paratroopers to Kazakhstan on Thursday.', 'Russia'),
    ('Russia dispatched paratroopers to intervene in the region.', 'Russia'),
    ('Armenia on Friday sent 100 soldiers to Kazakhstan as part of the CSTO mission.',
     'Armenia'),
    ('Belarus is sending troops to Kazakhstan, its defence ministry said.', 'Belarus'),
    ('Moscow sent troops to Kazakhstan at the request of Tokayev.', 'Russia'),
    ('The CSTO sent troops to Kazakhstan on Thursday.', CS),
    ('Troops were sent to Kazakhstan on Thursday.', CS),
]


@pytest.mark.parametrize(("text", "actor"), SENDERS)
def test_languages_en_breadth3_state_sending_troops_deployed_them(text, actor):
    events = extract_events(text, published="2022-01-10", language="en")
    assert [e["actor"] for e in events if e["event_type"] == "military_deployment"] == [actor]


# troops named as whom a call is addressed to are not what it asks for
CALLS = [
    ('Blinken called on foreign troops and Kazakh authorities to respect human rights.',
     [('call_for_restraint', 'Antony Blinken', 'restraint_human_rights', 'concern')]),
    ('Psaki said Washington called on the CSTO peacekeepers to uphold human rights '
     'obligations.', [('call_for_restraint', 'Jen Psaki', 'restraint_human_rights', 'concern')]),
    ('The EU urged the CSTO forces to respect international humanitarian law.',
     [('call_for_restraint', 'European Union', 'restraint_human_rights', 'concern')]),
    ('Guterres urged the Kazakh security forces to show restraint.',
     [('call_for_restraint', 'António Guterres', 'restraint_human_rights', 'concern')]),
    # what the call asks for names the troops themselves: an appeal for the deployment
    ('Tokayev urged the alliance to deploy peacekeepers.', [(AR, T, DP, 'support')]),
    ('Tokayev called on the CSTO to send troops to protect strategic sites.',
     [(AR, T, DP, 'support')]),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_languages_en_breadth3_troops_called_on_are_the_addressee(text, expected):
    assert rows(text) == sorted(expected)


# a name with an apposition after a quotation ("..., a spokesman for X, said") speaks the
# quotation, all its sentences, not the body the apposition names
APPOSITIONS = [
    ('"We condemn the violence and call for restraint," Ned Price, a spokesman for the State '
     'Department, said.',
     [('call_for_restraint', 'Ned Price', 'restraint_human_rights', 'concern'),
      ('opposition', 'Ned Price', 'restraint_human_rights', 'concern')]),
    ('\u201cWe condemn the acts of violence. We urge all parties to find a peaceful '
     'resolution,\u201d Mr. Ned Price, a spokesman for the State Department, noted.',
     [('call_for_restraint', 'Ned Price', 'restraint_human_rights', 'concern'),
      ('opposition', 'Ned Price', 'restraint_human_rights', 'concern')]),
    ('"We condemn the violence," said Ned Price, a spokesman for the State Department.',
     [('opposition', 'Ned Price', 'restraint_human_rights', 'concern')]),
    ('"The deployment is legitimate," Maria Zakharova, the Russian foreign ministry '
     'spokeswoman, said on Thursday.', [('support', 'Maria Zakharova', DP, 'support')]),
    # a source named after a person and a comma is the source, not the person's title
    ('Wang Yi condemned foreign interference in a call with Mukhtar Tileuberdi, according '
     'to the Chinese foreign ministry.',
     [('phone_call', 'Wang Yi', 'foreign_interference', 'oppose'),
      ('statement', 'Wang Yi', 'foreign_interference', 'oppose')]),
    # with no name before it, the body a spokesman speaks for is the speaker
    ('The deployment was legitimate, a spokesman for the Russian Foreign Ministry said.',
     [('support', 'Russian Foreign Ministry', DP, 'support')]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_languages_en_breadth3_named_spokesman_speaks_the_quotation(text, expected):
    assert rows(text) == sorted(expected)


# a relative clause set off by commas before the reporting verb: the name before it speaks
RELATIVES = [
    ('The President, who chairs the Security Council of Kazakhstan, said the unrest was the '
     'work of terrorists.', [('statement', T, 'terrorism_framing', 'support')]),
    ('Lavrov, who met the CSTO secretary general on Friday, said the mission was '
     'legitimate.', [('support', 'Sergey Lavrov', DP, 'support')]),
    # hooligans and conspirators frame the unrest as terrorism does
    ('Tokayev said the protests had been hijacked by hooligans and conspirators.',
     [('statement', T, 'terrorism_framing', 'support')]),
    ('The president called the protesters a gang of hooligans.',
     [('statement', T, 'terrorism_framing', 'support')]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_languages_en_breadth3_name_before_relative_clause_speaks(text, expected):
    assert rows(text) == sorted(expected)


# what a call asks for, after its addressees and "to", is the call's: no act of its own
ASKED = [
    ('Bachelet also called on everyone, including the Kazakh security forces, protesters and '
     'others, to refrain from violence.',
     [('call_for_restraint', 'Michelle Bachelet', 'restraint_human_rights', 'concern')]),
    ('Guterres urged all sides, including the security forces, to refrain from violence and '
     'seek a peaceful resolution.',
     [('call_for_restraint', 'António Guterres', 'restraint_human_rights', 'concern')]),
    ('Bachelet called on the security forces and protesters to refrain from violence.',
     [('call_for_restraint', 'Michelle Bachelet', 'restraint_human_rights', 'concern')]),
    # an act reported beside a call stays an act
    ('Guterres called for restraint on Friday, as police detained 40 people in Almaty.',
     [('arrest', 'Kazakh police', 'other', ''),
      ('call_for_restraint', 'António Guterres', 'restraint_human_rights', 'concern')]),
]


@pytest.mark.parametrize(("text", "expected"), ASKED)
def test_languages_en_breadth3_what_a_call_asks_is_no_act(text, expected):
    assert rows(text) == sorted(expected)


# nouns that look like cues: "phone calls on Thursday" is no call on someone, "member
# states" is no reporting verb
NOUNS = [
    ('Putin held several phone calls on Thursday with leaders of the member states of the '
     'CSTO, the Kremlin said.', [('phone_call', P, DP, 'support')]),
    ('Tokayev held phone calls on Friday with the leaders of neighbouring states.',
     [('phone_call', T, 'bilateral_relations', 'support')]),
    # the verbs still read so
    ('Lavrov states that the mission is legitimate.',
     [('support', 'Sergey Lavrov', DP, 'support')]),
    ('The EU called on Friday for restraint on all sides.',
     [('call_for_restraint', 'European Union', 'restraint_human_rights', 'concern')]),
    ('Blinken calls on the authorities to show restraint.',
     [('call_for_restraint', 'Antony Blinken', 'restraint_human_rights', 'concern')]),
]


@pytest.mark.parametrize(("text", "expected"), NOUNS)
def test_languages_en_breadth3_nouns_are_no_cues(text, expected):
    assert rows(text) == sorted(expected)

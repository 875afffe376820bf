"""English wire constructions behind missed events on real news, on sentences written for
the project (issue 8, tenth session).

Each sentence is the project's own, written in the habits of agency copy, one class per
block: two stance verbs of one subject joined by "and" on one issue ("condemned the
violence and called for restraint") are two events; a quotation of several sentences whose
speaker, named after it with a title ('," Ms. X said'), speaks every sentence of it; a
word of an issue that needs a verb ("the peacekeepers") and that no verb is near gives way
to a word of the same issue that needs none ("the CSTO"), so the speaker's words on the
mission are a position; clash verbs: a crowd that takes over, captures or occupies a
building, security forces that reclaim control, clashes that begin, start or intensify;
"advocated" a peaceful way with or without "for" is a call; calls for talks called
"stupidity" or "folly" are rejected, like calls called absurd. The rows are those the
event model asks for: a missing or an extra row fails.
"""

import pytest

from dashboard.extract import extract_events

RH, DP = "restraint_human_rights", "csto_deployment"
CR, OP = "call_for_restraint", "opposition"


def rows(text, published="2022-01-07"):
    """The (type, actor, issue, stance) of each row, duplicates kept, in a stable order."""
    return sorted((e["event_type"], e["actor"], e["issue"], e["stance"] or "")
                  for e in extract_events(text, published=published, language="en"))


SENTENCES = [
    # two stance verbs of one subject, joined by "and", on one issue: two events
    ('condemn-and-call', "The State Department condemned the violence and called for "
     "restraint.", [(CR, 'US State Department', RH, 'concern'),
                    (OP, 'US State Department', RH, 'concern')]),
    ('call-and-we-condemn', "Britain's Foreign Office said: \"We call for calm and we "
     "condemn acts of violence.\"", [(CR, 'UK Foreign Office', RH, 'concern'),
                                     (OP, 'UK Foreign Office', RH, 'concern')]),
    ('urge-and-condemn', "The UN urged restraint and condemned the loss of life.",
     [(CR, 'United Nations', RH, 'concern'), (OP, 'United Nations', RH, 'concern')]),
    # one verb on two topic words of the issue is one event
    ('one-verb', "The EU called for restraint and dialogue.",
     [(CR, 'European Union', RH, 'concern')]),
    # a weak word of an issue that no verb takes gives way to a word that needs none
    ('weak-gives-way', "The Kazakh authorities said the peacekeepers of the CSTO take no "
     "part in combat operations.", [('statement', 'Kazakh authorities', DP, 'support')]),
    ('weak-gives-way-stay', "Tokayev said on Monday that the CSTO peacekeepers would stay "
     "in the country until order was fully restored.",
     [('statement', 'Kassym-Jomart Tokayev', DP, 'support')]),
    # the weak word alone, with no verb near, is still no position: plain words
    ('weak-alone', "Lavrov said the peacekeepers were in good spirits.",
     [('statement', 'Sergey Lavrov', 'other', '')]),
    # a verb near the weak word still takes it
    ('weak-with-verb', "Lavrov praised the peacekeepers, who arrived under the CSTO flag.",
     [('support', 'Sergey Lavrov', DP, 'support')]),
    # clash verbs: buildings taken over, captured or occupied; control reclaimed
    ('took-over', "On Wednesday, protesters took over the airport in Almaty.",
     [('violent_clash', 'protesters', 'other', '')]),
    ('captured', "Rioters captured the mayor's office in Aktobe.",
     [('violent_clash', 'protesters', 'other', '')]),
    ('occupied', "Gunmen occupied the akimat building in Taldykorgan.",
     [('violent_clash', 'protesters', 'other', '')]),
    ('reclaimed', "Security forces reclaimed control of Almaty on Friday.",
     [('violent_clash', 'Kazakh security forces', 'use_of_force', '')]),
    # taking over an office or a task is no clash
    ('took-over-post', "Smailov took over as prime minister.", []),
    ('took-over-task', "Troops took over the guarding of the airport.", []),
    # clashes that begin, start or intensify; not in a clause that dates another act
    ('clashes-began', "Clashes began in Almaty on January 4.",
     [('violent_clash', 'protesters', 'other', '')]),
    ('fighting-intensified', "Fighting intensified in Almaty on Thursday.",
     [('violent_clash', 'protesters', 'other', '')]),
    ('after-unrest-began', "The government resigned after the unrest began.",
     [('resignation_dismissal', 'Government of Kazakhstan', 'leadership_change', '')]),
    # unrest that began names the protests' start, no clash
    ('unrest-began', "The unrest began on Jan. 2 over a rise in the price of gas.", []),
    # advocating a peaceful way is a call, with or without "for"
    ('advocated', "Blinken advocated a peaceful, rights-respecting resolution to the crisis.",
     [(CR, 'Antony Blinken', RH, 'concern')]),
    ('advocated-for', "The EU advocated for dialogue between the authorities and protesters.",
     [(CR, 'European Union', RH, 'concern')]),
    # calls for talks judged stupid or foolish: rejected, not made
    ('stupidity', "Tokayev described calls for negotiations with the protesters as "
     "stupidity.", [(OP, 'Kassym-Jomart Tokayev', RH, 'oppose')]),
    ('folly', "Tokayev said negotiations with the rioters would be folly.",
     [(OP, 'Kassym-Jomart Tokayev', RH, 'oppose')]),
    # a verb of another clause, not joined by "and", takes no second position
    ('other-clause', "Blinken called on foreign troops to respect human rights, hours "
     "after Tokayev thanked Russia for its help.",
     [(CR, 'Antony Blinken', RH, 'concern')]),
]


@pytest.mark.parametrize("label, text, expected", SENTENCES,
                         ids=[s[0] for s in SENTENCES])
def test_extract_en_recall2_rows(label, text, expected):
    assert rows(text) == sorted(expected), label


QUOTED = [
    # the speaker named after the quotation, a title's period before the name
    ('title-period', "Blinken spoke with Tleuberdi on Thursday.\n\"We have questions about "
     "the request for troops. We condemn the violence,\" Ms. Psaki said.", 'Jen Psaki'),
    # a name and an apposition between commas, the apposition being the cue itself
    ('apposition-cue', "Blinken spoke with Tleuberdi on Thursday.\n\"We condemn the acts "
     "of violence. We urge all sides to show restraint,\" Mr. Ned Price, a spokesman for "
     "the State Department, noted.", 'Ned Price'),
]


@pytest.mark.parametrize("label, text, speaker", QUOTED, ids=[q[0] for q in QUOTED])
def test_extract_en_recall2_quotation_speaker_after(label, text, speaker):
    """Every sentence of the quotation is the speaker's, the first included: the rows on
    restraint are all theirs, none the other official's named before."""
    found = [e for e in extract_events(text, published="2022-01-07", language="en")
             if e["issue"] == RH]
    assert found, label
    assert {e["actor"] for e in found} == {speaker}, label
    assert any("condemn" in e["evidence"] for e in found), label

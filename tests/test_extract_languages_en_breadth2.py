"""English wording of a second writer, on sentences written for the project (issue 8).

The first English sets (``test_extract_coding_breadth.py``, ``test_extract_verdicts.py``)
hold short sentences about polarity. This one, written afterwards by someone else and aimed
at recall, has the habits those lacked: long wire sentences holding two or three events (an
act, a statement and a background act stated in the text), explainers ("The unrest began
when ..."), headlines in the present tense or with no verb, live-blog lines with times and
"UPDATE:", lists of acts in one clause, several parties in one sentence, figures of the
detained, and institutions as actors. Each sentence is the project's own; its rows are those
the event model asks for (event type, actor, issue, stance), all of them and as many as
expected (one phone call per leader): a missing or an extra row fails.
"""

import pytest

from dashboard.extract import extract_events

T, P, L, CS = "Kassym-Jomart Tokayev", "Vladimir Putin", "Sergey Lavrov", "CSTO"
KA, KP, KSF, PR = "Kazakh authorities", "Kazakh police", "Kazakh security forces", "protesters"
IM, NSC = "Kazakh Interior Ministry", "National Security Committee of Kazakhstan"
SD, UNH = "US State Department", "UN Human Rights Office"
R, CR, SO = "restraint_human_rights", "call_for_restraint", "sovereignty_stability"
LC, BR = "leadership_change", "bilateral_relations"

SENTENCES = [
    ('wire',
     'Police detained dozens of people in Almaty on Saturday, a day after Tokayev ordered '
     'troops to shoot to kill without warning.',
     [('arrest', KP, 'other', ''),
      ('statement', T, 'use_of_force', 'support')]),
    ('wire',
     'The Interior Ministry said on Sunday that 5,800 people had been detained, including '
     'foreign nationals.',
     [('arrest', IM, 'other', '')]),
    ('wire',
     'Russian paratroopers landed in Almaty on Thursday as the president declared a state of'
     ' emergency across the country.',
     [('military_deployment', 'Russian Airborne Forces', 'csto_deployment', ''),
      ('state_of_emergency', T, SO, '')]),
    ('wire',
     "The government resigned on Wednesday after protesters stormed the mayor's office in "
     'Almaty and set it on fire.',
     [('resignation_dismissal', 'Government of Kazakhstan', LC, ''),
      ('violent_clash', PR, 'other', '')]),
    ('wire',
     'Security forces opened fire on protesters in Almaty on Thursday, while the CSTO began '
     'sending troops to the country.',
     [('military_deployment', CS, 'csto_deployment', ''),
      ('violent_clash', KSF, 'use_of_force', '')]),
    ('wire',
     'The European Union called on Saturday for an end to the violence and urged the Kazakh '
     'authorities to respect the right to peaceful protest.',
     [(CR, 'European Union', R, 'concern')]),
    ('explainer',
     'The unrest began on January 2 when drivers in Zhanaozen took to the streets over a '
     'rise in fuel prices.',
     [('protest', PR, 'fuel_prices', 'oppose')]),
    ('explainer',
     "Moscow's decision to send troops came after Tokayev appealed to the CSTO for help.",
     [('appeal_request', T, 'csto_deployment', 'support'),
      ('military_deployment', CS, 'csto_deployment', '')]),
    ('explainer',
     'The protests spread to Almaty within days, and by Wednesday crowds had seized the '
     'airport.',
     [('protest', PR, 'other', ''),
      ('violent_clash', PR, 'other', '')]),
    ('explainer',
     'It was the first time the CSTO had deployed troops at the request of a member state.',
     [('military_deployment', CS, 'csto_deployment', '')]),
    ('explainer',
     'The crisis deepened when Tokayev removed Nazarbayev as head of the Security Council.',
     [('resignation_dismissal', T, LC, '')]),
    ('headline',
     'Russian-led troops arrive in Kazakhstan',
     [('military_deployment', CS, 'csto_deployment', '')]),
    ('headline',
     'Kazakhstan declares nationwide state of emergency',
     [('state_of_emergency', KA, SO, '')]),
    ('headline',
     'Putin hails CSTO mission in Kazakhstan',
     [('support', P, 'csto_deployment', 'support')]),
    ('headline',
     'UN rights chief urges Kazakhstan to release peaceful protesters',
     [('appeal_request', 'Michelle Bachelet', R, 'concern')]),
    ('headline',
     'Kazakhstan: internet restored in Almaty after five-day blackout',
     [('statement', KA, 'internet_shutdown', '')]),
    ('headline',
     'CSTO troops begin withdrawal from Kazakhstan',
     [('withdrawal', CS, 'csto_deployment', '')]),
    ('headline',
     'US voices concern over Russian troops in Kazakhstan',
     [('statement', 'United States', 'csto_deployment', 'concern')]),
    ('live',
     '10:42 — Protesters have set fire to the city administration building in Almaty, local '
     'media report.',
     [('violent_clash', PR, 'other', '')]),
    ('live',
     '14:05 — Gunfire heard near the main square in Almaty as security forces move in.',
     [('violent_clash', KSF, 'use_of_force', '')]),
    ('live',
     'Breaking: Tokayev says order has been largely restored across the country.',
     [('statement', T, SO, 'support')]),
    ('list',
     'Rioters looted shops, torched police cars and stormed the airport in Almaty on '
     'Thursday.',
     [('violent_clash', PR, 'other', '')]),
    ('list',
     'The authorities cut off the internet, imposed a curfew and closed the airport in '
     'Almaty.',
     [('state_of_emergency', KA, SO, ''),
      ('statement', KA, 'internet_shutdown', '')]),
    ('targets',
     'Tokayev held phone talks with Putin and Lukashenko on Thursday.',
     [('phone_call', T, BR, 'support'),
      ('phone_call', T, BR, 'support')]),
    ('targets',
     'Lavrov discussed the situation in Kazakhstan by phone with Blinken on Saturday.',
     [('phone_call', L, BR, 'support')]),
    ('targets',
     'Putin spoke with Tokayev by telephone on Saturday, the Kremlin said.',
     [('phone_call', P, BR, 'support')]),
    ('targets',
     'The United States, the European Union and Britain called on all sides to exercise '
     'restraint.',
     [(CR, 'European Union', R, 'concern'),
      (CR, 'United Kingdom', R, 'concern'),
      (CR, 'United States', R, 'concern')]),
    ('targets',
     'Armenia, Belarus and Tajikistan said they would send troops to Kazakhstan as part of '
     'the CSTO force.',
     [('military_deployment', CS, 'csto_deployment', '')]),
    ('numbers',
     'More than 3,000 people were detained in Almaty on Friday, police said.',
     [('arrest', KP, 'other', '')]),
    ('numbers',
     'Some 2,030 CSTO troops and 250 pieces of equipment were deployed to Kazakhstan, the '
     'alliance said.',
     [('military_deployment', CS, 'csto_deployment', '')]),
    ('numbers',
     'Nearly 8,000 people had been detained across the country by Monday, the Interior '
     'Ministry said.',
     [('arrest', IM, 'other', '')]),
    ('institution',
     'The National Security Committee said on Saturday that it had detained Karim Massimov.',
     [('arrest', NSC, LC, '')]),
    ('institution',
     'The State Department said on Friday it was concerned about the deployment of Russian '
     'troops to Kazakhstan.',
     [('statement', SD, 'csto_deployment', 'concern')]),
    ('institution',
     'The UN human rights office called on the Kazakh authorities to exercise restraint.',
     [(CR, UNH, R, 'concern')]),
    ('institution',
     'The Kremlin said the CSTO deployment was a legitimate response to an external threat.',
     [('support', P, 'csto_deployment', 'support')]),
    ('institution',
     'The Chinese Foreign Ministry said Beijing opposed any foreign interference in '
     "Kazakhstan's internal affairs.",
     [('statement', 'Chinese Foreign Ministry', 'foreign_interference', 'oppose')]),
    ('institution',
     "Kazakhstan's Prosecutor General's Office said it had opened criminal cases over the "
     'riots.',
     [('statement', "Prosecutor General's Office of Kazakhstan", 'terrorism_framing', 'support')]),
    ('institution',
     'Human Rights Watch urged the authorities to investigate the killings of protesters.',
     [(CR, 'Human Rights Watch', R, 'concern')]),
    ('present',
     'Kazakh troops retake the airport in Almaty.',
     [('violent_clash', KSF, 'use_of_force', '')]),
    ('present',
     'Putin says Russia will not allow a colour revolution in Kazakhstan.',
     [('statement', P, 'foreign_interference', 'oppose')]),
    ('background',
     'Troops sent by the CSTO last week began leaving Kazakhstan on Thursday.',
     [('withdrawal', CS, 'csto_deployment', '')]),
    ('background',
     'Protesters first gathered in Zhanaozen on January 2 to denounce the doubling of gas '
     'prices.',
     [('protest', PR, 'fuel_prices', 'oppose')]),
    ('background',
     'The government announced on Thursday that it would cap fuel prices for 180 days.',
     [('statement', 'Government of Kazakhstan', 'fuel_prices', '')]),
    ('background',
     'Thousands rallied in Aktau and Almaty on Tuesday against the rise in the price of '
     'liquefied gas.',
     [('protest', PR, 'fuel_prices', 'oppose')]),
    ('wire',
     "Kazakhstan's security forces killed 26 armed rioters and detained more than 3,000 "
     'people, the Interior Ministry said on Friday.',
     [('arrest', KSF, 'other', ''),
      ('violent_clash', KSF, 'use_of_force', '')]),
    ('headline',
     'Lavrov warns West against meddling in Kazakhstan',
     [('statement', L, 'foreign_interference', 'oppose')]),
    ('live',
     'UPDATE 2: Peskov says the Kremlin sees no threat to Russia from the events in '
     'Kazakhstan.',
     [('statement', 'Dmitry Peskov', 'other', '')]),
    ('institution',
     'The US State Department called on Thursday for the release of peacefully detained '
     'protesters.',
     [('appeal_request', SD, R, 'concern')]),
    ('institution',
     'The CSTO secretariat said on Thursday the first units of the peacekeeping force had '
     'arrived.',
     [('military_deployment', CS, 'csto_deployment', '')]),
    ('targets',
     'Putin held separate phone calls with Tokayev and Lukashenko on Monday.',
     [('phone_call', P, BR, 'support'),
      ('phone_call', P, BR, 'support')]),
    ('numbers',
     'Police in Shymkent detained 150 people on Thursday, and another 80 were held in Taraz.',
     [('arrest', KP, 'other', '')]),
    ('list',
     'Crowds stormed government buildings, seized weapons and set fire to cars in several '
     'cities.',
     [('violent_clash', PR, 'other', '')]),
    # an accusation frames the unrest; what the accused are blamed for is no stance of its own;
    # attackers trained or backed abroad also advance the narrative of foreign interference
    ('accusation',
     'Tokayev blamed foreign-trained terrorists for the violence on Friday.',
     [('statement', T, 'terrorism_framing', 'support'),
      ('statement', T, 'foreign_interference', 'oppose')]),
    ('accusation',
     'The president blamed bandits and terrorists for the unrest in Almaty.',
     [('statement', T, 'terrorism_framing', 'support')]),
    ('accusation',
     'Lavrov accused the West of fomenting the unrest in Kazakhstan.',
     [('statement', L, 'foreign_interference', 'oppose')]),
    ('accusation',
     'Tokayev accused foreign-backed militants of attacking government buildings.',
     [('statement', T, 'terrorism_framing', 'support'),
      ('statement', T, 'foreign_interference', 'oppose')]),
    ('accusation',
     'Moscow blames Western powers for the chaos in Kazakhstan',
     [('statement', 'Russia', 'foreign_interference', 'oppose')]),
    ('accusation',
     'The Kazakh president accused foreign-trained terrorists of the violence in Almaty.',
     [('statement', T, 'terrorism_framing', 'support'),
      ('statement', T, 'foreign_interference', 'oppose')]),
    ('accusation', 'Tokayev accused the West of encouraging the protests.',
     [('statement', 'Kassym-Jomart Tokayev', 'foreign_interference', 'oppose')]),
    ('accusation', 'The Kremlin accused the West of stoking the unrest.',
     [('statement', 'Vladimir Putin', 'foreign_interference', 'oppose')]),
    ('accusation', 'Lavrov accused Western powers of orchestrating the revolt.',
     [('statement', 'Sergey Lavrov', 'foreign_interference', 'oppose')]),
    # a body reporting an arrest made by another: the reported clause's subject acted
    ('reported-agent',
     'The Interior Ministry said police had detained more than 200 people in Almaty.',
     [('arrest', KP, 'other', '')]),
    ('reported-agent',
     'The Interior Ministry said on Sunday that police had arrested 40 looters in Taraz.',
     [('arrest', KP, 'other', '')]),
    ('reported-agent',
     'The Interior Ministry said security forces had detained 300 rioters overnight.',
     [('arrest', KSF, 'other', '')]),
    ('reported-agent',
     'The National Security Committee said police detained 12 suspects in Shymkent.',
     [('arrest', KP, 'other', '')]),
]


def rows(text):
    """The (type, actor, issue, stance) of each row, duplicates kept, in a stable order."""
    return sorted((e["event_type"], e["actor"], e["issue"], e["stance"] or "")
                  for e in extract_events(text, published="2022-01-10", language="en"))


@pytest.mark.parametrize(("kind", "text", "expected"), SENTENCES,
                         ids=[f"{k}-{i}" for i, (k, _t, _e) in enumerate(SENTENCES)])
def test_languages_en_breadth2_sentence_gives_the_event_model_rows(kind, text, expected):
    assert rows(text) == sorted(expected)


# (text, wanted date, wanted location) of the one event each gives; published Monday 10 January
DATED = [
    ("The unrest began on January 2 when drivers in Zhanaozen took to the streets over a rise "
     "in fuel prices.", "2022-01-02", "Zhanaozen"),
    ("Troops sent by the CSTO last week began leaving Kazakhstan on Thursday.",
     "2022-01-06", "Kazakhstan"),
    ("Thousands rallied in Aktau and Almaty on Tuesday against the rise in the price of "
     "liquefied gas.", "2022-01-04", "Aktau; Almaty"),
    ("Lavrov discussed the situation in Kazakhstan by phone with Blinken on Saturday.",
     "2022-01-08", ""),
    ("More than 3,000 people were detained in Almaty on Friday, police said.",
     "2022-01-07", "Almaty"),
]


@pytest.mark.parametrize(("text", "date", "location"), DATED)
def test_languages_en_breadth2_dates_and_places(text, date, location):
    events = extract_events(text, published="2022-01-10", language="en")
    assert [(e["date"], e["location"] or "") for e in events] == [(date, location)]

"""German and Spanish wire grammar, second round (issue 8), on sentences written for this test.

Each text is the project's own, in the style of German and Spanish agency copy about the
January 2022 crisis; its rows are those the event model asks for (event type, actor, issue,
stance), all of them: a missing or an extra row fails. Classes: German reported speech in
the Konjunktiv I ("Die Mission sei ein Erfolg.") going on with the previous sentence's
speaker.
"""

import pytest

from dashboard.extract import extract_events
from tests.tiny_lexicon import tiny_extractor

T, P, PS = "Kassym-Jomart Tokayev", "Vladimir Putin", "Dmitry Peskov"

GERMAN = [
    # Konjunktiv I: a sentence of reported speech with no cue of its own is the speaker's
    ('mood', 'Peskow sagte am Montag, die Lage habe sich stabilisiert. '
     'Die Mission der OVKS sei ein Erfolg.',
     {('statement', PS, 'sovereignty_stability', 'support'),
      ('statement', PS, 'csto_deployment', 'support')}),
    ('mood', 'Tokajew erklärte, das Land sei einem Putschversuch ausgesetzt gewesen. '
     'Die Angreifer seien im Ausland ausgebildet worden.',
     {('statement', T, 'terrorism_framing', 'support'),
      ('statement', T, 'foreign_interference', 'oppose')}),
    ('mood', 'Lawrow äußerte sich am Dienstag in Moskau. Eine Einmischung von außen werde '
     'Russland nicht dulden.',
     {('statement', 'Sergey Lavrov', 'foreign_interference', 'oppose')}),
    ('mood', 'Der Kremlsprecher Dmitri Peskow äußerte sich am Mittwoch. Die Lage in Kasachstan '
     'habe sich beruhigt. Die OVKS werde ihre Friedenstruppen bald abziehen. Die Mission '
     'könne als Erfolg gelten.',
     {('statement', PS, 'sovereignty_stability', 'support'),
      ('withdrawal', 'CSTO', 'csto_deployment', ''),
      ('statement', PS, 'csto_deployment', 'support')}),
    # with no speaker in the sentence before, the mood carries nobody
    ('mood', 'Die Lage in Almaty sei ruhig.', set()),
    ('mood', 'Tokajew traf am Montag in Almaty ein. Die Lage in der Stadt sei ruhig.', set()),
]


def rows(text, language):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language=language)}


@pytest.mark.parametrize(("kind", "text", "expected"), GERMAN,
                         ids=[f"de-{k}-{i}" for i, (k, _t, _e) in enumerate(GERMAN)])
def test_languages_dees_breadth2_german_sentence_gives_the_event_model_rows(kind, text,
                                                                            expected):
    assert rows(text, "de") == expected


_MOOD_ROWS = ("reporting,sagte,,,,,\n"
              "topic,stabil\\w*,,sovereignty_stability,support,,\n"
              "topic,terror\\w*,,terrorism_framing,support,,\n")


@pytest.mark.parametrize(("mood", "actors"), [
    ("reported_mood,seien,,,,,\n", ["Dmitry Peskov", "Dmitry Peskov"]),
    ("", ["Dmitry Peskov"]),  # without the row the second sentence has no speaker
])
def test_languages_dees_breadth2_reported_mood_comes_from_the_lexicon(tmp_path, mood, actors):
    extractor = tiny_extractor(tmp_path, _MOOD_ROWS + mood, language="de",
                               stances="sovereignty_stability,none,support,\n"
                               "terrorism_framing,none,support,\n")
    found = extractor("Peskow sagte, Almaty sei stabil. Die Angreifer seien Terroristen.",
                      published="2022-01-10", language="de")
    assert [row["actor"] for row in found] == actors

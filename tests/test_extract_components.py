"""Each component of the extractor on its own, on a tiny hand-built lexicon.

Like spaCy's component tests: an :class:`Extractor` is made from a configuration whose
only lexicon is written here, its component list is cut after the component under test,
and the test reads what that component wrote on the document (or on the sentence's work).
The actor book and the gazetteer are the shipped ones.
"""

from datetime import date

import pytest

from dashboard.extract.components import Dedupe
from tests.tiny_lexicon import run_through, tiny_extractor

LEXICON = """month,jan(?:uary)?,,,,,1
weekday,wednesday,,,,,2
relative,yesterday,,,,,published:-1
reporting,said,,,,,
reporting,that is what,,,,,previous
predicate,condemned,opposition,,oppose,,
topic,violence,,restraint_human_rights,concern,,
operational,arrested,arrest,sovereignty_stability,,Kazakh police,kinds=government_body;country=KAZ
anaphora,he,,,,,person
agent,the marchers,,,,protesters,
locative,in,,,,,
preposition,in|of|to,,,,,
"""
STANCES = """restraint_human_rights,oppose,oppose,
restraint_human_rights,none,concern,
sovereignty_stability,none,support,
bilateral_relations,none,support,
"""


@pytest.fixture(scope="module")
def extractor(tmp_path_factory):
    return tiny_extractor(tmp_path_factory.mktemp("lexicons"), LEXICON, stances=STANCES)


def test_components_default_order(extractor):
    assert extractor.pipe_names == [
        "tokens", "places", "actors", "dateline", "unknown_people", "sentences",
        "headline_dates", "sentence", "dates", "sentence_places", "speakers", "attribution",
        "coding", "rows", "advance", "state_voices", "dedupe"]


def test_components_tokens_start_at_the_body(extractor):
    text = "Tokayev said it."
    doc, _ = run_through(extractor, text, "tokens")
    assert [text[t.start:t.end] for t in doc.tokens] == ["Tokayev", "said", "it"]
    assert doc.places == [] and doc.mentions == []


def test_components_places_are_found_with_their_spans(extractor):
    text = "Protesters gathered in Almaty."
    doc, _ = run_through(extractor, text, "places")
    assert [(text[p.start:p.end], p.place.name) for p in doc.places] == [("Almaty", "Almaty")]
    assert doc.place_index.starting_in(0, len(text)) == doc.places


def test_components_actors_take_aliases_and_lexicon_agents(extractor):
    text = "Tokayev met the marchers."
    doc, _ = run_through(extractor, text, "actors")
    assert [(m.actor, m.via) for m in doc.mentions] == [
        ("Kassym-Jomart Tokayev", "alias"), ("protesters", "agent")]


def test_components_dateline_drops_the_reporters_city(extractor):
    text = "ALMATY, Jan 5 (Reuters) - Police arrested protesters in Almaty."
    doc, _ = run_through(extractor, text, "dateline")
    assert doc.dateline.name == "Almaty" and doc.dateline_end > 0
    assert [p.start for p in doc.places] == [text.rindex("Almaty")]
    before, _ = run_through(extractor, text, "actors")
    assert len(before.places) == 2


def test_components_dateline_under_a_headline_keeps_the_headline(extractor):
    """A one-line headline above the dateline is body text: its mentions stay."""
    text = "Tokayev leaves Almaty\nMOSCOW, Jan 5 - Police arrested protesters."
    doc, _ = run_through(extractor, text, "dateline")
    assert doc.dateline.name == "Moscow"
    assert [text[p.start:p.end] for p in doc.places] == ["Almaty"]
    assert "Kassym-Jomart Tokayev" in [m.actor for m in doc.mentions]


def test_components_unknown_people_are_mentions_named_but_of_no_country(extractor):
    text = "Anatoly Antonov said the violence must end."
    doc, _ = run_through(extractor, text, "unknown_people")
    assert [(text[m.start:m.end], m.kind, m.actor, m.country) for m in doc.mentions] == [
        ("Anatoly Antonov", "unknown", "Anatoly Antonov", "")]


def test_components_sentences_keep_paragraphs(extractor):
    doc, _ = run_through(extractor, "Tokayev spoke. He left.\n\nPolice came.", "sentences")
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]


def test_components_headline_date_is_the_lead_date(extractor):
    text = "Wednesday 5 January 2022\n\nTokayev said the violence must end."
    doc, _ = run_through(extractor, text, "headline_dates", published=None)
    assert doc.state.lead_date == date(2022, 1, 5)


def test_components_sentence_view_carries_the_discourse(extractor):
    text = "Tokayev said the violence must end. He said more.\n\nPolice came."
    doc, works = run_through(extractor, text, "sentence")
    assert [w.view.last_speaker for w in works] == [None, None, None]  # nothing advanced
    assert works[0].view.home == "KAZ" and doc.state.paragraph == 1
    assert [m.actor for m in works[0].view.mentions] == ["Kassym-Jomart Tokayev"]


def test_components_dates_of_a_sentence(extractor):
    text = "On 5 January police arrested protesters. Yesterday he said more."
    _, works = run_through(extractor, text, "dates")
    assert [d.value for d in works[0].own] == [date(2022, 1, 5)]
    assert [d.value for d in works[1].dates] == [date(2022, 1, 5)]  # published 6 January


def test_components_sentence_places_skip_a_place_inside_an_actor(extractor):
    text = "Police arrested protesters in Almaty."
    _, works = run_through(extractor, text, "sentence_places")
    assert [p.place.name for p in works[0].places] == ["Almaty"]


def test_components_speakers_of_a_sentence(extractor):
    text = "Tokayev said the violence must end."
    _, works = run_through(extractor, text, "speakers")
    [speaker] = works[0].speakers
    assert speaker.mention.actor == "Kassym-Jomart Tokayev"
    assert text[speaker.cue_start:speaker.cue_end] == "said"


def test_components_attribution_gives_the_next_sentences_speaker_and_date(extractor):
    text = "The violence must end. That is what Tokayev said on Wednesday."
    _, works = run_through(extractor, text, "attribution", published="2022-01-07")
    assert [s.mention.actor for s in works[0].speakers] == ["Kassym-Jomart Tokayev"]
    assert [d.value for d in works[0].dates] == [date(2022, 1, 5)]
    speakers, _ = run_through(extractor, text, "speakers", published="2022-01-07")
    assert speakers.rows == []


def test_components_coding_finds_positions_and_acts(extractor):
    text = "Tokayev condemned the violence. Police arrested protesters."
    _, works = run_through(extractor, text, "coding")
    assert [(f.event_type, f.actor.actor, f.issue, f.stance) for f in works[0].findings] == [
        ("opposition", "Kassym-Jomart Tokayev", "restraint_human_rights", "oppose")]
    assert [(f.event_type, f.actor.actor) for f in works[1].findings] == [
        ("arrest", "Kazakh police")]


def test_components_rows_add_date_and_place(extractor):
    text = "On 5 January police arrested protesters in Almaty."
    doc, works = run_through(extractor, text, "rows")
    [row] = works[0].rows
    assert (row["event_type"], row["actor"], row["date"], row["location"]) == (
        "arrest", "Kazakh police", "2022-01-05", "Almaty")
    assert doc.rows == works[0].rows and doc.events == []  # dedupe has not run


def test_components_advance_carries_speaker_date_and_place(extractor):
    text = "On 5 January Tokayev said police arrested protesters in Almaty."
    doc, _ = run_through(extractor, text, "advance")
    state = doc.state
    assert state.last_speaker.actor == "Kassym-Jomart Tokayev"
    assert state.last_president.actor == "Kassym-Jomart Tokayev"
    assert (state.previous_date, state.paragraph_date, state.lead_date) == (
        date(2022, 1, 5), date(2022, 1, 5), date(2022, 1, 5))
    assert [p.name for p in state.paragraph_places] == ["Almaty"]


def test_components_dedupe_keeps_the_first_of_one_event(extractor):
    text = "On 5 January police arrested protesters. On 5 January police arrested protesters."
    doc, _ = run_through(extractor, text, "rows")
    assert len(doc.rows) == 2
    Dedupe()(doc)
    assert doc.events == doc.rows[:1]


def test_components_dedupe_drops_an_undated_repeat_of_a_dated_position(extractor):
    text = ("Tokayev condemned the violence. On 5 January Tokayev condemned the violence. "
            "Police arrested protesters. On 5 January police arrested protesters.")
    doc, _ = run_through(extractor, text, "rows")
    assert [(r["event_type"], r["date"]) for r in doc.rows] == [
        ("opposition", ""), ("opposition", "2022-01-05"), ("arrest", ""),
        ("arrest", "2022-01-05")]
    Dedupe()(doc)
    # the undated words are part of the dated occasion; two arrests may be two acts
    assert doc.events == doc.rows[1:]


@pytest.mark.parametrize(("second", "kept"), [
    ("Tokayev said the violence must end.", ["restraint_human_rights"]),
    ("Lavrov said the violence must end.", ["other", "restraint_human_rights"]),
])
def test_components_dedupe_drops_plain_words_beside_a_statement_on_an_issue(
        extractor, second, kept):
    """A speaker's plain words go when the same speaker states something on an issue."""
    doc, _ = run_through(extractor, f"Tokayev said he would speak on Friday. {second}",
                         "rows")
    assert [r["issue"] for r in doc.rows] == ["other", "restraint_human_rights"]
    Dedupe()(doc)
    assert [r["issue"] for r in doc.events] == kept


def test_components_whole_pipeline_gives_events(extractor):
    events = extractor("Tokayev condemned the violence on Wednesday.", published="2022-01-06",
                       language="en")
    assert [(e["event_type"], e["actor"], e["date"]) for e in events] == [
        ("opposition", "Kassym-Jomart Tokayev", "2022-01-05")]
    assert extractor("Токаев осудил насилие.", language="ru") == []  # no Russian rows here


def test_components_rows_carry_the_extractors_own_version(extractor):
    from dashboard.extract import EXTRACTOR_VERSION

    assert extractor.version != EXTRACTOR_VERSION  # its lexicon is not the shipped one
    assert extractor.version.startswith(EXTRACTOR_VERSION.rsplit(".", 1)[0])
    [event] = extractor("Police arrested protesters in Almaty.", published="2022-01-06",
                        language="en")
    assert event["extractor_version"] == extractor.version

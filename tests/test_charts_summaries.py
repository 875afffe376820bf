"""Charts in words: the text alternatives say what the charts show."""

import pytest

from dashboard.charts.summaries import map_summary, positions_summary, timeline_summary


def test_charts_summaries_map_names_places_and_country_level(small_events):
    text = map_summary(small_events)
    assert text.startswith("2 of the 6 events have a place on the map")
    assert "Mangystau Region (1)" in text and "Almaty (1)" in text
    assert text.endswith("0 event(s) are located only at country level.")


def test_charts_summaries_timeline_counts_actors_span_and_stances(small_events):
    text = timeline_summary(small_events)
    # the deployment (operational) and the undated row are not drawn
    assert text.startswith("The timeline shows 4 dated statement(s) by 3 actors from "
                           "2 January 2022 to 7 January 2022.")
    assert "Most active: Wang Yi (2), Kassym-Jomart Tokayev (1), protesters (1)." in text
    assert text.endswith("Stances: oppose (2), support (2).")


def test_charts_summaries_positions_counts_cells_by_stance(small_events):
    text = positions_summary(small_events)
    # Wang Yi's undated support on the CSTO deployment joins his dated one: one cell
    assert text.startswith("Positions of 3 actors on 3 issues: 4 cells (support 2, oppose 2).")


@pytest.mark.parametrize(("summary", "words"), [
    (map_summary, "no events"), (timeline_summary, "no dated statements"),
    (positions_summary, "No actor took a stance"),
])
def test_charts_summaries_say_when_nothing_is_shown(small_events, summary, words):
    assert words in summary(small_events.iloc[0:0])

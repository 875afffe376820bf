from datetime import date

import pytest

from dashboard.filters import FilterState, describe_dates, filter_options, known_values


@pytest.mark.parametrize(
    ("params", "expected_ids"),
    [
        ({}, ["A1", "A2", "A3", "A4", "A5"]),  # A6 waits for review
        ({"review": "all"}, ["A1", "A2", "A3", "A4", "A5", "A6"]),
        ({"review": "pending"}, ["A6"]),
        ({"review": "pending", "extracted": "0"}, []),
        ({"from": "2022-01-05", "to": "2022-01-06"}, ["A2", "A3"]),
        ({"from": "2022-01-07"}, ["A4", "A5"]),
        ({"to": "2022-01-02"}, ["A1"]),
        ({"country": ["CHN"], "review": "all"}, ["A3", "A4", "A6"]),
        ({"country": ["CHN", "KAZ"], "to": "2022-01-06"}, ["A2", "A3"]),
        ({"actor": "Wang Yi", "issue": "csto_deployment", "review": "all"}, ["A4", "A6"]),
        ({"type": ["military_deployment", "protest"]}, ["A1", "A5"]),
        ({"stance": ["oppose"]}, ["A1", "A3"]),
        ({"lang": ["fr"]}, ["A3", "A4"]),
        ({"lang": ["ru"]}, ["A4"]),
        ({"extracted": "0", "actor": "Wang Yi"}, ["A3", "A4"]),
    ],
)
def test_filters_apply_keeps_matching_rows(small_events, params, expected_ids):
    state = FilterState.from_query(params)
    assert list(state.apply(small_events)["event_id"]) == expected_ids


@pytest.mark.parametrize(
    ("params", "note_part"),
    [
        ({"from": "2022-13-01"}, "'from'"),
        ({"to": "yesterday"}, "'to'"),
        ({"from": "2022-01-09", "to": "2022-01-02"}, "swapped"),
        ({"review": "rejected"}, "'review' value 'rejected'"),
    ],
)
def test_filters_from_query_explains_bad_values(params, note_part):
    state = FilterState.from_query(params)
    assert any(note_part in note for note in state.notes)


def test_filters_from_query_swaps_reversed_dates():
    state = FilterState.from_query({"from": "2022-01-09", "to": "2022-01-02"})
    assert (state.date_from, state.date_to) == (date(2022, 1, 2), date(2022, 1, 9))


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"from": "2022-01-05", "to": "2022-01-07"},
        {"actor": ["CSTO", "Wang Yi"], "lang": ["ru"], "extracted": "0"},
        {"country": ["CHN"], "type": ["statement"], "issue": ["other"], "stance": ["concern"]},
        {"review": "pending"},
        {"review": "all", "from": "2022-01-05"},
    ],
)
def test_filters_query_round_trip(params):
    state = FilterState.from_query(params)
    assert FilterState.from_query(state.to_query()) == state


@pytest.mark.parametrize(
    ("params", "count", "expected"),
    [
        ({}, 6, "Showing 6 events"),
        ({}, 1, "Showing 1 event"),
        ({"from": "2022-01-02", "to": "2022-01-11", "country": "CHN"}, 84,
         "Showing 84 events from 2 to 11 January 2022 where actor country is China"),
        ({"actor": ["CSTO", "Russia", "China"], "type": "statement"}, 3,
         "Showing 3 events where actor is CSTO, Russia or China and event type is statement"),
        ({"from": "2022-01-05", "to": "2022-01-05", "extracted": "0"}, 12,
         "Showing 12 events on 5 January 2022 (curated events only)"),
        ({"from": "2021-12-30", "to": "2022-01-03"}, 2,
         "Showing 2 events from 30 December 2021 to 3 January 2022"),
        ({"review": "pending"}, 3, "Showing 3 events (events waiting for review only)"),
        ({"review": "all", "type": "protest"}, 4,
         "Showing 4 events where event type is protest (including events waiting for review)"),
    ],
)
def test_filters_describe_sentence(params, count, expected):
    state = FilterState.from_query(params)
    assert state.describe(count, {"country": {"CHN": "China"}}) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2022, 1, 2), None, "from 2 January 2022"),
        (None, date(2022, 1, 9), "until 9 January 2022"),
        (date(2022, 1, 28), date(2022, 2, 3), "from 28 January to 3 February 2022"),
        (None, None, ""),
    ],
)
def test_filters_describe_dates(start, end, expected):
    assert describe_dates(start, end) == expected


def test_filters_default_state_is_default():
    assert FilterState().is_default()
    assert not FilterState.from_query({"lang": "ru"}).is_default()


def test_filters_dates_only_drops_other_filters(small_events):
    state = FilterState.from_query({"from": "2022-01-05", "actor": "CSTO", "lang": "fr"})
    kept = state.dates_only().apply(small_events)
    assert list(kept["event_id"]) == ["A2", "A3", "A4", "A5"]


KNOWN = {"actor": {"CSTO", "Wang Yi"}, "country": {"CHN", "KAZ"}, "type": {"statement"},
         "issue": {"other"}, "stance": {"oppose"}, "lang": {"fr"}}
BOUNDS = (date(2022, 1, 1), date(2022, 1, 31))


@pytest.mark.parametrize(("params", "note_part", "kept"), [
    ({"from": "garbage"}, "'from' value 'garbage': not a date", {}),
    ({"to": "9999-99-99"}, "'to' value '9999-99-99': not a date", {}),
    ({"from": "9999-12-31"}, "'from' 9999-12-31 is outside the data", {"from": "2022-01-31"}),
    ({"to": "0001-01-01"}, "'to' 0001-01-01 is outside the data", {"to": "2022-01-01"}),
    ({"from": "2022-01-20", "to": "2022-01-05"}, "the two dates were swapped",
     {"from": "2022-01-05", "to": "2022-01-20"}),
    ({"stance": ["oppose", "angry"]}, "unknown stance value(s) 'angry'", {"stance": ["oppose"]}),
    ({"type": "riot"}, "unknown event type value(s) 'riot'", {}),
    ({"issue": "xx"}, "unknown issue value(s) 'xx'", {}),
    ({"country": ["QQQ", "CHN"]}, "unknown actor country value(s) 'QQQ'", {"country": ["CHN"]}),
    ({"lang": "zz"}, "unknown source language value(s) 'zz'", {}),
    ({"actor": ["<script>x</script>", "CSTO"]}, "unknown actor value(s) '<script>x</script>'",
     {"actor": ["CSTO"]}),
    ({"actor": "Rus\u200bsia"}, "'Rus\\u200bsia'", {}),  # invisible characters shown as codes
    ({"actor": "x" * 100}, "'" + "x" * 59 + "…'", {}),  # a long value is cut in the note
    ({"extracted": "maybe"}, "'extracted' value 'maybe'", {}),
    ({"utm_source": "mail"}, "unknown parameter(s) 'utm_source'", {}),
])
def test_filters_from_query_drops_and_names_what_it_does_not_know(params, note_part, kept):
    state = FilterState.from_query(params, KNOWN, BOUNDS)
    assert any(note_part in note for note in state.notes), state.notes
    assert state.to_query() == kept


def test_filters_from_query_keeps_known_values_without_notes():
    params = {"from": "2022-01-02", "actor": ["CSTO"], "country": "KAZ", "extracted": "1"}
    state = FilterState.from_query(params, KNOWN, BOUNDS)
    assert state.notes == ()
    assert state.to_query() == {"from": "2022-01-02", "actor": ["CSTO"], "country": ["KAZ"]}


@pytest.mark.parametrize(("params", "note_part", "kept_values"), [
    ({"actor": [f"a{i}" for i in range(80)]}, "only the first 50 of 80 values of 'actor'", 50),
    # 507 characters each with "actor=" and "&": three fit in 2,000
    ({"actor": ["a" * 499 + str(i) for i in range(6)]},
     "longer than 2,000 characters: the last 3 value(s)", 3),
])
def test_filters_from_query_cuts_oversized_links(params, note_part, kept_values):
    state = FilterState.from_query(params)
    assert any(note_part in note for note in state.notes), state.notes
    assert state.actors == tuple(params["actor"][:kept_values])


def test_filters_out_of_range_dates_never_reach_pandas(small_events):
    state = FilterState.from_query({"from": "0001-01-01", "to": "9999-12-31"})
    assert list(state.apply(small_events)["event_id"]) == ["A1", "A2", "A3", "A4", "A5"]
    assert len(state.notes) == 2


def test_filters_options_and_known_values(small_events):
    options = filter_options(small_events)
    assert options["actor"] == ["CSTO", "Kassym-Jomart Tokayev", "Wang Yi", "protesters"]
    assert options["country"] == ["CHN", "INT", "KAZ"]
    assert options["lang"] == ["en", "fr", "ru"]
    assert options["type"][0] == "statement" and "withdrawal" not in options["type"]
    known = known_values(options)
    assert "withdrawal" in known["type"] and "Nobody" not in known["actor"]


@pytest.mark.parametrize(("method", "status", "shown_by"), [
    ("curated", "accepted", {"accepted", "all"}),
    ("curated", "", {"accepted", "all"}),  # curated data is reviewed data
    ("extracted", "", {"pending", "all"}),
    ("extracted", "unreviewed", {"pending", "all"}),
    ("extracted", "edited", {"accepted", "all"}),
    ("extracted", "rejected", set()),
])
def test_filters_review_filter_by_status(method, status, shown_by):
    from dashboard.store import rows_to_frame
    from tests.conftest import event_row

    extra = {"confidence": "0.5"} if method == "extracted" else {}
    frame = rows_to_frame([event_row(method=method, review_status=status, **extra)])
    shown = {choice for choice in ("accepted", "pending", "all")
             if len(FilterState(review=choice).apply(frame))}
    assert shown == shown_by


@pytest.mark.parametrize(
    ("params", "expected_ids"),
    [
        ({}, ["A1", "A2", "A3", "A4", "A5", "A6"]),  # no day: the whole range
        ({"day": "2022-01-07"}, ["A4", "A5"]),
        ({"day": "2022-01-06"}, ["A3"]),
        ({"day": "2022-01-06", "cumulative": "1"}, ["A1", "A2", "A3"]),
        ({"day": "2022-01-03"}, []),
        ({"cumulative": "1"}, ["A1", "A2", "A3", "A4", "A5", "A6"]),  # no day, no cut
    ],
)
def test_filters_on_day_keeps_that_day_or_up_to_it(small_events, params, expected_ids):
    state = FilterState.from_query({**params, "review": "all"})
    assert list(state.on_day(state.apply(small_events))["event_id"]) == expected_ids


@pytest.mark.parametrize(
    ("params", "note_part", "day"),
    [
        ({"day": "2022-02-30"}, "ignored 'day' value '2022-02-30': not a date", None),
        ({"day": "soon"}, "ignored 'day' value 'soon'", None),
        ({"day": "2022-01-09", "from": "2022-01-02", "to": "2022-01-07"},
         "'day' 2022-01-09 is outside the selected range (2022-01-02 to 2022-01-07): "
         "2022-01-07 is used", date(2022, 1, 7)),
        ({"day": "2021-12-01", "from": "2022-01-04"}, "2022-01-04 is used", date(2022, 1, 4)),
        # the range is read after reversed dates are swapped
        ({"day": "2022-01-08", "from": "2022-01-09", "to": "2022-01-02"}, "swapped",
         date(2022, 1, 8)),
        ({"day": "2022-01-05", "cumulative": "maybe"}, "ignored 'cumulative' value 'maybe'",
         date(2022, 1, 5)),
    ],
)
def test_filters_from_query_checks_the_day(params, note_part, day):
    state = FilterState.from_query(params, bounds=(date(2022, 1, 1), date(2022, 1, 31)))
    assert state.day == day
    assert any(note_part in note for note in state.notes), state.notes


def test_filters_day_is_read_inside_the_data_bounds():
    state = FilterState.from_query({"day": "2023-05-01"},
                                   bounds=(date(2022, 1, 1), date(2022, 1, 31)))
    assert state.day == date(2022, 1, 31)


@pytest.mark.parametrize(
    "params",
    [{"day": "2022-01-05"}, {"day": "2022-01-05", "cumulative": "1", "from": "2022-01-03"}],
)
def test_filters_day_round_trip_and_not_in_the_sentence(params):
    state = FilterState.from_query(params)
    assert FilterState.from_query(state.to_query()) == state
    assert state.to_query()["day"] == "2022-01-05"
    assert not state.is_default()
    assert "January" not in state.describe(3).removeprefix("Showing 3 events from 3 January 2022")
    assert state.describe_day() == ("up to" if state.cumulative else "on") + " 5 January 2022"
    assert state.dates_only().day is None

"""The same act from several reports: the pure rules of dashboard.merging."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.merging import day_of, find_candidates, same_act

BASE = {"event_id": "A", "actor": "CSTO", "event_type": "military_deployment",
        "issue": "csto_deployment", "date": "2022-01-06", "location": "Kazakhstan",
        "review_status": "unreviewed"}


@pytest.mark.parametrize(("change", "expected"), [
    ({}, True),
    ({"date": "2022-01-07"}, True),                       # a day apart
    ({"date": "2022-01-05"}, True),
    ({"date": "2022-01-08"}, False),                      # two days apart
    ({"date": "2022-01"}, False),                         # month only: cannot tell the day
    ({"date": ""}, False),
    ({"location": ""}, True),                             # no place on one side
    ({"location": "  kazakhstan "}, True),                # the same place, folded
    ({"location": "Almaty"}, False),                      # another place
    ({"event_type": "statement"}, False),
    ({"issue": "sovereignty_stability"}, False),
    ({"actor": "Russia"}, False),
    ({"actor": "Collective Security Treaty Organization"}, True),  # an alias, canonicalised
    ({"actor": "ОДКБ"}, True),                            # the Russian abbreviation
    ({"actor": ""}, False),
])
def test_merging_same_act_table(change, expected):
    assert same_act(BASE, {**BASE, "event_id": "B", **change}) is expected
    assert same_act({**BASE, "event_id": "B", **change}, BASE) is expected  # symmetric


def test_merging_candidates_leave_out_itself_and_rejected_and_rank_reviewed_first():
    stored = [BASE,
              {**BASE, "event_id": "C", "date": "2022-01-07"},
              {**BASE, "event_id": "D", "review_status": "accepted", "date": "2022-01-05"},
              {**BASE, "event_id": "E"},
              {**BASE, "event_id": "F", "review_status": "rejected"},
              {**BASE, "event_id": "G", "merged_into": "A"},
              {**BASE, "event_id": "H", "issue": "sovereignty_stability"}]
    found = find_candidates(BASE, stored)
    assert [row["event_id"] for row in found] == ["D", "E", "C"]


def test_merging_uses_the_given_canonicalisation():
    upper = lambda name, on: name.upper()  # noqa: E731 - a one-line stand-in
    assert same_act(BASE, {**BASE, "actor": "csto"}, canonical=upper)
    assert not same_act(BASE, {**BASE, "actor": "csto"}, canonical=lambda n, on: n)


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-01-06", date(2022, 1, 6)), (date(2022, 1, 6), date(2022, 1, 6)),
    ("2022-01", None), ("", None), (None, None), ("2022-13-01", None),
])
def test_merging_day_of(value, expected):
    assert day_of(value) == expected

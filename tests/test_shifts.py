import csv
import io

import pandas as pd
import pytest

from dashboard.exports import table_csv
from dashboard.positions import position_cells
from dashboard.shifts import SHIFT_COLUMNS, evidence_text, shift_sentence, stance_shifts
from dashboard.store import rows_to_frame
from tests.conftest import event_row


def frame(*rows: dict) -> pd.DataFrame:
    events = rows_to_frame(list(rows))
    events["actor_group"] = ["Russia" if a == "Russia" else "" for a in events["actor"]]
    return events


def stance(event_id, actor, value, day, issue="csto_deployment", **extra):
    return event_row(event_id=event_id, actor=actor, issue=issue, stance=value, date=day,
                     **extra)


@pytest.fixture
def events():
    return frame(
        # Russia: concern -> support -> support -> concern (rows out of date order on purpose)
        stance("R3", "Russia", "support", "2022-01-09", source_publisher="Gamma",
               source_url="https://example.org/g"),
        stance("R1", "Russia", "concern", "2022-01-05", quote="a quote", evidence="a span",
               source_publisher="Alpha", source_url="https://example.org/a"),
        stance("R2", "Russia", "support", "2022-01-07", quote="said yes",
               source_publisher="Beta | Delta",
               source_url="https://example.org/b | https://example.org/d"),
        stance("R4", "Russia", "concern", "2022-01-10"),
        # Wang Yi keeps one stance; an operational row without stance is not a position
        stance("W1", "Wang Yi", "neutral", "2022-01-06"),
        stance("W2", "Wang Yi", "neutral", "2022-01-08"),
        stance("W3", "Wang Yi", "", "2022-01-07"),
        # another issue of the same actor is its own sequence
        stance("R5", "Russia", "oppose", "2022-01-06", issue="foreign_interference"),
    )


def test_shifts_lists_every_change_in_date_order(events):
    shifts = stance_shifts(events)
    assert list(shifts.columns) == list(SHIFT_COLUMNS)
    pairs = list(zip(shifts["before_event_id"], shifts["after_event_id"], strict=True))
    assert pairs == [("R1", "R2"), ("R3", "R4")]
    assert list(shifts["before_stance"]) == ["concern", "support"]
    assert list(shifts["after_stance"]) == ["support", "concern"]
    assert set(shifts["actor"]) == {"Russia"} and set(shifts["actor_group"]) == {"Russia"}


def test_shifts_carry_both_dates_evidence_and_sources(events):
    first = stance_shifts(events).iloc[0]
    assert first["before_date"] == pd.Timestamp("2022-01-05")
    assert first["after_date"] == pd.Timestamp("2022-01-07")
    assert first["before_evidence"] == "a span"  # the extracted span wins over the quote
    assert first["after_evidence"] == "said yes"
    assert first["before_source_publisher"] == "Alpha"
    assert first["after_source_url"] == "https://example.org/b | https://example.org/d"


def test_shifts_agree_with_the_position_table(events):
    cells = position_cells(events)
    changes = {(c.actor, c.issue): len(c.stances) - 1 for c in cells.itertuples()}
    counted = stance_shifts(events).groupby(["actor", "issue"]).size().to_dict()
    assert counted == {key: n for key, n in changes.items() if n}


@pytest.mark.parametrize(("evidence", "quote", "summary", "expected"), [
    ("span", "quote", "summary", "span"),
    ("", "quote", "summary", "quote"),
    ("  ", "", "summary", "summary"),
])
def test_shifts_evidence_text_prefers_the_span(evidence, quote, summary, expected):
    rows = frame(event_row(evidence=evidence, quote=quote, summary=summary))
    assert list(evidence_text(rows)) == [expected]


@pytest.mark.parametrize("rows", [
    [],
    [stance("W1", "Wang Yi", "neutral", "2022-01-06"),
     stance("W2", "Wang Yi", "neutral", "2022-01-08")],
])
def test_shifts_none_when_nobody_changed(rows):
    events = frame(*rows) if rows else frame(event_row()).iloc[0:0]
    shifts = stance_shifts(events)
    assert shifts.empty and list(shifts.columns) == list(SHIFT_COLUMNS)
    assert shift_sentence(shifts).startswith("No actor changed")


def test_shifts_sentence_counts_changes_and_actors(events):
    assert shift_sentence(stance_shifts(events)).startswith("2 change(s) of stance by 1 actor(s)")


def test_shifts_csv_is_formula_safe(events):
    events.loc[events["event_id"] == "R1", "evidence"] = "=HYPERLINK(\"x\")"
    rows = list(csv.DictReader(io.StringIO(table_csv(stance_shifts(events)).decode("utf-8-sig"))))
    assert rows[0]["before_evidence"] == "'=HYPERLINK(\"x\")"
    assert rows[0]["before_date"] == "2022-01-05"


def test_shifts_marked_on_the_timeline(events):
    from dashboard.charts import timeline_figure

    fig = timeline_figure(events)
    (ring,) = [t for t in fig.data if t.name == "stance changed"]
    assert ring.meta["shifts"] == ["R2", "R4"]  # the first statement of each new stance
    assert len(ring.x) == 2 and list(ring.y) == ["Russia", "Russia"]
    assert len(ring.customdata) == 0  # a selection counts the statement once

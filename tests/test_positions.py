import pandas as pd
import pytest

from dashboard.positions import (
    actor_order,
    cell_events,
    issue_summary,
    position_cells,
    position_matrix,
)
from dashboard.store import rows_to_frame
from tests.conftest import event_row

GROUPS = {"Kassym-Jomart Tokayev": "Kazakhstan", "Sergey Lavrov": "Russia", "Russia": "Russia",
          "Wang Yi": "China", "CSTO": "International organisations",
          "protesters": "Non-state", "Antony Blinken": "United States"}


def frame(*rows: dict) -> pd.DataFrame:
    events = rows_to_frame(list(rows))
    events["actor_group"] = [GROUPS.get(a, "") for a in events["actor"]]
    return events


def stance(event_id, actor, issue, value, day="2022-01-06", **extra):
    return event_row(event_id=event_id, actor=actor, issue=issue, stance=value, date=day, **extra)


@pytest.fixture
def events():
    return frame(
        # Russia: concern, then support twice (rows given out of date order on purpose)
        stance("R3", "Russia", "csto_deployment", "support", "2022-01-09"),
        stance("R1", "Russia", "csto_deployment", "concern", "2022-01-05"),
        stance("R2", "Russia", "csto_deployment", "support", "2022-01-07"),
        stance("L1", "Sergey Lavrov", "foreign_interference", "oppose"),
        stance("L2", "Sergey Lavrov", "foreign_interference", "oppose", "2022-01-07"),
        stance("L3", "Sergey Lavrov", "foreign_interference", "oppose", "2022-01-08"),
        stance("W1", "Wang Yi", "csto_deployment", "neutral"),
        stance("B1", "Antony Blinken", "csto_deployment", "concern"),
        stance("K1", "Kassym-Jomart Tokayev", "csto_deployment", "support"),
        # operational row: no stance, must not count
        event_row(event_id="O1", actor="CSTO", event_type="military_deployment", stance=""),
    )


@pytest.mark.parametrize(("actor", "issue", "label"), [
    ("Sergey Lavrov", "foreign_interference", "oppose (3)"),
    ("Russia", "csto_deployment", "concern → support (3)"),
    ("Wang Yi", "csto_deployment", "neutral (1)"),
    ("Wang Yi", "foreign_interference", ""),
])
def test_positions_matrix_cell_labels(events, actor, issue, label):
    assert position_matrix(events).loc[actor, issue] == label


def test_positions_matrix_counts_only_stance_rows(events):
    matrix = position_matrix(events)
    assert "CSTO" not in matrix.index
    assert list(matrix.columns) == ["actor_group", "csto_deployment", "foreign_interference"]


def test_positions_matrix_rows_are_grouped(events):
    matrix = position_matrix(events)
    assert list(matrix["actor_group"]) == ["Kazakhstan", "Russia", "Russia", "China",
                                           "United States"]


def test_positions_changed_stance_is_not_averaged(events):
    cells = position_cells(events).set_index(["actor", "issue"])
    russia = cells.loc[("Russia", "csto_deployment")]
    assert bool(russia["changed"]) is True
    assert russia["stances"] == ("concern", "support")
    assert russia["last_stance"] == "support"


def test_positions_change_back_keeps_every_step():
    events = frame(stance("A", "Wang Yi", "other", "support", "2022-01-05"),
                   stance("B", "Wang Yi", "other", "oppose", "2022-01-06"),
                   stance("C", "Wang Yi", "other", "support", "2022-01-07"))
    assert position_matrix(events).loc["Wang Yi", "other"] == "support → oppose → support (3)"


def test_positions_cell_events_in_date_order(events):
    rows = cell_events(events, "Russia", "csto_deployment")
    assert list(rows["event_id"]) == ["R1", "R2", "R3"]
    assert cell_events(events, "CSTO", "csto_deployment").empty


@pytest.mark.parametrize(("position", "actors"), [
    ("support", "Kassym-Jomart Tokayev"),
    ("oppose", ""),
    ("concern", "Antony Blinken"),
    ("neutral", "Wang Yi"),
    ("changed", "Russia (concern → support)"),
])
def test_positions_issue_summary(events, position, actors):
    summary = issue_summary(events, "csto_deployment").set_index("position")
    assert summary.loc[position, "actors"] == actors
    assert summary.loc[position, "n_actors"] == (len(actors.split(", ")) if actors else 0)


def test_positions_actor_order_groups_then_activity(events):
    assert actor_order(events) == [
        ("Kazakhstan", "Kassym-Jomart Tokayev"),
        ("Russia", "Russia"),  # 3 events each: ties go by name
        ("Russia", "Sergey Lavrov"),
        ("China", "Wang Yi"),
        ("United States", "Antony Blinken"),  # unlisted groups sit between head and tail
        ("International organisations", "CSTO"),
    ]


def test_positions_empty_frame():
    empty = frame()
    assert position_matrix(empty).empty
    assert position_cells(empty).empty
    assert issue_summary(empty, "other")["n_actors"].sum() == 0

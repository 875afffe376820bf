import pandas as pd
import pytest

from dashboard.alignment import (
    alignment,
    alignment_sentence,
    latest_positions,
    matrix_table,
    strongest_pairs,
)
from dashboard.store import rows_to_frame
from tests.conftest import event_row

ISSUES = ("csto_deployment", "foreign_interference", "use_of_force", "fuel_prices")
# Two blocs with known agreements: the "north" actors share every stance, the "south"
# actors take the opposite one on every issue; "Loner" shares a single issue with anyone.
BLOCS = {"North A": "support", "North B": "support", "North C": "support",
         "South A": "oppose", "South B": "oppose"}


def frame(rows: list[dict]) -> pd.DataFrame:
    events = rows_to_frame(rows)
    events["actor_group"] = ""
    return events


def bloc_rows() -> list[dict]:
    rows, number = [], 0
    # interleaved on purpose: the input order must not be what makes blocs appear
    for actor in ("North A", "South A", "North B", "South B", "North C"):
        for issue in ISSUES:
            number += 1
            rows.append(event_row(event_id=f"E{number}", actor=actor, issue=issue,
                                  stance=BLOCS[actor]))
    rows.append(event_row(event_id="L1", actor="Loner", issue=ISSUES[0], stance="support"))
    return rows


def test_alignment_recovers_the_blocs_of_known_agreements():
    result = alignment(frame(bloc_rows()))
    assert sorted(map(sorted, result.blocs)) == [["North A", "North B", "North C"],
                                                 ["South A", "South B"]]
    positions = [result.order.index(a) for a in sorted(BLOCS)]
    north, south = positions[:3], positions[3:]
    assert max(north) < min(south) or max(south) < min(north)  # each bloc sits together
    assert result.share.at["North A", "North C"] == 1.0
    assert result.share.at["North A", "South B"] == 0.0
    assert result.shared.at["North A", "South B"] == len(ISSUES)


def test_alignment_too_few_shared_issues_is_unknown_not_disagreement():
    rows = bloc_rows()
    rows.append(event_row(event_id="L2", actor="Loner", issue=ISSUES[1], stance="oppose"))
    result = alignment(frame(rows), min_shared=3)
    assert "Loner" in result.left_out  # two shared issues: below the minimum with everyone
    result = alignment(frame(rows), min_shared=2)
    assert result.share.at["Loner", "North A"] == 0.5
    table = matrix_table(alignment(frame(rows), min_shared=3))
    assert "Loner" not in table.index


def test_alignment_unknown_cells_say_so():
    rows = bloc_rows()[:8]  # North A and South A on four issues
    rows.append(event_row(event_id="X1", actor="North B", issue=ISSUES[0], stance="support"))
    rows.append(event_row(event_id="X2", actor="North B", issue=ISSUES[1], stance="support"))
    rows.append(event_row(event_id="X3", actor="South B", issue=ISSUES[2], stance="oppose"))
    rows.append(event_row(event_id="X4", actor="South B", issue=ISSUES[3], stance="oppose"))
    result = alignment(frame(rows))
    assert pd.isna(result.share.at["North B", "South B"])  # no shared issue at all
    table = matrix_table(result)
    assert table.at["North B", "South B"] == "unknown (0 shared)"
    assert table.at["North A", "North B"] == "2/2 (100%)"
    assert table.at["North A", "North A"] == "—"


def test_alignment_uses_the_latest_stance():
    rows = [event_row(event_id="A1", actor="A", issue=ISSUES[0], stance="oppose",
                      date="2022-01-04"),
            event_row(event_id="A2", actor="A", issue=ISSUES[0], stance="support",
                      date="2022-01-08")]
    assert latest_positions(frame(rows)).at["A", ISSUES[0]] == "support"


def test_alignment_strongest_pairs_split_agreement_and_disagreement():
    pairs = strongest_pairs(alignment(frame(bloc_rows())), n=2)
    assert list(pairs["kind"]) == ["agree", "agree", "disagree", "disagree"]
    assert set(pairs.loc[pairs["kind"] == "agree", "agreement"]) == {1.0}
    assert set(pairs.loc[pairs["kind"] == "disagree", "agreement"]) == {0.0}
    assert set(pairs["shared"]) == {len(ISSUES)}


@pytest.mark.parametrize(("rows", "words"), [
    (bloc_rows(), "bloc 1: "),
    ([event_row(event_id="S1", actor="A")], "No two actors took positions"),
])
def test_alignment_sentence_names_blocs_or_says_none(rows, words):
    assert words in alignment_sentence(alignment(frame(rows)))

"""Reviewing machine events: evidence in context, edits checked by the event model, decisions."""

from datetime import date, datetime

import pytest

from dashboard.review import (
    VOCABULARIES,
    Segments,
    above_confidence,
    apply_edit,
    audit_line,
    evidence_in_context,
    plan_save,
    vocabularies,
)
from dashboard.schema import EVENT_TYPES, ISSUES
from tests.conftest import event_row

TEXT = "First sentence here. The ministry said <b>calm</b> returned. Last one."
EVIDENCE = "The ministry said <b>calm</b> returned."
START = TEXT.index(EVIDENCE)


@pytest.mark.parametrize(("start", "end", "evidence", "expected"), [
    (START, START + len(EVIDENCE), EVIDENCE,
     Segments("First sentence here. ", EVIDENCE, " Last one.")),
    (str(START), str(START + len(EVIDENCE)), "", Segments("First sentence here. ", EVIDENCE,
                                                          " Last one.")),
    (0, 5, EVIDENCE, Segments("First sentence here. ", EVIDENCE, " Last one.")),  # stale
    (float("nan"), None, EVIDENCE, Segments("First sentence here. ", EVIDENCE, " Last one.")),
    (0, 5, "not in the text", None),
    (None, None, "", None),
    (60, 999, "", None),
])
def test_review_evidence_in_context_splits_by_offsets(start, end, evidence, expected):
    assert evidence_in_context(TEXT, start, end, evidence) == expected


def test_review_evidence_in_context_cuts_long_context_at_spaces():
    text = "word " * 200 + EVIDENCE + " tail" * 200
    start = text.index(EVIDENCE)
    parts = evidence_in_context(text, start, start + len(EVIDENCE), window=50)
    assert parts.evidence == EVIDENCE and parts.cut_before and parts.cut_after
    assert len(parts.before) <= 50 and parts.before.startswith("word")
    assert len(parts.after) <= 50 and parts.after.endswith("tail")
    assert text[start - len(parts.before):start + len(EVIDENCE) + len(parts.after)] == \
        parts.before + parts.evidence + parts.after


def _machine(**values):
    return event_row(**{"event_id": "X1", "method": "extracted", "confidence": "0.8",
                        "review_status": "unreviewed", **values})


@pytest.mark.parametrize(("changes", "changed", "fields"), [
    ({"stance": "oppose"}, {"stance": ("support", "oppose")}, []),
    ({"date": date(2022, 1, 6), "latitude": 43.25, "longitude": 76.9},
     {"date": ("2022-01-05", "2022-01-06"), "latitude": ("", "43.25"),
      "longitude": ("", "76.9")}, []),
    ({"date": datetime(2022, 1, 5), "actor": " CSTO "}, {}, []),  # the same values
    ({"issue": "weather"}, {"issue": ("csto_deployment", "weather")}, ["issue"]),
    ({"event_type": "arrest"}, {"event_type": ("statement", "arrest")}, ["stance"]),
    ({"confidence": "1.0"}, {}, ["confidence"]),
    ({"latitude": "43.2"}, {"latitude": ("", "43.2")}, ["longitude"]),
])
def test_review_apply_edit_checks_with_the_event_model(changes, changed, fields):
    edit = apply_edit(_machine(), changes)
    assert edit.changes == changed
    assert [f for f, _ in edit.problems] == fields
    expected_status = "edited" if changed and not fields else "unreviewed"
    assert edit.row["review_status"] == expected_status


def test_review_vocabularies_come_from_the_schema():
    assert VOCABULARIES["event_type"] == EVENT_TYPES and VOCABULARIES["issue"] == ISSUES
    assert VOCABULARIES["stance"][0] == ""


@pytest.mark.parametrize(("threshold", "decisions", "expected"), [
    (0.7, {}, ["a", "c"]),
    (0.7, {"a": "reject"}, ["c"]),
    (0.95, {}, []),
    (0.0, {"c": "pending"}, ["a", "b", "c"]),
])
def test_review_above_confidence(threshold, decisions, expected):
    rows = [{"event_id": "a", "confidence": "0.9"}, {"event_id": "b", "confidence": 0.5},
            {"event_id": "c", "confidence": 0.7}, {"event_id": "d", "confidence": ""}]
    assert above_confidence(rows, threshold, decisions) == expected


def test_review_plan_save_sorts_by_decision_and_refuses_bad_edits():
    rows = [_machine(event_id=i) for i in ("acc", "edit", "rej", "bad", "wait", "fix")]
    decisions = {"acc": "accept", "edit": "accept", "rej": "reject", "bad": "accept",
                 "fix": "pending"}
    edits = {"edit": {"stance": "oppose"}, "rej": {"stance": "oppose"},
             "bad": {"event_type": "kidnap"}, "fix": {"note": "checked"}}
    plan = plan_save(rows, decisions, edits)
    assert [r["event_id"] for r in plan.accepted] == ["acc"]
    assert [(e.row["event_id"], e.row["stance"]) for e in plan.edited] == [
        ("edit", "oppose"), ("fix", "support")]
    assert [r["event_id"] for r in plan.rejected] == ["rej"]
    assert [r["event_id"] for r in plan.pending] == ["bad", "wait"]
    assert plan.pending[0]["event_type"] == "statement"  # kept unchanged
    assert len(plan.problems) == 1 and "event bad, field 'event_type'" in plan.problems[0]


@pytest.mark.parametrize(("entry", "line"), [
    ({"at": datetime(2026, 12, 1, 10, 2), "reviewer": "Ana", "action": "accept"},
     "2026-12-01 10:02 UTC, Ana: accepted"),
    ({"at": "2026-12-01", "reviewer": "", "action": "edit",
      "changes": {"stance": ["support", "oppose"]}},
     "2026-12-01, unknown: edited (stance: 'support' -> 'oppose')"),
])
def test_review_audit_line(entry, line):
    assert audit_line(entry) == line


def test_review_vocabularies_offer_the_crisis_pack_s_issues():
    from dashboard.crisis import pack

    crisis = pack("karakalpakstan-2022-07")
    lists = vocabularies(crisis.issue_codes)
    assert lists["issue"] == crisis.issue_codes and "autonomy_status" in lists["issue"]
    assert set(ISSUES) <= set(lists["issue"])
    assert {k: v for k, v in lists.items() if k != "issue"} == \
        {k: v for k, v in VOCABULARIES.items() if k != "issue"}
    edit = apply_edit(event_row(), {"issue": "autonomy_status"})  # a pack's code is valid
    assert edit.ok and edit.row["issue"] == "autonomy_status"

"""Hostile and broken event files: each gives one clear message and keeps every good row.

Every file is built here, in ``tmp_path``, and is tiny (except the one long cell). Each
test asserts both the message (file, line, field) and how many good rows were kept.
"""

from __future__ import annotations

import csv
import json

import pytest

from dashboard import store
from dashboard.__main__ import main
from dashboard.cells import DATE_WINDOW
from dashboard.schema import EVENT_COLUMNS, parse_event
from tests.conftest import event_row, write_events_csv

GOOD_IDS = ["G1", "G2"]
LONG = "x" * 131_073  # one character over the csv module's default field limit


def _bad_row_file(tmp_path, **bad):
    """events.csv: a good row (line 2), the bad one (line 3), another good row (line 4)."""
    rows = [event_row(event_id="G1"), event_row(event_id="B1", **bad), event_row(event_id="G2")]
    return write_events_csv(tmp_path / "events.csv", rows)


@pytest.mark.parametrize(("bad", "field", "message_part"), [
    ({"evidence_start": "abc"}, "evidence_start", "'abc' is not a whole number"),
    ({"evidence_start": "1.5"}, "evidence_start", "'1.5' is not a whole number"),
    ({"evidence_start": "4_3"}, "evidence_start", "'4_3' is not a whole number"),
    ({"evidence_end": "\u0664\u0663"}, "evidence_end", "is not a whole number"),  # Arabic-Indic
    ({"evidence_start": "9", "evidence_end": "3"}, "evidence_end", "before evidence_start"),
    ({"latitude": "4_3", "longitude": "50"}, "latitude", "'4_3' is not a number"),
    ({"latitude": "\u0664\u0663", "longitude": "50"}, "latitude", "is not a number"),
    ({"latitude": "43", "longitude": "nan"}, "longitude", "'nan' is not a number"),
    ({"latitude": "43", "longitude": "1e999"}, "longitude", "'1e999' is not a number"),
    ({"method": "extracted", "confidence": "0.5_0"}, "confidence", "'0.5_0' is not a number"),
    ({"confidence": "abc"}, "confidence", "'abc' is not a number"),
    ({"confidence": "1.5"}, "confidence", "outside 0..1"),
    ({"date": "0001-01-01"}, "date", "'0001-01-01' is outside the accepted dates"),
    ({"date": "9999-12-31"}, "date", "'9999-12-31' is outside the accepted dates"),
    ({"date": "\u0662\u0660\u0662\u0662-01-05"}, "date", "is not an ISO date"),
    ({"source_published": "9999-12-31"}, "source_published", "outside the accepted dates"),
    ({"actor": "\u202eaissuR"}, "actor",
     "contains U+202E (RIGHT-TO-LEFT OVERRIDE) at character 1"),
    ({"actor": "Rus\u200bsia"}, "actor", "contains U+200B (ZERO WIDTH SPACE) at character 4"),
    ({"target": "\u2066CSTO\u2069"}, "target", "U+2066 (LEFT-TO-RIGHT ISOLATE)"),
    ({"location": "Almaty\u200f"}, "location", "U+200F (RIGHT-TO-LEFT MARK)"),
    ({"actor": "CS\u200dTO"}, "actor", "U+200D (ZERO WIDTH JOINER)"),  # names: no joiners
    ({"summary": "Fine\u202e text"}, "summary", "bidirectional control"),
    ({"actor": "CSTO\x07"}, "actor", "U+0007"),
    ({"summary": LONG}, "summary", "is 131,073 characters long; the limit for this field"),
    ({"actor": "A" * 301}, "actor", "is 301 characters long"),
])
def test_store_hostile_cell_rejected_with_file_line_field(tmp_path, bad, field, message_part):
    result = store.load_events([_bad_row_file(tmp_path, **bad)])
    assert list(result.events["event_id"]) == GOOD_IDS
    assert [(e.file, e.line, e.field) for e in result.errors] == [("events.csv", 3, field)]
    assert message_part in result.errors[0].message
    assert str(result.errors[0]).startswith(f"events.csv, line 3, field '{field}': ")


def test_store_hostile_message_quotes_values_escaped_and_short(tmp_path):
    result = store.load_events([_bad_row_file(tmp_path, event_type="riot\u00a0" + "x" * 90)])
    (error,) = result.errors
    assert (error.line, error.field) == (3, "event_type")
    assert error.message.startswith("'riot\\u00a0" + "x" * 55 + "…' is not one of")


@pytest.mark.parametrize(("cells", "expected"), [
    ({"actor": "Nursultan Nazarbaye\u0301v"}, {"actor": "Nursultan Nazarbayév"}),  # NFC
    ({"quote": '"\u0633\u0639\u06cc\u062f\u200c\u062e"'}, {"quote": '"سعید\u200cخ"'}),  # ZWNJ
    ({"summary": "line one\nline two"}, {"summary": "line one\nline two"}),
    ({"evidence_start": "0", "evidence_end": "12"}, {"evidence_start": 0, "evidence_end": 12}),
    ({"latitude": "-12.5", "longitude": "+76.9"}, {"latitude": -12.5, "longitude": 76.9}),
])
def test_store_hostile_valid_cells_are_typed_and_normalised(tmp_path, cells, expected):
    rows, errors = store.read_event_rows(_bad_row_file(tmp_path, **cells))
    assert errors == []
    assert len(rows) == 3
    typed = rows[1][1]
    assert {key: typed[key] for key in expected} == expected


def test_store_hostile_typed_values_never_fail_in_pandas(tmp_path):
    rows = [event_row(event_id="T1", date="2100-12-31", latitude="-90", longitude="180",
                      evidence_start="0", evidence_end="10000000", method="extracted",
                      confidence="1"),
            event_row(event_id="T2", date="1990-01-01")]
    result = store.load_events([write_events_csv(tmp_path / "edges.csv", rows)])
    assert result.errors == []
    events = store.sort_events(result.events)
    assert [d.date() for d in events["date"]] == [DATE_WINDOW[0], DATE_WINDOW[1]]
    assert events["evidence_end"].dtype == "Int64"
    assert events["latitude"].tolist()[1] == -90.0


def test_store_hostile_long_cell_keeps_the_other_rows(tmp_path):
    rows = [event_row(event_id=f"G{n}") for n in range(1, 4)]
    rows.insert(1, event_row(event_id="B1", note=LONG, quote=LONG))
    result = store.load_events([write_events_csv(tmp_path / "long.csv", rows)])
    assert list(result.events["event_id"]) == ["G1", "G2", "G3"]
    assert [(e.line, e.field) for e in result.errors] == [(3, "quote"), (3, "note")]
    assert all("131,073 characters" in e.message for e in result.errors)


def test_store_hostile_cp1251_file_loads(tmp_path):
    rows = [event_row(event_id="C1", summary="Протестующие собрались в Жанаозене."),
            event_row(event_id="C2", summary="Токаев обратился к ОДКБ.")]
    path = tmp_path / "cyrillic.csv"
    with path.open("w", encoding="cp1251", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=EVENT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    result = store.load_events([path])
    assert result.errors == []
    assert list(result.events["summary"]) == [r["summary"] for r in rows]


@pytest.mark.parametrize(("name", "content", "line", "message_part"), [
    ("empty.csv", b"", 0, "the file is empty"),
    ("blank.csv", b"  \r\n\n", 0, "the file is empty"),
    ("empty.jsonl", b"\n\n", 0, "the file is empty"),
    ("header.csv", (",".join(EVENT_COLUMNS) + "\r\n").encode(), 1, "a header but no rows"),
    ("binary.csv", b"\x00\x01\x02" * 100, 0, "cannot be read: file is binary"),
])
def test_store_hostile_empty_files_are_reported(tmp_path, name, content, line, message_part):
    good = write_events_csv(tmp_path / "good.csv", [event_row(event_id="G1")])
    (tmp_path / name).write_bytes(content)
    result = store.load_events([good, tmp_path / name])
    assert list(result.events["event_id"]) == ["G1"]
    assert [(e.file, e.line, e.field) for e in result.errors] == [(name, line, "-")]
    assert message_part in result.errors[0].message


@pytest.mark.parametrize(("make", "message_part"), [
    (lambda base: base / "nonexistent", "the events folder does not exist"),
    (lambda base: (base / "empty").mkdir() or base / "empty", "holds no .csv or .jsonl file"),
    (lambda base: (base / "file").write_text("x") and base / "file", "is not a folder"),
])
def test_store_hostile_bad_events_folder_is_reported(tmp_path, make, message_part):
    folder = make(tmp_path)
    result = store.load_events_folder(folder)
    assert result.events.empty
    assert [(e.file, e.line, e.field) for e in result.errors] == [(folder.name + "/", 0, "-")]
    assert message_part in result.errors[0].message


@pytest.mark.parametrize("other", ["m6_dupes.csv", "a_dupes.csv", "zz.jsonl"])
def test_store_hostile_duplicate_id_keeps_the_shipped_row(tmp_path, other):
    shipped = write_events_csv(tmp_path / "reactions.csv",
                               [event_row(event_id="R0001", summary="shipped")])
    rows = [event_row(event_id="X1"), event_row(event_id="R0001", summary="intruder")]
    if other.endswith(".jsonl"):
        (tmp_path / other).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    else:
        write_events_csv(tmp_path / other, rows)
    result = store.load_events([tmp_path / other, shipped])  # whatever order they come in
    assert sorted(result.events["event_id"]) == ["R0001", "X1"]
    assert result.events.set_index("event_id").loc["R0001", "summary"] == "shipped"
    line = 2 if other.endswith(".jsonl") else 3
    assert [(e.file, e.line, e.field) for e in result.errors] == [(other, line, "event_id")]
    assert "already used (reactions.csv, line 2); the shipped row is kept" in \
        result.errors[0].message


def test_store_hostile_jsonl_numbers_typed_and_booleans_refused(tmp_path):
    good = {**event_row(event_id="J1"), "latitude": 43.25, "longitude": 76.9,
            "evidence_start": 3, "evidence_end": 9}
    bad = {**event_row(event_id="J2"), "evidence_start": True}
    path = tmp_path / "typed.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n[1, 2]\n", "utf-8")
    result = store.load_events([path])
    assert list(result.events["event_id"]) == ["J1"]
    assert result.events["latitude"].tolist() == [43.25]
    assert [(e.line, e.field) for e in result.errors] == [(2, "evidence_start"), (3, "-")]


def test_store_hostile_every_field_with_every_payload_never_breaks_a_load(tmp_path):
    """No cell value, in any column, stops a load or makes the frame fail later."""
    payloads = ["abc", "1.5", "4_3", "\u0664\u0663", "0.5_0", "0001-01-01", "9999-12-31",
                "\u202eaissuR", "Rus\u200bsia", "nan", "-inf", "1e309", "\x00", "True",
                "=HYPERLINK(\"https://attacker.invalid\")", "<b>x</b>", LONG]
    for column in EVENT_COLUMNS:
        for number, payload in enumerate(payloads):
            path = tmp_path / f"{column}-{number}.csv"
            rows = [event_row(event_id="G1"), {**event_row(event_id="B1"), column: payload},
                    event_row(event_id="G2")]
            write_events_csv(path, rows)
            result = store.load_events([path])
            kept = list(result.events["event_id"])
            assert kept[0] == "G1" and kept[-1] == "G2", (column, payload)
            assert all((e.file, e.line) == (path.name, 3) for e in result.errors)
            assert (len(kept) == 3) != bool(result.errors), (column, payload, result.errors)
            store.sort_events(result.events)  # what the dashboard does first


@pytest.mark.parametrize(("files", "problems", "valid"), [
    ({"reactions.csv": [event_row(event_id="R1")],
      "m6.csv": [event_row(event_id="R1"), event_row(event_id="B1", evidence_start="abc")]},
     2, 1),
    ({"empty.csv": None, "header.csv": []}, 2, 0),
])
def test_store_hostile_check_command_reports_and_never_crashes(tmp_path, capsys, files,
                                                              problems, valid):
    for name, rows in files.items():
        if rows is None:
            (tmp_path / name).write_bytes(b"")
        else:
            write_events_csv(tmp_path / name, rows)
    assert main(["check", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert f"{valid} valid event(s) in {len(files)} file(s); {problems} problem(s)" in out
    assert len(err.splitlines()) == problems
    assert "Traceback" not in err


def test_store_hostile_check_command_names_a_missing_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(store.EVENTS_DIR_ENV, str(tmp_path / "nonexistent"))
    assert main(["check"]) == 1
    out, err = capsys.readouterr()
    assert "0 valid event(s) in 0 file(s); 1 problem(s)" in out
    assert "nonexistent/, line 0, field '-': the events folder does not exist" in err


def test_store_hostile_parse_event_accepts_its_own_output():
    typed, problems = parse_event(event_row(latitude="43.25", longitude="76.9",
                                            evidence_start="5", evidence_end="9"))
    assert problems == []
    assert parse_event(typed) == (typed, [])

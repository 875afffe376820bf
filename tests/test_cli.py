"""``python -m dashboard`` extract, evaluate and prepare: outputs, bad inputs, exit status."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.__main__ import main
from dashboard.crisis import default_id
from dashboard.schema import EVENT_COLUMNS
from tests.conftest import event_row, write_events_csv

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles" / "xinhua_fr_2022-01-11_wang-yi-lavrov.txt"
GOOD = ("ALMATY, Jan 5 - Protesters stormed the city hall in Almaty on Wednesday, and "
        "police detained more than 200 people, the Interior Ministry said.")


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """Each bad input of the issue, with the words its error line must contain."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    (folder / "scripts.html").write_text(
        "<html><head><script>" + "var a = 1;" * 500 + "</script></head><body><script>"
        "track()</script></body></html>", encoding="utf-8")
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (folder / "broken.jsonl").write_text('{"id": "x", "text": "ok text here."}\n{oops\n',
                                         encoding="utf-8")
    return {"empty.txt": "empty", "binary.txt": "binary", "scripts.html": "no article text",
            "huge.txt": "MB", "broken.jsonl:2": "JSON"}


def test_cli_extract_batch_survives_bad_inputs(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    expected = write_bad_inputs(folder)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "russian_cp1251.txt").write_bytes(
        "В среду протестующие захватили здание акимата в Алма-Ате.".encode("cp1251"))
    (folder / "french_latin1.txt").write_bytes(
        "Mercredi, des manifestants ont pris d'assaut la mairie d'Almaty, où l'état "
        "d'urgence a été décrété.".encode("latin-1"))
    out = tmp_path / "events.csv"
    status = main(["extract", str(folder), "--out", str(out), "--published", "2022-01-06"])
    err = capsys.readouterr().err
    assert status == 1
    error_lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(error_lines) == len(expected)
    for name, words in expected.items():
        assert any(name in line and words in line for line in error_lines), (name, err)
    notes = [line for line in err.splitlines() if line.startswith("note:")]
    assert any("russian_cp1251.txt" in n and "cp1251" in n for n in notes), err
    assert any("french_latin1.txt" in n and "UTF-8" in n for n in notes), err
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == EVENT_COLUMNS
    languages = {row["source_language"] for row in rows}
    assert {"en", "fr", "ru"} <= languages


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_cli_extract_sample_writes_by_extension(tmp_path, suffix):
    out = tmp_path / f"events{suffix}"
    assert main(["extract", str(SAMPLE), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    if suffix == ".jsonl":
        rows = [json.loads(line) for line in text.splitlines()]
    else:
        rows = list(csv.DictReader(text.splitlines()))
    assert any(r["event_type"] == "phone_call" and r["actor"] == "Wang Yi" for r in rows)


def test_cli_extract_stdout_is_jsonl():
    out = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(SAMPLE)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and all(set(r) == set(EVENT_COLUMNS) for r in rows)


@pytest.mark.parametrize(("args", "message"), [
    (["--out", "events.xlsx"], ".csv or .jsonl"),
    (["--published", "yesterday"], "not a date"),
])
def test_cli_extract_bad_arguments(tmp_path, capsys, args, message):
    fixed = [str(tmp_path / a) if a.endswith(".xlsx") else a for a in args]
    assert main(["extract", str(SAMPLE), *fixed]) == 2
    assert message in capsys.readouterr().err


def test_cli_extract_missing_file_is_reported(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nowhere.txt")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_cli_evaluate_json_keys(tmp_path, capsys):
    articles = tmp_path / "a.jsonl"
    gold = tmp_path / "g.jsonl"
    articles.write_text(json.dumps({"id": "a1", "url": "https://example.org/a",
                                    "language": "en", "published": "2022-01-06",
                                    "text": GOOD}) + "\n", encoding="utf-8")
    gold.write_text(json.dumps({"article": "a1", "date": "2022-01-05", "actor": "protesters",
                                "actor_country": "", "event_type": "violent_clash",
                                "target": "", "issue": "sovereignty_stability", "stance": "",
                                "location": "Almaty", "evidence": "stormed"}) + "\n",
                    encoding="utf-8")
    assert main(["evaluate", "--articles", str(articles), "--gold", str(gold), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"event_f1", "position_f1", "date_accuracy", "location_accuracy",
                           "error_counts", "confusion", "per_language"}
    assert result["date_accuracy"] == 1.0 and result["location_accuracy"] == 1.0
    assert main(["evaluate", "--articles", str(articles), "--gold", str(gold)]) == 0
    assert "overall" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("rows", "status", "expected"),
    [
        ([{"event_id": "C1"}], 0, "1 valid event(s) in 1 file(s); 0 problem(s)"),
        ([{"event_id": "C1"}, {"event_id": "C2", "date": "2022-02-30"}], 1,
         "events.csv, line 3, field 'date': '2022-02-30' is not a valid date"),
        ([{"event_id": "C1"}, {"event_id": "C1"}], 1, "'C1' is already used"),
    ],
)
def test_cli_check_names_file_line_field(tmp_path, capsys, rows, status, expected):
    from tests.conftest import event_row, write_events_csv

    write_events_csv(tmp_path / "events.csv", [event_row(**r) for r in rows])
    assert main(["check", str(tmp_path)]) == status
    out = capsys.readouterr()
    assert expected in out.out + out.err


def test_cli_check_shipped_data_is_valid(capsys):
    assert main(["check"]) == 0
    assert "0 problem(s)" in capsys.readouterr().out


def test_cli_prepare_fills_the_store_once(tmp_path, own_store, capsys):
    from dashboard.db import open_store

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "events").mkdir()
    write_events_csv(tmp_path / "events" / "e.csv", [event_row()])
    assert main(["prepare", str(folder), "--events", str(tmp_path / "events")]) == 0
    first = capsys.readouterr().out
    # one line per crisis pack, the default crisis's with the events and articles given
    assert f"{default_id()}: 1 curated event(s) from 1 file(s) in events/" in first
    assert "from 1 article(s) in articles/" in first and "0 problem(s)" in first
    database = open_store(own_store)
    extracted = database.counts()["extracted"]
    assert extracted > 0 and f"{extracted} extracted event(s)" in first
    version = database.version()
    assert main(["prepare", str(folder), "--events", str(tmp_path / "events")]) == 0
    assert database.version() == version  # the second run wrote nothing
    assert capsys.readouterr().out == first


def test_cli_prepare_reports_a_bad_article(tmp_path, own_store, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (tmp_path / "events").mkdir()
    write_events_csv(tmp_path / "events" / "e.csv", [event_row()])
    assert main(["prepare", str(folder), "--events", str(tmp_path / "events")]) == 1
    captured = capsys.readouterr()
    assert "empty.txt" in captured.err and "1 problem(s)" in captured.out


def test_cli_extract_csv_goes_through_the_formula_safe_writer(tmp_path, capsys):
    article = tmp_path / "formula.txt"
    article.write_text('=HYPERLINK("https://attacker.invalid/","Almaty") ' + GOOD, "utf-8")
    out = tmp_path / "events.csv"
    assert main(["extract", str(article), "--published", "2022-01-06", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    assert all(row["evidence"].startswith("'=HYPERLINK(") for row in rows)
    capsys.readouterr()
    assert main(["check", str(out)]) == 0  # what extract writes, check reads back
    assert f"{len(rows)} valid event(s) in 1 file(s); 0 problem(s)" in capsys.readouterr().out


def test_cli_extract_removes_invisible_characters_from_articles(tmp_path):
    article = tmp_path / "hidden.txt"
    article.write_text(GOOD.replace("Almaty", "Al\u200bmaty").replace("police", "\u202epolice")
                       .replace("Protesters", "Pro\u00adtesters"), "utf-8")
    out = tmp_path / "events.jsonl"
    assert main(["extract", str(article), "--published", "2022-01-06", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert any(row["location"] == "Almaty" for row in rows)
    assert not any(ch in json.dumps(rows, ensure_ascii=False) for ch in "\u200b\u202e\u00ad")

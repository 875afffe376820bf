"""Imports of ACLED and GDELT files: mapping, bad rows, crisis bounds, idempotence, kill -9."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pycountry
import pytest
import sqlalchemy as sa

from dashboard.__main__ import main
from dashboard.imports import CrisisScope, import_file, import_upload, parse_file, sniff_kind
from dashboard.imports.common import (
    SKIP_COUNTRY,
    SKIP_DATES,
    SKIP_NO_ACTOR,
    SKIP_NO_TYPE,
    acled_rules,
    cameo_rule,
    cameo_rules,
    fips_countries,
    import_actor_names,
    known_actor,
)
from dashboard.imports.gdelt import COLUMNS
from dashboard.imports.sink import JsonlSink, StoreSink
from dashboard.knowledge import DATA_DIR, load_actor_book
from dashboard.schema import EVENT_TYPES, ISSUES
from tests.acled_synthetic import write_synthetic_acled

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "data" / "imports"
ACLED = FIXTURES / "acled_fixture.csv"
GDELT = FIXTURES / "gdelt_fixture.export.CSV"
FILES = {"acled": ACLED, "gdelt": GDELT}
KAZ_JANUARY = CrisisScope(frozenset({"KAZ"}), date(2022, 1, 1), date(2022, 1, 31))


def rows_by_id(kind: str, scope: CrisisScope = KAZ_JANUARY) -> dict[str, dict[str, str]]:
    rows, _ = parse_file(kind, FILES[kind], scope)
    return {row["event_id"]: row for _, row in rows}


@pytest.mark.parametrize(("event_id", "expected"), [
    ("ACLED:KAZFIX001", dict(date="2022-01-02", date_precision="day", event_type="protest",
                             actor="protesters", actor_country="", issue="other",
                             stance="", country="KAZ", admin1="Mangystau Region",
                             geo_precision="point", method="imported", source_url="",
                             source_publisher="ACLED", source_published="2022-01-08")),
    ("ACLED:KAZFIX002", dict(date="2022-01-05", event_type="violent_clash", actor="protesters",
                             target="Kazakh police", admin1="Almaty")),
    ("ACLED:KAZFIX003", dict(date_precision="week", event_type="arrest", actor="Kazakh police",
                             actor_country="KAZ")),
    ("ACLED:KAZFIX004", dict(date="2022-01-06", event_type="violent_clash",
                             geo_precision="region", admin1="Aktobe Region")),
    ("ACLED:KAZFIX009", dict(event_type="arrest", actor_country="KAZ", geo_precision="point",
                             actor="National Security Committee of Kazakhstan")),
])
def test_imports_acled_rows_map_to_event_model(event_id, expected):
    row = rows_by_id("acled")[event_id]
    assert {k: row[k] for k in expected} == expected
    assert "Fixture Wire" in row["note"] or "Fixture Daily" in row["note"]
    assert row["summary"].startswith("Fixture row")


@pytest.mark.parametrize(("event_id", "expected"), [
    ("GDELT:1000000001", dict(date="2022-01-05", event_type="protest", actor="protesters",
                              actor_country="", location="Almaty", admin1="Almaty",
                              country="KAZ", geo_precision="point",
                              source_url="https://news.example.invalid/fixture/1",
                              source_publisher="news.example.invalid",
                              source_published="2022-01-05", method="imported")),
    ("GDELT:1000000002", dict(event_type="phone_call", actor="Russia", actor_country="RUS",
                              target="Kazakhstan", location="Moscow", country="RUS",
                              source_publisher="wire.example.invalid")),
    ("GDELT:1000000003", dict(event_type="arrest", actor="Kazakh police", actor_country="KAZ",
                              target="protesters",
                              location="Kazakhstan", geo_precision="country", admin1="")),
    ("GDELT:1000000004", dict(event_type="military_deployment", actor_country="INT",
                              actor="CSTO")),
    ("GDELT:1000000009", dict(event_type="state_of_emergency", issue="sovereignty_stability",
                              stance="", geo_precision="region")),
])
def test_imports_gdelt_rows_map_to_event_model(event_id, expected):
    row = rows_by_id("gdelt")[event_id]
    assert {k: row[k] for k in expected} == expected
    assert "CAMEO" in row["summary"] and "GDELT" in row["summary"]


@pytest.mark.parametrize(("kind", "read", "imported", "skipped", "rejected"), [
    ("acled", 10, 5, {SKIP_COUNTRY: 1, SKIP_DATES: 1, SKIP_NO_TYPE: 1, SKIP_NO_ACTOR: 0}, 2),
    ("gdelt", 11, 5, {SKIP_COUNTRY: 1, SKIP_DATES: 1, SKIP_NO_TYPE: 1, SKIP_NO_ACTOR: 1}, 2),
])
def test_imports_fixture_counts_every_outcome(kind, read, imported, skipped, rejected):
    rows, counts = parse_file(kind, FILES[kind], KAZ_JANUARY)
    assert (counts.read, len(rows), counts.skipped, counts.rejected) == (
        read, imported, skipped, rejected)


@pytest.mark.parametrize(("kind", "line", "field", "fragment"), [
    ("acled", 9, "event_date", "'2022-13-05' is not a date"),
    ("acled", 10, "latitude", "'forty-three' is not a number"),
    ("gdelt", 8, "SQLDATE", "'2022015' is not a date written YYYYMMDD"),
    ("gdelt", 10, "-", "has 60 tab-separated columns"),
])
def test_imports_malformed_row_names_file_line_and_field(kind, line, field, fragment):
    _, counts = parse_file(kind, FILES[kind], KAZ_JANUARY)
    mine = [e for e in counts.errors if e.line == line]
    assert len(mine) == 1, mine  # one message per problem, not a cascade
    assert (mine[0].file, mine[0].field) == (FILES[kind].name, field)
    assert fragment in mine[0].message
    assert f"{FILES[kind].name}, line {line}, field '{field}'" in str(mine[0])


@pytest.mark.parametrize(("kind", "text", "line", "field"), [
    ("acled", "KAZFIX001,2022-01-02,2021,1,,Protests,Peaceful protest,P,,6,,,,,,398,,"
              "Kazakhstan,,,,A,43.2,76.9,1,,,n,0,,1641600000", 2, "year"),
    ("acled", "KAZFIX001,2022-01-02,2022,4,,Protests,Peaceful protest,P,,6,,,,,,398,,"
              "Kazakhstan,,,,A,43.2,76.9,1,,,n,0,,1641600000", 2, "time_precision"),
    ("acled", "KAZFIX001,2022-01-02,2022,1,,Protests,Peacefull protest,P,,6,,,,,,398,,"
              "Kazakhstan,,,,A,43.2,76.9,1,,,n,0,,1641600000", 2, "sub_event_type"),
    ("acled", "KAZFIX001,2022-01-02,2022,1,,Protests,Peaceful protest,P,,6,,,,,,398,,"
              "Kazakhstan,,,,A,95.0,76.9,1,,,n,0,,1641600000", 2, "latitude"),
])
def test_imports_acled_bad_cell_is_rejected(tmp_path, kind, text, line, field):
    header = ACLED.read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "one.csv"
    path.write_text(f"{header}\n{text}\n", encoding="utf-8")
    rows, counts = parse_file(kind, path, KAZ_JANUARY)
    assert rows == [] and counts.rejected == 1
    assert [(e.line, e.field) for e in counts.errors] == [(line, field)]


def test_imports_repeated_id_rejected_and_first_kept(tmp_path):
    lines = ACLED.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "twice.csv"
    path.write_text("\n".join([lines[0], lines[1], lines[1]]) + "\n", encoding="utf-8")
    rows, counts = parse_file("acled", path, KAZ_JANUARY)
    assert [r["event_id"] for _, r in rows] == ["ACLED:KAZFIX001"]
    assert [(e.line, e.field) for e in counts.errors] == [(3, "event_id_cnty")]
    assert "first on line 2" in counts.errors[0].message


def test_imports_missing_column_is_one_file_error(tmp_path):
    path = tmp_path / "nocol.csv"
    path.write_text("event_id_cnty,event_date\nX1,2022-01-02\n", encoding="utf-8")
    rows, counts = parse_file("acled", path, KAZ_JANUARY)
    assert rows == []
    assert [(e.line, e.field) for e in counts.errors] == [(1, "sub_event_type")]


@pytest.mark.parametrize(("kind", "scope", "now_in"), [
    ("acled", KAZ_JANUARY.with_overrides(countries=["KAZ", "KGZ"]), "ACLED:KGZFIX001"),
    ("acled", KAZ_JANUARY.with_overrides(start=date(2021, 12, 1)), "ACLED:KAZFIX006"),
    ("gdelt", KAZ_JANUARY.with_overrides(countries=["KAZ", "USA"]), "GDELT:1000000006"),
    ("gdelt", KAZ_JANUARY.with_overrides(start=date(2021, 12, 31)), "GDELT:1000000007"),
])
def test_imports_scope_bounds_decide_what_is_skipped(kind, scope, now_in):
    assert now_in not in rows_by_id(kind)
    assert now_in in rows_by_id(kind, scope)


def test_imports_scope_defaults_come_from_crisis_settings():
    scope = CrisisScope.from_settings({"countries": ["KAZ", "KGZ"],
                                       "period": {"from": "2022-01-03", "to": "2022-01-09"}})
    assert scope == CrisisScope(frozenset({"KAZ", "KGZ"}), date(2022, 1, 3), date(2022, 1, 9))
    assert CrisisScope.from_settings() == KAZ_JANUARY  # the default crisis pack (data/crises/)


@pytest.mark.parametrize("kind", ["acled", "gdelt"])
def test_imports_twice_gives_the_same_store(tmp_path, kind):
    sink = JsonlSink(tmp_path / "store.jsonl")
    first = import_file(kind, FILES[kind], sink, KAZ_JANUARY)
    stored = (tmp_path / "store.jsonl").read_bytes()
    second = import_file(kind, FILES[kind], sink, KAZ_JANUARY)
    assert (first.outcome.new, first.outcome.unchanged) == (5, 0)
    assert (second.outcome.new, second.outcome.updated, second.outcome.unchanged) == (0, 0, 5)
    assert (tmp_path / "store.jsonl").read_bytes() == stored
    assert "0 imported, 0 updated, 5 unchanged" in second.line()


def test_imports_changed_row_updates_but_reviewed_row_is_kept(tmp_path):
    sink = JsonlSink(tmp_path / "store.jsonl")
    import_file("acled", ACLED, sink, KAZ_JANUARY)
    stored = sink.read()
    stored["ACLED:KAZFIX002"]["review_status"] = "accepted"
    (tmp_path / "store.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in stored.values()), encoding="utf-8")
    changed = tmp_path / "acled_changed.csv"
    changed.write_text(ACLED.read_text(encoding="utf-8").replace("synthetic", "edited"),
                       encoding="utf-8")
    summary = import_file("acled", changed, sink, KAZ_JANUARY)
    after = sink.read()
    assert (summary.outcome.updated, summary.outcome.kept_reviewed) == (4, 1)
    assert after["ACLED:KAZFIX001"]["summary"].startswith("Fixture row: edited")
    assert after["ACLED:KAZFIX002"] == stored["ACLED:KAZFIX002"]


def test_imports_cli_prints_errors_and_summary(tmp_path, capsys):
    out = tmp_path / "store.jsonl"
    status = main(["import", "gdelt", str(GDELT), "--out", str(out), "--quiet"])
    printed = capsys.readouterr()
    assert status == 1  # rows were rejected; the others are still written
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    assert "gdelt_fixture.export.CSV, line 8, field 'SQLDATE'" in printed.err
    assert printed.out.strip() == (
        "gdelt_fixture.export.CSV: 11 row(s) read; 5 imported, 0 updated, 0 unchanged; "
        "4 skipped (1 outside the crisis's countries, 1 outside the crisis's dates, "
        "1 no matching event type, 1 no actor); 2 rejected")


def _snapshot(kind: str, out: Path, url: str) -> object:
    """What the sink holds: the JSON Lines bytes, or every stored event row."""
    if kind == "jsonl":
        return out.read_bytes()
    from dashboard.db import open_store

    store = open_store(url)
    with store.reading() as connection:
        rows = connection.execute(sa.text("SELECT * FROM events ORDER BY event_id")).all()
    return [tuple(row) for row in rows]


def _kill_mid_import_then_rerun(tmp_path, monkeypatch, kind: str, url: str, rows: int):
    """Import the fixture, kill -9 a big import while it writes, check the sink is as
    before, run the big import again and check it completed."""
    out = tmp_path / "store.jsonl"
    monkeypatch.setenv("DATABASE_URL", url)  # the store of main() and of the subprocesses
    target = ["--out", str(out)] if kind == "jsonl" else []
    assert main(["import", "acled", str(ACLED), *target, "--quiet"]) == 1
    before = _snapshot(kind, out, url)
    big = write_synthetic_acled(tmp_path / "big.csv", rows)
    command = [sys.executable, "-m", "dashboard", "import", "acled", str(big), *target]
    proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    for text in proc.stderr:  # wait until rows are being written, then kill
        if "written" in text:
            break
    assert proc.poll() is None, "the import ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert _snapshot(kind, out, url) == before
    done = subprocess.run([*command, "--quiet"], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    kept = rows - rows // 10
    assert f"{kept} imported" in done.stdout
    assert f"{rows // 10} outside the crisis's countries" in done.stdout
    after = _snapshot(kind, out, url)
    assert len(after.splitlines() if kind == "jsonl" else after) == 5 + kept


def test_imports_cli_writes_into_the_store_by_default(own_store, capsys):
    from dashboard.db import open_store

    assert main(["import", "gdelt", str(GDELT), "--quiet"]) == 1
    printed = capsys.readouterr()
    assert "importing into the store (SQLite own.sqlite)" in printed.err
    assert "5 imported" in printed.out
    assert open_store(own_store).counts() == {"imported": 5}


@pytest.mark.slow
def test_imports_kill_9_leaves_jsonl_as_before_and_rerun_completes(tmp_path, monkeypatch):
    _kill_mid_import_then_rerun(tmp_path, monkeypatch, "jsonl", "", 30_000)


@pytest.mark.slow
def test_imports_kill_9_leaves_store_as_before_and_rerun_completes(tmp_path, monkeypatch,
                                                                   store_url):
    _kill_mid_import_then_rerun(tmp_path, monkeypatch, "store", store_url, 3_000)


@pytest.mark.parametrize("kind", ["acled", "gdelt"])
def test_imports_into_the_store_twice_gives_the_same_store(db, kind):
    sink = StoreSink(db)
    first = import_file(kind, FILES[kind], sink, KAZ_JANUARY)
    stored = db.events_frame("all")
    second = import_file(kind, FILES[kind], sink, KAZ_JANUARY)
    assert (first.outcome.new, first.outcome.errors) == (5, [])
    assert (second.outcome.new, second.outcome.updated, second.outcome.unchanged) == (0, 0, 5)
    assert db.events_frame("all").equals(stored)
    assert db.counts() == {"imported": 5}
    assert set(db.events_frame("pending")["event_id"]) == set(rows_by_id(kind))


def test_imports_store_keeps_reviewed_rows_as_reviewed(db, tmp_path):
    sink = StoreSink(db)
    import_file("acled", ACLED, sink, KAZ_JANUARY)
    db.review("ACLED:KAZFIX002", "reject", "Ana")
    db.review("ACLED:KAZFIX003", "edit", "Ana", changes={"issue": "use_of_force"})
    changed = tmp_path / "acled_changed.csv"
    changed.write_text(ACLED.read_text(encoding="utf-8").replace("synthetic", "edited"),
                       encoding="utf-8")
    summary = import_file("acled", changed, sink, KAZ_JANUARY)
    assert (summary.outcome.updated, summary.outcome.kept_reviewed) == (3, 2)
    assert db.event("ACLED:KAZFIX002")["review_status"] == "rejected"
    assert db.event("ACLED:KAZFIX003")["issue"] == "use_of_force"
    assert db.event("ACLED:KAZFIX001")["summary"].startswith("Fixture row: edited")


def test_imports_mapping_tables_use_the_event_model():
    rules = list(cameo_rules()) + list(acled_rules().values())
    assert all(r.event_type in ("", *EVENT_TYPES) for r in rules)
    assert all(r.issue in ISSUES for r in rules if r.event_type)
    assert all(r.issue == "" for r in rules if not r.event_type)
    assert {r.code for r in cameo_rules() if len(r.code) == 2} == {f"{n:02d}" for n in
                                                                   range(1, 21)}
    assert all(r.code.isdigit() and r.issue in ("other", "sovereignty_stability")
               for r in cameo_rules() if r.event_type)


@pytest.mark.parametrize(("code", "event_type"), [
    ("010", "statement"), ("0411", "phone_call"), ("1411", "protest"), ("1451", "violent_clash"),
    ("1723", "state_of_emergency"), ("1731", "arrest"), ("0874", "withdrawal"), ("081", ""),
    ("0814", "state_of_emergency"), ("193", "violent_clash"), ("074", "military_deployment"),
])
def test_imports_cameo_code_takes_its_longest_rule(code, event_type):
    assert cameo_rule(code).event_type == event_type


@pytest.mark.parametrize("sub_event_type", [
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Sexual violence", "Attack", "Abduction/forced disappearance", "Chemical weapon",
    "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Peaceful protest", "Protest with intervention",
    "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement",
    "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
])
def test_imports_every_acled_sub_event_type_is_in_the_table(sub_event_type):
    assert sub_event_type.casefold() in acled_rules()


def test_imports_actor_names_point_to_known_actors():
    book = load_actor_book(extra=[DATA_DIR / "crises" / "kazakhstan-2022-01"])
    for (source, _, country), actor in import_actor_names().items():
        assert source in ("acled", "gdelt") and actor in book.actors
        assert country == "" or pycountry.countries.get(alpha_3=country) is not None


@pytest.mark.parametrize(("source", "name", "country", "expected"), [
    ("acled", "Police Forces of Kazakhstan (2019-)", "", ("Kazakh police", "KAZ")),
    ("gdelt", "Police", "KAZ", ("Kazakh police", "KAZ")),
    ("gdelt", "Police", "KGZ", None),  # another country's police is not Kazakhstan's
    ("gdelt", "Collective Security Treaty Organization", "", ("CSTO", "INT")),
    ("acled", "Unnamed Local Militia (Kazakhstan)", "", None),
])
def test_imports_actor_names_join_the_actor_knowledge(source, name, country, expected):
    assert known_actor(source, name, country, date(2022, 1, 6)) == expected


def test_imports_fips_table_names_real_countries():
    text = (ROOT / "data" / "imports" / "fips_countries.csv").read_text(encoding="utf-8")
    table = list(csv.DictReader(text.splitlines()))
    assert len({r["fips"] for r in table}) == len(table)
    for row in table:
        country = pycountry.countries.get(alpha_3=row["iso3"])
        assert country is not None, row
    assert fips_countries()["KZ"] == "KAZ" and fips_countries()["RS"] == "RUS"
    assert fips_countries()["CH"] == "CHN"  # FIPS CH is China, not Switzerland


def test_imports_gdelt_has_the_codebooks_61_columns():
    assert len(COLUMNS) == len(set(COLUMNS)) == 61
    assert (COLUMNS[0], COLUMNS[26], COLUMNS[53], COLUMNS[-2], COLUMNS[-1]) == (
        "GLOBALEVENTID", "EventCode", "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL")


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("a.csv", ACLED.read_bytes(), "acled"),
    ("a.csv", b"\xef\xbb\xbf" + ACLED.read_bytes(), "acled"),  # Excel's BOM
    ("g.CSV", GDELT.read_bytes(), "gdelt"),
    ("notes.txt", b"Just some text\n", None),
])
def test_imports_sniff_kind_from_content(name, data, kind):
    assert sniff_kind(data) == kind


def test_imports_upload_imports_bytes_under_their_name(tmp_path):
    sink = JsonlSink(tmp_path / "store.jsonl")
    summary = import_upload("../../gdelt upload.CSV", GDELT.read_bytes(), sink, KAZ_JANUARY)
    assert summary.file == "gdelt upload.CSV" and summary.outcome.new == 5
    assert {e.file for e in summary.errors} == {"gdelt upload.CSV"}
    refused = import_upload("notes.txt", b"Just some text\n", sink, KAZ_JANUARY)
    assert [str(e) for e in refused.errors] == [
        "notes.txt, line 1, field '-': is neither an ACLED export CSV nor a GDELT 2.0 event file"]

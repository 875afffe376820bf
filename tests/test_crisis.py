"""Crisis packs: the manifest's validation, the default crisis, the shipped packs."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest

from dashboard import crisis as packs
from dashboard.crisis import PackError, load_pack
from dashboard.filters import FilterState
from dashboard.schema import ISSUES, issue_codes, validate_event, vocabulary_label
from tests.conftest import ROOT, event_row
from tests.crisis_pack import COUNTRY, PACK_ID, manifest, to_toml, write_pack

SHIPPED = ROOT / "data" / "crises"
SHIPPED_PACKS = sorted(p.parent for p in SHIPPED.glob("*/crisis.toml"))


@pytest.fixture
def tiny(tmp_path, monkeypatch):
    """A folder of packs holding the tiny pack only, set as the packs folder."""
    write_pack(tmp_path)
    monkeypatch.setenv(packs.PACKS_DIR_ENV, str(tmp_path))
    monkeypatch.delenv(packs.DEFAULT_ENV, raising=False)
    return tmp_path


def _write(tmp_path, table: dict):
    folder = write_pack(tmp_path)
    (folder / "crisis.toml").write_text(to_toml(table), encoding="utf-8")
    return folder


def test_crisis_tiny_pack_reads_every_field(tiny):
    pack = load_pack(tiny / PACK_ID)
    assert (pack.id, pack.country, pack.period) == (PACK_ID, COUNTRY,
                                                    (date(2031, 5, 1), date(2031, 5, 31)))
    assert pack.boundaries.regions == tiny / PACK_ID / "geo" / "provinces.geojson"
    assert [p.label for p in pack.phases] == ["Pumps closed (3-9 May)"]
    assert pack.issue_codes[-2:] == ("water_rights", "other")
    assert pack.issue_stances["water_rights"] == frozenset({"support", "oppose", "concern"})
    assert pack.issue_label("water_rights") == "Water rights"
    assert pack.file_prefix == "tinyland" and pack.default_year == 2031


@pytest.mark.parametrize(("changes", "key", "words"), [
    ({"id": "Tiny Land"}, "id", "lower-case"),
    ({"id": "other-id"}, "id", "folder name"),
    ({"title": None}, "title", "is missing"),
    ({"countries": ["kz"]}, "countries[0]", "not valid"),
    ({"countries": []}, "countries", "is empty"),
    ({"period": {"from": "2031-05-31", "to": "2031-05-01"}}, "period.to", "before"),
    ({"period": {"from": "31 May", "to": "2031-05-01"}}, "period.from", "not a date"),
    ({"map": {"title": "M", "lon_range": [13.0, 9.0], "lat_range": [9.0, 13.0]}},
     "map.lon_range", "first < last"),
    ({"map": {"title": "M", "lon_range": [9.0, 13.0], "lat_range": [9.0, 13.0],
              "zoom": 3}}, "map.zoom", "not a manifest key"),
    ({"boundaries": {"countries": "geo/countries.geojson", "regions": "geo/none.geojson",
                     "region_country": COUNTRY, "layout_date": "2031-01-01"}},
     "boundaries.regions", "not a file"),
    ({"boundaries": {"countries": "../../etc/passwd", "regions": "geo/provinces.geojson",
                     "region_country": COUNTRY, "layout_date": "2031-01-01"}},
     "boundaries.countries", "not a file"),
    ({"boundaries": {"countries": "shared:nowhere.geojson", "regions": "geo/provinces.geojson",
                     "region_country": COUNTRY, "layout_date": "2031-01-01"}},
     "boundaries.countries", "not a file"),
    ({"default_language": "english"}, "default_language", "ISO 639-1"),
    ({"phases": [{"label": "P", "from": "2031-05-09", "to": "2031-05-03"}]},
     "phases[0].to", "before"),
    ({"milestones": [{"label": "M", "event_types": ["coup"]}]},
     "milestones[0].event_types[0]", "not one of"),
    ({"milestones": [{"label": "M", "event_types": ["protest"], "text": "(unclosed"}]},
     "milestones[0].text", "regular expression"),
    ({"milestones": [{"label": "M", "event_types": ["protest"], "issues": ["nope"]}]},
     "milestones[0].issues[0]", "not one of"),
    ({"issues": {"water_rights": {"label": "W", "new": True}}}, "issues.water_rights",
     "at least one stance"),
    ({"issues": {"water_rights": {"label": "W", "support": "x"}}}, "issues.water_rights.new",
     "new = true"),
    ({"issues": {"fuel_prices": {"label": "F", "new": True, "oppose": "x"}}},
     "issues.fuel_prices.new", "shared issue"),
    ({"issues": {"water_rights": {"label": "W", "new": True, "favour": "x"}}},
     "issues.water_rights.favour", "not a manifest key"),
    ({"issues": {"fuel_prices": {"label": "F", "support": "x"}}},
     "issues.fuel_prices.support", "does not define"),
    ({"issues": {"water-rights": {"label": "W", "new": True, "support": "x"}}},
     "issues.water-rights", "lower-case"),
    ({"texts": {"about": 3}}, "texts.about", "expected text"),
    ({"roles": {"mayor": "Someone"}}, "roles.mayor", "not a manifest key"),
    ({"roles": {"police": 3}}, "roles.police", "expected text"),
    ({"surprise": 1}, "surprise", "not a manifest key"),
])
def test_crisis_bad_manifest_names_file_and_key(tmp_path, changes, key, words):
    folder = _write(tmp_path, manifest(**changes))
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    assert caught.value.file == f"{PACK_ID}/crisis.toml"
    assert caught.value.key == key, str(caught.value)
    assert words in caught.value.message
    assert str(caught.value).startswith(f"{PACK_ID}/crisis.toml, key '{key}': ")


def test_crisis_manifest_that_is_not_toml_is_one_error(tmp_path):
    folder = write_pack(tmp_path)
    (folder / "crisis.toml").write_text("id = [unclosed", encoding="utf-8")
    with pytest.raises(PackError, match="is not valid TOML"):
        load_pack(folder)


@pytest.mark.parametrize(("config", "env", "expected"), [
    (f'default = "{PACK_ID}"\n', "", PACK_ID),
    ('default = "nowhere-2000-01"\n', "", PackError),
    ('default = "nowhere-2000-01"\n', PACK_ID, PACK_ID),  # the environment wins
    ("", "nowhere-2000-01", PackError),
    ("", "", PACK_ID),  # a single pack needs no configuration
])
def test_crisis_default_comes_from_configuration(tmp_path, monkeypatch, config, env, expected):
    write_pack(tmp_path, default=False)
    if config:
        (tmp_path / "config.toml").write_text(config, encoding="utf-8")
    monkeypatch.setenv(packs.DEFAULT_ENV, env)
    if expected is PackError:
        with pytest.raises(PackError, match="is not a crisis pack here"):
            packs.default_id(tmp_path)
    else:
        assert packs.default_id(tmp_path) == expected


def test_crisis_shipped_default_is_kazakhstan_whatever_the_folder_order():
    """Links shared before packs existed name no crisis: they must keep opening
    Kazakhstan, by configuration (config.toml), not because its folder sorts first."""
    assert 'default = "kazakhstan-2022-01"' in (SHIPPED / "config.toml").read_text("utf-8")
    assert packs.default_id(SHIPPED) == "kazakhstan-2022-01"


@pytest.mark.parametrize("folder", SHIPPED_PACKS, ids=lambda p: p.name)
def test_crisis_shipped_packs_are_valid(folder):
    pack = load_pack(folder)
    assert (folder / "DATA.md").is_file(), f"{folder.name}: the pack contract asks for a DATA.md"
    assert pack.events_dir.is_dir() and list(pack.events_dir.glob("*.csv"))
    assert pack.boundaries.regions.is_file() and pack.boundaries.countries.is_file()
    for phase in pack.phases:
        assert pack.period[0] <= phase.start <= phase.end <= pack.period[1], phase


@pytest.mark.parametrize("folder", SHIPPED_PACKS, ids=lambda p: p.name)
def test_crisis_shipped_pack_data_md_counts_its_rows(folder):
    """The row counts a pack's DATA.md gives per events file ('49 in `events/unrest.csv`')
    are the files' own, for every file, so the documentation cannot drift from the data."""
    from dashboard.store import event_files, read_event_rows

    text = (folder / "DATA.md").read_text("utf-8")
    stated = {name: int(n) for n, name in re.findall(r"(\d+) in\s+`events/([\w.-]+\.csv)`", text)}
    actual = {path.name: len(read_event_rows(path)[0]) for path in event_files(folder / "events")}
    assert stated == actual


@pytest.mark.parametrize("folder", SHIPPED_PACKS, ids=lambda p: p.name)
def test_crisis_shipped_pack_geo_sources_name_each_file_and_checksum(folder):
    """Every boundary file a pack ships is described in its ``geo/SOURCES.md`` with the
    file's own sha256, so a changed polygon file cannot keep an old provenance note."""
    import hashlib

    text = (folder / "geo" / "SOURCES.md").read_text("utf-8")
    files = sorted((folder / "geo").glob("*.geojson"))
    assert files
    for path in files:
        assert f"`{path.name}`" in text, path.name
        assert hashlib.sha256(path.read_bytes()).hexdigest() in text, path.name


def test_crisis_shipped_event_ids_are_unique_across_packs():
    from dashboard.store import event_files, read_event_rows

    seen: dict[str, str] = {}
    for folder in SHIPPED_PACKS:
        for path in event_files(folder / "events"):
            for _, row in read_event_rows(path)[0]:
                assert seen.setdefault(row["event_id"], folder.name) == folder.name, row
    assert seen


def test_crisis_pack_issues_join_the_vocabulary(tiny):
    assert issue_codes()[: len(ISSUES) - 1] == ISSUES[:-1]
    assert "water_rights" in issue_codes() and issue_codes()[-1] == "other"
    assert vocabulary_label("water_rights") == "Water rights"
    good = event_row(issue="water_rights", stance="oppose")
    assert validate_event(good) == []
    bad = event_row(issue="water_rights", stance="support", event_type="arrest")
    assert ("stance", "operational event type 'arrest' takes no stance") in validate_event(bad)


def test_crisis_unknown_issue_is_still_refused(tiny):
    problems = validate_event(event_row(issue="no_such_issue"))
    assert problems and problems[0][0] == "issue"


@pytest.mark.parametrize(("rule", "expected"), [
    ({"event_types": ("state_of_emergency",)}, ["a", "b"]),
    ({"event_types": ("state_of_emergency",), "exclude": r"\blift"}, ["a"]),
    ({"event_types": ("state_of_emergency",), "text": r"\blift"}, ["b"]),
    ({"event_types": ("statement",), "issues": ("use_of_force",), "stances": ("support",),
      "actor_countries": ("XTL",), "text": "shoot", "text_columns": ("summary", "quote")},
     ["d"]),
    ({"event_types": ("withdrawal",)}, []),
])
def test_crisis_milestone_rule_picks_its_rows(rule, expected):
    frame = pd.DataFrame({
        "event_id": ["a", "b", "c", "d"],
        "event_type": ["state_of_emergency", "state_of_emergency", "statement", "statement"],
        "issue": ["other", "other", "use_of_force", "use_of_force"],
        "stance": ["", "", "support", "support"],
        "actor_country": ["XTL", "XTL", "XOL", "XTL"],
        "summary": ["Emergency declared.", "Emergency lifted.", "Said to shoot.", "Order."],
        "quote": ["", "", "", "Shoot without warning."]})
    picked = packs.MilestoneRule("M", **rule).mask(frame)
    assert list(frame.loc[picked, "event_id"]) == expected


@pytest.mark.parametrize(("query", "crisis", "noted"), [
    ({}, "", False),
    ({"crisis": PACK_ID}, PACK_ID, False),
    ({"crisis": "atlantis-1999-01"}, "", True),
    ({"crisis": ["atlantis-1999-01", PACK_ID]}, PACK_ID, False),  # the last one counts
])
def test_crisis_url_codec_reads_and_writes_crisis(query, crisis, noted):
    state = FilterState.from_query(query, {"crisis": frozenset({PACK_ID, "other-2000-01"})})
    assert state.crisis == crisis
    assert any("unknown crisis 'atlantis-1999-01'" in n for n in state.notes) == noted
    assert state.to_query().get("crisis", "") == crisis
    assert FilterState.from_query(state.to_query()) == state
    assert state.is_default()  # the crisis shown is not a filter


KARAKALPAKSTAN = "karakalpakstan-2022-07"
# Written for this test: a pack's own place and actor, on no real report.
NUKUS_TEXT = ("The Jokargy Kenes said on Saturday that it backs the right to secede, and "
              "urged calm in Nukus.")


@pytest.mark.parametrize(("argv", "status", "words"), [
    (["check", "--crisis", KARAKALPAKSTAN], 0, "valid event(s) in 3 file(s); 0 problem(s)"),
    (["check", "--crisis", "atlantis-1999-01"], 2, "is not a crisis pack"),
    (["evaluate", "--crisis", "atlantis-1999-01", "--articles", "a", "--gold", "g"], 2,
     "is not a crisis pack"),
])
def test_crisis_commands_take_crisis(capsys, argv, status, words):
    from dashboard.__main__ import main

    if status == 2:
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        assert stopped.value.code == 2
    else:
        assert main(argv) == status
    captured = capsys.readouterr()
    assert words in captured.out + captured.err


def test_crisis_extract_uses_the_pack_extractor(tmp_path, capsys):
    """The pack's knowledge (its actors and places) is what --crisis adds."""
    import json

    from dashboard.__main__ import main

    article = tmp_path / "nukus.txt"
    article.write_text(NUKUS_TEXT, encoding="utf-8")
    assert main(["extract", str(article), "--language", "en", "--published", "2022-07-02",
                 "--crisis", KARAKALPAKSTAN]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(row["actor"] == "Jokargy Kenes" and row["issue"] == "autonomy_status"
               for row in rows), rows
    assert main(["extract", str(article), "--language", "en",
                 "--published", "2022-07-02"]) in (0, 1)
    default_rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert not any(row["actor"] == "Jokargy Kenes" for row in default_rows)

"""Data tests of the Karakalpakstan crisis pack (data/crises/karakalpakstan-2022-07/).

They keep the pack's curated events as honest as the Kazakhstan set: every row valid under
the event model (its own issue codes checked against the pack manifest, since the shared
schema does not know them), sourced with a real http(s) address, a publisher and a title,
dated inside the manifest's period, placed inside the region polygon it names, free of
duplicates and of acts recorded twice, and speaking only of actors and places that the
shared knowledge plus the pack's knowledge know. The pack's knowledge files are loaded with
the shared loaders over shared + pack rows, so a bad pack row fails here with its line.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import tomllib
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

import pytest
import shapely.geometry

from dashboard.geo import load_gazetteer
from dashboard.knowledge import DATA_DIR, load_actor_book
from dashboard.schema import (
    EVENT_COLUMNS,
    ISSUES,
    OPERATIONAL_TYPES,
    is_http_url,
    parse_iso_date,
    split_sources,
    validate_event,
)
from tests.test_data import SAME_ACT_OVERLAP, _one_act_reason, _overlap, _sentence_breaks

PACK_DIR = DATA_DIR / "crises" / "karakalpakstan-2022-07"
EVENTS_DIR = PACK_DIR / "events"
MANIFEST = PACK_DIR / "crisis.toml"
REGIONS = PACK_DIR / "geo" / "uzbekistan_regions.geojson"
PREFIX = {"unrest.csv": "KU", "state.csv": "KS", "reactions.csv": "KR"}
KNOWLEDGE_FILES = ("actors.csv", "actor_aliases.csv", "places.csv", "place_names.csv")
MAX_QUOTE_WORDS = 25
SOURCE_PARTS = ("source_title", "source_publisher", "source_url", "source_language",
                "source_published")


@cache
def manifest() -> dict:
    with MANIFEST.open("rb") as handle:
        return tomllib.load(handle)


@cache
def event_rows() -> tuple[tuple[str, int, dict[str, str]], ...]:
    """(file name, line, row) for every row of the pack's events files."""
    rows = []
    for path in sorted(EVENTS_DIR.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows += [(path.name, reader.line_num, row) for row in reader]
    return tuple(rows)


def _report(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(problems[:40])


def _stances_of(issue: str) -> set[str]:
    """Stances the manifest defines on an issue (a non-empty meaning), plus neutral."""
    meanings = manifest()["issues"][issue]
    return {s for s in ("support", "oppose", "concern") if meanings.get(s)} | {"neutral"}


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory) -> Path:
    """A folder holding shared + pack knowledge files, concatenated."""
    folder = tmp_path_factory.mktemp("knowledge")
    for name in KNOWLEDGE_FILES:
        shutil.copy(DATA_DIR / name, folder / name)
        pack_lines = (PACK_DIR / name).read_text(encoding="utf-8").splitlines(keepends=True)
        with (folder / name).open("a", encoding="utf-8") as handle:
            handle.writelines(pack_lines[1:])
    return folder


@pytest.fixture(scope="module")
def regions() -> dict[str, object]:
    with REGIONS.open(encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    return {f["properties"]["name"]: shapely.geometry.shape(f["geometry"]) for f in features}


# ---------------------------------------------------------------- manifest

def test_data_karakalpakstan_manifest_declares_new_issues_with_meanings():
    issues = manifest()["issues"]
    new = [code for code, spec in issues.items() if spec.get("new")]
    assert len(new) >= 5, new
    assert not set(new) & set(ISSUES), "a new issue reuses a shared code"
    for code, spec in issues.items():
        assert re.fullmatch(r"[a-z_]+", code), code
        assert spec["label"], code
        assert any(spec.get(s) for s in ("support", "oppose", "concern")), code


def test_data_karakalpakstan_manifest_phases_lie_in_period():
    period = manifest()["period"]
    first, last = date.fromisoformat(period["from"]), date.fromisoformat(period["to"])
    assert first < last
    for phase in manifest()["phases"]:
        start, end = date.fromisoformat(phase["from"]), date.fromisoformat(phase["to"])
        assert first <= start <= end <= last, phase["id"]
    assert manifest()["countries"] == ["UZB"]


# ---------------------------------------------------------------- events

@pytest.mark.parametrize("path", sorted(EVENTS_DIR.glob("*.csv")), ids=lambda p: p.name)
def test_data_karakalpakstan_header_is_event_columns(path):
    with path.open(encoding="utf-8", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == EVENT_COLUMNS


def test_data_karakalpakstan_rows_pass_validation_with_pack_issues():
    """The shared validation, except that an issue the manifest declares is accepted and
    its stance is checked against the manifest's meanings."""
    declared = manifest()["issues"]
    problems = []
    for f, n, row in event_rows():
        for field, message in validate_event(row):
            pack_issue = row["issue"] in declared and row["issue"] not in ISSUES
            if pack_issue and field in ("issue", "stance") and row["issue"] in message:
                continue
            problems.append(f"{f}:{n} {field}: {message}")
        if row["issue"] not in declared:
            problems.append(f"{f}:{n} issue {row['issue']!r} is not in the manifest")
        elif row["stance"] and row["event_type"] in OPERATIONAL_TYPES:
            problems.append(f"{f}:{n} operational {row['event_type']} has a stance")
        elif row["stance"] and row["stance"] not in _stances_of(row["issue"]):
            problems.append(f"{f}:{n} stance {row['stance']!r} undefined on {row['issue']}")
    assert not problems, _report(problems)


def test_data_karakalpakstan_event_ids_are_unique_and_prefixed():
    counts = Counter(row["event_id"] for _, _, row in event_rows())
    problems = [f"{f}:{n} event_id {row['event_id']!r}" for f, n, row in event_rows()
                if counts[row["event_id"]] > 1
                or not re.fullmatch(PREFIX.get(f, "-") + r"\d{4}", row["event_id"])]
    assert not problems, _report(problems)


def test_data_karakalpakstan_every_source_part_is_complete():
    """Each source of a row has an http(s) address, a publisher, a title, a language and a
    publication date, in the same order in all five columns."""
    problems = []
    for f, n, row in event_rows():
        parts = {column: split_sources(row[column]) for column in SOURCE_PARTS}
        urls = parts["source_url"]
        if not urls or not all(is_http_url(url) for url in urls):
            problems.append(f"{f}:{n} source_url {row['source_url']!r}")
        for column, values in parts.items():
            if len(values) != len(urls) or not all(value.strip() for value in values):
                problems.append(f"{f}:{n} {column} does not give one value per source")
    assert not problems, _report(problems)


def test_data_karakalpakstan_dates_lie_in_manifest_period():
    period = manifest()["period"]
    first, last = date.fromisoformat(period["from"]), date.fromisoformat(period["to"])
    problems = []
    for f, n, row in event_rows():
        day = parse_iso_date(row["date"])
        if not first <= day <= last:
            problems.append(f"{f}:{n} date {row['date']} outside {first}..{last}")
        published = [parse_iso_date(p) for p in split_sources(row["source_published"])]
        if published and day > max(published):
            problems.append(f"{f}:{n} date {row['date']} after every source was published")
    assert not problems, _report(problems)


def test_data_karakalpakstan_no_two_rows_for_the_same_act():
    by_key: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    problems = []
    for f, n, row in event_rows():
        key = tuple(row[c] for c in ("date", "actor", "event_type", "target", "issue", "location"))
        for where, summary in by_key.get(key, []):
            if _overlap(summary, row["summary"]) >= SAME_ACT_OVERLAP:
                problems.append(f"{f}:{n} repeats {where}: {key}")
        by_key.setdefault(key, []).append((f"{f}:{n}", row["summary"]))
    assert not problems, _report(problems)


def test_data_karakalpakstan_no_act_recorded_from_two_sides():
    """The rules of tests/test_data.py (issue 11) over the pack's rows."""
    rows = list(event_rows())
    problems = [f"{f}:{n} {a['event_id']} and {g}:{m} {b['event_id']}: {reason}"
                for i, (f, n, a) in enumerate(rows) for g, m, b in rows[i + 1:]
                if (reason := _one_act_reason(a, b))]
    assert not problems, _report(problems)


def test_data_karakalpakstan_summaries_quotes_and_curated_fields():
    counts = Counter(" ".join(row["summary"].split()).casefold() for _, _, row in event_rows())
    problems = []
    for f, n, row in event_rows():
        summary, quote = row["summary"].strip(), row["quote"].strip()
        if counts[" ".join(summary.split()).casefold()] > 1:
            problems.append(f"{f}:{n} summary is not unique")
        if not summary.endswith((".", "!", "?")) or _sentence_breaks(summary):
            problems.append(f"{f}:{n} summary is not one sentence")
        if quote and (len(quote.split()) > MAX_QUOTE_WORDS
                      or not (quote.startswith('"') and quote.endswith('"'))):
            problems.append(f"{f}:{n} quote is not a short quotation in double quotes")
        if quote and quote.strip('"').casefold() in summary.casefold():
            problems.append(f"{f}:{n} summary repeats the quote")
        for field in ("evidence", "evidence_start", "evidence_end", "confidence",
                      "extractor_version"):
            if row[field]:
                problems.append(f"{f}:{n} {field} is set on a curated row")
    assert not problems, _report(problems)


# ---------------------------------------------------------------- coverage (issue 11 item 3)

def test_data_karakalpakstan_coverage_at_least_80_events_by_20_actors():
    actors = {row["actor"] for _, _, row in event_rows()}
    assert len(event_rows()) >= 80, len(event_rows())
    assert len(actors) >= 20, sorted(actors)
    with (PACK_DIR / "actors.csv").open(encoding="utf-8", newline="") as handle:
        assert sum(1 for _ in csv.DictReader(handle)) >= 20


def test_data_karakalpakstan_coverage_of_the_crisis():
    """The pack covers what issue 11 asks: the status question, the protests, emergency
    rule and its lifting, the internet, casualty figures, detentions and trials, and
    reactions from the UN, the EU, Russia, Kazakhstan, the US, the OSCE and rights groups."""
    rows = [row for _, _, row in event_rows()]
    issues = {row["issue"] for row in rows}
    types = {row["event_type"] for row in rows}
    actors = {row["actor"] for row in rows}
    assert {"autonomy_status", "casualties_investigation", "detentions_trials",
            "internet_shutdown", "sovereignty_stability"} <= issues
    assert {"protest", "violent_clash", "state_of_emergency", "arrest"} <= types
    assert any("lifted" in row["summary"] or "ending" in row["summary"]
               for row in rows if row["event_type"] == "state_of_emergency")
    reactions = {"Michelle Bachelet", "European Union", "Dmitry Peskov",
                 "Kazakh Foreign Ministry", "Ned Price", "OSCE", "Human Rights Watch",
                 "Amnesty International"}
    assert reactions <= actors, sorted(reactions - actors)


# ---------------------------------------------------------------- knowledge and places

def test_data_karakalpakstan_knowledge_loads_with_shared_loaders(knowledge):
    book = load_actor_book(knowledge)
    gazetteer = load_gazetteer(knowledge)
    with (PACK_DIR / "actors.csv").open(encoding="utf-8", newline="") as handle:
        pack_actors = [row["actor"] for row in csv.DictReader(handle)]
    assert all(actor in book.actors for actor in pack_actors)
    assert "Nukus" in gazetteer.places


def test_data_karakalpakstan_actors_targets_and_countries_resolve(knowledge):
    book = load_actor_book(knowledge)
    problems = []
    for f, n, row in event_rows():
        names = [row["actor"]] + [t.strip() for t in row["target"].split(";") if t.strip()]
        problems += [f"{f}:{n} {name!r} is not a known actor" for name in names
                     if name not in book.actors]
        known = book.actors.get(row["actor"])
        if known and known.country != row["actor_country"]:
            problems.append(f"{f}:{n} actor_country {row['actor_country']!r} for {row['actor']}")
    assert not problems, _report(problems)


def test_data_karakalpakstan_locations_are_places_with_their_coordinates(knowledge):
    places = load_gazetteer(knowledge).places
    problems = []
    for f, n, row in event_rows():
        if not row["location"]:
            continue
        place = places.get(row["location"])
        if place is None:
            problems.append(f"{f}:{n} location {row['location']!r} is not a known place")
        elif row["geo_precision"] == "country":
            if row["latitude"] or row["country"] != place.country:
                problems.append(f"{f}:{n} country-level row with coordinates or wrong country")
        elif (abs(float(row["latitude"]) - place.latitude) > 0.01
              or abs(float(row["longitude"]) - place.longitude) > 0.01):
            problems.append(f"{f}:{n} coordinates differ from the gazetteer's {place.name}")
    assert not problems, _report(problems)


def test_data_karakalpakstan_points_lie_in_their_region(regions):
    problems = []
    for f, n, row in event_rows():
        if row["country"] != "UZB" or not row["latitude"]:
            continue
        point = shapely.geometry.Point(float(row["longitude"]), float(row["latitude"]))
        polygon = regions.get(row["admin1"])
        if polygon is None or not polygon.contains(point):
            problems.append(f"{f}:{n} {row['location']} is not inside {row['admin1']!r}")
    assert not problems, _report(problems)


def test_data_karakalpakstan_pack_places_lie_in_their_region(regions):
    with (PACK_DIR / "places.csv").open(encoding="utf-8", newline="") as handle:
        places = [row for row in csv.DictReader(handle) if row["kind"] != "country"]
    outside = [row["place"] for row in places
               if not regions[row["admin1"]].contains(
                   shapely.geometry.Point(float(row["longitude"]), float(row["latitude"])))]
    assert places and not outside, outside


def test_data_karakalpakstan_regions_are_uzbekistan_first_level_units(regions):
    assert len(regions) == 14
    assert "Republic of Karakalpakstan" in regions
    assert all(geom.is_valid and not geom.is_empty for geom in regions.values())
    # Karakalpakstan is by far the largest unit (about 37 per cent of the country).
    largest = max(regions, key=lambda name: regions[name].area)
    assert largest == "Republic of Karakalpakstan"
    # No two units overlap beyond simplification slivers.
    names = sorted(regions)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert regions[a].intersection(regions[b]).area < 1e-3, (a, b)


def test_data_karakalpakstan_region_rings_are_clockwise():
    with REGIONS.open(encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    for feature in features:
        geometry = shapely.geometry.shape(feature["geometry"])
        for polygon in getattr(geometry, "geoms", [geometry]):
            assert not polygon.exterior.is_ccw, feature["properties"]["name"]


# ---------------------------------------------------------------- lexicons

CUE_LEXICONS = sorted(p for p in (PACK_DIR / "lexicons").glob("*.csv") if p.name != "stances.csv")
POLARITIES = ("support", "oppose", "reject", "concern", "call", "request", "none")


def test_data_karakalpakstan_lexicons_cover_the_new_issues():
    new = {code for code, spec in manifest()["issues"].items() if spec.get("new")}
    for path in CUE_LEXICONS:
        with path.open(encoding="utf-8", newline="") as handle:
            topics = {row["issue"] for row in csv.DictReader(handle) if row["kind"] == "topic"}
        assert new <= topics, (path.name, sorted(new - topics))
    assert {p.name for p in CUE_LEXICONS} >= {"en.csv", "ru.csv", "fr.csv", "de.csv", "es.csv"}


def test_data_karakalpakstan_stances_map_every_polarity_of_new_issues():
    with (PACK_DIR / "lexicons" / "stances.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    new = {code for code, spec in manifest()["issues"].items() if spec.get("new")}
    pairs = Counter((row["issue"], row["polarity"]) for row in rows)
    assert set(pairs) == {(issue, polarity) for issue in new for polarity in POLARITIES}
    assert max(pairs.values()) == 1
    for row in rows:
        assert row["stance"] in _stances_of(row["issue"]), row


@pytest.mark.parametrize("path", CUE_LEXICONS, ids=lambda p: p.name)
def test_data_karakalpakstan_lexicon_rows_are_well_formed(path, knowledge):
    shared = DATA_DIR / "lexicons" / path.name
    with shared.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    book = load_actor_book(knowledge)
    issues = set(manifest()["issues"]) | set(ISSUES)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == header
        rows = list(reader)
    assert rows
    for row in rows:
        re.compile(row["pattern"])
        assert not row["issue"] or row["issue"] in issues, row
        assert not row["actor"] or row["actor"] in book.actors, row


# Short sentences written for this test (not from any article): each must be read by the
# pack's topic cues as the given issue once folded like article text.
TOPIC_CASES = [
    ("en", "Deputies kept the right to secede in the constitution.", "autonomy_status"),
    ("en", "The lawyer was sentenced after the trial in Bukhara.", "detentions_trials"),
    ("en", "The ministry spoke of mass riots and separatism.", "separatism_framing"),
    ("en", "They asked for an independent inquiry into the deaths.", "casualties_investigation"),
    ("ru", "Депутаты сохранили право на выход из состава Узбекистана.", "autonomy_status"),
    ("ru", "Суд вынес приговор активисту.", "detentions_trials"),
    ("ru", "Власти говорят о массовых беспорядках.", "separatism_framing"),
    ("fr", "Le droit de faire sécession reste dans la Constitution.", "autonomy_status"),
    ("fr", "Une enquête indépendante est demandée.", "casualties_investigation"),
    ("de", "Das Recht auf Abspaltung bleibt erhalten.", "autonomy_status"),
    ("de", "Das Gericht hat ihn verurteilt.", "detentions_trials"),
    ("es", "Se mantiene el derecho a la secesión.", "autonomy_status"),
    ("es", "Piden una investigación independiente.", "casualties_investigation"),
]


@pytest.mark.parametrize(("language", "sentence", "issue"), TOPIC_CASES)
def test_data_karakalpakstan_lexicon_topics_read_new_issues(language, sentence, issue):
    from dashboard.extract.lexicon import fold, load_lexicon

    lexicon = load_lexicon(language, PACK_DIR / "lexicons")
    found = {cue.issue for cue, _ in lexicon.finditer("topic", fold(sentence))}
    assert issue in found, (sentence, found)

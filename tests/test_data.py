"""Data-set tests over the Kazakhstan pack's curated events (data/crises/kazakhstan-2022-01/).

They keep the shipped data honest: every row valid under the event model, sourced, dated in
January 2022, placed inside the polygon it names, free of duplicates, speaking only of actors
and places the knowledge files know, summarised in the project's own words, and together
covering the crisis widely enough (issue 3). The coverage thresholds are deliberate; do not
lower them to make a thin data set pass.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date
from functools import cache
from itertools import combinations
from urllib.parse import urlsplit

import pytest

from dashboard.geo import load_gazetteer, point_in_country, point_in_region
from dashboard.knowledge import DATA_DIR, load_actor_book
from dashboard.schema import (
    EVENT_COLUMNS,
    is_http_url,
    parse_iso_date,
    split_sources,
    validate_event,
)

PACK_DIR = DATA_DIR / "crises" / "kazakhstan-2022-01"  # its actors and places add to data/
EVENTS_DIR = PACK_DIR / "events"
FIRST_DAY, LAST_DAY = date(2022, 1, 1), date(2022, 1, 31)
MAX_QUOTE_WORDS = 25
CLASH_TYPES = {"protest", "violent_clash"}
LOCALITY_KINDS = {"city", "town", "village"}
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = {"u.s", "u.k", "u.n", "e.u", "mr", "mrs", "ms", "dr", "st", "no", "jan", "gen",
                  "lt", "col", "prof", "vs", "etc", "approx", "sen", "rep", "gov", "inc", "co"}
_SENTENCE_END = re.compile(r"([\w.]*)[.!?][\"'»”)]*\s+[\"'«“(]*[A-ZА-ЯЁ0-9]")


@cache
def event_rows() -> tuple[tuple[str, int, dict[str, str]], ...]:
    """(file name, line, row) for every row of every events file."""
    rows = []
    for path in sorted(EVENTS_DIR.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            for row in reader:
                rows.append((path.name, reader.line_num, row))
    return tuple(rows)


def _where(file: str, line: int) -> str:
    return f"{file}:{line}"


def _report(problems: list[str]) -> str:
    shown = "\n".join(problems[:40])
    more = f"\n... and {len(problems) - 40} more" if len(problems) > 40 else ""
    return f"{len(problems)} problem(s):\n{shown}{more}"


def _parts(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def test_data_events_files_exist():
    assert list(EVENTS_DIR.glob("*.csv")), "no data/events/*.csv file"
    assert event_rows(), "the events files hold no rows"


@pytest.mark.parametrize("path", sorted(EVENTS_DIR.glob("*.csv")), ids=lambda p: p.name)
def test_data_header_is_event_columns(path):
    with path.open(encoding="utf-8", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == EVENT_COLUMNS


def test_data_rows_pass_schema_validation():
    problems = [f"{_where(f, n)} {field}: {message}"
                for f, n, row in event_rows() for field, message in validate_event(row)]
    assert not problems, _report(problems)


def test_data_shipped_event_files_are_the_ones_that_win_duplicates():
    from dashboard.store import SHIPPED_EVENT_FILES, event_files

    assert sorted(SHIPPED_EVENT_FILES) == sorted(p.name for p in event_files(EVENTS_DIR))


def test_data_event_ids_are_unique_and_prefixed():
    prefix = {"unrest.csv": "U", "state.csv": "S", "reactions.csv": "R"}
    counts = Counter(row["event_id"] for _, _, row in event_rows())
    problems = [f"{_where(f, n)} event_id {row['event_id']!r}"
                for f, n, row in event_rows()
                if counts[row["event_id"]] > 1
                or (f in prefix and not re.fullmatch(prefix[f] + r"\d{4}", row["event_id"]))]
    assert not problems, _report(problems)


def test_data_every_row_has_sources_and_publishers():
    problems = []
    for f, n, row in event_rows():
        urls = split_sources(row["source_url"])
        publishers = split_sources(row["source_publisher"])
        if not urls or not all(is_http_url(url) for url in urls):
            problems.append(f"{_where(f, n)} source_url {row['source_url']!r}")
        if len(publishers) != len(urls) or not all(publishers):
            problems.append(f"{_where(f, n)} source_publisher {row['source_publisher']!r}")
    assert not problems, _report(problems)


# The held-out test's pages: no shipped event may cite one (see the briefing's eval rules).
EXCLUDED_URLS = DATA_DIR.parent.parent / "shared" / "eval" / "excluded-urls.txt"
SOURCE_LISTS = ("source_title", "source_publisher", "source_language", "source_published")


@cache
def shipped_event_rows() -> tuple[tuple[str, int, dict[str, str]], ...]:
    """(path, line, row) for every row of every shipped events file: data/events and every
    crisis pack's events folder."""
    paths = sorted(EVENTS_DIR.glob("*.csv")) + sorted(DATA_DIR.glob("crises/*/events/*.csv"))
    rows = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows.extend((str(path.relative_to(DATA_DIR)), reader.line_num, row) for row in reader)
    return tuple(rows)


def _url_key(url: str) -> str:
    """A URL without scheme, "www.", letter case, fragment or trailing slash, so that
    spellings of one page compare equal."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}".lower()


@pytest.mark.skipif(not EXCLUDED_URLS.is_file(),
                    reason="../shared/eval/excluded-urls.txt (the held-out list) is absent")
def test_data_no_shipped_event_cites_an_excluded_url():
    excluded = {_url_key(line) for line in EXCLUDED_URLS.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")}
    assert excluded, f"{EXCLUDED_URLS.name} lists no URL"
    problems = [f"{_where(f, n)} {row['event_id']} cites {url}"
                for f, n, row in shipped_event_rows()
                for url in split_sources(row["source_url"]) if _url_key(url) in excluded]
    assert not problems, _report(problems)


def test_data_url_key_ignores_scheme_host_case_and_trailing_slash():
    assert _url_key("https://www.Example.org/a/b/") == _url_key("http://example.org/a/b")
    assert _url_key("https://example.org/a?id=1") != _url_key("https://example.org/a?id=2")


def test_data_source_lists_have_one_entry_per_url():
    """The five source columns are parallel lists joined with ' | '. Publisher, language and
    date are given for every source; the title list, when the cell is not empty, has one
    (possibly empty) entry per URL, so that each title sits against its own URL."""
    problems = []
    assert shipped_event_rows(), "no shipped events file"
    for f, n, row in shipped_event_rows():
        count = len(split_sources(row["source_url"]))
        for column in SOURCE_LISTS:
            values = split_sources(row[column])
            if column == "source_title" and not row[column].strip():
                continue
            if len(values) != count:
                problems.append(f"{_where(f, n)} {column} has {len(values)} part(s) "
                                f"for {count} URL(s)")
            elif column != "source_title" and not all(values):
                problems.append(f"{_where(f, n)} {column} has an empty part")
    assert not problems, _report(problems)


def test_data_dates_are_in_january_2022():
    problems = []
    for f, n, row in event_rows():
        try:
            day = parse_iso_date(row["date"])
        except ValueError as err:
            problems.append(f"{_where(f, n)} date: {err}")
            continue
        if not FIRST_DAY <= day <= LAST_DAY:
            problems.append(f"{_where(f, n)} date {row['date']} is outside January 2022")
    assert not problems, _report(problems)


def test_data_coordinates_lie_in_their_admin1_and_country():
    problems = []
    for f, n, row in event_rows():
        if not (row["latitude"] and row["longitude"]):
            continue
        lat, lon = float(row["latitude"]), float(row["longitude"])
        if row["country"] == "KAZ" and not point_in_country(lat, lon, "KAZ"):
            problems.append(f"{_where(f, n)} ({lat}, {lon}) is outside Kazakhstan")
        if row["admin1"] and not point_in_region(lat, lon, row["admin1"]):
            problems.append(f"{_where(f, n)} ({lat}, {lon}) is outside {row['admin1']}")
        if row["country"] == "KAZ" and row["geo_precision"] == "point" and not row["admin1"]:
            problems.append(f"{_where(f, n)} point in Kazakhstan without admin1")
    assert not problems, _report(problems)


# Word overlap above which two summaries of rows with the same key describe one act.
SAME_ACT_OVERLAP = 0.6


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _overlap(a: str, b: str) -> float:
    first, second = _words(a), _words(b)
    return len(first & second) / max(len(first | second), 1)


def test_data_no_two_rows_for_the_same_act():
    """One act is one row. Rows agreeing on date, actor, type, target, issue and place are
    the same act when their summaries say the same thing; distinct acts of one day and place
    (several buildings stormed in Almaty on 5 January) keep distinct summaries."""
    by_key: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    problems = []
    for f, n, row in event_rows():
        key = tuple(row[c] for c in ("date", "actor", "event_type", "target", "issue", "location"))
        for where, summary in by_key.get(key, []):
            if _overlap(summary, row["summary"]) >= SAME_ACT_OVERLAP:
                problems.append(f"{_where(f, n)} repeats {where}: {key}")
        by_key.setdefault(key, []).append((_where(f, n), row["summary"]))
    assert not problems, _report(problems)


# Pairs of rows that the rules of _one_act_reason below flag but that are distinct acts,
# each with the reason. Keep this list short: a new entry needs a reason a reviewer can check.
DISTINCT_ACTS = {
    # One Interior Ministry announcement of 7 January gave two figures: the detentions
    # (an arrest row) and the armed people killed (a statement row).
    frozenset({"S0033", "S0034"}): "detentions and deaths announced together",
}
_CROWD_SIDE_TYPES = {"protest", "violent_clash"}


def _source_key(url: str) -> str:
    """A URL without scheme, query, 'www.'/'amp.' host prefix, AMP path part or final slash,
    so that the AMP copy of an article counts as the article."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.").removeprefix("amp.")
    path = re.sub(r"/amp(?=/|$)", "", parts.path).rstrip("/")
    return host + path


def _one_act_reason(first: dict[str, str], second: dict[str, str]) -> str:
    """Why two rows of one day citing a common source record one act, or '' if they need
    not. One act is recorded twice when both rows carry the same quotation; when the two
    sides of a clash (a crowd, which has no actor_country, and a state body) each got a row
    of the same type and place; when one actor's act and its announcement are two rows of one
    place; or when two rows about the same target and issue each name the other's actor."""
    if first["date"] != second["date"]:
        return ""
    shared = ({_source_key(u) for u in split_sources(first["source_url"])}
              & {_source_key(u) for u in split_sources(second["source_url"])})
    if not shared:
        return ""
    if first["quote"].strip() and first["quote"].strip() == second["quote"].strip():
        return "same quotation"
    if (first["event_type"] == second["event_type"] in _CROWD_SIDE_TYPES
            and first["location"] == second["location"]
            and bool(first["actor_country"]) != bool(second["actor_country"])):
        return "one clash from both sides"
    if (first["actor"] == second["actor"] and first["location"]
            and first["location"] == second["location"]
            and first["event_type"] != second["event_type"]):
        return "an act and its announcement"
    if (first["target"] and first["target"] == second["target"]
            and first["issue"] == second["issue"]
            and (second["actor"].lower() in first["summary"].lower()
                 or first["actor"].lower() in second["summary"].lower())):
        return "each names the other's actor"
    return ""


def _one_act_pairs(rows) -> list[str]:
    problems = []
    listed = list(rows)
    for i, (f, n, row) in enumerate(listed):
        for g, m, other in listed[i + 1:]:
            reason = _one_act_reason(row, other)
            if reason and frozenset({row["event_id"], other["event_id"]}) not in DISTINCT_ACTS:
                problems.append(f"{_where(f, n)} {row['event_id']} and {_where(g, m)} "
                                f"{other['event_id']}: {reason}")
    return problems


def test_data_no_act_recorded_from_two_sides():
    """One act is one row even when its two rows differ in actor, type or file: the rules of
    _one_act_reason, over rows of one day that cite a common source (issue 11)."""
    problems = _one_act_pairs(event_rows())
    assert not problems, _report(problems)


def test_data_distinct_acts_allow_list_is_current():
    ids = {row["event_id"] for _, _, row in event_rows()}
    pairs = {frozenset({a["event_id"], b["event_id"]})
             for (_, _, a), (_, _, b) in combinations(event_rows(), 2) if _one_act_reason(a, b)}
    stale = [sorted(pair) for pair in DISTINCT_ACTS if not pair <= ids or pair not in pairs]
    assert not stale, f"allow-listed pairs no rule flags any more: {stale}"


def _act_row(**values: str) -> dict[str, str]:
    row = dict.fromkeys(EVENT_COLUMNS, "")
    row.update(event_id="X0001", date="2022-01-05", source_url="https://example.org/a",
               summary="Something happened.")
    row.update(values)
    return row


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        ({"quote": '"words"', "actor": "CSTO"}, {"quote": '"words"', "actor": "A"},
         "same quotation"),
        ({"actor": "protesters", "event_type": "violent_clash", "location": "Aktobe"},
         {"actor": "Kazakh police", "actor_country": "KAZ", "event_type": "violent_clash",
          "location": "Aktobe"}, "one clash from both sides"),
        ({"actor": "Kazakh police", "event_type": "statement", "location": "Almaty"},
         {"actor": "Kazakh police", "event_type": "violent_clash", "location": "Almaty",
          "source_url": "https://example.org/a/amp?x=1"}, "an act and its announcement"),
        ({"actor": "Mazhilis", "target": "Smailov", "issue": "leadership_change"},
         {"actor": "Tokayev", "target": "Smailov", "issue": "leadership_change",
          "summary": "Tokayev nominated him and the Mazhilis confirmed him."},
         "each names the other's actor"),
        # Not one act: another day, no common source, or both rows on the state's side.
        ({"quote": '"words"'}, {"quote": '"words"', "date": "2022-01-06"}, ""),
        ({"quote": '"words"'}, {"quote": '"words"', "source_url": "https://example.org/b"},
         ""),
        ({"actor": "Kazakh police", "actor_country": "KAZ", "event_type": "violent_clash",
          "location": "Almaty"},
         {"actor": "Kazakh security forces", "actor_country": "KAZ",
          "event_type": "violent_clash", "location": "Almaty"}, ""),
    ],
)
def test_data_one_act_rule(first, second, reason):
    assert _one_act_reason(_act_row(**first), _act_row(event_id="X0002", **second)) == reason


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Rioters set fire to the Almaty city prosecutor's office.",
         "Rioters set fire to the Almaty office of the ruling Nur Otan party.", False),
        ("Protesters set fire to the Almaty city administration building.",
         "Protesters set the Almaty city administration building on fire.", True),
    ],
)
def test_data_same_act_rule(first, second, same):
    assert (_overlap(first, second) >= SAME_ACT_OVERLAP) is same


def test_data_actors_and_targets_are_known():
    book = load_actor_book(extra=[PACK_DIR])
    problems = []
    for f, n, row in event_rows():
        names = [("actor", row["actor"])] + [("target", t) for t in _parts(row["target"])]
        for field, name in names:
            if name not in book.actors:
                problems.append(f"{_where(f, n)} {field} {name!r} is not in actors.csv")
    assert not problems, _report(sorted(set(problems)))


def test_data_actor_country_matches_actor_list():
    book = load_actor_book(extra=[PACK_DIR])
    problems = [f"{_where(f, n)} actor_country {row['actor_country']!r} for {row['actor']!r} "
                f"(actors.csv: {book.actors[row['actor']].country!r})"
                for f, n, row in event_rows()
                if row["actor"] in book.actors
                and row["actor_country"] != book.actors[row["actor"]].country]
    assert not problems, _report(problems)


def test_data_locations_are_known_places():
    places = load_gazetteer(extra=[PACK_DIR]).places
    problems = []
    for f, n, row in event_rows():
        for part in _parts(row["location"]):
            if part not in places:
                problems.append(f"{_where(f, n)} location {part!r} is not in places.csv")
    assert not problems, _report(problems)


def test_data_point_coordinates_are_the_places():
    places = load_gazetteer(extra=[PACK_DIR]).places
    problems = []
    for f, n, row in event_rows():
        parts = _parts(row["location"])
        if row["geo_precision"] != "point" or len(parts) != 1 or parts[0] not in places:
            continue
        place = places[parts[0]]
        if not row["latitude"] or (abs(float(row["latitude"]) - place.latitude) > 0.01
                                   or abs(float(row["longitude"]) - place.longitude) > 0.01):
            problems.append(f"{_where(f, n)} coordinates differ from places.csv {parts[0]}")
        elif place.country == "KAZ" and row["admin1"] != place.admin1:
            problems.append(f"{_where(f, n)} admin1 {row['admin1']!r} but places.csv says "
                            f"{place.admin1!r} for {parts[0]}")
    assert not problems, _report(problems)


def _sentence_breaks(text: str) -> int:
    return sum(1 for match in _SENTENCE_END.finditer(text)
               if match.group(1).lower().rstrip(".") not in _ABBREVIATIONS
               and not re.fullmatch(r"(\w\.)*\w", match.group(1)))


def _bare(text: str) -> str:
    return " ".join(text.strip().strip("\"“”«»'").split()).casefold()


def test_data_summaries_are_unique_single_sentences():
    counts = Counter(_bare(row["summary"]) for _, _, row in event_rows())
    problems = []
    for f, n, row in event_rows():
        summary = row["summary"].strip()
        if counts[_bare(summary)] > 1:
            problems.append(f"{_where(f, n)} summary is not unique: {summary[:60]!r}")
        if not summary.endswith((".", "!", "?")) or _sentence_breaks(summary):
            problems.append(f"{_where(f, n)} summary is not one sentence: {summary[:80]!r}")
    assert not problems, _report(problems)


def test_data_summary_is_not_the_quote():
    # A summary may cite a few of the actor's words, but must not be the quote, nor be made
    # mostly of it.
    problems = []
    for f, n, row in event_rows():
        quote, summary = _bare(row["quote"]), _bare(row["summary"]).rstrip(".")
        if not quote:
            continue
        if summary in quote or (quote in summary
                                and 2 * len(quote.split()) > len(summary.split())):
            problems.append(f"{_where(f, n)} summary repeats the quote")
    assert not problems, _report(problems)


def test_data_quotes_are_short_and_quoted():
    problems = []
    for f, n, row in event_rows():
        quote = row["quote"].strip()
        if not quote:
            continue
        if len(quote.split()) > MAX_QUOTE_WORDS:
            problems.append(f"{_where(f, n)} quote has {len(quote.split())} words")
        if not (quote.startswith('"') and quote.endswith('"')):
            problems.append(f"{_where(f, n)} quote is not inside double quotes")
    assert not problems, _report(problems)


def test_data_curated_rows_leave_extractor_fields_empty():
    fields = ("evidence", "evidence_start", "evidence_end", "confidence", "extractor_version")
    problems = [f"{_where(f, n)} {field} is set on a curated row"
                for f, n, row in event_rows() if row["method"] == "curated"
                for field in fields if row[field]]
    assert not problems, _report(problems)


# ---------------------------------------------------------------- coverage (issue 3)

def test_data_coverage_at_least_200_events():
    assert len(event_rows()) >= 200


def test_data_coverage_protests_in_15_localities_across_10_regions():
    places = load_gazetteer(extra=[PACK_DIR]).places
    localities, regions = set(), set()
    for _, _, row in event_rows():
        if row["event_type"] not in CLASH_TYPES:
            continue
        for part in _parts(row["location"]):
            place = places.get(part)
            if place and place.country == "KAZ" and place.kind in LOCALITY_KINDS:
                localities.add(part)
                regions.add(place.admin1)
    assert len(localities) >= 15, sorted(localities)
    assert len(regions) >= 10, sorted(regions)


def test_data_coverage_statements_by_30_actors_on_8_issues():
    stance_rows = [row for _, _, row in event_rows() if row["stance"]]
    actors = {row["actor"] for row in stance_rows}
    issues = {row["issue"] for row in stance_rows}
    assert len(actors) >= 30, len(actors)
    assert len(issues) >= 8, sorted(issues)


@pytest.mark.parametrize(("text", "breaks"), [
    ("The U.S. State Department urged restraint.", 0),
    ("Tokayev said so. Then he left.", 1),
    ("Mr. Peskov spoke on 6 Jan. about the CSTO.", 0),
    ("J. Borrell called for calm.", 0),
    ("Лавров заявил об этом. Затем уехал.", 1),
    ('He said "enough." Crowds left.', 1),
])
def test_data_sentence_splitter_counts_breaks(text, breaks):
    assert _sentence_breaks(text) == breaks

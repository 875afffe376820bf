import json

import pytest

from dashboard.store import (
    event_files,
    load_events,
    load_extracted,
    read_event_rows,
    rows_to_frame,
    sort_events,
)
from tests.conftest import ROOT, event_row, write_events_csv


@pytest.mark.parametrize(
    ("bad", "field", "message_part"),
    [
        ({"date": "2022-13-01"}, "date", "not a valid date"),
        ({"date": "5 Jan"}, "date", "not an ISO date"),
        ({"event_type": "riot"}, "event_type", "'riot' is not one of"),
        ({"stance": "maybe"}, "stance", "'maybe'"),
        ({"source_url": "example.org/a"}, "source_url", "not an http(s) URL"),
        ({"source_publisher": ""}, "source_publisher", "is empty"),
        ({"latitude": "north", "longitude": "50"}, "latitude", "not a number"),
        ({"latitude": "43.2"}, "longitude", "is empty but the other is set"),
        ({"latitude": "95", "longitude": "50"}, "latitude", "outside"),
        ({"event_type": "arrest", "stance": "support"}, "stance", "takes no stance"),
        ({"issue": "fuel_prices", "stance": "support"}, "stance", "not a position defined"),
        ({"actor_country": "Kazakhstan"}, "actor_country", "not an ISO 3166-1"),
    ],
)
def test_store_bad_row_reported_with_file_line_field(tmp_path, bad, field, message_part):
    rows = [event_row(event_id="G1"), event_row(event_id="B1", **bad), event_row(event_id="G2")]
    path = write_events_csv(tmp_path / "events.csv", rows)
    result = load_events([path])
    assert list(result.events["event_id"]) == ["G1", "G2"]
    errors = [e for e in result.errors if e.field == field]
    assert errors, result.errors
    assert errors[0].file == "events.csv"
    assert errors[0].line == 3
    assert message_part in errors[0].message
    assert str(errors[0]).startswith("events.csv, line 3, field '" + field + "'")


def test_store_line_numbers_count_multiline_cells(tmp_path):
    rows = [event_row(event_id="G1", summary="first line\nsecond line"),
            event_row(event_id="B1", date="2022-02-30")]
    result = load_events([write_events_csv(tmp_path / "e.csv", rows)])
    assert [(e.line, e.field) for e in result.errors] == [(4, "date")]


def test_store_duplicate_ids_keep_first(tmp_path):
    first = write_events_csv(tmp_path / "a.csv", [event_row(event_id="X1", summary="one")])
    second = write_events_csv(tmp_path / "b.csv", [event_row(event_id="X1", summary="two")])
    result = load_events([first, second])
    assert list(result.events["summary"]) == ["one"]
    assert result.errors[0].file == "b.csv"
    assert "already used (a.csv, line 2)" in result.errors[0].message


def test_store_jsonl_rows_and_bad_json(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(event_row(event_id="J1")) + "\n{not json\n", encoding="utf-8")
    rows, errors = read_event_rows(path)
    assert [row["event_id"] for _, row in rows] == ["J1"]
    assert (errors[0].line, "not valid JSON" in errors[0].message) == (2, True)


@pytest.mark.parametrize(("content", "message"), [
    (b"event_id,date\x00\x01\x02\n" * 3, "cannot be read: file is binary"),
    (b"event_id,date\nZ1,2022-01-05\n", "column is missing from the header"),
])
def test_store_unreadable_file_is_one_error(tmp_path, content, message):
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    result = load_events([path])
    assert [e.file for e in result.errors] == ["odd.csv"] * len(result.errors)
    assert message in result.errors[0].message
    assert result.events.empty


def test_store_frame_dtypes(small_events):
    assert str(small_events["date"].dtype).startswith("datetime64")
    assert small_events["latitude"].dtype == "float64"
    assert small_events.loc[small_events["event_id"] == "A6", "date"].isna().all()
    assert small_events["source_count"].tolist() == [1, 1, 1, 2, 1, 1]


def test_store_source_count_counts_joined_sources():
    row = event_row(source_url="https://a.org/1 | https://b.org/2",
                    source_publisher="A | B", source_published="2022-01-05 | 2022-01-06")
    assert rows_to_frame([row])["source_count"].tolist() == [2]


def test_store_event_files_lists_csv_and_jsonl(tmp_path):
    for name in ("b.csv", "a.jsonl", "notes.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in event_files(tmp_path)] == ["a.jsonl", "b.csv"]


def test_store_sort_events_chronological_undated_last(small_events):
    shuffled = small_events.sample(frac=1, random_state=3)
    ordered = sort_events(shuffled)
    assert list(ordered["event_id"]) == ["A1", "A2", "A3", "A5", "A4", "A6"]
    assert list(ordered.index) == list(range(6))


def test_store_extracted_events_cached_by_content(tmp_path):
    articles, cache = tmp_path / "articles", tmp_path / "cache"
    articles.mkdir()
    sample = next((ROOT / "data" / "articles").glob("*.txt"))
    (articles / sample.name).write_bytes(sample.read_bytes())
    first = load_extracted(articles, cache)
    assert len(first.events) > 0
    assert set(first.events["method"]) == {"extracted"}
    [cached] = cache.glob("*.jsonl")
    # a second load reads the cache: prove it by editing the cached rows
    cached.write_text(cached.read_text("utf-8").replace('"Wang Yi"', '"Cached Actor"'), "utf-8")
    assert "Cached Actor" in set(load_extracted(articles, cache).events["actor"])
    # a changed article is extracted afresh
    (articles / sample.name).write_bytes(sample.read_bytes() + b"\n")
    assert "Cached Actor" not in set(load_extracted(articles, cache).events["actor"])


def test_store_extracted_bad_file_reported_others_kept(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    sample = next((ROOT / "data" / "articles").glob("*.txt"))
    (articles / "a.txt").write_bytes(sample.read_bytes())
    (articles / "b.txt").write_bytes(b"")
    result = load_extracted(articles, tmp_path / "cache")
    assert len(result.events) > 0
    assert [e.file for e in result.errors] == ["b.txt"]


def test_store_extracted_unsupported_language_reported(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "noticia.txt").write_text(
        "O governo declarou o estado de emergência na capital depois dos confrontos.",
        encoding="utf-8")
    result = load_extracted(articles, tmp_path / "cache")
    assert len(result.events) == 0
    assert [(e.file, e.message) for e in result.errors] == [
        ("noticia.txt", "language 'pt' is not supported; supported: de, en, es, fr, it, ru")]


def test_store_extracted_article_without_events_is_no_problem(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "quiet.txt").write_text("The weather in the capital was mild and dry.", "utf-8")
    for _ in range(2):  # extracted, then read from the (empty) cache
        result = load_extracted(articles, tmp_path / "cache")
        assert (len(result.events), result.errors, result.files) == (0, [], ["quiet.txt"])

"""Articles added by hand: pasted text and uploaded files -> articles -> extracted events."""

import json

import pytest

from dashboard.intake import (
    Article,
    check_source,
    extract_all,
    extract_article,
    prefill_source,
    read_pasted,
    read_uploads,
    with_source,
)

GOOD = ("ALMATY, Jan 5 - Protesters stormed the city hall in Almaty on Wednesday, and "
        "police detained more than 200 people, the Interior Ministry said.")
HEADED = ("Les ministres parlent du Kazakhstan\n\nAgence Exemple | 11.01.2022 08h27\n\n"
          "Le ministre chinois a exprimé lundi son soutien au Kazakhstan.")


@pytest.mark.parametrize(("name", "data", "names"), [
    ("a.txt", GOOD.encode(), ["a.txt"]),
    ("a.md", ("# Title\n\n" + GOOD).encode(), ["a.md"]),
    ("a.html", f"<html><body><article><p>{GOOD}</p></article></body></html>".encode(),
     ["a.html"]),
    ("a.json", json.dumps([{"text": GOOD}, {"text": GOOD + " More."}]).encode(),
     ["a.json[1]", "a.json[2]"]),
    ("a.jsonl", (json.dumps({"text": GOOD}) + "\n\n" + json.dumps({"text": "Other."}) + "\n"
                 ).encode(), ["a.jsonl:1", "a.jsonl:3"]),
])
def test_intake_reads_every_upload_format(name, data, names):
    articles, problems = read_uploads([(name, data)])
    assert problems == []
    assert [a.name for a in articles] == names
    assert "Protesters stormed" in articles[0].text
    assert "<" not in articles[0].text


@pytest.mark.parametrize(("name", "data", "words"), [
    ("empty.txt", b"", "empty.txt: file is empty"),
    ("binary.txt", b"\x89PNG\x00\x00" + bytes(range(256)), "binary.txt: file is binary"),
    ("bad.json", b"{oops", "bad.json: not valid JSON"),
    ("lines.jsonl", b'{"text": "ok"}\n{"title": "no text"}\n', "lines.jsonl:2: article "
     "object has no 'text' string"),
])
def test_intake_bad_upload_is_named_and_others_still_read(name, data, words):
    articles, problems = read_uploads([(name, data), ("good.txt", GOOD.encode())])
    assert [p for p in problems if words in p] == problems and len(problems) == 1
    assert articles[-1].name == "good.txt"


def test_intake_pasted_text_and_empty_paste():
    articles, problems = read_pasted("  " + GOOD + "\r\n")
    assert (len(articles), problems, articles[0].name) == (1, [], "pasted text")
    assert read_pasted("  \n ") == ([], ["pasted text: the text is empty"])


@pytest.mark.parametrize(("text", "given", "expected"), [
    (HEADED, {}, {"title": "Les ministres parlent du Kazakhstan", "publisher": "Agence Exemple",
                  "url": "", "language": "fr", "published": "2022-01-11"}),
    (HEADED, {"title": "Given", "url": "https://example.org/x", "published": "2022-01-12",
              "language": "FR"},
     {"title": "Given", "publisher": "Agence Exemple", "url": "https://example.org/x",
      "language": "fr", "published": "2022-01-12"}),
    (GOOD, {}, {"title": "", "publisher": "", "url": "", "language": "en", "published": ""}),
])
def test_intake_prefill_source(text, given, expected):
    assert prefill_source(text, given) == expected


def test_intake_json_record_fields_prefill_the_source():
    record = {"text": GOOD, "title": "T", "publisher": "P", "url": "https://example.org/p",
              "published": "2022-01-06", "language": "en"}
    articles, _ = read_uploads([("r.json", json.dumps(record).encode())])
    assert articles[0].source == {"title": "T", "publisher": "P", "url": "https://example.org/p",
                                  "language": "en", "published": "2022-01-06"}


@pytest.mark.parametrize(("source", "fields"), [
    ({"url": "https://example.org/a", "published": "2022-01-05", "language": "en"}, []),
    ({"url": "example.org"}, ["url"]),
    ({"published": "5 Jan"}, ["published"]),
    ({"language": "pt"}, ["language"]),
])
def test_intake_check_source(source, fields):
    assert [f for f, _ in check_source(source)] == fields



def _article(text=GOOD, **source) -> Article:
    return with_source(Article("x", text, {}), {"language": "en", **source})


@pytest.mark.slow
def test_intake_extracts_with_edited_source_and_scoped_ids():
    plain = extract_article(_article(publisher="Wire A", published="2022-01-06"))
    assert plain.error == "" and plain.events
    assert {e["source_publisher"] for e in plain.events} == {"Wire A"}
    assert {e["source_published"] for e in plain.events} == {"2022-01-06"}
    again = extract_article(_article(publisher="Wire A", published="2022-01-06"))
    assert [e["event_id"] for e in again.events] == [e["event_id"] for e in plain.events]
    other = extract_article(_article(GOOD + " Shops were closed."))
    assert not {e["event_id"] for e in other.events} & {e["event_id"] for e in plain.events}
    url = "https://example.org/story"
    with_url = extract_article(_article(url=url))
    assert {e["source_url"] for e in with_url.events} == {url}


@pytest.mark.slow
def test_intake_extract_all_reports_progress_and_survives_a_bad_article():
    calls = []
    unreadable = with_source(Article("nums", "12 34 56", {}), {})
    results = extract_all([_article(), unreadable],
                          progress=lambda done, total, name: calls.append((done, total, name)))
    assert calls == [(0, 2, "x"), (1, 2, "nums"), (2, 2, "")]
    assert results[0].events and results[0].error == ""
    assert results[1].events == [] and "language" in results[1].error


def test_intake_text_is_normalised_so_offsets_agree():
    crlf, _ = read_pasted("\r\n" + GOOD.replace(", and", ",\r\nand") + "\r\n")
    plain, _ = read_pasted(GOOD.replace(", and", ",\nand"))
    assert crlf[0].text == plain[0].text and crlf[0].content_hash == plain[0].content_hash

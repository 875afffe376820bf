"""Extraction as a Dask job (dashboard/extract/cluster.py): chunks, and the same events as
the single-process run on a LocalCluster of two worker processes."""

from __future__ import annotations

import json
import os
import socket
import sys
import types

import pytest

from dashboard.__main__ import main
from dashboard.extract.batch import extract_paths
from dashboard.extract.cluster import (
    Chunk,
    close_client,
    dask_client,
    extract_on_cluster,
    plan_chunks,
    read_chunk,
)

# Hand-written articles (not taken from any outlet).
ARTICLES = [
    {"id": "a1", "language": "en", "published": "2022-01-06", "title": "Almaty",
     "text": "ALMATY, Jan 5 - Protesters stormed the city hall in Almaty on Wednesday, and "
             "police detained more than 200 people, the Interior Ministry said."},
    {"id": "a2", "language": "en", "published": "2022-01-08",
     "text": "MOSCOW, Jan 7 - Russia's foreign minister said on Friday that the CSTO "
             "deployment to Kazakhstan was legitimate and would be temporary."},
    {"id": "a3", "language": "fr", "published": "2022-01-07",
     "text": "PÉKIN, 6 janvier - La Chine a condamné jeudi toute ingérence étrangère au "
             "Kazakhstan, a déclaré le porte-parole du ministère chinois des Affaires "
             "étrangères."},
    {"id": "a4", "language": "ru", "published": "2022-01-06",
     "text": "АСТАНА, 5 января - Президент Казахстана Касым-Жомарт Токаев обратился к ОДКБ "
             "с просьбой о помощи, сообщила пресс-служба."},
    {"id": "a5", "language": "en", "published": "2022-01-09",
     "text": "WASHINGTON, Jan 8 - The United States urged restraint in Kazakhstan on "
             "Saturday and called for a peaceful resolution."},
]


def write_inputs(folder, lines=None):
    """A JSON Lines file (with a blank and a broken line) and one plain-text article."""
    lines = lines or [json.dumps(a, ensure_ascii=False) for a in ARTICLES[:3]] + [
        "", "{not json"] + [json.dumps(a, ensure_ascii=False) for a in ARTICLES[3:]]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "note.txt").write_text(ARTICLES[0]["text"].replace("Almaty on", "Aktobe on"),
                                     encoding="utf-8")
    return folder


@pytest.mark.parametrize(("size", "expected"), [
    (1, [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1)]),
    (3, [(1, 3), (4, 3), (7, 1)]),
    (7, [(1, 7)]),
    (50, [(1, 7)]),
])
def test_extract_cluster_chunks_cover_every_line_once(tmp_path, size, expected):
    write_inputs(tmp_path)
    chunks = plan_chunks([tmp_path], size)
    lines = [c for c in chunks if c.path.endswith(".jsonl")]
    assert [(c.first, c.count) for c in lines] == expected
    note = tmp_path / "note.txt"
    assert [c for c in chunks if c.path.endswith(".txt")] == [
        Chunk(str(note), stamp=note.stat().st_mtime_ns)]
    names = [a.name for c in lines for a in read_chunk(c)]
    single = [a.name for a in _single_articles(tmp_path / "articles.jsonl")]
    assert names == single


def _single_articles(path):
    from dashboard.extract.batch import read_paths

    return list(read_paths([path]))


def test_extract_cluster_parquet_rows_read_as_articles(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(ARTICLES), tmp_path / "articles.parquet")
    chunks = plan_chunks([tmp_path / "articles.parquet"], 2)
    assert [(c.first, c.count) for c in chunks] == [(0, 2), (2, 2), (4, 1)]
    articles = [a for c in chunks for a in read_chunk(c)]
    assert [a.name for a in articles] == [f"{tmp_path / 'articles.parquet'}[{n}]"
                                          for n in range(1, 6)]
    assert [a.text for a in articles] == [a["text"] for a in ARTICLES]
    assert articles[0].fields["title"] == "Almaty"


@pytest.fixture(scope="module")
def client():
    """A LocalCluster of two worker processes, shared by the tests of this module.

    The worker processes are spawned, and a spawned process first runs the parent's
    ``__main__`` again by its path; after an AppTest ran in this process, that would be
    app.py. A bare ``__main__`` while the workers start keeps them to their own work.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
        client = dask_client(workers=2)
    assert len(client.scheduler_info()["workers"]) == 2
    yield client
    close_client(client)


def test_extract_cluster_chunks_of_a_changed_file_are_new_tasks(tmp_path):
    # A chunk's value is its task key's input: a file rewritten in place gives new keys,
    # so a long-lived cluster cannot hand back the results of its older version.
    write_inputs(tmp_path)
    path = tmp_path / "articles.jsonl"
    before = plan_chunks([path], 3)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    after = plan_chunks([path], 3)
    assert [(c.first, c.count) for c in after] == [(c.first, c.count) for c in before]
    assert not set(after) & set(before)


@pytest.mark.slow
def test_extract_cluster_scheduler_http_is_on_a_random_loopback_port(client):
    # Its default, 8787, is taken by any other cluster on the machine (a warning, an
    # error under the tests' warning filter); the scheduler listens on loopback only.
    port = client.scheduler_info()["services"]["dashboard"]
    assert port != 8787
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass


@pytest.mark.slow
def test_extract_cluster_gives_the_single_process_events(tmp_path, client):
    folder = write_inputs(tmp_path)
    single = [(r.name, r.error, r.note, r.events) for r in extract_paths([folder])]
    pairs = list(extract_on_cluster(client, [folder], chunk_size=2))
    assert [(r.name, r.error, r.note, r.events) for _, r in pairs] == single
    assert sum(len(events) for *_, events in single) >= 4
    assert any("JSON" in error for _, error, _, _ in single)


@pytest.mark.slow
def test_extract_cluster_cli_writes_the_store_by_scheduler_address(tmp_path, client,
                                                                   own_store, capsys):
    from dashboard.db import open_store
    from dashboard.db.load import save_extracted
    from dashboard.extract.batch import read_paths

    (tmp_path / "in").mkdir()
    folder = write_inputs(tmp_path / "in")
    address = client.scheduler.address
    status = main(["extract", str(folder), "--scheduler", address])
    err = capsys.readouterr().err
    assert status == 1, err  # the broken line
    assert "articles.jsonl:5" in err and "JSON" in err
    clustered = open_store(own_store).events_frame()
    # the single-process reference, saved the same way into another store
    reference = open_store(f"sqlite:///{tmp_path}/reference.sqlite")
    for article, result in zip(read_paths([folder]), extract_paths([folder]), strict=True):
        if result.ok:
            save_extracted(reference, article, result.events, article.name)
    expected = reference.events_frame()
    assert len(clustered) == len(expected) >= 4
    assert clustered.sort_values("event_id").reset_index(drop=True).equals(
        expected.sort_values("event_id").reset_index(drop=True))
    assert main(["extract", str(folder), "--scheduler", address]) == 1  # again: nothing new
    assert len(open_store(own_store).events_frame()) == len(expected)

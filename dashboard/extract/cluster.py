"""Extraction as a Dask job: the same per-article function, spread over worker processes.

Why: extraction is a pure function of each article, so a batch of thousands of articles
parallelises without coordination. The inputs are cut into chunks (a run of lines of a
JSON Lines file, a run of rows of a Parquet file, or one plain file), each chunk is one
element of a ``dask.bag``; a worker reads its chunk from the file itself (so on a real
cluster the files need to be where the workers see them, e.g. a shared volume) and runs
:func:`dashboard.extract.batch.extract_article` on each article, the function the
single-process ``extract`` runs. Results come back to the client in input order; the
client writes them (to the store, or to a file), so only one process writes.

A cluster is a ``LocalCluster`` of ``workers`` processes on 127.0.0.1, or an existing
scheduler by address (``tcp://host:8786``). Dask is imported only here, and only when used.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dashboard.extract.batch import (
    SUFFIXES,
    ArticleInput,
    FileResult,
    extract_article,
    read_articles,
)
from dashboard.extract.text import MAX_BYTES

PARQUET = ".parquet"
CLUSTER_SUFFIXES = SUFFIXES | {PARQUET}
CHUNK_ARTICLES = 20  # articles per chunk: small enough to balance, large enough to batch
# Parquet columns read as an article object (``text`` is required).
PARQUET_COLUMNS = ("text", "title", "publisher", "url", "published", "language")


@dataclass(frozen=True)
class Chunk:
    """A run of articles of one file: ``count`` lines of a ``.jsonl`` file from line
    ``first`` (1-based), which start at byte ``offset`` and take ``length`` bytes; or
    ``count`` rows of a ``.parquet`` file from row ``first`` (0-based); or a whole file
    when ``count`` is 0."""

    path: str
    first: int = 0
    count: int = 0
    offset: int = 0
    length: int = 0
    # The file's modification time (ns) when planned: part of the chunk's value, so of its
    # task key, so a long-lived cluster never hands back the results of an older version
    # of the same file (a bag's keys come from its inputs).
    stamp: int = 0


def cluster_paths(paths) -> list[Path]:
    """Files to process: given files as they are, folders searched for known suffixes
    (those of ``extract`` and ``.parquet``)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file()
                            and p.suffix.lower() in CLUSTER_SUFFIXES)
        else:
            files.append(path)
    return files


def plan_chunks(paths, size: int = CHUNK_ARTICLES) -> list[Chunk]:
    """The chunks of every file, in input order. Finding line starts or counting Parquet
    rows is the only reading the client does; a file it cannot read is one chunk, whose
    worker reports the problem as the single-process reader does."""
    chunks: list[Chunk] = []
    for path in cluster_paths(paths):
        suffix, stamp = path.suffix.lower(), 0
        try:
            stamp = path.stat().st_mtime_ns
            if suffix == ".jsonl":
                chunks += _line_chunks(path, size, stamp)
                continue
            if suffix == PARQUET:
                import pyarrow.parquet as pq

                total = pq.ParquetFile(path).metadata.num_rows
                chunks += [Chunk(str(path), start, min(size, total - start), stamp=stamp)
                           for start in range(0, total, size)]
                continue
        except (OSError, ValueError):
            pass
        chunks.append(Chunk(str(path), stamp=stamp))
    return chunks


def _line_chunks(path: Path, size: int, stamp: int) -> list[Chunk]:
    """Chunks of ``size`` lines of a JSON Lines file (modified at ``stamp``), by byte
    offsets."""
    chunks, first, offset, count, position = [], 1, 0, 0, 0
    with path.open("rb") as handle:
        for line in handle:
            position += len(line)
            count += 1
            if count == size:
                chunks.append(Chunk(str(path), first, count, offset, position - offset, stamp))
                first, offset, count = first + count, position, 0
    if count:
        chunks.append(Chunk(str(path), first, count, offset, position - offset, stamp))
    return chunks


def read_chunk(chunk: Chunk, max_bytes: int = MAX_BYTES) -> list[ArticleInput]:
    """The articles of a chunk, named as the single-process reader names them
    (``file:line`` for JSON Lines, ``file[row]`` for Parquet, both 1-based)."""
    path = Path(chunk.path)
    if not chunk.count:
        from dashboard.extract.batch import read_paths

        return list(read_paths([path], max_bytes))
    try:
        if path.suffix.lower() == PARQUET:
            data, names = _parquet_records(path, chunk)
        else:
            with path.open("rb") as handle:
                handle.seek(chunk.offset)
                data = handle.read(chunk.length)
            names = [f"{path}:{chunk.first + i}" for i in range(chunk.count)]
    except (OSError, ValueError) as err:
        return [ArticleInput(str(path), error=f"{type(err).__name__}: {err}", path=str(path))]
    if not data.strip():
        return []  # blank lines: skipped, as the single-process reader skips them
    # read_articles numbers the lines it is given from 1: renamed to the file's names.
    articles = []
    for article in read_articles("chunk.jsonl", data, max_bytes=max_bytes):
        _, colon, number = article.name.rpartition(":")
        index = int(number) - 1 if colon and number.isdigit() else 0
        article.name, article.path = names[min(index, len(names) - 1)], str(path)
        articles.append(article)
    return articles


def _parquet_records(path: Path, chunk: Chunk) -> tuple[bytes, list[str]]:
    """The chunk's Parquet rows as JSON Lines of article objects, and their names."""
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    columns = [c for c in PARQUET_COLUMNS if c in table.column_names]
    rows = table.select(columns).slice(chunk.first, chunk.count).to_pylist()
    lines = [json.dumps({k: v for k, v in row.items() if v is not None}, default=str,
                        ensure_ascii=False) for row in rows]
    return "\n".join(lines).encode("utf-8"), [f"{path}[{chunk.first + i + 1}]"
                                              for i in range(len(rows))]


def extract_chunk(chunk: Chunk, published=None, language: str | None = None,
                  max_bytes: int = MAX_BYTES) -> list[tuple[ArticleInput, FileResult]]:
    """Read a chunk and extract each article with the single-process function; runs on
    a worker. Never raises: a problem is the result's ``error``."""
    pairs = []
    for article in read_chunk(chunk, max_bytes):
        result = extract_article(article, published, language)
        result.path = article.path
        pairs.append((article, result))
    return pairs


def dask_client(workers: int = 2, scheduler: str | None = None):
    """A ``distributed.Client``: on the scheduler at ``scheduler``, else on a new
    ``LocalCluster`` of ``workers`` single-threaded processes on 127.0.0.1 (no web
    dashboard). Closing the client closes a cluster it started."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    # the nanny's notes on stopping the workers it started are not the user's concern
    logging.getLogger("distributed.nanny").setLevel(logging.ERROR)
    # The scheduler serves its HTTP routes (health, metrics) even with no dashboard, on
    # port 8787 unless told: a random loopback port, so a second cluster on the machine
    # (another run, a test) never collides with it.
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None,
                           scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
    client = Client(cluster)
    client.close_cluster = cluster  # closed with the client (see close_client)
    return client


def close_client(client) -> None:
    """Close the client and the LocalCluster it started, if any."""
    cluster = getattr(client, "close_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def extract_on_cluster(client, paths, *, published=None, language: str | None = None,
                       chunk_size: int = CHUNK_ARTICLES,
                       ) -> Iterator[tuple[ArticleInput, FileResult]]:
    """Yield ``(article, result)`` for every article of ``paths``, in input order, the
    extraction done by the cluster's workers as one ``dask.bag`` job."""
    import dask.bag as db

    chunks = plan_chunks(paths, chunk_size)
    if not chunks:
        return
    bag = db.from_sequence(chunks, partition_size=1).map(
        extract_chunk, published=published, language=language)
    futures = client.compute(bag.to_delayed())
    try:
        for future in futures:
            for pairs in future.result():
                yield from pairs
    finally:
        # Only what an early stop left running: cancelling finished futures could cancel
        # the same keys of the next run of the same files (a bag's keys are
        # deterministic), which then fails with "cancelled for reason: unknown".
        client.cancel([future for future in futures if not future.done()])


def run_cluster_extract(args) -> int:
    """``extract --workers N`` / ``--scheduler ADDRESS``: extraction as a Dask job, the
    events written to the store (``DATABASE_URL``, else the local SQLite file) or, with
    ``--out``, to a file. One line on stderr per bad input; returns the exit status as
    the single-process ``extract`` does."""
    import sys

    from dashboard.extract.cli import checked_events, write_events
    from dashboard.extract.metadata import unsupported_note

    if args.workers is not None and args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    store = None
    if args.out is None:
        from dashboard.db import open_store

        store = open_store()
    client = dask_client(args.workers or 2, args.scheduler)
    failed = left_out = articles = 0
    events: list[dict] = []
    try:
        for article, result in extract_on_cluster(client, args.paths, published=args.published,
                                                  language=args.language):
            articles += 1
            kept, problems = checked_events(result.events)
            for line in _report_lines(result, problems):
                print(line, file=sys.stderr)
            failed += not result.ok
            left_out += len(result.events) - len(kept)
            if store is not None and result.ok and (kept or not unsupported_note(
                    result.language)):
                save_extracted_article(store, article, kept)
            events += kept
    finally:
        close_client(client)
    if store is None:
        write_events(events, args.out)
    where = store.describe() if store is not None else str(args.out)
    print(f"{articles} article(s), {len(events)} event(s) extracted on the cluster into "
          f"{where}; {failed} input(s) failed, {left_out} event(s) left out", file=sys.stderr)
    return 1 if failed or left_out else 0


def _report_lines(result: FileResult, problems: list[str]) -> list[str]:
    """The lines the single-process ``extract`` prints for one article."""
    lines = [f"error: {result.name}: {result.error}"] if not result.ok else []
    lines += [f"note: {result.name}: {result.note}"] if result.ok and result.note else []
    return lines + [f"error: {result.name}: {problem}" for problem in problems]


def save_extracted_article(store, article: ArticleInput, rows: list[dict]) -> None:
    """Store one article and its events (see :func:`dashboard.db.load.save_extracted`),
    named by its file name, never the machine path."""
    from dashboard.db.load import save_extracted

    name = Path(article.path).name + article.name[len(article.path):]
    save_extracted(store, article, rows, name)

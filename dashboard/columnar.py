"""The columnar read path for large stores: DuckDB over a Parquet snapshot of the store.

Why: the pandas path keeps every event in one frame and filters, groups and draws it on
every rerun; at 100,000 events a page takes seconds and a million does not fit. Here the
store's shown events (not rejected) are written once per store version to a Parquet file
beside the other caches (``.cache/columnar/``), and DuckDB (the wheel alone: no extension
is loaded) filters and aggregates over it. pandas only receives what a page draws: at most
a budget of rows, or counts by region, place, day, actor and issue.

The filters are :class:`dashboard.filters.FilterState`'s, translated to one SQL ``WHERE``
with bound parameters (:func:`where`), so a value from a link is never SQL text. The
derived columns the pages need are computed while writing: ``actor_group``, ``status``
(the review status as the filters read it), ``languages`` (one per source) and ``seq``
(the dashboard's chronological order).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.filters import LIST_FILTERS, MULTI_VALUED, REVIEW_CHOICES, FilterState
from dashboard.schema import (
    DATE_COLUMNS,
    EVENT_COLUMNS,
    FLOAT_COLUMNS,
    INT_COLUMNS,
)
from dashboard.store import CACHE_DIR

SNAPSHOT_DIR = CACHE_DIR.parent / "columnar"
SNAPSHOT_DIR_ENV = "CRISIS_COLUMNAR_DIR"
# Past this many events after filtering, pages draw aggregates, not one mark per event:
# 1,000 timeline marks, map events or table rows stay well under 1 MB sent per page.
MARK_BUDGET = 1_000
# A store with more shown events than this is read through this module (so a page never
# draws more than the budget); ``CRISIS_COLUMNAR_FROM`` changes it.
COLUMNAR_FROM_ENV = "CRISIS_COLUMNAR_FROM"
COLUMNAR_FROM = MARK_BUDGET + 1
TABLE_ROWS = 500  # rows an over-budget table shows (the first, in date order)
CHUNK = 100_000  # rows read from the store at a time while writing a snapshot
# Rows per Parquet row group: the unit DuckDB skips by ``seq`` range when it fetches a
# page of rows, so a page reads a few groups' texts, not the whole file's.
ROW_GROUP = 10_000


def threshold() -> int:
    """The number of events from which the dashboard reads through DuckDB."""
    raw = os.environ.get(COLUMNAR_FROM_ENV, "")
    return int(raw) if raw.strip().isdigit() else COLUMNAR_FROM


def snapshot_path(url: str, version: int, folder: Path | None = None,
                  crisis: str | None = None) -> Path:
    """Where the snapshot of store ``url`` at ``version`` (of one crisis pack's events
    when ``crisis`` is given) lives, with no path of the store in the name (a hash of it
    and the crisis): in ``folder``, else ``$CRISIS_COLUMNAR_DIR``, else
    ``.cache/columnar/``."""
    folder = folder or Path(os.environ.get(SNAPSHOT_DIR_ENV) or SNAPSHOT_DIR)
    key = hashlib.sha256(f"{url}\0{crisis or ''}".encode()).hexdigest()[:16]
    return folder / f"events-{key}-v{version}.parquet"


def _raw_schema() -> pa.Schema:
    """The event-model columns as the store holds them."""
    fields = []
    for column in EVENT_COLUMNS:
        kind = (pa.date32() if column in DATE_COLUMNS else pa.float64() if column in
                FLOAT_COLUMNS else pa.int64() if column in INT_COLUMNS else pa.string())
        fields.append(pa.field(column, kind))
    return pa.schema(fields)


def write_snapshot(store, path: Path, group_of: Callable[[str, str], str],
                   crisis: str | None = None) -> Path:
    """Write the store's shown events (every one not rejected; of the crisis pack
    ``crisis`` only, when given) to ``path`` as Parquet.

    Two steps, so a million rows never sit in Python objects at once and no Python loop
    runs per row beyond reading: the rows are streamed from the store in chunks into a
    raw Parquet file, then DuckDB adds the derived columns (``actor_group`` from a small
    table of the actor and country pairs, ``status``, ``languages``, ``source_count``),
    sorts in the dashboard's order (date, undated last, then actor and id) into ``seq``
    and writes the snapshot. Written whole, then renamed; older snapshots of the same
    store are removed.
    """
    import duckdb

    path.parent.mkdir(parents=True, exist_ok=True)
    raw, partial = (path.with_suffix(f".{os.getpid()}.{kind}") for kind in ("raw", "tmp"))
    pairs = _write_raw(store, raw, crisis)
    groups = pa.table({"actor": [a for a, _ in pairs], "actor_country": [c for _, c in pairs],
                       "actor_group": [group_of(a, c) for a, c in pairs]})
    database = duckdb.connect(config=DUCKDB_CONFIG)
    try:
        database.register("groups", groups)
        database.execute(SNAPSHOT_SQL.format(raw=_literal(raw), out=_literal(partial),
                                              rows=ROW_GROUP))
    finally:
        database.close()
        raw.unlink(missing_ok=True)
    partial.replace(path)
    for old in path.parent.glob(path.name.rsplit("-v", 1)[0] + "-v*.parquet"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


SNAPSHOT_SQL = """
COPY (
  SELECT e.*, coalesce(g.actor_group, '') AS actor_group,
    CASE WHEN e.review_status <> '' THEN e.review_status
         WHEN e.method = 'extracted' THEN 'unreviewed' ELSE 'accepted' END AS status,
    CASE WHEN e.source_language = '' THEN []::VARCHAR[]
         ELSE list_transform(string_split(e.source_language, '|'), lambda x: trim(x))
    END AS languages,
    CASE WHEN e.source_url = '' THEN 0 ELSE len(string_split(e.source_url, '|')) END
      AS source_count,
    row_number() OVER (ORDER BY e.date NULLS LAST, e.actor, e.event_id) - 1 AS seq
  FROM read_parquet('{raw}') e
  LEFT JOIN groups g ON g.actor = e.actor AND g.actor_country = e.actor_country
  ORDER BY seq
) TO '{out}' (FORMAT parquet, ROW_GROUP_SIZE {rows})
"""
DUCKDB_CONFIG = {"threads": 2, "autoload_known_extensions": False,
                 "autoinstall_known_extensions": False}


def _literal(path: Path) -> str:
    return str(path).replace("'", "''")


def _write_raw(store, raw: Path, crisis: str | None = None) -> list[tuple[str, str]]:
    """Stream the shown events (of ``crisis`` when given) into a Parquet file; return the
    (actor, country) pairs.

    Plain SQL text: no per-value type processing; a date arrives as ``date``
    (PostgreSQL) or ISO text (SQLite) and Arrow reads either. The crisis id is bound.
    """
    import sqlalchemy as sa

    names = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)
    sql = f"SELECT {names} FROM events WHERE review_status <> 'rejected'"  # noqa: S608 (no values)
    params = {}
    if crisis:
        sql += " AND crisis = :crisis"
        params["crisis"] = crisis
    schema, pairs = _raw_schema(), set()
    with store.reading() as connection, pq.ParquetWriter(raw, schema) as writer:
        result = connection.execution_options(stream_results=True).execute(
            sa.text(sql), params)
        while rows := result.fetchmany(CHUNK):
            columns = list(zip(*rows, strict=True))
            arrays = []
            for field, values in zip(schema, columns, strict=True):
                array = pa.array(values)
                arrays.append(array if array.type == field.type else array.cast(field.type))
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            pairs.update(zip(columns[EVENT_COLUMNS.index("actor")],
                             columns[EVENT_COLUMNS.index("actor_country")], strict=True))
    return sorted(pairs)


def where(state: FilterState) -> tuple[str, list]:
    """The SQL condition of ``state`` and its parameters (values are always bound).

    Same rules as :meth:`FilterState.apply`: undated events fail a date bound, a
    multi-source language cell matches when any of its languages does.
    """
    parts, params = [], []
    if state.date_from:
        parts.append("date >= ?")
        params.append(state.date_from)
    if state.date_to:
        parts.append("date <= ?")
        params.append(state.date_to)
    for _, attr, column, _ in LIST_FILTERS:
        chosen = list(getattr(state, attr))
        if not chosen:
            continue
        marks = ", ".join("?" * len(chosen))
        if column in MULTI_VALUED:
            parts.append(f"list_has_any(languages, [{marks}]::VARCHAR[])")
        else:
            parts.append(f'"{column}" IN ({marks})')
        params += chosen
    if not state.include_extracted:
        parts.append("method <> 'extracted'")
    statuses = sorted(REVIEW_CHOICES[state.review][0])
    parts.append(f"status IN ({', '.join('?' * len(statuses))})")
    params += statuses
    return " AND ".join(parts), params


class Columnar:
    """DuckDB over one snapshot; every query takes a :class:`FilterState`.

    One in-memory database per snapshot; each query runs on its own cursor, so sessions
    on several threads can query at once.
    """

    def __init__(self, path: Path, threads: int = 2):
        import duckdb

        self.path = path
        self._db = duckdb.connect(config={**DUCKDB_CONFIG, "threads": threads})
        self._db.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet('{_literal(path)}')")  # noqa: S608 (values bound)
        self._lock = threading.Lock()

    def frame(self, sql: str, params: list | tuple = ()) -> pd.DataFrame:
        """The result of ``sql`` as a pandas frame (only ever small results)."""
        with self._lock:
            cursor = self._db.cursor()
        try:
            return cursor.execute(sql, list(params)).df()
        finally:
            cursor.close()

    def scalar(self, sql: str, params: list | tuple = ()):
        return self.frame(sql, params).iat[0, 0]

    def count(self, state: FilterState | None = None) -> int:
        """How many events pass the filters (all shown events without a state)."""
        if state is None:
            return int(self.scalar("SELECT count(*) FROM events"))
        condition, params = where(state)
        return int(self.scalar(f"SELECT count(*) FROM events WHERE {condition}", params))  # noqa: S608 (values bound)

    def rows(self, state: FilterState, limit: int) -> pd.DataFrame:
        """The first ``limit`` events that pass, in the dashboard's order, typed as the
        store's frame (plus ``actor_group`` and ``source_count``)."""
        condition, params = where(state)
        picked = self.frame(f"SELECT seq FROM events WHERE {condition} ORDER BY seq "  # noqa: S608 (values bound)
                            "LIMIT ?", [*params, limit])["seq"].tolist()
        # Then the whole rows of those alone: the snapshot is in ``seq`` order, so the
        # range lets DuckDB skip the row groups after the last one (a million rows'
        # texts are never read for a page of 500).
        frame = self.frame(
            "SELECT * EXCLUDE (status, languages, seq) FROM events WHERE seq BETWEEN ? AND ? "
            "AND list_contains(?, seq) ORDER BY seq",
            [picked[0] if picked else 0, picked[-1] if picked else -1, picked])
        return typed(frame)

    def distinct(self, column: str) -> list[str]:
        """The values of one text column (for the filters' options and labels)."""
        if column == "source_language":
            sql = "SELECT DISTINCT unnest(languages) AS v FROM events"
        else:
            sql = f'SELECT DISTINCT "{column}" AS v FROM events'  # noqa: S608 (values bound)
        return sorted(v for v in self.frame(sql)["v"] if isinstance(v, str))

    def date_bounds(self):
        """The first and last event day, or ``None`` when no event is dated."""
        first, last = self.frame("SELECT min(date), max(date) FROM events").iloc[0]
        return None if pd.isna(first) else (pd.Timestamp(first).date(),
                                            pd.Timestamp(last).date())

    def grouped(self, state: FilterState, keys: str, extra: str = "", order: str = "",
                limit: int | None = None, also: str = "") -> pd.DataFrame:
        """``SELECT keys, count(*) AS n [, extra]`` over the filtered events (and the
        condition ``also``), grouped by ``keys``. Column names and conditions are written
        by this project's code, never taken from a user; filter values are bound."""
        condition, params = where(state)
        condition += f" AND {also}" if also else ""
        sql = (f"SELECT {keys}, count(*) AS n{', ' + extra if extra else ''} FROM events "  # noqa: S608 (values bound)
               f"WHERE {condition} GROUP BY ALL ORDER BY {order or 'n DESC'}")
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, limit]
        return self.frame(sql, params)


def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """A DuckDB result of snapshot columns with the dtypes of the store's frame
    (:func:`dashboard.store.rows_to_frame`)."""
    from dashboard.store import rows_to_frame

    dtypes = rows_to_frame([]).dtypes.to_dict()
    # the unit pandas gives dates parsed as the store's frame parses them (an empty
    # frame's may differ)
    dtypes["date"] = pd.to_datetime(pd.Series(["2000-01-01"], dtype=object),
                                    format="%Y-%m-%d").dtype
    frame = frame.copy()
    for column in (*DATE_COLUMNS, *FLOAT_COLUMNS, *INT_COLUMNS, "source_count"):
        if column in frame:
            values = pd.to_datetime(frame[column]) if column in DATE_COLUMNS else frame[column]
            frame[column] = values.astype(dtypes[column])
    return frame

"""Synthetic event stores of any size with a realistic shape, for bench_scale.py.

Rows are drawn from the shipped events (so every value is one the dashboard knows), with:

* skewed actors and places: a Zipf-like law over the shipped actors and over the shipped
  places (a few cities hold most events, as in news data);
* bursts: 60% of the events fall on five days of the crisis (5, 6, 7, 8 and 11 January),
  the rest spread over the month; 2% are undated;
* 30% without any place (no location, coordinates, region or country);
* 15% machine-extracted and waiting for review, the rest accepted.

The rows are written straight into the store's ``events`` table in large
``executemany`` batches (they are valid by construction; the store's per-row checks and
source links would only slow a million-row setup), and to a CSV file for the naive
baseline.
"""

from __future__ import annotations

import csv
import random
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from dashboard.crisis import default_id
from dashboard.db import open_store
from dashboard.db.rows import to_db
from dashboard.db.tables import events
from dashboard.schema import EVENT_COLUMNS
from dashboard.store import event_files, load_events

BURST_DAYS = (5, 6, 7, 8, 11)
PLACE_COLUMNS = ("location", "latitude", "longitude", "admin1", "country", "geo_precision")
BATCH = 20_000


def _zipf_weights(count: int, exponent: float = 1.1) -> list[float]:
    return [1.0 / (rank ** exponent) for rank in range(1, count + 1)]


def _templates() -> tuple[list[dict], list[dict], list[tuple]]:
    """The shipped rows as strings, their distinct places, their distinct actors."""
    base = load_events(event_files()).events
    rows = base.astype(object).where(base.notna(), "").to_dict("records")
    for row in rows:
        for key in ("latitude", "longitude", "confidence"):
            row[key] = "" if row[key] == "" else str(row[key])
        for key in ("evidence_start", "evidence_end"):
            row[key] = "" if row[key] in ("", None) else str(int(row[key]))
        row["date"] = ""
    places = list({tuple(r[c] for c in PLACE_COLUMNS): None for r in rows
                   if r["latitude"] and r["geo_precision"] == "point"})
    actors = list({(r["actor"], r["actor_country"]): None for r in rows if r["actor"]})
    return rows, [dict(zip(PLACE_COLUMNS, p, strict=True)) for p in places], actors


def synthetic_rows(count: int, seed: int = 2022):
    """Yield ``count`` event rows (strings, event-model columns) of the shape above."""
    rng = random.Random(seed)
    rows, places, actors = _templates()
    place_weights, actor_weights = _zipf_weights(len(places)), _zipf_weights(len(actors))
    no_place = dict.fromkeys(PLACE_COLUMNS, "")
    for number in range(count):
        row = dict(rng.choice(rows))
        row["event_id"] = f"S{number:07d}"
        actor, country = rng.choices(actors, actor_weights)[0]
        row["actor"], row["actor_country"] = actor, country
        roll = rng.random()
        if roll < 0.02:
            row["date"], row["date_precision"] = "", ""
        else:
            day = rng.choice(BURST_DAYS) if roll < 0.62 else rng.randint(1, 31)
            row["date"], row["date_precision"] = date(2022, 1, day).isoformat(), "day"
        row.update(no_place if rng.random() < 0.30 else rng.choices(places, place_weights)[0])
        if rng.random() < 0.15:
            row.update(method="extracted", review_status="unreviewed", confidence="0.7")
        else:
            row.update(review_status="accepted")
        yield row


def write_store_and_csv(count: int, url: str, csv_path: Path) -> None:
    """Fill a new store at ``url`` and the CSV at ``csv_path`` with ``count`` rows, all
    of the default crisis pack (the one the dashboard opens, and reads alone)."""
    store = open_store(url)
    crisis = default_id()
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        batch: list[dict] = []
        for row in synthetic_rows(count):
            writer.writerow(row)
            batch.append({**to_db(row), "origin": "synthetic", "crisis": crisis})
            if len(batch) == BATCH:
                _insert(store, batch)
                batch = []
        if batch:
            _insert(store, batch)


def _insert(store, batch: list[dict]) -> None:
    with store.transaction() as connection:
        connection.execute(sa.insert(events), batch)
        store.mark_changed()

"""ACLED-shaped synthetic files of any size, for the kill -9 test and the import benchmark.

Every row is made up (ids ``SYN<n>``, outlet "Synthetic Wire", notes saying so); the
columns are those of ACLED's export. About one row in ten is placed in Kyrgyzstan, so the
importer also skips.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

HEADER = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
TYPES = (("Protests", "Peaceful protest", "Protesters (Kazakhstan)", "6"),
         ("Riots", "Violent demonstration", "Rioters (Kazakhstan)", "5"),
         ("Strategic developments", "Arrests", "Police Forces of Kazakhstan (2019-)", "1"),
         ("Protests", "Excessive force against protesters", "Protesters (Kazakhstan)", "6"))
PLACES = (("Almaty", 43.25, 76.92), ("Zhanaozen", 43.3412, 52.8619),
          ("Aktobe", 50.2797, 57.2072), ("Karaganda", 49.8047, 73.1094))


def write_synthetic_acled(path: Path, count: int, seed: int = 7) -> Path:
    """Write ``count`` synthetic ACLED rows (January 2022) to ``path``."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(count):
            event_type, sub, actor, inter = TYPES[n % len(TYPES)]
            place, lat, lon = PLACES[rng.randrange(len(PLACES))]
            iso, country = ("417", "Kyrgyzstan") if n % 10 == 9 else ("398", "Kazakhstan")
            day = 1 + rng.randrange(31)
            writer.writerow([
                f"SYN{n}", f"2022-01-{day:02d}", "2022", "1", "Demonstrations", event_type, sub,
                actor, "", inter, "", "", "", "", "", iso, "Central Asia", country, place, "",
                "", place, f"{lat + rng.uniform(-0.01, 0.01):.4f}",
                f"{lon + rng.uniform(-0.01, 0.01):.4f}", "1", "Synthetic Wire", "National",
                f"Synthetic row {n} for tests and benchmarks; not a real event.", "0", "",
                "1641800000"])
    return path

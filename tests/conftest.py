"""Shared fixtures: tiny hand-built event rows and files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dashboard.schema import EVENT_COLUMNS
from dashboard.store import rows_to_frame

ROOT = Path(__file__).resolve().parent.parent


def event_row(**values: str) -> dict[str, str]:
    """A valid curated row; keyword arguments override its fields."""
    row = dict.fromkeys(EVENT_COLUMNS, "")
    row.update(
        event_id="T0001", date="2022-01-05", date_precision="day", actor="CSTO",
        actor_country="INT", event_type="statement", issue="csto_deployment", stance="support",
        summary="The CSTO said it would send peacekeepers.", source_title="A title",
        source_publisher="Example Wire", source_url="https://example.org/a",
        source_language="en", source_published="2022-01-06", method="curated",
        review_status="accepted",
    )
    row.update(values)
    return row


def write_events_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    """Write rows under the event-model header."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=EVENT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def small_events():
    """Six events over four days, three actors, two countries and one undated extracted row."""
    rows = [
        event_row(event_id="A1", date="2022-01-02", actor="protesters", actor_country="",
                  event_type="protest", issue="fuel_prices", stance="oppose",
                  location="Zhanaozen", latitude="43.34", longitude="52.86",
                  admin1="Mangystau Region", country="KAZ", geo_precision="point"),
        event_row(event_id="A2", date="2022-01-05", actor="Kassym-Jomart Tokayev",
                  actor_country="KAZ", event_type="appeal_request", target="CSTO",
                  issue="csto_deployment", stance="support"),
        event_row(event_id="A3", date="2022-01-06", actor="Wang Yi", actor_country="CHN",
                  issue="foreign_interference", stance="oppose", source_language="fr"),
        event_row(event_id="A4", date="2022-01-07", actor="Wang Yi", actor_country="CHN",
                  issue="csto_deployment", stance="support", source_language="ru | fr",
                  source_url="https://example.org/b | https://example.org/c",
                  source_publisher="B | C", source_published="2022-01-07 | 2022-01-08"),
        event_row(event_id="A5", date="2022-01-07", actor="CSTO", actor_country="INT",
                  event_type="military_deployment", issue="csto_deployment", stance="",
                  location="Almaty", latitude="43.25", longitude="76.91", admin1="Almaty",
                  country="KAZ", geo_precision="point"),
        event_row(event_id="A6", date="", actor="Wang Yi", actor_country="CHN",
                  method="extracted", confidence="0.7", extractor_version="0.1",
                  review_status="unreviewed", source_published="2022-01-11"),
    ]
    return rows_to_frame(rows)


@pytest.fixture(scope="session", autouse=True)
def _stop_kaleido_after_session():
    """Close the Chromium that kaleido's export server keeps open, if a test started it."""
    yield
    import sys

    kaleido = sys.modules.get("kaleido")
    if kaleido is not None:
        kaleido.stop_sync_server(silence_warnings=True)

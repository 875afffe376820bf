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
def _session_store(tmp_path_factory):
    """Every test (and every app a test starts) uses a throw-away SQLite store, never the
    developer's ``data/local`` one nor a ``DATABASE_URL`` of the environment."""
    import os

    saved = os.environ.get("DATABASE_URL")
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp_path_factory.mktemp('store')}/session.sqlite"
    yield
    if saved is None:
        os.environ.pop("DATABASE_URL", None)
    else:
        os.environ["DATABASE_URL"] = saved


@pytest.fixture
def own_store(tmp_path, monkeypatch):
    """A fresh SQLite store for one test, set as the app's ``DATABASE_URL``."""
    url = f"sqlite:///{tmp_path}/own.sqlite"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


@pytest.fixture(scope="session", autouse=True)
def _stop_kaleido_after_session():
    """Close the Chromium that kaleido's export server keeps open, if a test started it."""
    yield
    import sys

    kaleido = sys.modules.get("kaleido")
    if kaleido is not None:
        kaleido.stop_sync_server(silence_warnings=True)


def _postgres_url(tmp_name: str):
    """A fresh PostgreSQL database on ``TEST_DATABASE_URL``'s server; skip (fail in CI)
    when that server is not given."""
    import os
    import uuid

    import sqlalchemy as sa

    from dashboard.db.engine import database_url

    admin = os.environ.get("TEST_DATABASE_URL", "").strip()
    if not admin:
        reason = ("TEST_DATABASE_URL is not set: the PostgreSQL half of the store tests runs "
                  "under `make test` (and .ci/run), which start a throw-away server")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"in CI the PostgreSQL tests must run: {reason}")
        pytest.skip(reason)
    admin_url = database_url(admin)
    name = f"crisis_{tmp_name[:20].lower()}_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.set(database=name)
    finally:
        with engine.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """The URL of an empty store on each backend: a SQLite file, a PostgreSQL database."""
    import re

    from dashboard.db import api

    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/store.sqlite"
    else:
        generator = _postgres_url(re.sub(r"\W", "_", request.node.name))
        url = next(generator)
        yield url.render_as_string(hide_password=False)
        for store in [s for key, s in api._OPEN.items() if url.database in key]:
            store.close()
        next(generator, None)
    for key in [k for k in api._OPEN if str(tmp_path) in k]:
        api._OPEN[key].close()


@pytest.fixture
def db(store_url):
    """An opened, migrated, empty store on each backend."""
    from dashboard.db import open_store

    return open_store(store_url)


@pytest.fixture(scope="module")
def app_url():
    """The shipped app served by `streamlit run` on 127.0.0.1, one per test module."""
    from tests.live_server import running_app

    with running_app() as url:
        yield url


@pytest.fixture
def page(browser, app_url):
    """A fresh page that fails its test on a console error or a request leaving the app."""
    from tests.live_server import watched_page

    context, page = watched_page(browser, app_url)
    yield page
    assert page.console_errors == []
    assert page.foreign_requests == []
    context.close()


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium under Playwright, one per test module (browser tests only)."""
    from playwright.sync_api import sync_playwright

    from tests.live_server import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make chromium` or set CHROMIUM")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()

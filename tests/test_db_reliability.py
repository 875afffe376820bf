"""The store under stress, on SQLite and PostgreSQL: concurrent writers, a killed import,
and a bulk load measured."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading

import pytest
import sqlalchemy as sa

from tests.conftest import ROOT, event_row

WRITER = [sys.executable, str(ROOT / "tests" / "store_writer.py")]
PENDING = 30


def _machine_rows(count: int) -> list[dict[str, str]]:
    return [event_row(event_id=f"M{n:03d}", method="extracted", confidence="0.5",
                      extractor_version="0.1", review_status="unreviewed",
                      source_url=f"https://example.org/m/{n}") for n in range(count)]


def _count(db, table: str) -> int:
    with db.reading() as connection:
        return connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()  # noqa: S608


def _reviewer(db, name: str, action: str, errors: list) -> None:
    try:
        for n in range(PENDING):
            changes = {"note": f"{name} {n}"} if action == "edit" else None
            db.review(f"M{n:03d}", action, name, changes=changes)
    except Exception as err:  # noqa: BLE001 - reported by the test
        errors.append(err)


@pytest.mark.slow
def test_db_reliability_two_reviewers_and_an_import_at_once(db, store_url):
    db.save_events(_machine_rows(PENDING))
    start_version = db.version()
    loader = subprocess.Popen([*WRITER, store_url, "--rows", "600", "--chunk", "50",  # noqa: SIM115
                               "--per-file"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    errors: list = []
    threads = [threading.Thread(target=_reviewer, args=(db, "Ana", "accept", errors)),
               threading.Thread(target=_reviewer, args=(db, "Bo", "edit", errors))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)
    out, _ = loader.communicate(timeout=240)
    assert errors == [] and loader.returncode == 0, (errors, out)
    loader_transactions = int(out.split()[-1])
    # nothing lost, nothing doubled
    assert _count(db, "events") == PENDING + 600
    assert _count(db, "reviews") == 2 * PENDING
    assert db.version() - start_version == 2 * PENDING + loader_transactions
    for n in range(PENDING):
        first, second = db.history(f"M{n:03d}")
        assert {first["reviewer"], second["reviewer"]} == {"Ana", "Bo"}
        # the second reviewer read what the first one wrote: no update was lost
        after_first = {"note": "", "review_status": "unreviewed", **first["new"]}
        assert second["old"] == {k: after_first[k] for k in second["old"]}
        final = db.event(f"M{n:03d}")
        assert final["note"] == f"Bo {n}"
        assert final["review_status"] == ("edited" if second["reviewer"] == "Bo" else "accepted")


@pytest.mark.slow
def test_db_reliability_killed_import_leaves_the_store_as_before(db, store_url):
    db.save_events(_machine_rows(3))
    before = (db.version(), _count(db, "events"), _count(db, "articles"), _count(db, "sources"))
    with subprocess.Popen([*WRITER, store_url, "--rows", "2000", "--pause-after", "10"],
                          cwd=ROOT, stdout=subprocess.PIPE, text=True) as writer:
        try:
            paused = writer.stdout.readline().strip()  # 1,000 rows written, uncommitted
        finally:
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=30)
    assert paused == "PAUSED"
    assert writer.returncode == -signal.SIGKILL
    after = (db.version(), _count(db, "events"), _count(db, "articles"), _count(db, "sources"))
    assert after == before
    again = subprocess.run([*WRITER, store_url, "--rows", "2000"], cwd=ROOT, timeout=300,
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert _count(db, "events") == before[1] + 2000
    assert _count(db, "articles") == before[2] + 1
    assert db.version() == before[0] + 1

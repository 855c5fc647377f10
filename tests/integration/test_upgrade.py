"""Upgrades: a store made by an earlier release's migrations (tests/data/upgrade/store-*/,
made by make_store.py there) is opened by this code, migrated to head, and holds every
receipt, unit, ledger row, outbox message and print job it had. A store made by a newer
release is refused, untouched."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from receiving_desk.adapters.backup.check import check_store
from receiving_desk.adapters.central.local_state import read_batch
from receiving_desk.adapters.store import migrate
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.receipt import ReceiptStatus
from receiving_desk.services.desk_events import Event
from tests.conftest import FixedClock
from tests.data.upgrade.make_store import STORE, manifest

FIXTURES = sorted((Path(__file__).parents[1] / "data" / "upgrade").glob("store-*"))


def unpack(fixture: Path, data_dir: Path) -> Path:
    data_dir.mkdir(parents=True)
    database = data_dir / "desk.sqlite3"
    with gzip.open(fixture / STORE, "rb") as gz, open(database, "wb") as out:
        shutil.copyfileobj(gz, out)
    return database


def test_there_is_a_fixture_of_the_current_schema() -> None:
    # When a release adds a migration, make_store.py makes the new release's fixture.
    assert any(f.name == f"store-{', '.join(migrate.head_revisions())}" for f in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_an_earlier_store_opens_migrated_with_everything_in_it(
    fixture: Path, tmp_path: Path, clock: FixedClock, fast_hasher: object
) -> None:
    expected: dict[str, Any] = json.loads((fixture / "manifest.json").read_text("utf-8"))
    database = unpack(fixture, tmp_path / "data")
    # The station that made the store: its LPNs (LFX...) must scan with its LPN pattern.
    config = StationConfig(
        station_id="DOCK-FX", data_dir=tmp_path / "data", sound=False, lpn_prefix="LFX"
    )
    services = bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    try:
        assert migrate.current_revisions(services.engine) == migrate.head_revisions()
        # Through the code: every receipt loads with its units; the open one resumes.
        units_per_receipt: dict[str, int] = {}
        for unit in expected["units"]:
            units_per_receipt[unit[1]] = units_per_receipt.get(unit[1], 0) + 1
        with services.uow_factory() as uow:
            for receipt_id, rma, status, *_ in expected["receipts"]:
                receipt = uow.receipts.get(receipt_id)
                assert receipt is not None and receipt.rma_number == rma
                assert receipt.status is ReceiptStatus(status)
                assert len(receipt.units) == units_per_receipt.get(receipt_id, 0)
        desk = services.new_desk()
        desk.scan("BADGE-C001")
        # The PIN the fixture was made with: stores from before 6-digit PINs keep 4 digits.
        resumed = desk.submit_pin(expected.get("clerk_pin", "1111"))
        (open_one,) = [r for r in expected["receipts"] if r[2] == "open"]
        assert resumed.event is Event.PARCEL_RESUMED and resumed.params["rma"] == open_one[1]
        # The outbox still reads as the syncer reads it: every unsent message, once.
        unsent = [m for m in expected["outbox"] if not m[4]]
        batch = read_batch(services.engine, 0, 10_000)
        assert batch is not None and batch.count == len(unsent)
        assert batch.first_seq == unsent[0][1] and batch.last_seq == unsent[-1][1]
        for lpn in {row[1] for row in expected["ledger"]}:
            history = services.inventory.history(lpn)
            assert [m.id for m in history] == [r[0] for r in expected["ledger"] if r[1] == lpn]
    finally:
        services.close()

    found = manifest(database)
    counts = expected["counts"]
    # The resumed login above added one audit entry (and its message); nothing else changed.
    assert found["counts"] == {**counts, "audit_log": counts["audit_log"] + 1}
    for key in ("receipts", "units", "ledger", "outbox"):
        assert found[key] == expected[key], key
    assert [j[:3] for j in found["print_jobs"]] == [j[:3] for j in expected["print_jobs"]]
    report = check_store(database)
    assert report.sound, report.lines()
    assert report.outbox_unsent == len(unsent)
    waiting = sum(1 for j in expected["print_jobs"] if j[3] == "queued")
    assert report.print_waiting + report.print_failed == waiting > 0


def future_store(tmp_path: Path) -> Path:
    database = unpack(FIXTURES[-1], tmp_path / "data")
    conn = sqlite3.connect(database)
    conn.execute("UPDATE alembic_version SET version_num = '9001_from_the_future'")
    conn.commit()
    conn.close()
    return database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_store_from_a_newer_release_is_refused_untouched(
    tmp_path: Path, clock: FixedClock, fast_hasher: object
) -> None:
    database = future_store(tmp_path)
    before = digest(database)
    config = StationConfig(station_id="DOCK-FX", data_dir=tmp_path / "data", sound=False)
    with pytest.raises(migrate.StoreTooNewError) as refused:
        bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    assert refused.value.unknown == ["9001_from_the_future"]
    assert digest(database) == before
    assert check_store(database).unknown_revisions == ["9001_from_the_future"]


@pytest.mark.parametrize("command", [["db", "upgrade"], ["db", "status"]])
def test_the_command_line_refuses_a_newer_store_in_one_line(
    tmp_path: Path, command: list[str]
) -> None:
    database = future_store(tmp_path)
    before = digest(database)
    env = {**os.environ, "RECEIVING_DESK_CONFIG": "", "RECEIVING_DESK_LOG_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "receiving_desk", "--data-dir", str(tmp_path / "data"), *command],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(
        f"receiving-desk: {database}: the store was upgraded by a newer version of "
        "Receiving Desk (schema revision 9001_from_the_future is unknown to this version)"
    )
    assert digest(database) == before

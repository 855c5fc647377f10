"""Make the upgrade fixture: a local store created by this release's migrations, with a day
of realistic work in it, and a manifest of what it holds.

    PYTHONPATH=src python tests/data/upgrade/make_store.py

writes tests/data/upgrade/store-<revision>/desk.sqlite3.gz and manifest.json. Commit both when a
release changes the local schema (a new migration): tests/integration/test_upgrade.py opens
every store-*/ folder with the code of the day, which must migrate it to head and find all
of it. Never regenerate an existing folder: it stands for the stores sites have.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
import shutil
import sqlite3
import sys
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from receiving_desk.adapters.central.local_state import mark_sent
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import migrate
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.services.demo_data import load_demo_data
from receiving_desk.services.desk_events import Event

HERE = Path(__file__).resolve().parent
STORE = "desk.sqlite3.gz"  # compressed: a fifth of the size in the repository
START = datetime(2026, 11, 20, 7, 55, tzinfo=UTC)


class WorkingClock:
    """Seven seconds pass between two things the desk does: a plausible pace."""

    def __init__(self) -> None:
        self.current = START
        self.lock = threading.Lock()

    def now(self) -> datetime:
        with self.lock:
            self.current += timedelta(seconds=7)
            return self.current


def lines_of(services: Services, rma: str) -> list[str]:
    with services.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT g.gtin14, l.quantity FROM rma_lines l JOIN product_gtins g ON g.sku = l.sku "
            "WHERE l.rma_number = ? ORDER BY l.line_no",
            (rma,),
        ).all()
    return [gtin[1:] for gtin, quantity in rows for _ in range(quantity)]


def login(desk: Any, badge: str, pin: str) -> None:
    desk.scan(badge)
    desk.submit_pin(pin)


def work(services: Services, first: int, last: int, leave_open: bool) -> None:
    """Returns first..last of the demo data, each a little different."""
    desk = services.new_desk()
    login(desk, "BADGE-C001", "1111")
    condition = services.rules.condition_codes[0][0]
    for n in range(first, last + 1):
        rma = f"RMA-2026-{n:06d}"
        desk.scan(rma)
        for i, code in enumerate(lines_of(services, rma)):
            desk.scan(code)
            if n % 3 == 0:
                desk.pass_all_checks()
            if n % 4 == 0:
                try:
                    desk.toggle_condition(condition)
                except DeskError as error:  # condition codes belong to categories
                    if error.code is not ErrorCode.UNKNOWN_CONDITION:
                        raise
            try:
                desk.grade("ABCD"[(n + i) % 4], note=f"fixture unit {n}.{i}")
            except DeskError as error:  # some categories grade A, B or scrap only
                if error.code is not ErrorCode.GRADE_NOT_ALLOWED:
                    raise
                desk.grade("B", note=f"fixture unit {n}.{i}")
            if n % 5 == 0:  # put away at once: the destination bin's label
                view = desk.view()
                assert view.parcel is not None
                unit = view.parcel.units[-1]
                # (the demo's BIN-SCRAP-01 is longer than a bin code may be: not scannable)
                if unit.destination and re.fullmatch(DeskPatterns().bin, unit.destination):
                    desk.scan(unit.destination)
        if n % 7 == 0:
            desk.scan("9506000000046")  # not on the RMA: recorded and flagged
            desk.grade("B")
        if n % 11 == 0:
            desk.scan("9506000000015")
            desk.undo_last_scan()
        if n == first + 2:  # a supervisor overrides one disposition
            desk.logout()
            login(desk, "BADGE-S001", "2222")
            desk.scan("CMD-OVERRIDE-RETURN-TO-VENDOR")
            desk.scan("CMD-REASON-VENDOR-AGREEMENT")
            desk.logout()
            login(desk, "BADGE-C001", "1111")
        if n == first + 4:  # and voids another
            desk.logout()
            login(desk, "BADGE-S001", "2222")
            desk.void("customer collected the parcel again")
            desk.logout()
            login(desk, "BADGE-C001", "1111")
            continue
        if leave_open and n == last:
            return  # an interrupted return: it reopens on the next login
        if desk.complete().event is Event.CONFIRM_NEEDED:  # flagged: the clerk says yes
            desk.scan("CMD-CONFIRM")


def wait_printed(services: Services) -> None:
    """The labels of the first shift go to the file printer before it ends."""
    deadline = datetime.now(UTC) + timedelta(seconds=120)
    while any(s.queued for s in services.print_queue.status().values()):
        if datetime.now(UTC) > deadline:
            raise SystemExit("labels not printed")
        threading.Event().wait(0.1)


def manifest(database: Path) -> dict[str, Any]:
    conn = sqlite3.connect(database)
    try:

        def rows(sql: str) -> list[list[Any]]:
            return [list(r) for r in conn.execute(sql)]

        counts = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in (
                "receipts",
                "received_units",
                "inspections",
                "receipt_flags",
                "stock_movements",
                "outbox",
                "print_jobs",
                "audit_log",
                "scan_journal",
                "rmas",
                "products",
                "users",
            )
        }
        return {
            "revisions": sorted(
                r[0] for r in conn.execute("SELECT version_num FROM alembic_version")
            ),
            "counts": counts,
            "receipts": rows(
                "SELECT id, rma_number, status, opened_at, completed_at, void_reason "
                "FROM receipts ORDER BY opened_at, id"
            ),
            "units": rows(
                "SELECT u.id, u.receipt_id, u.seq, u.sku, u.match, u.lpn, i.grade, i.disposition, "
                "i.override_disposition FROM received_units u "
                "LEFT JOIN inspections i ON i.unit_id = u.id ORDER BY u.receipt_id, u.seq"
            ),
            "ledger": rows(
                "SELECT id, lpn, sku, quantity, from_location, to_location, reason "
                "FROM stock_movements ORDER BY seq"
            ),
            "outbox": rows(
                "SELECT id, seq, topic, key, sent_at IS NOT NULL FROM outbox ORDER BY seq"
            ),
            "print_jobs": rows("SELECT id, seq, label_key, state FROM print_jobs ORDER BY seq"),
        }
    finally:
        conn.close()


def main() -> int:
    revision = ", ".join(migrate.head_revisions())
    target = HERE / f"store-{revision}"
    if target.exists():
        print(f"{target} exists: a fixture stands for stores already out there; keep it")
        return 1
    clock = WorkingClock()
    hasher = Argon2PinHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    with tempfile.TemporaryDirectory() as scratch:
        config = StationConfig(
            station_id="DOCK-FX", data_dir=Path(scratch) / "data", sound=False, lpn_prefix="LFX"
        )
        services = bootstrap(config, clock=clock, hasher=hasher)
        try:
            load_demo_data(services.uow_factory, services.hasher, clock.now())
            work(services, 1, 12, leave_open=False)
            wait_printed(services)
            with services.engine.connect() as conn:
                last = conn.exec_driver_sql("SELECT max(seq) FROM outbox").scalar()
            mark_sent(services.engine, 1, int(last) // 2, clock.now())  # half synced
        finally:
            services.close()
        # The second shift's label printer is offline: its labels wait in the queue.
        offline = dataclasses.replace(config, printers={"restock": "tcp://127.0.0.1:9"})
        services = bootstrap(offline, clock=clock, hasher=hasher)
        try:
            work(services, 13, 20, leave_open=True)
        finally:
            services.close()
        database = config.database_path
        conn = sqlite3.connect(database)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
        conn.close()
        facts = manifest(database)
        target.mkdir(parents=True)
        with open(database, "rb") as raw, gzip.GzipFile(target / STORE, "wb", 9, mtime=0) as gz:
            shutil.copyfileobj(raw, gz)
    (target / "manifest.json").write_text(json.dumps(facts, indent=1) + "\n", encoding="utf-8")
    print(f"{target}: {facts['counts']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

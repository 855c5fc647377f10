"""A kill at every seam between a scan and its effects loses nothing and doubles nothing.

For each fault point (receiving_desk/fault_points.py) the real desk process — station file,
bootstrap, serial scanner on a pty, scan journal, print queue to a TCP Zebra simulator — is
driven by a clerk through one return until the point kills it (SIGKILL, no clean-up), then
started again; the clerk logs in, sees where the return stands and finishes it, rescanning
whatever the desk had not acted on. Then: every graded unit's label reached the printer
exactly once, and the store holds each unit, ledger movement, outbox message and print job
once."""

from __future__ import annotations

import contextlib
import os
import signal
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import URL, Engine, Text, select, text, type_coerce

from receiving_desk.adapters.central import local_state
from receiving_desk.adapters.central.messages import build_batch
from receiving_desk.adapters.event_codec import Stored, deserialise
from receiving_desk.adapters.pepper import create_pepper
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.print_tables import print_jobs
from receiving_desk.adapters.store.uow import SqlUnitOfWork
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import central_totals
from tests.integration.kill_seams import SCANNER_SETTINGS, DeskDied, DeskProcess, desk_process
from tests.integration.printer_fixtures import FakeZebra, fields
from tests.seed import CLERK, EARBUDS, MUG, RMA1, item_code, seed

pytestmark = pytest.mark.slow

GRADES = {EARBUDS.sku: "A", MUG.sku: "B"}  # RMA1's two lines, in scan order
CODES = {EARBUDS.sku: item_code(EARBUDS), MUG.sku: item_code(MUG)}

# Where each seam's kill lands in the clerk's script: badge (1), RMA (2), earbuds (3),
# checks (4), grade A (5), mug (6), checks (7), grade B (8), complete (9).
SEAMS = [
    "after_scan_journaled@5",  # the grade scan is durable, not acted on
    "after_scan_journaled@6",  # the second item's scan
    "after_unit_recorded@1",
    "after_unit_recorded@2",
    "after_grade_commit@1",
    "after_grade_commit@2",
    "after_label_sent@1",
    "after_label_sent@2",
]


def make_station(
    tmp_path: Path, printer_url: str, scanner_port: str, central: str | None = None
) -> Path:
    data = tmp_path / "data"
    engine = create_store_engine(data / "desk.sqlite3")
    try:
        migrate.upgrade(engine)
        cheap = Argon2PinHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        seed(lambda: SqlUnitOfWork(engine), cheap, datetime.now(UTC))
    finally:
        engine.dispose()
    station = tmp_path / "station.toml"
    station.write_text(
        f"""[station]
station_id = "DOCK-K"
data_dir = "{data}"
lpn_prefix = "LPK"
sound = false

[printers]
default = "file://{tmp_path / "labels"}"
restock = {{ url = "{printer_url}", format = "zpl", dpi = 203, size = "4x2" }}

[[scanner]]
name = "dock"
port = "{scanner_port}"
{SCANNER_SETTINGS}
""",
        encoding="utf-8",
    )
    if central is not None:  # pushed every second: a kill lands between push and mark
        with station.open("a", encoding="utf-8") as out:
            out.write(f'\n[central]\nurl = "{central}"\nsslmode = "disable"\npush_interval_s = 1\n')
        create_pepper(tmp_path / "pepper")  # a desk of a site with central is given its pepper
    return station


def log_in(desk: DeskProcess) -> dict[str, Any]:
    return desk.log_in(CLERK[0], CLERK[1])


class Clerk:
    """Finishes RMA1 from whatever the screen shows: opens it if it is not open, grades the
    unit waiting, scans the item not recorded yet, completes; remembers having seen it
    completed (then a restarted desk has nothing left to do)."""

    def __init__(self) -> None:
        self.completed = False

    def work(self, desk: DeskProcess) -> None:
        if self.completed:
            return
        shown = log_in(desk)
        while True:
            assert shown["kind"] == "result", shown
            if shown["step"] == "scan_parcel":
                shown = desk.scan(RMA1)
                continue
            units = shown["units"]
            waiting = next((u for u in units if not u["graded"]), None)
            if waiting is not None:
                desk.scan("CMD-CHK-ALL-OK")
                shown = desk.scan(f"CMD-GRADE-{GRADES[waiting['sku']]}")
                continue
            recorded = [u["sku"] for u in units]
            missing = [sku for sku in GRADES if sku not in recorded]
            if missing:
                shown = desk.scan(CODES[missing[0]])
                continue
            shown = desk.scan("CMD-COMPLETE")
            if shown["step"] == "confirm_complete":
                shown = desk.scan("CMD-CONFIRM")
            assert shown["event"] == "return_completed", shown
            self.completed = True
            return

    def until_killed(self, desk: DeskProcess) -> None:
        """Work until the fault point kills the desk: during the work, or after it (a label
        or a push happens after the answer the clerk saw)."""
        with contextlib.suppress(DeskDied):
            self.work(desk)
        assert desk.wait_killed() == -signal.SIGKILL


def store_rows(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        units = conn.execute(select(t.received_units.c.sku, t.received_units.c.lpn)).all()
        moves = conn.execute(select(t.stock_movements.c.lpn, t.stock_movements.c.reason)).all()
        topics = conn.execute(select(t.outbox.c.topic)).scalars().all()
        jobs = conn.execute(select(print_jobs.c.label_key, print_jobs.c.state)).all()
        receipts = conn.execute(select(t.receipts.c.rma_number, t.receipts.c.status)).all()
    return {
        "units": sorted((sku, lpn is not None) for sku, lpn in units),
        "lpns": sorted(lpn for _, lpn in units if lpn),
        "moves": Counter((lpn, reason) for lpn, reason in moves),
        "topics": Counter(topics),
        "jobs": sorted(jobs),
        "receipts": receipts,
    }


def run_with_a_kill(tmp_path: Path, seam: str, central: str | None = None) -> list[bytes]:
    """The return, killed at `seam` and finished after a restart; the labels printed."""
    clerk = Clerk()
    master, slave = os.openpty()
    try:
        with FakeZebra() as zebra:
            station = make_station(tmp_path, zebra.url, os.ttyname(slave), central)
            log = tmp_path / "desk.log"
            with desk_process(station, master, log, fault=seam) as desk:
                clerk.until_killed(desk)
            if seam.startswith("after_label_sent"):
                # The printer has that label: wait for the simulator to have taken it in
                # (a real printer's buffer) before the desk asks it what it printed.
                zebra.wait_for_labels(int(seam[-1]))
            with desk_process(station, master, log) as desk:
                clerk.work(desk)
                desk.quit()
            zebra.close()
            return zebra.labels()
    finally:
        os.close(master)
        os.close(slave)


def check_store(tmp_path: Path, labels: list[bytes]) -> None:
    engine = create_store_engine(tmp_path / "data" / "desk.sqlite3")
    try:
        rows = store_rows(engine)
    finally:
        engine.dispose()
    lpns = rows["lpns"]
    assert rows["units"] == [(EARBUDS.sku, True), (MUG.sku, True)]
    assert rows["receipts"] == [(RMA1, "completed")]
    printed = [fields(label, "BC")[0] for label in labels]
    assert sorted(printed) == lpns, "each unit's label reached the printer exactly once"
    assert rows["jobs"] == [(lpn, "done") for lpn in lpns]
    assert rows["moves"] == Counter({(lpn, "received"): 1 for lpn in lpns})
    assert rows["topics"]["unit.inspected"] == 2, rows["topics"]
    assert rows["topics"]["stock.moved"] == 2, rows["topics"]


@pytest.mark.parametrize("seam", SEAMS)
def test_a_kill_at_the_seam_loses_nothing_and_doubles_nothing(tmp_path: Path, seam: str) -> None:
    check_store(tmp_path, run_with_a_kill(tmp_path, seam))


@pytest.mark.parametrize("push", [1, 2])
def test_a_kill_between_the_central_commit_and_the_outbox_mark(
    tmp_path: Path, central_url: URL, central_engine: Engine, push: int
) -> None:
    url = central_url.render_as_string(hide_password=False)
    labels = run_with_a_kill(tmp_path, f"after_outbox_pushed@{push}", url)
    check_store(tmp_path, labels)
    with central_engine.connect() as conn:
        one = lambda sql: conn.execute(text(sql)).scalar_one()  # noqa: E731
        assert one("SELECT count(*) FROM receipts") == 1
        assert one("SELECT count(*) FROM receipts WHERE status = 'completed'") == 1
        assert one("SELECT count(*) FROM inspections") == 2
        assert one("SELECT count(*) FROM stock_movements") == 2
        assert one("SELECT count(DISTINCT lpn) FROM stock_movements") == 2
    totals = central_totals(central_engine)
    assert totals["numbering_errors"] == 0
    local = create_store_engine(tmp_path / "data" / "desk.sqlite3")
    try:
        assert local_state.backlog(local).count == 0  # everything marked sent at last
        o = t.outbox
        columns = (o.c.id, o.c.seq, o.c.created_at, o.c.topic, o.c.version, o.c.key)
        with local.connect() as conn:
            rows = conn.execute(select(*columns, type_coerce(o.c.payload, Text)).order_by(o.c.seq))
            messages = [Stored(*r) for r in rows]
    finally:
        local.dispose()
    events = build_batch("DOCK-K", [(m, deserialise(m)) for m in messages]).events
    assert totals["events"] == len(events)  # each status event once, though pushed twice

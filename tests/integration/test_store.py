"""The local store on a real SQLite file: migrations, persistence, resume, refusal."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from receiving_desk.adapters.store import migrate, schema, tables
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.receipt import ReceiptStatus
from receiving_desk.domain.rules import Disposition
from receiving_desk.services.desk import Desk
from receiving_desk.services.desk_view import Step
from tests.conftest import FixedClock
from tests.seed import EARBUDS, MUG, RMA1, item_code, seed

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def seeded(services: Services, clock: FixedClock, fast_hasher: object) -> Services:
    seed(services.uow_factory, services.hasher, clock.now())
    return services


def login(desk: Desk, badge: str = "BADGE-C001", pin: str = "111111") -> None:
    desk.scan(badge)
    desk.submit_pin(pin)


def test_migrations_from_empty_match_the_schema(tmp_path: Path) -> None:
    engine = create_store_engine(tmp_path / "fresh.sqlite3")
    try:
        assert migrate.current_revisions(engine) == ()
        migrate.upgrade(engine)
        assert migrate.current_revisions(engine) == migrate.head_revisions()
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(ctx, schema.metadata) == []
        migrate.upgrade(engine)  # a second upgrade is a no-op
        migrate.downgrade(engine, "base")  # and the downgrade path works
        with engine.connect() as conn:
            names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            assert {n for (n,) in names} == {"alembic_version"}
    finally:
        engine.dispose()


def test_store_runs_in_wal_with_full_sync_and_foreign_keys(services: Services) -> None:
    with services.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_completed_return_survives_closing_and_reopening(
    seeded: Services, station_config: StationConfig, clock: FixedClock, fast_hasher: object
) -> None:
    desk = seeded.new_desk()
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    desk.grade("A")
    desk.scan(item_code(MUG))
    desk.grade("C")
    receipt_id = desk.view().parcel.receipt_id  # type: ignore[union-attr]
    desk.complete()
    seeded.close()

    again = bootstrap(station_config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    try:
        with again.uow_factory() as uow:
            receipt = uow.receipts.get(receipt_id)
        assert receipt is not None and receipt.status is ReceiptStatus.COMPLETED
        assert receipt.completed_at == clock.now()
        assert [
            (u.sku, u.inspection.grade, u.inspection.decision.disposition)
            for u in receipt.units
            if u.inspection
        ] == [
            (EARBUDS.sku, "A", Disposition.RESTOCK_OPEN_BOX),
            (MUG.sku, "C", Disposition.LIQUIDATE),
        ]
        assert {u.inspection.decision.rule_version for u in receipt.units if u.inspection} == {
            "2026.12-1"
        }
        with again.engine.connect() as conn:
            topics = (
                conn.execute(select(tables.outbox.c.topic).order_by(tables.outbox.c.seq))
                .scalars()
                .all()
            )
        assert topics == [
            "return.received",
            "stock.moved",
            "unit.inspected",
            "stock.moved",
            "unit.inspected",
            "return.completed",
        ]
        desk = again.new_desk()
        login(desk)
        with pytest.raises(DeskError) as err:
            desk.scan(RMA1)
        assert err.value.code is ErrorCode.RMA_CLOSED
        with pytest.raises(DeskError) as err:
            again.receiving.complete(desk.session, receipt_id)  # type: ignore[arg-type]
        assert err.value.code is ErrorCode.RETURN_NOT_OPEN
    finally:
        again.close()


def test_a_failed_use_case_leaves_no_trace(seeded: Services) -> None:
    desk = seeded.new_desk()
    login(desk)
    desk.scan(RMA1)
    with seeded.engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(tables.audit_log)).scalar()
    with pytest.raises(DeskError) as err:
        desk.grade("A")  # nothing scanned: refused
    assert err.value.code is ErrorCode.NO_UNIT_TO_GRADE
    with seeded.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(tables.audit_log)).scalar() == before
        assert conn.execute(select(func.count()).select_from(tables.inspections)).scalar() == 0


KILLED_DESK = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from pathlib import Path
    from receiving_desk.bootstrap import bootstrap
    from receiving_desk.config import StationConfig
    from tests.conftest import FixedClock
    from argon2 import PasswordHasher
    from receiving_desk.adapters.security import Argon2PinHasher

    config = StationConfig(station_id="TEST-01", site_timezone="Europe/Berlin",
                           data_dir=Path(sys.argv[1]), log_dir=Path(sys.argv[1]), sound=False)
    clock = FixedClock(datetime(2026, 11, 20, 14, 30, tzinfo=UTC))
    hasher = Argon2PinHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    services = bootstrap(config, clock=clock, hasher=hasher)
    desk = services.new_desk()
    desk.scan("BADGE-C001")
    desk.submit_pin("111111")
    desk.scan("RMA-2026-000001")
    desk.scan(sys.argv[2])
    desk.grade("B")
    desk.scan(sys.argv[3])
    print("acknowledged", flush=True)  # what the GUI would now show as done
    sys.stdin.read()  # then hang until killed
    """
)


def test_a_killed_desk_resumes_where_it_stopped(
    seeded: Services, station_config: StationConfig, clock: FixedClock, fast_hasher: object
) -> None:
    seeded.close()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            KILLED_DESK,
            str(station_config.data_dir),
            item_code(EARBUDS),
            item_code(MUG),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=REPO,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        },
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "acknowledged"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        for stream in (proc.stdin, proc.stdout):
            if stream:
                stream.close()
    # The SQLite file is intact and holds everything acknowledged.
    with sqlite3.connect(station_config.database_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again = bootstrap(station_config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    try:
        desk = again.new_desk()
        login(desk, "BADGE-C002", "111222")
        view = desk.view()
        assert view.step is Step.GRADE_UNIT
        assert view.parcel is not None and view.parcel.rma_number == RMA1
        assert [(u.sku, u.grade) for u in view.parcel.units] == [
            (EARBUDS.sku, "B"),
            (MUG.sku, None),
        ]
        desk.grade("A")
        assert desk.complete().view.step is Step.SCAN_PARCEL
    finally:
        again.close()


def test_a_database_locked_by_another_process_is_a_known_error(
    seeded: Services, station_config: StationConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    from receiving_desk.adapters.store import engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    locked = create_store_engine(station_config.database_path)
    blocker = sqlite3.connect(station_config.database_path, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        from receiving_desk.adapters.store.uow import SqlUnitOfWork

        with pytest.raises(DeskError) as err, SqlUnitOfWork(locked):
            pass
        assert err.value.code is ErrorCode.DATABASE_LOCKED
    finally:
        blocker.rollback()
        blocker.close()
        locked.dispose()

"""Reference data from the central database to a desk: incremental, atomic, never skipping a
slow writer's rows, never reopening an RMA the desk received."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import URL, Connection, Engine, delete, insert, select, update

from receiving_desk.adapters.central import schema
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.adapters.central.syncer import Syncer
from receiving_desk.adapters.store import sync_tables
from receiving_desk.adapters.store import tables as t
from receiving_desk.domain.rma import RmaStatus
from receiving_desk.services.sync import SyncState
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import admin_connect
from tests.integration.central_worker import (
    SEED,
    SEED_BINS,
    SEED_LINES,
    SEED_TRACKING,
    clerk,
    fast_hasher,
    open_desk,
    run_returns,
    runner,
    seed_central,
)
from tests.integration.printer_fixtures import wait_until
from tests.seed import EARBUDS, MUG, PRODUCTS, TRACKING2

pytestmark = pytest.mark.postgres
LOCATIONS = t.metadata.tables.get("locations")


def _new_rma(conn: Connection, number: str, tracking: str | None = None) -> None:
    execute = conn.execute
    execute(
        insert(schema.rmas).values(
            rma_number=number,
            order_number=f"SO-{number}",
            customer_id="C1",
            order_date=date(2026, 11, 2),
            delivered_at=datetime(2026, 11, 10, tzinfo=UTC),
            status="open",
        )
    )
    execute(
        insert(schema.rma_lines).values(
            rma_number=number, line_no=1, sku=EARBUDS.sku, quantity=1, reason="defective"
        )
    )
    if tracking:
        execute(insert(schema.rma_tracking).values(tracking_number=tracking, rma_number=number))


def test_reference_changes_reach_the_desk_incrementally(
    central_engine: Engine, tmp_path: Path
) -> None:
    seed_central(central_engine, generated=40)
    desk = open_desk(tmp_path / "d1", "DESK-01")
    try:
        calls: list[tuple[str, int, int]] = []
        first = runner(desk, central_engine).pull(progress=lambda *a: calls.append(a))
        gtins = sum(len(p.gtins) for p in PRODUCTS)
        # customers, products, GTINs, RMAs, their lines and tracking numbers, users
        total = 2 + len(PRODUCTS) + gtins + len(SEED) + 40 + SEED_LINES + 40 + SEED_TRACKING + 3
        total += SEED_BINS if LOCATIONS is not None else 0  # bins, where the store keeps them
        assert (
            first.rows == total and calls[0] == ("", 0, total) and calls[-1][1:] == (total, total)
        )
        assert runner(desk, central_engine).pull().rows == 0  # nothing changed: nothing pulled

        hasher = fast_hasher()
        with central_engine.begin() as conn:
            conn.execute(
                update(schema.products)
                .where(schema.products.c.sku == MUG.sku)
                .values(description="Mug set, blue")
            )
            _new_rma(conn, "RMA-2026-900001", "TRK-NEW-1")
            conn.execute(
                delete(schema.rma_tracking).where(
                    schema.rma_tracking.c.tracking_number == TRACKING2
                )
            )
            conn.execute(
                update(schema.users)
                .where(schema.users.c.badge == "BADGE-C002")
                .values(active=False)
            )
            conn.execute(
                update(schema.users)
                .where(schema.users.c.badge == "BADGE-C001")
                .values(pin_hash=hasher.hash("9999"))
            )
            conn.execute(
                insert(schema.locations).values(code="BIN-Z-01", zone="Z", description="Overflow")
            )
            conn.execute(
                insert(schema.rules).values(
                    version="2026.12-1", content="[meta]\nversion = '2026.12-1'\n", active=True
                )
            )
        second = runner(desk, central_engine).pull()
        assert second.upserted == {
            "customers": 0,
            "products": 1,
            "product_gtins": 0,
            "rmas": 1,
            "rma_lines": 1,
            "rma_tracking": 1,
            "users": 2,
            "rules": 1,
            **({"locations": 1} if LOCATIONS is not None else {}),
        }
        assert second.deleted["rma_tracking"] == 1 and sum(second.deleted.values()) == 1
        with desk.uow_factory() as uow:
            assert uow.catalog.by_sku(MUG.sku).description == "Mug set, blue"  # type: ignore[union-attr]
            new = uow.rmas.by_tracking("TRK-NEW-1")
            assert (
                new is not None
                and new.rma_number == "RMA-2026-900001"
                and [x.sku for x in new.lines] == [EARBUDS.sku]
            )
            assert uow.rmas.by_tracking(TRACKING2) is None
            assert uow.users.by_badge("BADGE-C002").active is False  # type: ignore[union-attr]
        assert desk.auth.login("BADGE-C001", "9999").user_id == "U-BADGE-C001"
        with desk.engine.connect() as conn:
            if LOCATIONS is not None:  # the store keeps bins since its inventory tables
                where = LOCATIONS.c.code == "BIN-Z-01"
                assert (
                    conn.execute(select(LOCATIONS.c.description).where(where)).scalar()
                    == "Overflow"
                )
            assert conn.execute(select(sync_tables.ref_rules.c.version)).scalar_one() == "2026.12-1"
        assert runner(desk, central_engine).pull().rows == 0
    finally:
        desk.close()


def test_a_transaction_committing_late_is_not_skipped(
    central_engine: Engine, tmp_path: Path
) -> None:
    """A sequence watermark would skip the slow writer's row; the snapshot horizon does not."""
    seed_central(central_engine)
    desk = open_desk(tmp_path / "d1", "DESK-01")
    try:
        runner(desk, central_engine).pull()
        with central_engine.connect() as slow:
            slow.begin()
            _new_rma(slow, "RMA-2026-900002")  # written first, committed last
            with central_engine.begin() as fast:
                _new_rma(fast, "RMA-2026-900003")
            assert runner(desk, central_engine).pull().upserted["rmas"] == 1
            slow.commit()
        # the slow writer's RMA (and its line), and nothing the last pull already took
        assert runner(desk, central_engine).pull().upserted["rmas"] == 1
        with desk.uow_factory() as uow:
            assert uow.rmas.by_number("RMA-2026-900002") is not None
            assert uow.rmas.by_number("RMA-2026-900003") is not None
    finally:
        desk.close()


def test_a_desk_does_not_reopen_an_rma_it_received(central_engine: Engine, tmp_path: Path) -> None:
    plan = seed_central(central_engine, generated=1)
    desk = open_desk(tmp_path / "d1", "DESK-01")
    try:
        runner(desk, central_engine).pull()
        run_returns(desk, clerk("DESK-01"), plan)
        with central_engine.begin() as conn:  # touched centrally, still "open" there
            conn.execute(
                update(schema.rmas)
                .where(schema.rmas.c.rma_number == plan[0][0])
                .values(order_number="SO-X")
            )
        assert runner(desk, central_engine).pull().upserted["rmas"] == 1
        with desk.uow_factory() as uow:
            rma = uow.rmas.by_number(plan[0][0])
            assert (
                rma is not None and rma.status is RmaStatus.RECEIVED and rma.order_number == "SO-X"
            )
        with central_engine.begin() as conn:
            conn.execute(
                update(schema.rmas)
                .where(schema.rmas.c.rma_number == plan[0][0])
                .values(status="cancelled")
            )
        runner(desk, central_engine).pull()
        with desk.uow_factory() as uow:
            assert uow.rmas.by_number(plan[0][0]).status is RmaStatus.CANCELLED  # type: ignore[union-attr]
    finally:
        desk.close()


def test_an_rma_created_centrally_reaches_a_running_desk(
    central_engine: Engine, central_url: URL, tmp_path: Path
) -> None:
    seed_central(central_engine)
    desk = open_desk(tmp_path / "d1", "DESK-01")
    url = central_url.render_as_string(hide_password=False)
    syncer = Syncer(
        desk.engine,
        CentralSettings(url=url, sslmode="disable", pull_interval_s=0.2),
        "DESK-01",
        desk.clock,
    )
    try:
        syncer.start()
        with central_engine.begin() as conn:
            _new_rma(conn, "RMA-2026-900004", "TRK-LIVE-1")

        def arrived() -> bool:
            # The pull commits its rows before the syncer records the attempt as ONLINE: wait
            # for both, not for the rows alone.
            with desk.uow_factory() as uow:
                found = uow.rmas.by_tracking("TRK-LIVE-1")
            return found is not None and syncer.status().state is SyncState.ONLINE

        wait_until(arrived, timeout=30)
        with desk.uow_factory() as uow:
            found = uow.rmas.by_tracking("TRK-LIVE-1")
        assert found is not None and found.rma_number == "RMA-2026-900004"
    finally:
        syncer.stop()
        desk.close()


def test_a_long_transaction_elsewhere_on_the_server_does_not_make_pulls_repeat(
    central_engine: Engine, pg_server: URL, tmp_path: Path
) -> None:
    """Transaction ids are counted per cluster: a transaction left open in another database
    holds every snapshot's xmin back. The desk must still take each change exactly once."""
    seed_central(central_engine, generated=5)
    desk = open_desk(tmp_path / "d1", "DESK-01")
    other = admin_connect(pg_server)  # the server's own database, not the central one
    try:
        other.execute("BEGIN")
        other.execute("SELECT pg_current_xact_id()")  # holds an xid: xmin stays below it
        first = runner(desk, central_engine).pull()
        assert first.rows > 0
        assert runner(desk, central_engine).pull().rows == 0
        with central_engine.begin() as conn:
            _new_rma(conn, "RMA-2026-900005", "TRK-DURING")
        again = runner(desk, central_engine).pull()
        assert (again.upserted["rmas"], again.upserted["rma_tracking"], again.rows) == (1, 1, 3)
        assert runner(desk, central_engine).pull().rows == 0
        other.execute("ROLLBACK")
        assert runner(desk, central_engine).pull().rows == 0
    finally:
        other.close()
        desk.close()

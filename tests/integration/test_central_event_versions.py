"""Event versions between a desk and the central database, on the real server: messages one
version old still sync (upgraded on the way), a newer central that still accepts this desk's
version takes its pushes, and a central that does not is refused with both versions named,
in the sync status and the log, with every message kept in the outbox."""

from __future__ import annotations

import logging
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, func, insert, select, text, update

from receiving_desk.adapters.central import local_state
from receiving_desk.adapters.central import schema as c
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.adapters.central.syncer import Syncer
from receiving_desk.adapters.central.versions import SyncRefused
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services
from receiving_desk.services.sync import SyncState
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import (
    central_totals,
    clerk,
    open_desk,
    run_returns,
    runner,
    seed_central,
)
from tests.seed import EARBUDS, MUG, RMA1

pytestmark = pytest.mark.postgres
AT = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _unsent(desk: Services) -> int:
    o = t.outbox
    with desk.engine.connect() as conn:
        return int(conn.execute(select(func.count()).where(o.c.sent_at.is_(None))).scalar_one())


def _accept(central: Engine, low: int, high: int, topic: str | None = None) -> None:
    """What a later central migration would do to the accepted range."""
    v = c.event_versions
    where = () if topic is None else (v.c.topic == topic,)
    with central.begin() as conn:
        conn.execute(update(v).where(*where).values(min_version=low, max_version=high))


def _desk_with_a_return(central: Engine, tmp_path: Path) -> Services:
    seed_central(central)
    desk = open_desk(tmp_path / "desk", "DESK-01")
    runner(desk, central).pull()
    run_returns(desk, clerk("DESK-01"), [(RMA1, [EARBUDS.sku, MUG.sku])])
    return desk


def _write_version_1(desk: Services) -> dict[str, str]:
    """Messages as the previous release wrote them: untyped payloads, version 1 (the unit's
    scan facts only in the local store), for a return opened, graded and completed."""
    receipt, unit = str(uuid.uuid4()), str(uuid.uuid4())
    with desk.engine.begin() as conn:
        conn.execute(
            insert(t.receipts).values(
                id=receipt,
                rma_number="RMA-OLD-1",
                station_id="DESK-01",
                opened_by="U-BADGE-C001",
                opened_at=AT,
                scanned_code="RMA-OLD-1",
                status="completed",
                completed_at=AT,
                completed_by="U-BADGE-C001",
            )
        )
        conn.execute(
            insert(t.received_units).values(
                id=unit,
                receipt_id=receipt,
                seq=1,
                scanned_code="4006381333931",
                sku=EARBUDS.sku,
                gtin14="04006381333931",
                line_no=1,
                match="matched",
                scanned_at=AT,
                scanned_by="U-BADGE-C001",
            )
        )
        seq = conn.execute(select(func.coalesce(func.max(t.outbox.c.seq), 0))).scalar_one()
        payloads = [
            (
                "return.received",
                receipt,
                {
                    "receipt_id": receipt,
                    "rma": "RMA-OLD-1",
                    "station": "DESK-01",
                    "clerk": "U-BADGE-C001",
                    "at": AT.isoformat(),
                    "scanned_code": "RMA-OLD-1",
                    "blind": False,
                },
            ),
            (
                "unit.inspected",
                unit,
                {
                    "receipt_id": receipt,
                    "unit_id": unit,
                    "rma": "RMA-OLD-1",
                    "sku": EARBUDS.sku,
                    "line_no": 1,
                    "match": "matched",
                    "grade": "A",
                    "condition_codes": [],
                    "note": "",
                    "disposition": "restock_new",
                    "rule_id": "R1",
                    "rule_version": "2026.11-2",
                    "inspector": "U-BADGE-C001",
                    "at": AT.isoformat(),
                    "refund": {"kind": "full", "percent": 100},
                },
            ),
            (
                "return.completed",
                receipt,
                {
                    "receipt_id": receipt,
                    "rma": "RMA-OLD-1",
                    "station": "DESK-01",
                    "completed_by": "U-BADGE-C001",
                    "at": AT.isoformat(),
                    "flags": [],
                    "units": [
                        {
                            "unit_id": unit,
                            "sku": EARBUDS.sku,
                            "match": "matched",
                            "grade": "A",
                            "disposition": "restock_new",
                            "refund": {"kind": "full", "percent": 100},
                        }
                    ],
                },
            ),
        ]
        for n, (topic, key, payload) in enumerate(payloads, seq + 1):
            conn.execute(
                insert(t.outbox).values(
                    id=str(uuid.uuid4()),
                    seq=n,
                    created_at=AT,
                    topic=topic,
                    key=key,
                    payload=payload,
                )  # no version given: the column's default, 1, as in a store migrated to it
            )
    return {"receipt": receipt, "unit": unit}


def test_messages_one_version_old_sync_upgraded(central_engine: Engine, tmp_path: Path) -> None:
    desk = _desk_with_a_return(central_engine, tmp_path)
    try:
        old = _write_version_1(desk)
        with desk.engine.connect() as conn:
            versions = conn.execute(select(t.outbox.c.version).distinct()).scalars().all()
        assert sorted(versions) == [1, 2, 3]  # v3: the inspected and completed events
        runner(desk, central_engine).push_all()
        assert _unsent(desk) == 0
        with central_engine.connect() as conn:
            row = conn.execute(
                select(c.inspections).where(c.inspections.c.unit_id == old["unit"])
            ).one()
            events = conn.execute(
                text(
                    "SELECT event_type FROM status_events WHERE return_key = 'RMA-OLD-1' "
                    "ORDER BY return_seq"
                )
            ).scalars()
            event_types = list(events)
        # The scan facts version 1 left to the local store arrived with it.
        assert (row.unit_seq, row.scanned_code, row.gtin14) == (
            1,
            "4006381333931",
            "04006381333931",
        )
        assert (row.scanned_at, row.scanned_by) == (AT, "U-BADGE-C001")
        assert (row.refund_kind, row.refund_percent, row.grade) == ("full", 100, "A")
        assert event_types == [
            "received",
            "inspected",
            "disposition_decided",
            "refund_recommended",
            "completed",
        ]
        assert central_totals(central_engine)["numbering_errors"] == 0
    finally:
        desk.close()


def test_a_newer_central_still_accepting_this_version_takes_the_push(
    central_engine: Engine, tmp_path: Path
) -> None:
    desk = _desk_with_a_return(central_engine, tmp_path)
    try:
        _accept(central_engine, 1, 4)  # a central that knows version 4, and still takes 1-3
        pushed = runner(desk, central_engine).push_all()
        assert pushed > 0 and _unsent(desk) == 0
        totals = central_totals(central_engine)
        assert (totals["receipts"], totals["inspections"], totals["completed"]) == (1, 2, 1)
    finally:
        desk.close()


def _wait_for(syncer: Syncer, state: SyncState, backlog_zero: bool = False) -> None:
    deadline = time.monotonic() + 30
    while True:
        status = syncer.status()
        settled = not backlog_zero or status.backlog == 0
        if status.state is state and settled and (state is SyncState.ONLINE or status.last_error):
            return
        assert time.monotonic() < deadline, status
        syncer.request_sync_now()
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (
            4,
            4,
            "the central database accepts unit.inspected v4 to v4; this desk sends "
            "unit.inspected v3: upgrade this desk",
        ),
        (
            1,
            2,
            "the central database accepts unit.inspected v1 to v2; this desk sends "
            "unit.inspected v3: upgrade the central database",
        ),
    ],
    ids=["desk-too-old", "central-too-old"],
)
def test_a_version_the_central_does_not_accept_is_refused_and_nothing_is_lost(
    central_engine: Engine,
    central_url: URL,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    low: int,
    high: int,
    expected: str,
) -> None:
    desk = _desk_with_a_return(central_engine, tmp_path)
    _accept(central_engine, low, high, topic="unit.inspected")
    messages = _unsent(desk)
    settings = CentralSettings(
        sslmode="disable",  # the test server speaks no TLS
        url=central_url.render_as_string(hide_password=False),
        push_interval_s=0.05,
        pull_interval_s=60,
        backoff_base_s=0.05,
        backoff_cap_s=0.2,
    )
    syncer = Syncer(desk.engine, settings, "DESK-01", desk.clock)
    try:
        with caplog.at_level(logging.ERROR, logger="receiving_desk.adapters.central.syncer"):
            syncer.start()
            _wait_for(syncer, SyncState.OFFLINE)
        status = syncer.status()
        assert status.last_error is not None and expected in status.last_error
        assert any(expected in r.getMessage() for r in caplog.records)
        # Refused before anything was written: the batch (the whole return) stays queued.
        assert _unsent(desk) == messages and local_state.backlog(desk.engine).count > 0
        assert central_totals(central_engine)["receipts"] == 0
        _accept(central_engine, 1, 3, topic="unit.inspected")  # the right side upgraded
        _wait_for(syncer, SyncState.ONLINE, backlog_zero=True)
        assert _unsent(desk) == 0 and central_totals(central_engine)["inspections"] == 2
    finally:
        syncer.stop()
        desk.close()


def test_a_central_without_the_version_table_is_refused_clearly(
    central_engine: Engine, tmp_path: Path
) -> None:
    desk = _desk_with_a_return(central_engine, tmp_path)
    try:
        with central_engine.begin() as conn:
            conn.execute(text("DROP TABLE event_versions"))  # as a central at c0002
        with pytest.raises(SyncRefused, match="does not list the event versions it accepts"):
            runner(desk, central_engine).push_all()
        assert _unsent(desk) > 0
        with central_engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM receipts")).scalar_one() == 0
    finally:
        desk.close()

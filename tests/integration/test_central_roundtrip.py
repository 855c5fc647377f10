"""Round trips against a real PostgreSQL: the schema, desk -> central, central -> desk."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, func, select, text

from receiving_desk.adapters.central import local_state, migrate, schema
from receiving_desk.adapters.store import tables as t
from receiving_desk.domain.users import Permission
from receiving_desk.services.approval import ApprovalService, Request
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import (
    SEED,
    central_totals,
    clerk,
    grade,
    open_desk,
    run_returns,
    runner,
    seed_central,
)
from tests.seed import EARBUDS, MUG, RMA1, RMA2, SUPERVISOR, TRACKING2, item_code

pytestmark = pytest.mark.postgres
LEDGER = t.metadata.tables.get("stock_movements")
OPTIONAL_INSPECTION_COLUMNS = (
    ("checklist", "checklist"),
    ("photos", "photos"),
    ("notes", "notes"),
    ("return_window", "window"),
    ("returns_to_stock", "returns_to_stock"),
    ("refund_kind", "refund_kind"),
    ("refund_percent", "refund_percent"),
    ("override_disposition", "override_disposition"),
)


def _same_movements(local: Engine, central: Engine) -> None:
    assert LEDGER is not None
    with local.connect() as conn:
        mine = {r.id: r for r in conn.execute(select(LEDGER))}
    with central.connect() as conn:
        theirs = {r.id: r for r in conn.execute(select(schema.stock_movements))}
    assert mine and set(mine) == set(theirs)
    for key, row in mine.items():
        got = theirs[key]
        assert (got.lpn, got.sku, got.quantity, got.grade) == (
            row.lpn,
            row.sku,
            row.quantity,
            row.grade,
        )
        assert (got.from_location, got.to_location, got.reason) == (
            row.from_location,
            row.to_location,
            row.reason,
        )
        assert (got.moved_by, got.moved_at, got.receipt_id) == (row.user_id, row.at, row.receipt_id)


LOCATIONS = t.metadata.tables.get("locations")


def test_migrations_create_exactly_the_schema_and_go_back(central_engine: Engine) -> None:
    assert migrate.current_revisions(central_engine) == migrate.head_revisions()
    with central_engine.connect() as conn:
        opts = {"compare_type": True, "version_table": migrate.VERSION_TABLE}
        assert compare_metadata(MigrationContext.configure(conn, opts=opts), schema.metadata) == []
    migrate.downgrade(central_engine, "base")
    with central_engine.connect() as conn:
        left = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        assert left.scalars().all() == [migrate.VERSION_TABLE]
    migrate.upgrade(central_engine)
    assert migrate.current_revisions(central_engine) == migrate.head_revisions()


def _local(engine: Engine, table: t.Table, key: str, value: str) -> dict[str, object]:
    with engine.connect() as conn:
        return dict(conn.execute(select(table).where(table.c[key] == value)).mappings().one())


def test_a_shift_arrives_centrally_with_every_field(central_engine: Engine, tmp_path: Path) -> None:
    seed_central(central_engine)
    desk = open_desk(tmp_path / "d1", "DESK-01")
    try:
        pulled = runner(desk, central_engine).pull()
        assert pulled.upserted["rmas"] == len(SEED) and pulled.upserted["users"] == 3
        login = desk.auth.login("BADGE-C001", "111111")  # the PIN hash came from the centre
        assert login.user_id == "U-BADGE-C001"
        session = clerk("DESK-01")
        run_returns(desk, session, [(RMA1, [EARBUDS.sku, MUG.sku])])
        opened = desk.receiving.open_parcel(session, None, TRACKING2, TRACKING2)
        scanned = desk.receiving.record_item(
            session, opened.id, item_code(EARBUDS), gtin14=EARBUDS.gtins[0]
        )
        grade(desk, session, opened.id, "A")
        # Its label printed: the clerk's undo takes a supervisor's approval (badge and PIN).
        asked = Request("undo_scan", scanned.id, Permission.REVERSE_STOCK, "label_printed")
        approvals = ApprovalService(desk.uow_factory, desk.auth, desk.clock, "DESK-01")
        approval = approvals.approve(session, asked, SUPERVISOR[0], SUPERVISOR[1])
        withdrawn = desk.receiving.undo_last_scan(session, opened.id, approval)
        supervisor = session.__class__(
            "U-BADGE-S001", "Olga", login.role.SUPERVISOR, "DESK-01", session.started_at
        )
        desk.receiving.void(supervisor, opened.id, "opened on the wrong RMA")

        pushed = runner(desk, central_engine, batch=3).push_all()
        with desk.engine.connect() as conn:
            audit_rows = conn.execute(select(func.count()).select_from(t.audit_log)).scalar_one()
            outbox_rows = conn.execute(select(func.count()).select_from(t.outbox)).scalar_one()
            unsent = conn.execute(
                select(func.count()).where(t.outbox.c.sent_at.is_(None)).select_from(t.outbox)
            ).scalar_one()
        assert pushed == outbox_rows + audit_rows and unsent == 0
        assert local_state.backlog(desk.engine).count == 0

        receipt = desk.receiving.open_receipt_for_station("DESK-01")
        assert receipt is None
        with central_engine.connect() as conn:
            rows = {r.rma_number: r for r in conn.execute(select(schema.receipts)).all()}
            units = (
                conn.execute(
                    select(schema.inspections).order_by(
                        schema.inspections.c.unit_seq, schema.inspections.c.rma_number
                    )
                )
                .mappings()
                .all()
            )
            events = conn.execute(
                select(
                    schema.status_events.c.return_key,
                    schema.status_events.c.return_seq,
                    schema.status_events.c.event_type,
                ).order_by(schema.status_events.c.return_key, schema.status_events.c.return_seq)
            ).all()
            central_audit = conn.execute(
                select(func.count()).select_from(schema.audit_entries)
            ).scalar_one()
        done = rows[RMA1]
        local_receipt = _local(desk.engine, t.receipts, "rma_number", RMA1)
        for column in (
            "id",
            "rma_number",
            "opened_by",
            "opened_at",
            "scanned_code",
            "status",
            "completed_at",
            "completed_by",
        ):
            assert getattr(done, column) == local_receipt[column], column
        assert done.desk_id == "DESK-01" and done.status == "completed"
        voided = rows[RMA2]
        assert (voided.status, voided.void_reason) == ("voided", "opened on the wrong RMA")
        assert len(units) == 3
        by_unit = {u["unit_id"]: u for u in units}
        assert by_unit[withdrawn.id]["withdrawn_at"] is not None
        assert by_unit[withdrawn.id]["withdrawn_by"] == session.user_id
        for unit in units:
            if unit["unit_id"] == withdrawn.id:
                continue
            local_unit = _local(desk.engine, t.received_units, "id", unit["unit_id"])
            local_insp = _local(desk.engine, t.inspections, "unit_id", unit["unit_id"])
            for column in (
                "sku",
                "gtin14",
                "line_no",
                "match",
                "scanned_code",
                "serial",
                "scanned_at",
                "scanned_by",
            ):
                assert unit[column] == local_unit[column], column
            assert unit["unit_seq"] == local_unit["seq"]
            for column in (
                "grade",
                "note",
                "inspector_id",
                "inspected_at",
                "disposition",
                "rule_id",
                "rule_version",
                "why",
            ):
                assert unit[column] == local_insp[column], column
            assert unit["condition_codes"] == local_insp["condition_codes"]
            for central_name, local_name in OPTIONAL_INSPECTION_COLUMNS:
                if local_name in t.inspections.c:  # stores that keep them
                    assert unit[central_name] == local_insp[local_name], central_name
            assert unit["receipt_id"] == done.id and unit["rma_number"] == RMA1
        assert events == [
            (RMA1, 1, "received"),
            (RMA1, 2, "inspected"),
            (RMA1, 3, "disposition_decided"),
            (RMA1, 4, "refund_recommended"),
            (RMA1, 5, "completed"),
            (RMA2, 1, "received"),
            (RMA2, 2, "voided"),
        ]
        assert central_audit == audit_rows
        assert central_totals(central_engine)["numbering_errors"] == 0
        with central_engine.connect() as conn:  # every topic the desk sends has a home
            unrouted = select(func.count()).select_from(schema.unrouted_messages)
            assert conn.execute(unrouted).scalar_one() == 0
        if LEDGER is not None:  # stores with a stock ledger push its movements
            _same_movements(desk.engine, central_engine)
    finally:
        desk.close()

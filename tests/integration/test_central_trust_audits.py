"""Weights and blind audits in a central database that trusts no desk (migration c0014), run
as desk roles made by `central role-sql`: a desk weighs, holds and resolves only its own
units, grades only as itself and names only its site's users; it writes none of the new
columns or tables directly, cannot call the merge's helper, and reads its site's audits only.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from receiving_desk.adapters.event_codec import serialise
from receiving_desk.adapters.reports import source_for_engine
from receiving_desk.domain.events import AuditGraded, AuditResolved, DeskEvent, UnitHeldForAudit
from receiving_desk.domain.rules_model import Disposition, Refund, RefundKind
from receiving_desk.domain.shifts import Period
from receiving_desk.services.reports import CancelToken, ReportFilter
from tests.integration import test_central_trust as trust
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import libpq
from tests.integration.test_central_trust import AT, Dock, Refused, batch

pytestmark = pytest.mark.postgres
add_desk, dock = trust.add_desk, trust.dock  # the desk roles' fixtures, by their names
LPN = "LPN-D1-0001"


def snapshot(dock: Dock) -> tuple[Any, ...]:
    """The new columns and tables, as the owner sees them."""
    with dock.central.connect() as conn:
        return tuple(
            tuple(conn.execute(text(sql)).all())
            for sql in (
                "SELECT id, parcel_grams FROM receipts ORDER BY 1",
                "SELECT unit_id, weighed_grams FROM inspections ORDER BY 1",
                "SELECT lpn, desk_id, unit_id, first_grade FROM audit_holds ORDER BY 1",
                "SELECT id, desk_id, lpn, grade FROM audit_grades ORDER BY 1",
                "SELECT lpn, desk_id, final_grade FROM audit_resolutions ORDER BY 1",
                "SELECT id FROM unrouted_messages ORDER BY 1",
            )
        )


def sent(desk: str, event: DeskEvent, seq: int = 10_000) -> tuple[Any, ...]:
    """An audit event as a desk stages it: the event's own JSON (UNROUTED_COLUMNS)."""
    s = serialise(event)
    return (str(uuid.uuid4()), desk, seq, s.topic, s.key, s.text, AT)


def held(dock: Dock, unit: str | None = None) -> UnitHeldForAudit:
    return UnitHeldForAudit(
        lpn=LPN, unit_id=unit or dock.unit, receipt_id=dock.receipt, reason="sampled",
        first_grader="U-BADGE-C001", first_grade="B", held_by="U-BADGE-C001", held_at=AT,
    )  # fmt: skip


def graded(station: str, grader: str = "U-BADGE-C002", grade_id: str | None = None) -> AuditGraded:
    return AuditGraded(
        grade_id=grade_id or str(uuid.uuid4()), lpn=LPN, kind="blind", grader_id=grader,
        grade="C", agrees=False, station_id=station, graded_at=AT,
    )  # fmt: skip


def resolved(dock: Dock) -> AuditResolved:
    return AuditResolved(
        lpn=LPN, unit_id=dock.unit, receipt_id=dock.receipt, first_grade="B", final_grade="A",
        disposition=Disposition.RESTOCK_NEW, refund=Refund(RefundKind.FULL, 100),
        resolved_by="U-BADGE-S001", approved_for=None, note="forged", resolved_at=AT,
    )  # fmt: skip


def test_weighing_another_desks_unit_or_parcel_is_refused(dock: Dock) -> None:
    before = snapshot(dock)
    message = str(uuid.uuid4())
    with pytest.raises(Refused, match=f"unit {dock.unit} belongs to another desk"):
        dock.push("DESK-02", batch("DESK-02", unit_weights=[(dock.unit, message, 1)]))
    with pytest.raises(Refused, match=f"receipt {dock.receipt} belongs to another desk"):
        dock.push("DESK-02", batch("DESK-02", parcel_weights=[(dock.receipt, message, 1)]))
    assert snapshot(dock) == before
    # Its own desk may not re-weigh it through another message either: the weight is the one
    # the row's own message carried (nothing changes, nothing is refused).
    dock.push("DESK-01", batch("DESK-01", unit_weights=[(dock.unit, message, 1)]))
    assert snapshot(dock) == before


def test_a_desk_holds_and_resolves_only_its_own_units(dock: Dock) -> None:
    before = snapshot(dock)
    with pytest.raises(Refused, match=f"audit of {LPN}: the unit belongs to another desk"):
        dock.push("DESK-02", batch("DESK-02", unrouted=[sent("DESK-02", held(dock))]))
    assert snapshot(dock) == before

    hold = sent("DESK-01", held(dock))
    for _ in range(2):  # its own desk's hold, sent twice: one row
        dock.push("DESK-01", batch("DESK-01", unrouted=[hold]))
    assert dock.one("SELECT count(*), min(desk_id) FROM audit_holds") == (1, "DESK-01")
    before = snapshot(dock)
    with pytest.raises(Refused, match=f"audit of {LPN}: the unit belongs to another desk"):
        dock.push("DESK-02", batch("DESK-02", unrouted=[sent("DESK-02", resolved(dock))]))
    assert snapshot(dock) == before
    dock.push("DESK-01", batch("DESK-01", unrouted=[sent("DESK-01", resolved(dock))]))
    assert dock.one("SELECT final_grade, desk_id FROM audit_resolutions") == (
        "A",
        "DESK-01",
    )


def test_a_desk_grades_only_as_itself_and_with_its_sites_users(dock: Dock) -> None:
    dock.push("DESK-01", batch("DESK-01", unrouted=[sent("DESK-01", held(dock))]))
    before = snapshot(dock)
    with pytest.raises(Refused, match="desk DESK-02 may not push audit grades of desk DESK-01"):
        dock.push("DESK-02", batch("DESK-02", unrouted=[sent("DESK-02", graded("DESK-01"))]))
    with pytest.raises(Refused, match="user U-SOUTH is not a user of site NORTH"):
        south = graded("DESK-02", grader="U-SOUTH")
        dock.push("DESK-02", batch("DESK-02", unrouted=[sent("DESK-02", south)]))
    assert snapshot(dock) == before
    # The blind grade of another desk's held unit, given at this desk: its own row.
    mine = graded("DESK-02")
    dock.push("DESK-02", batch("DESK-02", unrouted=[sent("DESK-02", mine)]))
    assert dock.one("SELECT desk_id FROM audit_grades WHERE id = :i", i=mine.grade_id)[0] == (
        "DESK-02"
    )
    # ... which no other desk can take over by sending the same grade id as its own.
    before = snapshot(dock)
    with pytest.raises(Refused, match="may not push audit grades of desk DESK-01"):
        theirs = graded("DESK-01", grade_id=mine.grade_id)
        dock.push("DESK-01", batch("DESK-01", unrouted=[sent("DESK-01", theirs)]))
    assert snapshot(dock) == before


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE inspections SET weighed_grams = 1",
        "UPDATE receipts SET parcel_grams = 1",
        "INSERT INTO audit_grades (id, message_id, desk_id, desk_seq, lpn, kind, grader_id, "
        "grade, agrees, station_id, graded_at) VALUES (gen_random_uuid(), gen_random_uuid(), "
        "'DESK-02', 1, 'LPN-X', 'blind', 'U-x', 'A', true, 'DESK-02', now())",
        "DELETE FROM audit_holds",
        "SELECT public.rd_merge_weights_audits('DESK-01', 'NORTH')",
    ],
)
def test_a_desk_writes_the_new_tables_only_through_the_merge(dock: Dock, statement: str) -> None:
    before = snapshot(dock)
    with pytest.raises(Refused):
        dock.sql("DESK-02", statement)
    assert snapshot(dock) == before


def test_a_desk_reads_its_sites_audits_and_reports_agreement_over_them(
    dock: Dock, add_desk: Any
) -> None:
    dock.push("DESK-01", batch("DESK-01", unrouted=[sent("DESK-01", held(dock))]))
    dock.push("DESK-02", batch("DESK-02", unrouted=[sent("DESK-02", graded("DESK-02"))]))
    for desk in ("DESK-01", "DESK-02"):  # both desks of site NORTH see both rows
        assert dock.sql(desk, "SELECT lpn, desk_id FROM audit_holds") == [(LPN, "DESK-01")]
        assert dock.sql(desk, "SELECT desk_id FROM audit_grades") == [("DESK-02",)]
    south = add_desk("DESK-09", "SOUTH")  # a desk of another site sees none of them
    with psycopg.connect(libpq(south)) as conn:
        for table in ("audit_holds", "audit_grades", "audit_resolutions"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    # The agreement report over the central database, as DESK-01's own login: the blind
    # grade given at DESK-02 beside DESK-01's first grade.
    source = source_for_engine(dock.engines["DESK-01"])
    try:
        period = Period(AT - timedelta(hours=1), AT + timedelta(hours=1))
        pairs = source.audit_pairs(ReportFilter(period), CancelToken())
    finally:
        source.close()
    assert [(p.lpn, p.first_grade, p.grade, p.kind) for p in pairs] == [(LPN, "B", "C", "blind")]

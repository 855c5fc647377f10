"""Blind re-inspection audits in the local store (the unit of work's `audits`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, insert, select, update

from receiving_desk.adapters.store.audit_tables import (
    audit_grades,
    audit_holds,
    audit_resolutions,
)
from receiving_desk.domain.audit_sampling import HoldReason
from receiving_desk.domain.blind_audit import (
    AuditGrade,
    AuditHold,
    AuditResolution,
    GradeKind,
    HoldState,
)
from receiving_desk.domain.rules_model import Decision, Disposition, Refund, RefundKind


class SqlAuditHolds:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def hold(self, hold: AuditHold) -> None:
        self._conn.execute(
            insert(audit_holds).values(
                lpn=hold.lpn,
                unit_id=hold.unit_id,
                receipt_id=hold.receipt_id,
                sku=hold.sku,
                category=hold.category,
                reason=hold.reason.value,
                first_grader=hold.first_grader,
                first_grade=hold.first_grade,
                held_by=hold.held_by,
                held_at=hold.held_at,
                state=hold.state.value,
            )
        )

    def get(self, lpn: str) -> AuditHold | None:
        row = self._conn.execute(select(audit_holds).where(audit_holds.c.lpn == lpn)).first()
        return None if row is None else _hold(row)

    def set_state(self, lpn: str, state: HoldState) -> None:
        self._conn.execute(
            update(audit_holds).where(audit_holds.c.lpn == lpn).values(state=state.value)
        )

    def add_grade(self, grade: AuditGrade) -> None:
        self._conn.execute(
            insert(audit_grades).values(
                id=grade.id,
                lpn=grade.lpn,
                kind=grade.kind.value,
                grader_id=grade.grader_id,
                grade=grade.grade,
                checklist=[list(c) for c in grade.checklist],
                station_id=grade.station_id,
                graded_at=grade.graded_at,
            )
        )

    def grades(self, lpn: str) -> list[AuditGrade]:
        rows = self._conn.execute(
            select(audit_grades)
            .where(audit_grades.c.lpn == lpn)
            .order_by(audit_grades.c.graded_at, audit_grades.c.id)
        )
        return [
            AuditGrade(
                r.id,
                r.lpn,
                GradeKind(r.kind),
                r.grader_id,
                r.grade,
                tuple((str(c), bool(p)) for c, p in r.checklist),
                r.station_id,
                r.graded_at,
            )
            for r in rows
        ]

    def resolve(self, resolution: AuditResolution) -> None:
        self._conn.execute(
            insert(audit_resolutions).values(
                lpn=resolution.lpn,
                final_grade=resolution.final_grade,
                resolved_by=resolution.resolved_by,
                approved_for=resolution.approved_for,
                note=resolution.note,
                resolved_at=resolution.resolved_at,
                decision=None
                if resolution.decision is None
                else _decision_row(resolution.decision),
            )
        )

    def resolution(self, lpn: str) -> AuditResolution | None:
        r = self._conn.execute(
            select(audit_resolutions).where(audit_resolutions.c.lpn == lpn)
        ).first()
        if r is None:
            return None
        return AuditResolution(
            r.lpn, r.final_grade, r.resolved_by, r.approved_for, r.note, r.resolved_at,
            None if r.decision is None else _decision(r.decision),
        )  # fmt: skip


def _decision_row(d: Decision) -> dict[str, object]:
    return {
        "disposition": d.disposition.value, "returns_to_stock": d.returns_to_stock,
        "refund_kind": d.refund.kind.value, "refund_percent": d.refund.percent,
        "rule_id": d.rule_id, "rule_version": d.rule_version, "why": d.why,
        "notes": list(d.notes),
    }  # fmt: skip


def _decision(row: dict[str, Any]) -> Decision:
    return Decision(
        disposition=Disposition(row["disposition"]),
        returns_to_stock=bool(row["returns_to_stock"]),
        refund=Refund(RefundKind(row["refund_kind"]), int(row["refund_percent"])),
        rule_id=str(row["rule_id"]),
        rule_version=str(row["rule_version"]),
        why=str(row["why"]),
        notes=tuple(str(n) for n in row["notes"]),
    )


def _hold(r: Row[tuple[object, ...]]) -> AuditHold:
    m = r._mapping
    return AuditHold(
        lpn=str(m["lpn"]),
        unit_id=str(m["unit_id"]),
        receipt_id=str(m["receipt_id"]),
        sku=str(m["sku"]),
        category=str(m["category"]),
        reason=HoldReason(m["reason"]),
        first_grader=str(m["first_grader"]),
        first_grade=str(m["first_grade"]),
        held_by=str(m["held_by"]),
        held_at=m["held_at"],
        state=HoldState(m["state"]),
    )

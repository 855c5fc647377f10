"""The parcel receipt aggregate in the local store: receipt, units, inspections, flags."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from receiving_desk.adapters.store import tables as t
from receiving_desk.domain.flags import Flag, FlagKind
from receiving_desk.domain.receipt import (
    Inspection,
    MatchStatus,
    Override,
    ParcelReceipt,
    ReceiptStatus,
    ReceivedUnit,
)
from receiving_desk.domain.rules import Decision, Disposition, Refund, RefundKind


class SqlReceiptRepository:
    """Loads and saves a parcel receipt as a whole (receipt, units, inspections)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        # What this unit of work read or wrote of each receipt object: `save` writes only
        # the difference (the object is kept, so its id is not reused meanwhile).
        self._known: dict[int, tuple[ParcelReceipt, _Rows]] = {}

    def get(self, receipt_id: str) -> ParcelReceipt | None:
        row = (
            self._conn.execute(select(t.receipts).where(t.receipts.c.id == receipt_id))
            .mappings()
            .first()
        )
        return self._load(row) if row else None

    def _first(self, *where: Any) -> ParcelReceipt | None:
        row = (
            self._conn.execute(
                select(t.receipts).where(*where).order_by(t.receipts.c.opened_at.desc()).limit(1)
            )
            .mappings()
            .first()
        )
        return self._load(row) if row else None

    def open_for_station(self, station_id: str) -> ParcelReceipt | None:
        return self._first(
            t.receipts.c.station_id == station_id,
            t.receipts.c.status == ReceiptStatus.OPEN.value,
        )

    def open_for_rma(self, rma_number: str) -> ParcelReceipt | None:
        return self._first(
            t.receipts.c.rma_number == rma_number,
            t.receipts.c.status == ReceiptStatus.OPEN.value,
        )

    def recent(self, station_id: str, limit: int) -> Sequence[ParcelReceipt]:
        rows = self._conn.execute(
            select(t.receipts)
            .where(t.receipts.c.station_id == station_id)
            .order_by(t.receipts.c.opened_at.desc())
            .limit(limit)
        ).mappings()
        return [self._load(row) for row in rows.all()]

    def _load(self, row: Any) -> ParcelReceipt:
        receipt = ParcelReceipt(
            id=row["id"],
            rma_number=row["rma_number"],
            station_id=row["station_id"],
            opened_by=row["opened_by"],
            opened_at=row["opened_at"],
            scanned_code=row["scanned_code"],
            status=ReceiptStatus(row["status"]),
            completed_at=row["completed_at"],
            completed_by=row["completed_by"],
            void_reason=row["void_reason"],
            parcel_grams=row["parcel_grams"],
        )
        query = (
            select(t.received_units, t.inspections)
            .outerjoin(t.inspections, t.inspections.c.unit_id == t.received_units.c.id)
            .where(t.received_units.c.receipt_id == receipt.id)
            .order_by(t.received_units.c.seq)
        )
        for unit in self._conn.execute(query).mappings():
            inspection = None
            if unit["grade"] is not None:
                inspection = _inspection(unit)
            receipt.units.append(
                ReceivedUnit(
                    id=unit["id"],
                    seq=unit["seq"],
                    scanned_code=unit["scanned_code"],
                    sku=unit["sku"],
                    gtin14=unit["gtin14"],
                    line_no=unit["line_no"],
                    match=MatchStatus(unit["match"]),
                    scanned_at=unit["scanned_at"],
                    scanned_by=unit["scanned_by"],
                    serial=unit["serial"],
                    inspection=inspection,
                    checklist=dict(unit[t.received_units.c.checklist]),
                    conditions=set(unit[t.received_units.c.conditions]),
                    photos=list(unit[t.received_units.c.photos]),
                    lpn=unit["lpn"],
                    destination=unit["destination"],
                    weighed_grams=unit["weighed_grams"],
                )
            )
        flags = self._conn.execute(
            select(t.receipt_flags)
            .where(t.receipt_flags.c.receipt_id == receipt.id)
            .order_by(t.receipt_flags.c.id)
        ).mappings()
        receipt.flags = [
            Flag(FlagKind(f["kind"]), f["line_no"], f["unit_seq"], dict(f["evidence"]))
            for f in flags
        ]
        self._remember(receipt)
        return receipt

    def add(self, receipt: ParcelReceipt) -> None:
        self._conn.execute(insert(t.receipts).values(**_receipt_row(receipt)))
        self._write_units(receipt, _Rows(_receipt_row(receipt), {}, {}, []))

    def save(self, receipt: ParcelReceipt) -> None:
        """Writes what changed since this unit of work loaded (or last saved) `receipt`: an
        item scan inserts its unit, a grade its inspection and the unit's new columns. A
        receipt this unit of work did not load is written whole."""
        known = self._known.get(id(receipt))
        before = known[1] if known is not None and known[0] is receipt else None
        row = _receipt_row(receipt)
        if before is None or before.receipt != row:
            self._conn.execute(
                update(t.receipts).where(t.receipts.c.id == receipt.id).values(**row)
            )
        self._write_units(receipt, before)

    def _remember(self, receipt: ParcelReceipt) -> None:
        self._known[id(receipt)] = (receipt, _Rows.of(receipt))

    def _write_units(self, receipt: ParcelReceipt, before: _Rows | None) -> None:
        """`before`: the rows stored now (None: not known, so every row is written)."""
        units = t.received_units
        if before is not None:
            stored = set(before.units)
        else:
            stored = set(
                self._conn.execute(
                    select(units.c.id).where(units.c.receipt_id == receipt.id)
                ).scalars()
            )
        after = _Rows.of(receipt)
        gone = stored - set(after.units)  # undone scans
        if gone:
            self._conn.execute(delete(t.inspections).where(t.inspections.c.unit_id.in_(gone)))
            self._conn.execute(delete(units).where(units.c.id.in_(gone)))
        for unit in receipt.units:
            in_progress = after.units[unit.id]
            if unit.id not in stored:
                self._conn.execute(insert(units).values(**_unit_row(receipt, unit), **in_progress))
            elif before is None or before.units[unit.id] != in_progress:
                self._conn.execute(update(units).where(units.c.id == unit.id).values(**in_progress))
            inspection = after.inspections[unit.id]
            if before is not None and unit.id not in stored:
                was = None  # a new unit has no inspection row yet
            elif before is not None:
                was = before.inspections[unit.id]
                if was == inspection:
                    continue
            else:
                was = {}  # unknown: replace whatever is there
            if was is not None:
                self._conn.execute(delete(t.inspections).where(t.inspections.c.unit_id == unit.id))
            if inspection is not None:
                self._conn.execute(insert(t.inspections).values(**inspection))
        if before is None or before.flags != after.flags:
            self._conn.execute(
                delete(t.receipt_flags).where(t.receipt_flags.c.receipt_id == receipt.id)
            )
            if after.flags:
                self._conn.execute(insert(t.receipt_flags), after.flags)
        self._known[id(receipt)] = (receipt, after)


@dataclass(frozen=True, slots=True)
class _Rows:
    """A receipt as its rows (fresh containers: later changes to the receipt are not seen)."""

    receipt: dict[str, Any]
    units: dict[str, dict[str, Any]]  # unit id -> the columns that change after its scan
    inspections: dict[str, dict[str, Any] | None]  # unit id -> its inspection row
    flags: list[dict[str, Any]]

    @classmethod
    def of(cls, receipt: ParcelReceipt) -> _Rows:
        return cls(
            _receipt_row(receipt),
            {u.id: _in_progress(u) for u in receipt.units},
            {u.id: _inspection_row(u) for u in receipt.units},
            [
                {
                    "receipt_id": receipt.id,
                    "kind": f.kind.value,
                    "line_no": f.line_no,
                    "unit_seq": f.unit_seq,
                    "evidence": copy.deepcopy(f.evidence),
                }
                for f in receipt.flags
            ],
        )


def _receipt_row(receipt: ParcelReceipt) -> dict[str, Any]:
    return {
        "id": receipt.id,
        "rma_number": receipt.rma_number,
        "station_id": receipt.station_id,
        "opened_by": receipt.opened_by,
        "opened_at": receipt.opened_at,
        "scanned_code": receipt.scanned_code,
        "status": receipt.status.value,
        "completed_at": receipt.completed_at,
        "completed_by": receipt.completed_by,
        "void_reason": receipt.void_reason,
        "parcel_grams": receipt.parcel_grams,
    }


def _in_progress(unit: ReceivedUnit) -> dict[str, Any]:
    return {
        "checklist": dict(unit.checklist),
        "conditions": sorted(unit.conditions),
        "photos": list(unit.photos),
        "lpn": unit.lpn,
        "destination": unit.destination,
        "weighed_grams": unit.weighed_grams,
    }


def _unit_row(receipt: ParcelReceipt, unit: ReceivedUnit) -> dict[str, Any]:
    """The columns fixed when the unit is scanned."""
    return {
        "id": unit.id,
        "receipt_id": receipt.id,
        "seq": unit.seq,
        "scanned_code": unit.scanned_code,
        "sku": unit.sku,
        "gtin14": unit.gtin14,
        "line_no": unit.line_no,
        "match": unit.match.value,
        "scanned_at": unit.scanned_at,
        "scanned_by": unit.scanned_by,
        "serial": unit.serial,
    }


def _inspection_row(unit: ReceivedUnit) -> dict[str, Any] | None:
    inspection = unit.inspection
    if inspection is None:
        return None
    decision, override = inspection.decision, inspection.override
    return {
        "unit_id": unit.id,
        "grade": inspection.grade,
        "condition_codes": list(inspection.condition_codes),
        "note": inspection.note,
        "inspector_id": inspection.inspector_id,
        "inspected_at": inspection.inspected_at,
        "disposition": decision.disposition.value,
        "rule_id": decision.rule_id,
        "rule_version": decision.rule_version,
        "why": decision.why,
        "checklist": dict(inspection.checklist),
        "photos": list(inspection.photos),
        "returns_to_stock": decision.returns_to_stock,
        "refund_kind": decision.refund.kind.value,
        "refund_percent": decision.refund.percent,
        "notes": list(decision.notes),
        "window": inspection.window,
        "override_disposition": override.disposition.value if override else None,
        "override_reason": override.reason if override else None,
        "override_by": override.by if override else None,
        "override_at": override.at if override else None,
    }


def _inspection(row: Any) -> Inspection:
    override = None
    if row["override_disposition"] is not None:
        override = Override(
            Disposition(row["override_disposition"]),
            row["override_reason"],
            row["override_by"],
            row["override_at"],
        )
    return Inspection(
        grade=row["grade"],
        condition_codes=tuple(row["condition_codes"]),
        note=row["note"],
        inspector_id=row["inspector_id"],
        inspected_at=row["inspected_at"],
        decision=Decision(
            disposition=Disposition(row["disposition"]),
            returns_to_stock=row["returns_to_stock"],
            refund=Refund(RefundKind(row["refund_kind"]), row["refund_percent"]),
            rule_id=row["rule_id"],
            rule_version=row["rule_version"],
            why=row["why"],
            notes=tuple(row["notes"]),
        ),
        checklist=tuple(sorted(row[t.inspections.c.checklist].items())),
        photos=tuple(row[t.inspections.c.photos]),
        window=row["window"],
        override=override,
    )

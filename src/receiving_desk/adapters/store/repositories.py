"""Repositories over one SQLAlchemy connection: rows in, domain objects out."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from receiving_desk.adapters.store import tables as t
from receiving_desk.domain.audit import AuditEntry
from receiving_desk.domain.catalog import Product
from receiving_desk.domain.flags import Flag, FlagKind
from receiving_desk.domain.receipt import (
    Inspection,
    MatchStatus,
    Override,
    ParcelReceipt,
    ReceiptStatus,
    ReceivedUnit,
)
from receiving_desk.domain.rma import (
    Customer,
    DeclaredLine,
    LoyaltyTier,
    ReturnAuthorization,
    ReturnReason,
    RmaStatus,
)
from receiving_desk.domain.rules import Decision, Disposition, Refund, RefundKind
from receiving_desk.domain.users import Role, User


class SqlUserRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _one(self, where: Any) -> User | None:
        row = self._conn.execute(select(t.users).where(where)).mappings().first()
        if row is None:
            return None
        return User(
            id=row["id"],
            badge=row["badge"],
            name=row["name"],
            role=Role(row["role"]),
            pin_hash=row["pin_hash"],
            active=row["active"],
            failed_logins=row["failed_logins"],
            locked_until=row["locked_until"],
        )

    def by_badge(self, badge: str) -> User | None:
        return self._one(t.users.c.badge == badge)

    def get(self, user_id: str) -> User | None:
        return self._one(t.users.c.id == user_id)

    def add(self, user: User) -> None:
        self._conn.execute(
            insert(t.users).values(
                id=user.id,
                badge=user.badge,
                name=user.name,
                role=user.role.value,
                pin_hash=user.pin_hash,
                active=user.active,
                failed_logins=user.failed_logins,
                locked_until=user.locked_until,
            )
        )

    def save_login_state(self, user: User) -> None:
        self._conn.execute(
            update(t.users)
            .where(t.users.c.id == user.id)
            .values(
                failed_logins=user.failed_logins,
                locked_until=user.locked_until,
                pin_hash=user.pin_hash,
            )
        )


class SqlCatalogRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _product(self, sku: str) -> Product | None:
        row = self._conn.execute(select(t.products).where(t.products.c.sku == sku)).mappings()
        found = row.first()
        if found is None:
            return None
        gtins = self._conn.execute(
            select(t.product_gtins.c.gtin14)
            .where(t.product_gtins.c.sku == sku)
            .order_by(t.product_gtins.c.gtin14)
        ).scalars()
        return Product(
            sku=found["sku"],
            description=found["description"],
            category=found["category"],
            unit_value=Decimal(found["unit_value_cents"]) / 100,
            home_bin=found["home_bin"],
            gtins=tuple(gtins),
        )

    def by_sku(self, sku: str) -> Product | None:
        return self._product(sku)

    def by_gtin(self, gtin14: str) -> Product | None:
        sku = self._conn.execute(
            select(t.product_gtins.c.sku).where(t.product_gtins.c.gtin14 == gtin14)
        ).scalar()
        return self._product(sku) if sku else None

    def add(self, product: Product) -> None:
        self._conn.execute(
            insert(t.products).values(
                sku=product.sku,
                description=product.description,
                category=product.category,
                unit_value_cents=int(product.unit_value * 100),
                home_bin=product.home_bin,
            )
        )
        if product.gtins:
            self._conn.execute(
                insert(t.product_gtins), [{"gtin14": g, "sku": product.sku} for g in product.gtins]
            )


class SqlRmaRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def customer(self, customer_id: str) -> Customer | None:
        row = (
            self._conn.execute(select(t.customers).where(t.customers.c.id == customer_id))
            .mappings()
            .first()
        )
        if row is None:
            return None
        return Customer(row["id"], row["name"], LoyaltyTier(row["tier"]))

    def add_customer(self, customer: Customer) -> None:
        self._conn.execute(
            insert(t.customers).values(id=customer.id, name=customer.name, tier=customer.tier.value)
        )

    def by_number(self, rma_number: str) -> ReturnAuthorization | None:
        row = (
            self._conn.execute(select(t.rmas).where(t.rmas.c.rma_number == rma_number))
            .mappings()
            .first()
        )
        if row is None:
            return None
        customer = self.customer(row["customer_id"])
        assert customer is not None  # foreign key
        lines = self._conn.execute(
            select(t.rma_lines)
            .where(t.rma_lines.c.rma_number == rma_number)
            .order_by(t.rma_lines.c.line_no)
        ).mappings()
        tracking = self._conn.execute(
            select(t.rma_tracking.c.tracking_number)
            .where(t.rma_tracking.c.rma_number == rma_number)
            .order_by(t.rma_tracking.c.tracking_number)
        ).scalars()
        return ReturnAuthorization(
            rma_number=row["rma_number"],
            order_number=row["order_number"],
            customer=customer,
            order_date=row["order_date"],
            delivered_at=row["delivered_at"],
            lines=tuple(
                DeclaredLine(
                    line_no=line["line_no"],
                    sku=line["sku"],
                    quantity=line["quantity"],
                    reason=ReturnReason(line["reason"]),
                    reason_note=line["reason_note"],
                    serial=line["serial"],
                )
                for line in lines
            ),
            tracking_numbers=tuple(tracking),
            status=RmaStatus(row["status"]),
        )

    def by_tracking(self, tracking_number: str) -> ReturnAuthorization | None:
        number = self._conn.execute(
            select(t.rma_tracking.c.rma_number).where(
                t.rma_tracking.c.tracking_number == tracking_number
            )
        ).scalar()
        return self.by_number(number) if number else None

    def add(self, rma: ReturnAuthorization) -> None:
        self._conn.execute(
            insert(t.rmas).values(
                rma_number=rma.rma_number,
                order_number=rma.order_number,
                customer_id=rma.customer.id,
                order_date=rma.order_date,
                delivered_at=rma.delivered_at,
                status=rma.status.value,
            )
        )
        self._conn.execute(
            insert(t.rma_lines),
            [
                {
                    "rma_number": rma.rma_number,
                    "line_no": line.line_no,
                    "sku": line.sku,
                    "quantity": line.quantity,
                    "reason": line.reason.value,
                    "reason_note": line.reason_note,
                    "serial": line.serial,
                }
                for line in rma.lines
            ],
        )
        if rma.tracking_numbers:
            self._conn.execute(
                insert(t.rma_tracking),
                [
                    {"tracking_number": n, "rma_number": rma.rma_number}
                    for n in rma.tracking_numbers
                ],
            )

    def by_order(self, order_number: str) -> list[ReturnAuthorization]:
        numbers = self._conn.execute(
            select(t.rmas.c.rma_number)
            .where(t.rmas.c.order_number == order_number)
            .order_by(t.rmas.c.rma_number)
        ).scalars()
        return [rma for n in numbers.all() if (rma := self.by_number(n)) is not None]

    def open_for_customer(self, customer_id: str) -> list[ReturnAuthorization]:
        numbers = self._conn.execute(
            select(t.rmas.c.rma_number)
            .where(t.rmas.c.customer_id == customer_id, t.rmas.c.status == RmaStatus.OPEN.value)
            .order_by(t.rmas.c.rma_number)
        ).scalars()
        return [rma for n in numbers.all() if (rma := self.by_number(n)) is not None]

    def by_serial(self, serial: str) -> ReturnAuthorization | None:
        number = self._conn.execute(
            select(t.rma_lines.c.rma_number).where(t.rma_lines.c.serial == serial).limit(1)
        ).scalar()
        return self.by_number(number) if number else None

    def set_status(self, rma_number: str, status: str) -> None:
        self._conn.execute(
            update(t.rmas).where(t.rmas.c.rma_number == rma_number).values(status=status)
        )


class SqlReceiptRepository:
    """Loads and saves a parcel receipt as a whole (receipt, units, inspections)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

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
        return receipt

    def add(self, receipt: ParcelReceipt) -> None:
        self._conn.execute(insert(t.receipts).values(**self._receipt_row(receipt)))
        self._save_units(receipt)

    def save(self, receipt: ParcelReceipt) -> None:
        self._conn.execute(
            update(t.receipts)
            .where(t.receipts.c.id == receipt.id)
            .values(**self._receipt_row(receipt))
        )
        self._save_units(receipt)

    @staticmethod
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
        }

    def _save_units(self, receipt: ParcelReceipt) -> None:
        units = t.received_units
        stored = set(
            self._conn.execute(select(units.c.id).where(units.c.receipt_id == receipt.id)).scalars()
        )
        current = {u.id for u in receipt.units}
        gone = stored - current  # undone scans
        if gone:
            self._conn.execute(delete(t.inspections).where(t.inspections.c.unit_id.in_(gone)))
            self._conn.execute(delete(units).where(units.c.id.in_(gone)))
        for unit in receipt.units:
            in_progress = {
                "checklist": unit.checklist,
                "conditions": sorted(unit.conditions),
                "photos": unit.photos,
                "lpn": unit.lpn,
                "destination": unit.destination,
            }
            if unit.id in stored:
                self._conn.execute(update(units).where(units.c.id == unit.id).values(**in_progress))
            else:
                self._conn.execute(
                    insert(units).values(
                        id=unit.id,
                        receipt_id=receipt.id,
                        seq=unit.seq,
                        scanned_code=unit.scanned_code,
                        sku=unit.sku,
                        gtin14=unit.gtin14,
                        line_no=unit.line_no,
                        match=unit.match.value,
                        scanned_at=unit.scanned_at,
                        scanned_by=unit.scanned_by,
                        serial=unit.serial,
                        **in_progress,
                    )
                )
            self._save_inspection(unit)
        self._conn.execute(
            delete(t.receipt_flags).where(t.receipt_flags.c.receipt_id == receipt.id)
        )
        if receipt.flags:
            self._conn.execute(
                insert(t.receipt_flags),
                [
                    {
                        "receipt_id": receipt.id,
                        "kind": f.kind.value,
                        "line_no": f.line_no,
                        "unit_seq": f.unit_seq,
                        "evidence": f.evidence,
                    }
                    for f in receipt.flags
                ],
            )

    def _save_inspection(self, unit: ReceivedUnit) -> None:
        self._conn.execute(delete(t.inspections).where(t.inspections.c.unit_id == unit.id))
        inspection = unit.inspection
        if inspection is None:
            return
        decision, override = inspection.decision, inspection.override
        self._conn.execute(
            insert(t.inspections).values(
                unit_id=unit.id,
                grade=inspection.grade,
                condition_codes=list(inspection.condition_codes),
                note=inspection.note,
                inspector_id=inspection.inspector_id,
                inspected_at=inspection.inspected_at,
                disposition=decision.disposition.value,
                rule_id=decision.rule_id,
                rule_version=decision.rule_version,
                why=decision.why,
                checklist=dict(inspection.checklist),
                photos=list(inspection.photos),
                returns_to_stock=decision.returns_to_stock,
                refund_kind=decision.refund.kind.value,
                refund_percent=decision.refund.percent,
                notes=list(decision.notes),
                window=inspection.window,
                override_disposition=override.disposition.value if override else None,
                override_reason=override.reason if override else None,
                override_by=override.by if override else None,
                override_at=override.at if override else None,
            )
        )


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


class SqlAuditLog:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def append(self, entry: AuditEntry) -> None:
        self._conn.execute(
            insert(t.audit_log).values(
                id=entry.id,
                at=entry.at,
                station_id=entry.station_id,
                user_id=entry.user_id,
                action=entry.action,
                subject=entry.subject,
                details=entry.details,
            )
        )


class SqlOutbox:
    def __init__(self, conn: Connection, clock_now: Any) -> None:
        self._conn = conn
        self._now = clock_now

    def put(self, topic: str, key: str, payload: dict[str, Any]) -> None:
        # seq orders messages per desk; taken inside the write transaction, so it is gap-free.
        seq = self._conn.execute(select(func.coalesce(func.max(t.outbox.c.seq), 0))).scalar_one()
        self._conn.execute(
            insert(t.outbox).values(
                id=str(uuid.uuid4()),
                seq=seq + 1,
                created_at=self._now(),
                topic=topic,
                key=key,
                payload=payload,
            )
        )

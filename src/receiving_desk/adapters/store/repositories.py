"""Repositories over one SQLAlchemy connection: rows in, domain objects out."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Text, func, insert, literal, select, update

from receiving_desk.adapters.event_codec import serialise
from receiving_desk.adapters.store import tables as t
from receiving_desk.domain.audit import AuditEntry
from receiving_desk.domain.catalog import Product
from receiving_desk.domain.events import DeskEvent
from receiving_desk.domain.rma import (
    Customer,
    DeclaredLine,
    LoyaltyTier,
    ReturnAuthorization,
    ReturnReason,
    RmaStatus,
)
from receiving_desk.domain.users import Role, User


class SqlUserRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _one(self, where: Any) -> User | None:
        row = self._conn.execute(select(t.users).where(where)).mappings().first()
        return None if row is None else self._user(row)

    def all(self) -> list[User]:
        rows = self._conn.execute(select(t.users).order_by(t.users.c.name, t.users.c.badge))
        return [self._user(row) for row in rows.mappings()]

    @staticmethod
    def _user(row: Any) -> User:
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

    def count(self) -> int:
        return int(self._conn.execute(select(func.count()).select_from(t.users)).scalar_one())

    def save(self, user: User) -> None:
        self._conn.execute(
            update(t.users)
            .where(t.users.c.id == user.id)
            .values(
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
        # Products read in this unit of work (one transaction's snapshot): a use case and the
        # view after it ask for the same few again and again.
        self._known: dict[str, Product | None] = {}

    def forget(self) -> None:
        """Products may be written on this connection other than by `add` (an import)."""
        self._known.clear()

    def _product(self, sku: str) -> Product | None:
        if sku in self._known:
            return self._known[sku]
        product = self._known[sku] = self._read(sku)
        return product

    def _read(self, sku: str) -> Product | None:
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
            weight_grams=found["weight_grams"],
        )

    def by_sku(self, sku: str) -> Product | None:
        return self._product(sku)

    def by_gtin(self, gtin14: str) -> Product | None:
        sku = self._conn.execute(
            select(t.product_gtins.c.sku).where(t.product_gtins.c.gtin14 == gtin14)
        ).scalar()
        return self._product(sku) if sku else None

    def add(self, product: Product) -> None:
        self._known.pop(product.sku, None)
        self._conn.execute(
            insert(t.products).values(
                sku=product.sku,
                description=product.description,
                category=product.category,
                unit_value_cents=int(product.unit_value * 100),
                home_bin=product.home_bin,
                weight_grams=product.weight_grams,
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
        self._seq: int | None = None  # the last seq written by this unit of work

    def put(self, event: DeskEvent) -> None:
        if not isinstance(event, DeskEvent):  # mypy says so too; this is for everyone else
            raise TypeError(f"the outbox takes only desk events, not {type(event).__name__}")
        # seq orders messages per desk; taken inside the write transaction, so it is gap-free
        # (read once per unit of work: no other writer can add one before it commits).
        seq = self._seq
        if seq is None:
            seq = self._conn.execute(
                select(func.coalesce(func.max(t.outbox.c.seq), 0))
            ).scalar_one()
        message = serialise(event)
        self._seq = seq = seq + 1
        self._conn.execute(
            insert(t.outbox).values(
                id=str(uuid.uuid4()),
                seq=seq,
                created_at=self._now(),
                topic=message.topic,
                version=message.version,
                key=message.key,
                payload=literal(message.text, Text),  # already JSON: stored as it is
            )
        )

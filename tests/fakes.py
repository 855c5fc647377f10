"""In-memory fakes of the store's ports, for fast unit tests of the services' logic.

They sit beside the real SQLite tests (tests/integration), never instead of them.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Sequence
from types import TracebackType
from typing import Self

from receiving_desk.domain.audit import AuditEntry
from receiving_desk.domain.blind_audit import AuditGrade, AuditHold, AuditResolution, HoldState
from receiving_desk.domain.catalog import Product
from receiving_desk.domain.events import DeskEvent
from receiving_desk.domain.inventory import (
    Location,
    Movement,
    MoveReason,
    RestockLabelData,
    StockKey,
    Zone,
    on_hand,
)
from receiving_desk.domain.receipt import ParcelReceipt, ReceiptStatus
from receiving_desk.domain.rma import Customer, ReturnAuthorization, RmaStatus
from receiving_desk.domain.users import User


class FakeStore:
    def __init__(self) -> None:
        self.users: dict[str, User] = {}
        self.products: dict[str, Product] = {}
        self.customers: dict[str, Customer] = {}
        self.rmas: dict[str, ReturnAuthorization] = {}
        self.receipts: dict[str, ParcelReceipt] = {}
        self.audit: list[AuditEntry] = []
        self.outbox: list[DeskEvent] = []
        self.locations: dict[str, Location] = {}
        self.movements: list[Movement] = []
        self.counters: dict[str, int] = {}
        self.labels: list[tuple[RestockLabelData, bool]] = []  # (label, reprint)
        self.labelled: set[str] = set()  # LPNs whose label was issued
        self.holds: dict[str, AuditHold] = {}
        self.audit_grades: list[AuditGrade] = []
        self.resolutions: dict[str, AuditResolution] = {}


class _Users:
    def __init__(self, data: dict[str, User]) -> None:
        self.data = data

    def by_badge(self, badge: str) -> User | None:
        return next((copy.copy(u) for u in self.data.values() if u.badge == badge), None)

    def get(self, user_id: str) -> User | None:
        return copy.copy(self.data.get(user_id))

    def add(self, user: User) -> None:
        self.data[user.id] = copy.copy(user)

    def save_login_state(self, user: User) -> None:
        self.data[user.id] = copy.copy(user)

    def save(self, user: User) -> None:
        self.data[user.id] = copy.copy(user)

    def count(self) -> int:
        return len(self.data)

    def all(self) -> list[User]:
        return sorted((copy.copy(u) for u in self.data.values()), key=lambda u: (u.name, u.badge))


class _Catalog:
    def __init__(self, data: dict[str, Product]) -> None:
        self.data = data

    def by_gtin(self, gtin14: str) -> Product | None:
        return next((p for p in self.data.values() if gtin14 in p.gtins), None)

    def by_sku(self, sku: str) -> Product | None:
        return self.data.get(sku)

    def add(self, product: Product) -> None:
        self.data[product.sku] = product


class _Rmas:
    def __init__(self, store: FakeStore) -> None:
        self.store = store

    def by_number(self, rma_number: str) -> ReturnAuthorization | None:
        return self.store.rmas.get(rma_number)

    def by_tracking(self, tracking_number: str) -> ReturnAuthorization | None:
        return next(
            (r for r in self.store.rmas.values() if tracking_number in r.tracking_numbers), None
        )

    def by_order(self, order_number: str) -> list[ReturnAuthorization]:
        return [r for r in self.store.rmas.values() if r.order_number == order_number]

    def open_for_customer(self, customer_id: str) -> list[ReturnAuthorization]:
        return [
            r
            for r in self.store.rmas.values()
            if r.customer.id == customer_id and r.status is RmaStatus.OPEN
        ]

    def by_serial(self, serial: str) -> ReturnAuthorization | None:
        return next(
            (r for r in self.store.rmas.values() if any(ln.serial == serial for ln in r.lines)),
            None,
        )

    def add(self, rma: ReturnAuthorization) -> None:
        self.store.rmas[rma.rma_number] = rma

    def set_status(self, rma_number: str, status: str) -> None:
        rma = self.store.rmas[rma_number]
        self.store.rmas[rma_number] = dataclasses.replace(rma, status=RmaStatus(status))

    def customer(self, customer_id: str) -> Customer | None:
        return self.store.customers.get(customer_id)

    def add_customer(self, customer: Customer) -> None:
        self.store.customers[customer.id] = customer


class _Receipts:
    def __init__(self, data: dict[str, ParcelReceipt]) -> None:
        self.data = data

    def get(self, receipt_id: str) -> ParcelReceipt | None:
        return copy.deepcopy(self.data.get(receipt_id))

    def _open(self, **match: str) -> ParcelReceipt | None:
        for receipt in self.data.values():
            if receipt.status is ReceiptStatus.OPEN and all(
                getattr(receipt, k) == v for k, v in match.items()
            ):
                return copy.deepcopy(receipt)
        return None

    def open_for_station(self, station_id: str) -> ParcelReceipt | None:
        return self._open(station_id=station_id)

    def open_for_rma(self, rma_number: str) -> ParcelReceipt | None:
        return self._open(rma_number=rma_number)

    def add(self, receipt: ParcelReceipt) -> None:
        self.data[receipt.id] = copy.deepcopy(receipt)

    def save(self, receipt: ParcelReceipt) -> None:
        self.data[receipt.id] = copy.deepcopy(receipt)

    def recent(self, station_id: str, limit: int) -> Sequence[ParcelReceipt]:
        return [r for r in self.data.values() if r.station_id == station_id][:limit]


class _Inventory:
    def __init__(self, store: FakeStore) -> None:
        self.store = store

    def location(self, code: str) -> Location | None:
        return self.store.locations.get(code)

    def add_location(self, location: Location) -> None:
        self.store.locations[location.code] = location

    def locations(self, zone: Zone | None = None) -> list[Location]:
        found = (self.store.locations[code] for code in sorted(self.store.locations))
        return [x for x in found if zone is None or x.zone is zone]

    def zone_bins(self) -> dict[Zone, str]:
        bins: dict[Zone, str] = {}
        for code in sorted(self.store.locations):
            bins.setdefault(self.store.locations[code].zone, code)
        return bins

    def append(self, movement: Movement) -> None:
        self.store.movements.append(movement)

    def history(self, lpn: str) -> list[Movement]:
        return [m for m in self.store.movements if m.lpn == lpn]

    def on_hand(
        self, sku: str | None = None, location: str | None = None, lpn: str | None = None
    ) -> dict[StockKey, int]:
        moves = [m for m in self.store.movements if lpn is None or m.lpn == lpn]
        return {
            k: q
            for k, q in on_hand(moves).items()
            if (sku is None or k[0] == sku) and (location is None or k[1] == location)
        }

    def lpn_location(self, lpn: str) -> str | None:
        history = self.history(lpn)
        if not history or history[-1].reason is MoveReason.REVERSED:
            return None
        return history[-1].to_location

    def reversed_lpns(self, receipt_id: str, sku: str) -> list[str]:
        return [
            m.lpn
            for m in self.store.movements
            if m.receipt_id == receipt_id and m.sku == sku and m.reason is MoveReason.REVERSED
        ]

    def label_issued(self, lpn: str) -> bool:
        """As the store answers: a label job exists for the LPN (written with the grade)."""
        issued = any(label.lpn == lpn for label, _ in self.store.labels)
        return issued or lpn in self.store.labelled

    def next_value(self, name: str) -> int:
        self.store.counters[name] = self.store.counters.get(name, 0) + 1
        return self.store.counters[name]

    def unit_for_lpn(self, lpn: str) -> tuple[str, str] | None:
        for receipt in self.store.receipts.values():
            for unit in receipt.units:
                if unit.lpn == lpn:
                    return receipt.id, unit.id
        return None


class RecordingPrinter:
    """Fake print worker: counts how often it was told that committed jobs wait."""

    def __init__(self) -> None:
        self.wakes = 0

    def wake(self) -> None:
        self.wakes += 1


class _Labels:
    """Label jobs kept in the store copy: committed with the use case, like the real ones."""

    def __init__(self, jobs: list[tuple[RestockLabelData, bool]]) -> None:
        self.jobs = jobs

    def restock(self, label: RestockLabelData) -> str:
        self.jobs.append((label, False))
        return f"job-{len(self.jobs)}"

    def reprint(self, label: RestockLabelData) -> str:
        self.jobs.append((label, True))
        return f"job-{len(self.jobs)}"

    def bin(self, location: Location) -> str:
        raise AssertionError(f"bin label {location.code}: the fake store prints restock labels")


class _Audit:
    def __init__(self, entries: list[AuditEntry]) -> None:
        self.entries = entries

    def append(self, entry: AuditEntry) -> None:
        self.entries.append(entry)


class _Outbox:
    def __init__(self, messages: list[DeskEvent]) -> None:
        self.messages = messages

    def put(self, event: DeskEvent) -> None:
        self.messages.append(event)


class _AuditHolds:
    def __init__(self, store: FakeStore) -> None:
        self.store = store

    def hold(self, hold: AuditHold) -> None:
        self.store.holds[hold.lpn] = hold

    def get(self, lpn: str) -> AuditHold | None:
        return self.store.holds.get(lpn)

    def set_state(self, lpn: str, state: HoldState) -> None:
        self.store.holds[lpn] = dataclasses.replace(self.store.holds[lpn], state=state)

    def add_grade(self, grade: AuditGrade) -> None:
        self.store.audit_grades.append(grade)

    def grades(self, lpn: str) -> list[AuditGrade]:
        return [g for g in self.store.audit_grades if g.lpn == lpn]

    def resolve(self, resolution: AuditResolution) -> None:
        self.store.resolutions[resolution.lpn] = resolution

    def resolution(self, lpn: str) -> AuditResolution | None:
        return self.store.resolutions.get(lpn)


class FakeUnitOfWork:
    """Changes are made on a copy of the store and only kept on commit, like a transaction."""

    def __init__(self, store: FakeStore) -> None:
        self.store = store
        self.commits = 0

    def __enter__(self) -> Self:
        self._work = copy.deepcopy(self.store)
        self.users = _Users(self._work.users)
        self.catalog = _Catalog(self._work.products)
        self.rmas = _Rmas(self._work)
        self.receipts = _Receipts(self._work.receipts)
        self.inventory = _Inventory(self._work)
        self.audit = _Audit(self._work.audit)
        self.outbox = _Outbox(self._work.outbox)
        self.labels = _Labels(self._work.labels)
        self.audits = _AuditHolds(self._work)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        pass

    def commit(self) -> None:
        self.store.__dict__.update(copy.deepcopy(self._work).__dict__)
        self.commits += 1

    def rollback(self) -> None:
        self._work = copy.deepcopy(self.store)

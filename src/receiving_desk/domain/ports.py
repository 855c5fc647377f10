"""Ports the domain and services need; adapters implement them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self

from receiving_desk.domain.audit import AuditEntry
from receiving_desk.domain.blind_audit import (
    AuditGrade,
    AuditHold,
    AuditResolution,
    HoldState,
)
from receiving_desk.domain.catalog import Product
from receiving_desk.domain.events import DeskEvent
from receiving_desk.domain.inventory import Location, Movement, RestockLabelData, StockKey, Zone
from receiving_desk.domain.receipt import ParcelReceipt
from receiving_desk.domain.rma import Customer, ReturnAuthorization
from receiving_desk.domain.users import User

if TYPE_CHECKING:  # reference data is imported from files, never on the first screen
    from receiving_desk.domain.reference_rows import Kind


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware (UTC)."""
        ...


class PinHasher(Protocol):
    def hash(self, pin: str) -> str: ...

    def verify(self, pin_hash: str, pin: str) -> bool: ...


class UserRepository(Protocol):
    def by_badge(self, badge: str) -> User | None: ...

    def get(self, user_id: str) -> User | None: ...

    def add(self, user: User) -> None: ...

    def save_login_state(self, user: User) -> None: ...

    def save(self, user: User) -> None:
        """Name, role, PIN hash, active and login state, as the user now has them."""
        ...

    def count(self) -> int: ...

    def all(self) -> list[User]:
        """Every user, active or not, by name."""
        ...


class CatalogRepository(Protocol):
    def by_gtin(self, gtin14: str) -> Product | None: ...

    def by_sku(self, sku: str) -> Product | None: ...

    def add(self, product: Product) -> None: ...


class RmaRepository(Protocol):
    def by_number(self, rma_number: str) -> ReturnAuthorization | None: ...

    def by_tracking(self, tracking_number: str) -> ReturnAuthorization | None: ...

    def by_order(self, order_number: str) -> list[ReturnAuthorization]: ...

    def open_for_customer(self, customer_id: str) -> list[ReturnAuthorization]: ...

    def by_serial(self, serial: str) -> ReturnAuthorization | None: ...

    def add(self, rma: ReturnAuthorization) -> None: ...

    def set_status(self, rma_number: str, status: str) -> None: ...

    def customer(self, customer_id: str) -> Customer | None: ...

    def add_customer(self, customer: Customer) -> None: ...


class ReceiptRepository(Protocol):
    def get(self, receipt_id: str) -> ParcelReceipt | None: ...

    def open_for_station(self, station_id: str) -> ParcelReceipt | None: ...

    def open_for_rma(self, rma_number: str) -> ParcelReceipt | None: ...

    def add(self, receipt: ParcelReceipt) -> None: ...

    def save(self, receipt: ParcelReceipt) -> None: ...

    def recent(self, station_id: str, limit: int) -> Sequence[ParcelReceipt]: ...


class InventoryRepository(Protocol):
    def location(self, code: str) -> Location | None: ...

    def add_location(self, location: Location) -> None: ...

    def locations(self, zone: Zone | None = None) -> list[Location]:
        """The bins (of `zone`), by code."""
        ...

    def zone_bins(self) -> dict[Zone, str]: ...

    def append(self, movement: Movement) -> None: ...

    def history(self, lpn: str) -> list[Movement]: ...

    def on_hand(
        self, sku: str | None = None, location: str | None = None, lpn: str | None = None
    ) -> dict[StockKey, int]: ...

    def lpn_location(self, lpn: str) -> str | None:
        """Where the LPN is now; None if it never was or its stock was reversed."""
        ...

    def reversed_lpns(self, receipt_id: str, sku: str) -> list[str]:
        """LPNs of this return and SKU whose stock was reversed."""
        ...

    def label_issued(self, lpn: str) -> bool:
        """Whether a label for the LPN went to a printer (or is queued to)."""
        ...

    def next_value(self, name: str) -> int: ...

    def unit_for_lpn(self, lpn: str) -> tuple[str, str] | None: ...


class LabelJobs(Protocol):
    """Restock-label print jobs, written in the use case's own transaction (an outbox for the
    printer): a committed grade always has its label job, a rolled-back one never."""

    def restock(self, label: RestockLabelData) -> str:
        """Queue `label`; returns the print job's id."""
        ...

    def reprint(self, label: RestockLabelData) -> str:
        """Queue the LPN's last label again, or `label` (the unit's stored data) if it never
        had one; returns the new job's id."""
        ...

    def bin(self, location: Location) -> str:
        """Queue a bin label (to the station's printer for bin labels); returns the job id."""
        ...


class LabelPrinter(Protocol):
    """The print worker's side: told after a commit that label jobs are waiting (it would
    also find them by itself, on its next look at the queue)."""

    def wake(self) -> None: ...


class AuditLog(Protocol):
    def append(self, entry: AuditEntry) -> None: ...


class Outbox(Protocol):
    """Messages for the central database; only typed events (domain/events.py) go in."""

    def put(self, event: DeskEvent) -> None: ...


class ReferenceWriter(Protocol):
    """Reference data imported from files, upserted in the unit of work's transaction."""

    def known(self, kind: Kind) -> set[str]:
        """Keys of `kind` already stored (customers, products)."""
        ...

    def write(self, kind: Kind, records: Sequence[object]) -> int:
        """Upsert; how many rows were added, changed or removed (0: nothing differed)."""
        ...


class DirectoryWork(Protocol):
    """One transaction over the users and the audit log: the local store's unit of work, or
    the central database's on a desk with central settings (administration)."""

    users: UserRepository
    audit: AuditLog

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...


@dataclass(frozen=True)
class PublishedRules:
    """A rules file as loaded centrally: its version, text and SHA-256 (hex, of the UTF-8
    text), who loaded it, at which desk and when."""

    version: str
    content: str
    sha256: str
    loaded_by: str
    loaded_at_desk: str
    loaded_at: datetime


class RulesFiles(Protocol):
    """The central rules files of this desk's site (append-only)."""

    def newest(self) -> PublishedRules | None: ...

    def add(self, rules: PublishedRules) -> None: ...


class RulesWork(DirectoryWork, Protocol):
    """The central transaction of a rules load: the new version and its audit entry."""

    rules_files: RulesFiles


class AuditHolds(Protocol):
    """Blind re-inspection audits (domain/blind_audit.py): holds, blind grades, resolutions;
    rows are only added, and a hold's state moves forward."""

    def hold(self, hold: AuditHold) -> None: ...

    def get(self, lpn: str) -> AuditHold | None: ...

    def set_state(self, lpn: str, state: HoldState) -> None: ...

    def add_grade(self, grade: AuditGrade) -> None: ...

    def grades(self, lpn: str) -> list[AuditGrade]: ...

    def resolve(self, resolution: AuditResolution) -> None: ...

    def resolution(self, lpn: str) -> AuditResolution | None: ...


class UnitOfWork(Protocol):
    """One transaction. Leaving the `with` block without `commit()` rolls back."""

    users: UserRepository
    catalog: CatalogRepository
    rmas: RmaRepository
    receipts: ReceiptRepository
    inventory: InventoryRepository
    audit: AuditLog
    outbox: Outbox
    labels: LabelJobs

    @property
    def reference(self) -> ReferenceWriter: ...

    @property
    def audits(self) -> AuditHolds: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...

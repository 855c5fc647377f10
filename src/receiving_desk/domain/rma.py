"""Return authorizations (RMAs): what the customer said they are sending back, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class LoyaltyTier(StrEnum):
    STANDARD = "standard"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"


class ReturnReason(StrEnum):
    DEFECTIVE = "defective"
    DAMAGED_IN_TRANSIT = "damaged_in_transit"
    WRONG_ITEM_SENT = "wrong_item_sent"
    NOT_AS_DESCRIBED = "not_as_described"
    SIZE_FIT = "size_fit"
    NO_LONGER_NEEDED = "no_longer_needed"
    CHANGED_MIND = "changed_mind"
    ARRIVED_LATE = "arrived_late"
    OTHER = "other"


class RmaStatus(StrEnum):
    OPEN = "open"
    RECEIVED = "received"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Customer:
    id: str
    name: str
    tier: LoyaltyTier


@dataclass(frozen=True)
class DeclaredLine:
    line_no: int
    sku: str
    quantity: int
    reason: ReturnReason
    reason_note: str = ""
    serial: str | None = None  # the serial/IMEI sold, when the order system knows it


@dataclass(frozen=True)
class ReturnAuthorization:
    rma_number: str
    order_number: str
    customer: Customer
    order_date: date
    delivered_at: datetime  # timezone-aware
    lines: tuple[DeclaredLine, ...]
    tracking_numbers: tuple[str, ...] = ()
    status: RmaStatus = RmaStatus.OPEN

    def line(self, line_no: int) -> DeclaredLine:
        for line in self.lines:
            if line.line_no == line_no:
                return line
        raise KeyError(line_no)

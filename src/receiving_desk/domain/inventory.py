"""Locations, the append-only stock ledger, and where a graded unit goes.

Stock on hand is never stored: it is the sum of movements, so it cannot drift from the
history that produced it. A unit (identified by its LPN) enters at the returns staging
location when it is graded, and moves by put-away or a later move; each step is a movement.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from receiving_desk.domain.catalog import Product
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.rules import Disposition


class Zone(StrEnum):
    SELLABLE = "sellable"  # home bins of sellable stock
    RETURNS_STAGING = "returns_staging"
    OPEN_BOX = "open_box"
    REFURBISHMENT = "refurbishment"
    REPAIR = "repair"
    RTV_CAGE = "rtv_cage"
    LIQUIDATION = "liquidation"
    DONATION = "donation"
    RECYCLING = "recycling"
    SCRAP = "scrap"


ZONE_FOR = {
    Disposition.RESTOCK_NEW: Zone.SELLABLE,
    Disposition.RESTOCK_OPEN_BOX: Zone.OPEN_BOX,
    Disposition.REFURBISH: Zone.REFURBISHMENT,
    Disposition.REPAIR: Zone.REPAIR,
    Disposition.RETURN_TO_VENDOR: Zone.RTV_CAGE,
    Disposition.LIQUIDATE: Zone.LIQUIDATION,
    Disposition.DONATE: Zone.DONATION,
    Disposition.RECYCLE: Zone.RECYCLING,
    Disposition.DESTROY: Zone.SCRAP,
}


class MoveReason(StrEnum):
    RECEIVED = "received"  # graded at the desk: into returns staging
    PUT_AWAY = "put_away"
    MOVED = "moved"
    # The unit left stock where it was: its scan was undone or its return voided. Booked as
    # a reversing entry (quantity -1 at the unit's current location), never a deleted row.
    REVERSED = "reversed"


@dataclass(frozen=True)
class Location:
    code: str
    zone: Zone
    description: str = ""


@dataclass(frozen=True)
class Movement:
    id: str
    lpn: str
    sku: str
    quantity: int
    grade: str
    from_location: str | None  # None: came in with a return
    to_location: str
    reason: MoveReason
    user_id: str
    at: datetime
    receipt_id: str | None = None


StockKey = tuple[str, str, str]  # sku, location, grade


def reversal(last: Movement, movement_id: str, user_id: str, at: datetime) -> Movement:
    """The entry that takes a unit out of stock at the location its last movement left it:
    minus one where it is, so its LPN's movements sum to nothing, at the desk and centrally."""
    return Movement(
        movement_id,
        last.lpn,
        last.sku,
        -1,
        last.grade,
        None,
        last.to_location,
        MoveReason.REVERSED,
        user_id,
        at,
        last.receipt_id,
    )


def on_hand(movements: Iterable[Movement]) -> dict[StockKey, int]:
    """Stock per SKU x location x condition, derived from the movements alone."""
    stock: dict[StockKey, int] = defaultdict(int)
    for m in movements:
        stock[(m.sku, m.to_location, m.grade)] += m.quantity
        if m.from_location is not None:
            stock[(m.sku, m.from_location, m.grade)] -= m.quantity
    return {key: qty for key, qty in stock.items() if qty != 0}


def destination(disposition: Disposition, product: Product, zone_bins: Mapping[Zone, str]) -> str:
    """As-new restock goes to the SKU's home bin; everything else to its disposition's zone."""
    if disposition is Disposition.RESTOCK_NEW:
        return product.home_bin
    zone = ZONE_FOR[disposition]
    if zone not in zone_bins:
        raise DeskError(ErrorCode.UNKNOWN_BIN, code=zone.value)
    return zone_bins[zone]


def check_put_away(expected: Location, scanned: Location) -> bool:
    """The scanned bin confirms the put-away; another bin of the same zone is accepted (the
    clerk chose a different shelf: returns True, recorded as such); another zone is refused."""
    if scanned.code == expected.code:
        return False
    if scanned.zone is not expected.zone:
        raise DeskError(
            ErrorCode.WRONG_BIN,
            expected=expected.code,
            scanned=scanned.code,
            zone=expected.zone.value,
        )
    return True


@dataclass(frozen=True)
class RestockLabelData:
    """What a restock label shows (the printing adapter lays it out)."""

    lpn: str
    sku: str
    description: str
    grade: str
    disposition: Disposition
    bin: str
    rma: str
    on: datetime
    # Held for a blind re-inspection: the label says AUDIT where the grade, disposition and
    # bin would be (whoever grades it next must not read the first grade off the label).
    audit: bool = False

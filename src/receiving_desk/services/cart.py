"""The put-away cart: the LPNs a clerk scans before the bin they go to (or a move)."""

from __future__ import annotations

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.users import Session
from receiving_desk.services.inventory import CartLine, InventoryService, PutAway


class Cart:
    def __init__(self, inventory: InventoryService) -> None:
        self._inventory = inventory
        self.lines: list[CartLine] = []

    def add(self, lpn: str) -> CartLine:
        """Scan an LPN onto the cart (again: no double); refuses an unknown one."""
        line = self._inventory.cart_line(lpn)
        if all(c.lpn != lpn for c in self.lines):
            self.lines.append(line)
        return line

    def put_away(self, session: Session, bin_code: str, staged: list[str]) -> list[PutAway]:
        """The cart into the scanned bin; an empty cart puts away the last staged unit."""
        lpns = [c.lpn for c in self.lines] or staged[-1:]
        if not lpns:
            raise DeskError(ErrorCode.NOTHING_TO_PUT_AWAY)
        moved = self._inventory.put_away(session, lpns, bin_code)
        self.lines = []
        return moved

    def last_lpn(self) -> str | None:
        return self.lines[-1].lpn if self.lines else None

"""Stock on hand at the central side: the `stock_on_hand` view (migration c0006) over the
ledger the desks push, reversals included. Keyed like the desk's own on-hand."""

from __future__ import annotations

from sqlalchemy import Engine, text

from receiving_desk.domain.inventory import StockKey

_ON_HAND = text("SELECT sku, location, grade, quantity FROM stock_on_hand WHERE desk_id = :desk")


def on_hand(engine: Engine, desk_id: str) -> dict[StockKey, int]:
    """One desk's stock per SKU x location x grade, as the central database sums it."""
    with engine.connect() as conn:
        rows = conn.execute(_ON_HAND, {"desk": desk_id})
        return {(sku, location, grade or ""): int(qty) for sku, location, grade, qty in rows}

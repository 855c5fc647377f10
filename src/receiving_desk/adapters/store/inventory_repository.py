"""The stock ledger and locations in the local store. Movements are only ever inserted."""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update

from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.print_tables import print_jobs
from receiving_desk.domain.inventory import Location, Movement, MoveReason, StockKey, Zone


class SqlInventory:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def location(self, code: str) -> Location | None:
        row = self._conn.execute(select(t.locations).where(t.locations.c.code == code)).first()
        return Location(row.code, Zone(row.zone), row.description) if row else None

    def locations(self, zone: Zone | None = None) -> list[Location]:
        query = select(t.locations).order_by(t.locations.c.code)
        if zone is not None:
            query = query.where(t.locations.c.zone == zone.value)
        return [Location(r.code, Zone(r.zone), r.description) for r in self._conn.execute(query)]

    def add_location(self, location: Location) -> None:
        self._conn.execute(
            insert(t.locations).values(
                code=location.code, zone=location.zone.value, description=location.description
            )
        )

    def zone_bins(self) -> dict[Zone, str]:
        """The first bin of each zone: where a disposition's units go by default."""
        rows = self._conn.execute(
            select(t.locations.c.zone, func.min(t.locations.c.code)).group_by(t.locations.c.zone)
        )
        return {Zone(zone): code for zone, code in rows}

    def append(self, movement: Movement) -> None:
        self._conn.execute(
            insert(t.stock_movements).values(
                id=movement.id,
                lpn=movement.lpn,
                sku=movement.sku,
                quantity=movement.quantity,
                grade=movement.grade,
                from_location=movement.from_location,
                to_location=movement.to_location,
                reason=movement.reason.value,
                user_id=movement.user_id,
                at=movement.at,
                receipt_id=movement.receipt_id,
            )
        )

    def history(self, lpn: str) -> list[Movement]:
        rows = self._conn.execute(
            select(t.stock_movements)
            .where(t.stock_movements.c.lpn == lpn)
            .order_by(t.stock_movements.c.seq)
        ).mappings()
        return [
            Movement(
                r["id"],
                r["lpn"],
                r["sku"],
                r["quantity"],
                r["grade"],
                r["from_location"],
                r["to_location"],
                MoveReason(r["reason"]),
                r["user_id"],
                r["at"],
                r["receipt_id"],
            )
            for r in rows
        ]

    def on_hand(
        self, sku: str | None = None, location: str | None = None, lpn: str | None = None
    ) -> dict[StockKey, int]:
        """Stock per SKU x location x grade: the ledger summed in SQL (never a stored total)."""
        m = t.stock_movements
        inbound = select(
            m.c.sku, m.c.to_location.label("loc"), m.c.grade, m.c.quantity.label("qty"), m.c.lpn
        )
        outbound = select(
            m.c.sku,
            m.c.from_location.label("loc"),
            m.c.grade,
            (-m.c.quantity).label("qty"),
            m.c.lpn,
        ).where(m.c.from_location.is_not(None))
        flows = inbound.union_all(outbound).subquery()
        query = select(flows.c.sku, flows.c.loc, flows.c.grade, func.sum(flows.c.qty)).group_by(
            flows.c.sku, flows.c.loc, flows.c.grade
        )
        if sku:
            query = query.where(flows.c.sku == sku)
        if location:
            query = query.where(flows.c.loc == location)
        if lpn:
            query = query.where(flows.c.lpn == lpn)
        return {(s, loc, g): int(q) for s, loc, g, q in self._conn.execute(query) if q}

    def lpn_location(self, lpn: str) -> str | None:
        """Where the LPN is now; None if it never was or its stock was reversed."""
        last = self._conn.execute(
            select(t.stock_movements.c.to_location, t.stock_movements.c.reason)
            .where(t.stock_movements.c.lpn == lpn)
            .order_by(t.stock_movements.c.seq.desc())
            .limit(1)
        ).first()
        if last is None or last.reason == MoveReason.REVERSED.value:
            return None
        return str(last.to_location)

    def reversed_lpns(self, receipt_id: str, sku: str) -> list[str]:
        """LPNs of this return and SKU whose stock was reversed."""
        m = t.stock_movements
        rows = self._conn.execute(
            select(m.c.lpn)
            .where(
                m.c.receipt_id == receipt_id,
                m.c.sku == sku,
                m.c.reason == MoveReason.REVERSED.value,
            )
            .order_by(m.c.seq)
        ).scalars()
        return list(rows)

    def label_issued(self, lpn: str) -> bool:
        """Whether a label for the LPN went to a printer (or is queued to): one may exist."""
        found = self._conn.execute(
            select(print_jobs.c.id).where(print_jobs.c.label_key == lpn).limit(1)
        ).first()
        return found is not None

    def next_value(self, name: str) -> int:
        """A gap-free station-local sequence, taken inside the write transaction."""
        bumped = self._conn.execute(
            update(t.counters)
            .where(t.counters.c.name == name)
            .values(value=t.counters.c.value + 1)
            .returning(t.counters.c.value)
        ).scalar()
        if bumped is None:
            self._conn.execute(insert(t.counters).values(name=name, value=1))
            return 1
        return int(bumped)

    def unit_for_lpn(self, lpn: str) -> tuple[str, str] | None:
        """(receipt id, unit id) of the unit carrying this LPN."""
        row = self._conn.execute(
            select(t.received_units.c.receipt_id, t.received_units.c.id).where(
                t.received_units.c.lpn == lpn
            )
        ).first()
        return (row[0], row[1]) if row else None

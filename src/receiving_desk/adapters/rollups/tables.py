"""The roll-up tables, defined once and placed on the desk's and the central MetaData.

Days and hours are UTC ("2026-06-15", "2026-06-15T13"): UTC has no DST, so a local day, a
shift over midnight or over a clock change is always whole UTC days plus edges read raw.
A day listed in `rollup_dirty` has roll-up rows that may be stale: reports read it raw.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import BigInteger, Column, Float, Integer, MetaData, String, Table

DAY = String(10)
HOUR = String(13)
WHO = String(64)


# the units roll-ups' columns after their day or month
UNIT_COLUMNS = (
    Column("station", WHO, primary_key=True),
    Column("inspector", WHO, primary_key=True),
    Column("grade", String(20), primary_key=True),
    Column("disposition", String(40), primary_key=True),  # effective
    Column("refund_kind", String(20), primary_key=True),
    Column("window", String(20), primary_key=True),
    Column("to_stock", Integer, primary_key=True),
    Column("units", Integer, nullable=False),
    Column("overridden", Integer, nullable=False),
    Column("value_cents", BigInteger, nullable=False),
    Column("refund_x100", BigInteger, nullable=False),
)


@dataclass(frozen=True)
class RollupTables:
    dirty: Table  # days whose rows changed since their roll-up was computed
    units: Table  # inspected units by outcome, station and inspector
    unit_months: Table  # the same per UTC month (sums of the days), for long ranges
    unit_hours: Table  # inspected units per UTC hour (the trend)
    parcels: Table  # receipts opened, by status
    audit: Table  # audit entries by action
    activity: Table  # each clerk's actions inside the day: first, last, capped gaps
    reasons: Table  # inspected units by product and declared reason
    reason_months: Table  # the same per UTC month over all stations (sums of the days)
    reason_totals: Table  # running totals: every month before this one (sums of the months)
    flags: Table  # completed returns by discrepancy flag
    labels: Table  # restock labels printed (the desk only: print jobs are not central)

    @property
    def data(self) -> tuple[Table, ...]:
        """The tables of the first roll-up migration (store 0011, central c0007)."""
        return (
            self.units,
            self.unit_months,
            self.unit_hours,
            self.parcels,
            self.audit,
            self.activity,
            self.reasons,
            self.reason_months,
            self.flags,
            self.labels,
        )


def define_rollup_tables(metadata: MetaData) -> RollupTables:
    def table(name: str, *columns: Column[object]) -> Table:
        # SQLite: rows stored in primary-key order (day first), a range is one contiguous read
        return Table(name, metadata, *columns, sqlite_with_rowid=False)

    return RollupTables(
        dirty=table("rollup_dirty", Column("day", DAY, primary_key=True)),
        units=table(
            "rollup_units",
            Column("day", DAY, primary_key=True),
            *(
                Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable)
                for c in UNIT_COLUMNS
            ),
        ),
        unit_months=table(
            "rollup_unit_months",
            Column("month", String(7), primary_key=True),
            *(
                Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable)
                for c in UNIT_COLUMNS
            ),
        ),
        unit_hours=table(
            "rollup_unit_hours",
            Column("hour", HOUR, primary_key=True),
            Column("station", WHO, primary_key=True),
            Column("inspector", WHO, primary_key=True),
            Column("units", Integer, nullable=False),
        ),
        parcels=table(
            "rollup_parcels",
            Column("day", DAY, primary_key=True),
            Column("station", WHO, primary_key=True),
            Column("opened_by", WHO, primary_key=True),
            Column("status", String(20), primary_key=True),
            Column("parcels", Integer, nullable=False),
        ),
        audit=table(
            "rollup_audit",
            Column("day", DAY, primary_key=True),
            Column("station", WHO, primary_key=True),
            Column("user_id", WHO, primary_key=True),  # "" for none
            Column("action", String(64), primary_key=True),
            Column("entries", Integer, nullable=False),
        ),
        activity=table(
            "rollup_activity",
            Column("day", DAY, primary_key=True),
            Column("station", WHO, primary_key=True),  # "" for every station together
            Column("clerk", WHO, primary_key=True),
            Column("cap_seconds", Float, nullable=False),
            Column("first_at", Float, nullable=False),  # epoch_seconds of the first action
            Column("last_at", Float, nullable=False),
            Column("active_seconds", Float, nullable=False),  # capped gaps inside the day
        ),
        reasons=table(
            "rollup_reasons",
            Column("day", DAY, primary_key=True),
            Column("sku", String(64), primary_key=True),
            Column("reason", String(40), primary_key=True),  # "undeclared" without an RMA line
            Column("station", WHO, primary_key=True),
            Column("inspector", WHO, primary_key=True),
            Column("units", Integer, nullable=False),
        ),
        # A product's reasons do not shrink by day (two thousand products, nine reasons: a
        # day's units are mostly one row each); a month of them does, for long ranges.
        reason_months=table(
            "rollup_reason_months",
            Column("month", String(7), primary_key=True),
            Column("sku", String(64), primary_key=True),
            Column("reason", String(40), primary_key=True),
            Column("units", Integer, nullable=False),
        ),
        # Reasons before each month: any run of months is two of these, subtracted (a year of
        # a product's reasons is two month-sized reads instead of twelve).
        reason_totals=table(
            "rollup_reason_totals",
            Column("month", String(7), primary_key=True),
            Column("sku", String(64), primary_key=True),
            Column("reason", String(40), primary_key=True),
            Column("units", Integer, nullable=False),
        ),
        flags=table(
            "rollup_flags",
            Column("day", DAY, primary_key=True),  # the return's completion
            Column("station", WHO, primary_key=True),
            Column("opened_by", WHO, primary_key=True),
            Column("kind", String(40), primary_key=True),  # a flag kind, "any" or "fraud"
            Column("receipts", Integer, nullable=False),
        ),
        labels=table(
            "rollup_labels",
            Column("day", DAY, primary_key=True),  # the print job's
            Column("station", WHO, primary_key=True),
            Column("inspector", WHO, primary_key=True),
            Column("reprint", Integer, primary_key=True),
            Column("labels", Integer, nullable=False),
        ),
    )

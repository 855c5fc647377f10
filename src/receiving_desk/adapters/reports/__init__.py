"""Report sources: the desk's local store, or a PostgreSQL database (the central returns
database over all desks, or a store schema loaded into PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, make_url

from receiving_desk.adapters.central.schema import ROLLUPS as CENTRAL_ROLLUPS
from receiving_desk.adapters.reports.facts import Facts, central_facts, local_facts
from receiving_desk.adapters.reports.queries import SqlReportSource
from receiving_desk.adapters.reports.rollup_source import RollupReportSource
from receiving_desk.adapters.rollups.tables import RollupTables
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.rollup_tables import ROLLUPS as STORE_ROLLUPS


def _source(
    engine: Engine,
    facts: Facts,
    label: str,
    rollups: RollupTables,
    owns_engine: bool,
    tables: set[str] | None = None,
) -> SqlReportSource:
    """With the daily roll-ups where the schema has them (store 0011, central c0007), and
    the reasons' running totals (store 0015, central c0011)."""
    names = tables if tables is not None else set(inspect(engine).get_table_names())
    if rollups.dirty.name in names:
        totals = rollups.reason_totals.name in names
        return RollupReportSource(engine, facts, label, rollups, owns_engine, totals)
    return SqlReportSource(engine, facts, label, owns_engine)


def open_local_source(database: Path) -> SqlReportSource:
    """Reports over a desk's SQLite store, through a connection of their own that can only
    read and takes no write lock: reports never hold up a scan."""
    if not database.exists():
        raise FileNotFoundError(f"{database}: no local store there")
    engine = create_store_engine(database, read_only=True)
    return _source(engine, local_facts(), "local store", STORE_ROLLUPS, owns_engine=True)


def source_for_engine(engine: Engine, owns_engine: bool = False) -> SqlReportSource:
    """The central schema if the database has it, the local store's schema otherwise."""
    tables = set(inspect(engine).get_table_names())
    if "desks" in tables and "audit_entries" in tables:
        facts = central_facts(audits="audit_grades" in tables)
        return _source(engine, facts, "central database", CENTRAL_ROLLUPS, owns_engine, tables)
    if {"inspections", "received_units", "receipts"} <= tables:
        label = "local store" if engine.dialect.name == "sqlite" else "store schema on PostgreSQL"
        return _source(engine, local_facts(), label, STORE_ROLLUPS, owns_engine, tables)
    raise ValueError(f"{engine.url!r}: neither the central schema nor a desk store")


def open_url_source(url: str) -> SqlReportSource:
    """A database URL (`postgresql://...` is read with psycopg 3)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = create_engine(parsed, pool_pre_ping=True)
    try:
        return source_for_engine(engine, owns_engine=True)
    except BaseException:
        engine.dispose()
        raise


__all__ = [
    "RollupReportSource",
    "SqlReportSource",
    "open_local_source",
    "open_url_source",
    "source_for_engine",
]

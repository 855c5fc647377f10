"""Report sources: the desk's local store, or a PostgreSQL database (the central returns
database over all desks, or a store schema loaded into PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, make_url

from receiving_desk.adapters.reports.facts import central_facts, local_facts
from receiving_desk.adapters.reports.queries import SqlReportSource
from receiving_desk.adapters.store.engine import create_store_engine


def open_local_source(database: Path) -> SqlReportSource:
    """Reports over a desk's SQLite store, through a connection of their own that can only
    read and takes no write lock: reports never hold up a scan."""
    if not database.exists():
        raise FileNotFoundError(f"{database}: no local store there")
    return SqlReportSource(
        create_store_engine(database, read_only=True), local_facts(), "local store"
    )


def source_for_engine(engine: Engine, owns_engine: bool = False) -> SqlReportSource:
    """The central schema if the database has it, the local store's schema otherwise."""
    tables = set(inspect(engine).get_table_names())
    if "desks" in tables and "audit_entries" in tables:
        return SqlReportSource(engine, central_facts(), "central database", owns_engine)
    if {"inspections", "received_units", "receipts"} <= tables:
        label = "local store" if engine.dialect.name == "sqlite" else "store schema on PostgreSQL"
        return SqlReportSource(engine, local_facts(), label, owns_engine)
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


__all__ = ["SqlReportSource", "open_local_source", "open_url_source", "source_for_engine"]

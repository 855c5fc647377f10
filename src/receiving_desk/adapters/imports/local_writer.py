"""Reference rows into the local store (SQLite), in the unit of work's transaction (one per
file): upserts that touch a row only when a value differs, so importing the same file twice
changes nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, String, and_, column, delete, select, table
from sqlalchemy import text as sql_text

from receiving_desk.adapters.imports.rows import TableRows, table_rows
from receiving_desk.adapters.store import tables as t
from receiving_desk.domain.reference_rows import Kind

CHUNK = 10_000


def _changes(conn: Connection) -> int:
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw.total_changes


def _bind(value: Any) -> Any:
    """As the store's column types write them (UtcDateTime: UTC ISO text; Date: ISO)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def upsert_sql(part: TableRows) -> str:
    """Table and column names come from TableRows (code), never from a file; checked
    against the store's schema all the same."""
    table_ = t.metadata.tables[part.table]
    assert all(c in table_.c for c in part.columns)
    cols = ", ".join(part.columns)
    marks = ", ".join("?" for _ in part.columns)
    keys = ", ".join(part.key)
    head = f"INSERT INTO {part.table} ({cols}) VALUES ({marks}) ON CONFLICT ({keys})"  # noqa: S608
    if not part.updated:
        return f"{head} DO NOTHING"
    sets = ", ".join(f"{c} = excluded.{c}" for c in part.updated)
    differs = " OR ".join(f"{part.table}.{c} IS NOT excluded.{c}" for c in part.updated)
    return f"{head} DO UPDATE SET {sets} WHERE {differs}"


def _upsert(conn: Connection, part: TableRows) -> int:
    # The driver's executemany with one prepared statement: the import's hot path.
    statement = upsert_sql(part)
    before = _changes(conn)
    for start in range(0, len(part.rows), CHUNK):
        chunk = part.rows[start : start + CHUNK]
        conn.exec_driver_sql(statement, [tuple(_bind(r[c]) for c in part.columns) for r in chunk])
    return _changes(conn) - before


def _drop_stale_children(conn: Connection, part: TableRows) -> int:
    assert part.replace_children_of is not None
    parent_column, parents = part.replace_children_of
    conn.execute(sql_text("CREATE TEMP TABLE IF NOT EXISTS import_parents (k TEXT PRIMARY KEY)"))
    conn.execute(sql_text("CREATE TEMP TABLE IF NOT EXISTS import_children (k TEXT PRIMARY KEY)"))
    conn.execute(sql_text("DELETE FROM import_parents"))
    conn.execute(sql_text("DELETE FROM import_children"))
    if parents:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO import_parents VALUES (?)", [(p,) for p in parents]
        )
    (key,) = part.key
    if part.rows:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO import_children VALUES (?)", [(row[key],) for row in part.rows]
        )
    target = t.metadata.tables[part.table]
    k = column("k", String)
    return conn.execute(
        delete(target).where(
            and_(
                target.c[parent_column].in_(select(k).select_from(table("import_parents"))),
                target.c[key].not_in(select(k).select_from(table("import_children"))),
            )
        )
    ).rowcount


def write_parts(conn: Connection, parts: Iterable[TableRows]) -> int:
    """Write all parts in the caller's transaction; how many rows were added, changed or
    removed."""
    changed = 0
    for part in parts:
        if part.replace_children_of is not None:
            changed += _drop_stale_children(conn, part)
        changed += _upsert(conn, part)
    return changed


_KEYS = {Kind.CUSTOMERS: ("customers", "id"), Kind.PRODUCTS: ("products", "sku")}


class SqlReferenceWriter:
    """The unit of work's reference-data writer (domain.ports.ReferenceWriter)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def known(self, kind: Kind) -> set[str]:
        table_name, key = _KEYS[kind]
        target = t.metadata.tables[table_name]
        return set(self._conn.execute(select(target.c[key])).scalars())

    def write(self, kind: Kind, records: Sequence[object]) -> int:
        return write_parts(self._conn, table_rows(kind, records))

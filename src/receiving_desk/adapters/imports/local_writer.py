"""Reference rows into the local store (SQLite): one transaction per file, upserts that touch a
row only when a value differs, so importing the same file twice changes nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, Table, and_, column, delete, or_, select, table
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.sqlite import insert

from receiving_desk.adapters.imports.rows import TableRows
from receiving_desk.adapters.store import tables as t

CHUNK = 10_000


def _changes(conn: Connection) -> int:
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw.total_changes


def _upsert(conn: Connection, part: TableRows) -> int:
    target: Table = t.metadata.tables[part.table]
    stmt = insert(target)
    updated = part.updated
    if updated:
        stmt = stmt.on_conflict_do_update(
            index_elements=list(part.key),
            set_={c: stmt.excluded[c] for c in updated},
            where=or_(*(target.c[c].is_distinct_from(stmt.excluded[c]) for c in updated)),
        )
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(part.key))
    before = _changes(conn)
    for start in range(0, len(part.rows), CHUNK):
        conn.execute(stmt, part.rows[start : start + CHUNK])
    return _changes(conn) - before


def _drop_stale_children(conn: Connection, part: TableRows) -> int:
    assert part.replace_children_of is not None
    parent_column, parents = part.replace_children_of
    conn.execute(sql_text("CREATE TEMP TABLE IF NOT EXISTS import_parents (k TEXT PRIMARY KEY)"))
    conn.execute(sql_text("CREATE TEMP TABLE IF NOT EXISTS import_children (k TEXT PRIMARY KEY)"))
    conn.execute(sql_text("DELETE FROM import_parents"))
    conn.execute(sql_text("DELETE FROM import_children"))
    if parents:
        conn.execute(
            sql_text("INSERT OR IGNORE INTO import_parents VALUES (:k)"),
            [{"k": p} for p in parents],
        )
    (key,) = part.key
    if part.rows:
        conn.execute(
            sql_text("INSERT OR IGNORE INTO import_children VALUES (:k)"),
            [{"k": row[key]} for row in part.rows],
        )
    target = t.metadata.tables[part.table]
    k = column("k")
    return conn.execute(
        delete(target).where(
            and_(
                target.c[parent_column].in_(select(k).select_from(table("import_parents"))),
                target.c[key].not_in(select(k).select_from(table("import_children"))),
            )
        )
    ).rowcount


def write_local(engine: Engine, parts: Iterable[TableRows]) -> int:
    """Write all parts in one transaction; returns how many rows were added, changed or removed."""
    changed = 0
    with engine.begin() as conn:
        for part in parts:
            if part.replace_children_of is not None:
                changed += _drop_stale_children(conn, part)
            changed += _upsert(conn, part)
    return changed


def known_keys(engine: Engine, table_name: str, key: str) -> set[str]:
    target = t.metadata.tables[table_name]
    with engine.connect() as conn:
        return set(conn.execute(select(target.c[key])).scalars())

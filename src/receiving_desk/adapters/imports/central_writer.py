"""Reference rows into the central database (PostgreSQL): each table's rows are COPied into a
temporary table and merged with one INSERT ... ON CONFLICT DO UPDATE that touches a row only
when a value differs. An untouched row keeps its change_xid, so desks pull only real changes;
importing the same file twice changes nothing. One transaction per file."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from psycopg import sql
from sqlalchemy import Connection, Engine, insert, select

from receiving_desk.adapters.central import reference_schema as c
from receiving_desk.adapters.central.schema import audit_entries
from receiving_desk.adapters.imports.rows import TableRows
from receiving_desk.domain.audit import AuditEntry


def _copy_into_temp(
    conn: Connection,
    name: str,
    source: str,
    columns: tuple[str, ...],
    rows: Iterable[tuple[object, ...]],
) -> None:
    raw = conn.connection.driver_connection
    cols = sql.SQL(", ").join(map(sql.Identifier, columns))
    with raw.cursor() as cur:  # type: ignore[union-attr]
        cur.execute(
            sql.SQL("CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM {} WITH NO DATA").format(
                sql.Identifier(name), cols, sql.Identifier(source)
            )
        )
        with cur.copy(
            sql.SQL("COPY {} ({}) FROM STDIN").format(sql.Identifier(name), cols)
        ) as copy:
            for row in rows:
                copy.write_row(row)


def _merge(conn: Connection, part: TableRows) -> int:
    staged = f"import_{part.table}"
    _copy_into_temp(
        conn,
        staged,
        part.table,
        part.columns,
        (tuple(r[k] for k in part.columns) for r in part.rows),
    )
    ident = sql.Identifier
    cols = sql.SQL(", ").join(map(ident, part.columns))
    keys = sql.SQL(", ").join(map(ident, part.key))
    action: sql.Composable
    if part.updated:
        mine = sql.SQL(", ").join(
            sql.SQL("{}.{}").format(ident(part.table), ident(x)) for x in part.updated
        )
        theirs = sql.SQL(", ").join(sql.SQL("EXCLUDED.{}").format(ident(x)) for x in part.updated)
        sets = sql.SQL(", ").join(
            sql.SQL("{0} = EXCLUDED.{0}").format(ident(x)) for x in part.updated
        )
        action = sql.SQL("DO UPDATE SET {} WHERE ({}) IS DISTINCT FROM ({})").format(
            sets, sql.SQL("ROW({})").format(mine), sql.SQL("ROW({})").format(theirs)
        )
    else:
        action = sql.SQL("DO NOTHING")
    statement = sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {} ON CONFLICT ({}) {}").format(
        ident(part.table), cols, cols, ident(staged), keys, action
    )
    raw = conn.connection.driver_connection
    with raw.cursor() as cur:  # type: ignore[union-attr]
        cur.execute(statement)
        changed = max(int(cur.rowcount), 0)
        if part.replace_children_of is not None:
            changed += _drop_stale_children(cur, part, staged)
    return changed


def _drop_stale_children(cur: object, part: TableRows, staged: str) -> int:
    assert part.replace_children_of is not None
    parent_column, parents = part.replace_children_of
    (key,) = part.key
    ident = sql.Identifier
    statement = sql.SQL(
        "DELETE FROM {t} WHERE {p} = ANY(%s) AND {k} NOT IN (SELECT {k} FROM {s})"
    ).format(t=ident(part.table), p=ident(parent_column), k=ident(key), s=ident(staged))
    cur.execute(statement, (parents,))  # type: ignore[attr-defined]
    return max(int(cur.rowcount), 0)  # type: ignore[attr-defined]


def write_central(
    engine: Engine, parts: Iterable[TableRows], audit: AuditEntry | None = None
) -> int:
    """Merge every table's rows, and the import's audit entry, in one transaction."""
    with engine.begin() as conn:
        changed = sum(_merge(conn, part) for part in parts)
        if audit is not None:
            entry = replace(audit, details={**audit.details, "changed": changed})
            conn.execute(
                insert(audit_entries).values(
                    id=entry.id, desk_id=entry.station_id, at=entry.at, user_id=entry.user_id,
                    action=entry.action, subject=entry.subject, details=entry.details,
                )
            )  # fmt: skip
        return changed


def known_keys(engine: Engine, table_name: str, key: str) -> set[str]:
    target = c.metadata.tables[table_name]
    with engine.connect() as conn:
        return set(conn.execute(select(target.c[key])).scalars())

"""The least-privilege database role for desks (docs/central-setup.md shows this SQL).

Desks may insert what they push and update only the columns the merge updates; they read
only the reference data they pull and the few pushed columns the merge must see (conflict
targets, RETURNING). No DELETE, no TRUNCATE, nothing on any other table, no DDL outside
their own session's temporary staging tables.
"""

from __future__ import annotations

from psycopg import sql

from receiving_desk.adapters.central import messages as msg
from receiving_desk.adapters.central import schema

PULLED = (*(t.name for t in schema.REFERENCE_TABLES), schema.reference_deletions.name)
READ_ONLY = (schema.event_versions.name,)  # checked before each push
INSERT_ONLY: tuple[str, ...] = (
    "audit_entries",
    "receipt_flags",
    "status_events",
    "stock_movements",
    "unrouted_messages",
)
UPDATED: dict[str, tuple[str, ...]] = {
    "receipts": (
        *("status", "completed_at", "completed_by", "completed_message_id", "voided_at"),
        *("void_reason", "voided_message_id", "set_aside_at", "set_aside_reason"),
    ),
    "inspections": (
        *(c for c in msg.INSPECTION_COLUMNS if c != "unit_id"),
        *("override_disposition", "override_reason", "override_by", "override_at"),
        *("override_desk_seq", "withdrawn_at", "withdrawn_by", "withdrawn_message_id"),
    ),
    "return_event_heads": ("last_seq",),
    "desks": ("install_id", "last_seen_at", "last_desk_seq", "app_version"),
}


def desk_role_sql(group: str, database: str, login: str | None = None) -> list[sql.Composed]:
    """Statements (as the schema owner) that create the desks' group role with its grants,
    and optionally one desk's login role in it (set its password with psql's \\password)."""
    g, db = sql.Identifier(group), sql.Identifier(database)

    def tables(names: tuple[str, ...]) -> sql.Composable:
        return sql.SQL(", ").join(sql.Identifier(n) for n in names)

    statements = [
        sql.SQL("CREATE ROLE {} NOLOGIN").format(g),
        sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db),
        sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(db, g),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(g),
        sql.SQL("GRANT SELECT ON {} TO {}").format(tables((*PULLED, *READ_ONLY)), g),
        sql.SQL("GRANT INSERT ON {} TO {}").format(tables(INSERT_ONLY), g),
        sql.SQL("GRANT SELECT, INSERT ON {} TO {}").format(tables(tuple(UPDATED)), g),
    ]
    for table, columns in UPDATED.items():
        statements.append(
            sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(
                tables(columns), sql.Identifier(table), g
            )
        )
    if login:
        statements.append(
            sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(sql.Identifier(login), g)
        )
    return statements

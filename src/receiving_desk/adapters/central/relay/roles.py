"""The least-privilege database role for relay processes (docs/webhooks.md shows this SQL).

A relay reads the status events and the endpoints with their secrets, and writes only its own
bookkeeping: deliveries, streams, endpoint health, attempts, dead-letter audit rows. It cannot
add endpoints or secrets, change subscriptions, or touch anything the desks write.
Administration (`endpoints`, `sites`, `dead-letters`) runs as the schema owner.
"""

from __future__ import annotations

from psycopg import sql

READ = ("status_events", "relay_sites", "relay_endpoints", "relay_secrets")
UPDATED = {
    "relay_deliveries": (
        "state",
        "attempts",
        "first_failed_at",
        "last_attempt_at",
        "last_status",
        "last_error",
        "delivered_at",
        "dead_at",
    ),
    "relay_streams": ("pending", "dead", "due_at", "lease_owner", "lease_until", "lease_token"),
    "relay_endpoints": ("failures", "retry_at", "last_success_at"),
}
INSERTED = ("relay_attempts", "relay_audit")


def relay_role_sql(role: str, database: str, login: bool = True) -> list[sql.Composed]:
    """Statements (as the schema owner) creating the relay's role with its grants; set its
    password afterwards with psql's \\password."""
    r, db = sql.Identifier(role), sql.Identifier(database)

    def names(tables: tuple[str, ...]) -> sql.Composable:
        return sql.SQL(", ").join(sql.Identifier(t) for t in tables)

    statements = [
        sql.SQL("CREATE ROLE {} {}").format(r, sql.SQL("LOGIN" if login else "NOLOGIN")),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, r),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(r),
        sql.SQL("GRANT SELECT ON {} TO {}").format(
            names(tuple(dict.fromkeys((*READ, *UPDATED)))), r
        ),
        sql.SQL("GRANT INSERT ON {} TO {}").format(names(INSERTED), r),
    ]
    for table, columns in UPDATED.items():
        statements.append(
            sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(
                names(columns), sql.Identifier(table), r
            )
        )
    return statements

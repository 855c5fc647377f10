"""The desks' database roles (docs/central-setup.md shows this SQL).

A desk writes no table: it calls the server's push functions (migration c0005), which write
under the identity of its login. It reads the reference data it pulls — row-level security
shows it only its site's rows — the event versions it checks before a push, and its own
receipts and inspections. No INSERT, UPDATE, DELETE or TRUNCATE anywhere, no DDL, no
temporary tables of its own (the push's staging tables are made for it by the server).
Each desk logs in as its own role, registered in `desk_accounts` with its station id and site:
that registration, not anything a batch says, is who the desk is.
"""

from __future__ import annotations

from psycopg import sql

from receiving_desk.adapters.central import schema

PULLED = (*(t.name for t in schema.REFERENCE_TABLES), schema.reference_deletions.name)
# Event versions are checked before each push; the site's rules file is read at each pull.
READ_ONLY = (schema.event_versions.name, schema.rules_files.name)
# Row-level security: its own rows (its evidence packs: `evidence verify --central-url`), and
# the audits of its site's desks (c0014: the agreement report over central covers them).
OWN_ROWS = (
    schema.receipts.name,
    schema.inspections.name,
    schema.evidence_packs.name,
    *(t.name for t in schema.AUDIT_TABLES),
)
PUSH_FUNCTIONS = (
    "rd_push_stage()",
    "rd_push_merge(text, uuid, bigint, text, integer)",
)


def desk_role_sql(
    group: str,
    database: str,
    login: str | None = None,
    desk_id: str | None = None,
    site: str | None = None,
) -> list[sql.Composed]:
    """Statements (as the schema owner) that create the desks' group role with its grants,
    and optionally one desk's login role in it, registered as station `desk_id` of `site`
    (set its password with psql's \\password)."""
    g, db = sql.Identifier(group), sql.Identifier(database)

    def tables(names: tuple[str, ...]) -> sql.Composable:
        return sql.SQL(", ").join(sql.Identifier(n) for n in names)

    functions = sql.SQL(", ").join(sql.SQL(f"public.{f}") for f in PUSH_FUNCTIONS)
    statements = [
        sql.SQL("CREATE ROLE {} NOLOGIN").format(g),
        sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(db, g),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(g),
        sql.SQL("GRANT SELECT ON {} TO {}").format(tables((*PULLED, *READ_ONLY, *OWN_ROWS)), g),
        sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(functions, g),
    ]
    if login:
        if not desk_id:
            raise ValueError("a desk's login needs the station id it is (desk_id)")
        if not site:
            raise ValueError("a desk's login needs the site whose data it reads (site)")
        statements += desk_login_sql(group, login, desk_id, site)
    return statements


def desk_login_sql(group: str, login: str, desk_id: str, site: str) -> list[sql.Composed]:
    """One more desk: its login role in the group, registered with its station and site.
    Every desk has a site: it reads that site's rows and the unsited ones, never all sites'."""
    if not site:
        raise ValueError("a desk's login needs the site whose data it reads (site)")
    return [
        sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
            sql.Identifier(login), sql.Identifier(group)
        ),
        sql.SQL("INSERT INTO desk_accounts (login, desk_id, site) VALUES ({}, {}, {})").format(
            sql.Literal(login), sql.Literal(desk_id), sql.Literal(site)
        ),
    ]

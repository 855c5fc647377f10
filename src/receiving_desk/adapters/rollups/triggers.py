"""Triggers that mark a UTC day dirty in the transaction that changes a row it counts.

Triggers, not calls from the use cases: every writer — the desk's unit of work, imports, the
central merge of pushed messages, a repair by hand — keeps the roll-ups honest without
knowing about them. The cost per written row is one primary-key probe of `rollup_dirty`.
A receipt's void (or un-void, or move) changes what its units count for: the days of its
inspections are marked too.
"""

from __future__ import annotations

# (table, time columns whose UTC day the row counts on)
STORE_ROWS = (
    ("receipts", ("opened_at", "completed_at")),
    ("received_units", ("scanned_at",)),
    ("inspections", ("inspected_at",)),
    ("audit_log", ("at",)),
    ("print_jobs", ("created_at",)),
)
CENTRAL_ROWS = (
    ("receipts", ("opened_at", "completed_at", "voided_at")),
    ("inspections", ("inspected_at", "scanned_at")),
    ("audit_entries", ("at",)),
)


def _sqlite_marks(row: str, columns: tuple[str, ...]) -> str:
    return "".join(
        f"INSERT OR IGNORE INTO rollup_dirty (day) SELECT substr({row}.{c}, 1, 10) "
        f"WHERE {row}.{c} IS NOT NULL;\n"
        for c in columns
    )


SQLITE_RECEIPT_UNITS = """
INSERT OR IGNORE INTO rollup_dirty (day)
SELECT DISTINCT substr(i.inspected_at, 1, 10) FROM received_units u
JOIN inspections i ON i.unit_id = u.id WHERE u.receipt_id = NEW.id;
"""


# Rows whose change moves what other rows count for: (table, events, the days to mark).
SQLITE_RELATED = (
    # a flag counts on its return's completion day
    ("receipt_flags", ("INSERT", "DELETE", "UPDATE"),
     "SELECT substr(completed_at, 1, 10) FROM receipts WHERE id = {row}.receipt_id "
     "AND completed_at IS NOT NULL"),
    # a declared reason counts on the inspection days of its RMA's units
    ("rma_lines", ("INSERT", "DELETE", "UPDATE"),
     "SELECT substr(i.inspected_at, 1, 10) FROM receipts r "
     "JOIN received_units u ON u.receipt_id = r.id JOIN inspections i ON i.unit_id = u.id "
     "WHERE r.rma_number = {row}.rma_number"),
    # a restock label counts while its unit (by LPN) is inspected
    ("received_units", ("DELETE", "UPDATE"),
     "SELECT substr(created_at, 1, 10) FROM print_jobs WHERE label_key = {row}.lpn"),
    ("inspections", ("INSERT", "DELETE"),
     "SELECT substr(j.created_at, 1, 10) FROM received_units u "
     "JOIN print_jobs j ON j.label_key = u.lpn WHERE u.id = {row}.unit_id"),
)  # fmt: skip


def _related() -> list[str]:
    statements = []
    for table, events, days in SQLITE_RELATED:
        for event in events:
            rows = {"INSERT": ("NEW",), "DELETE": ("OLD",), "UPDATE": ("OLD", "NEW")}[event]
            body = "".join(
                f"INSERT OR IGNORE INTO rollup_dirty (day) {days.format(row=row)};\n"
                for row in rows
            )
            statements.append(
                f"CREATE TRIGGER rollup_{table}_{event.lower()}_related AFTER {event} ON {table} "
                f"BEGIN\n{body}END"
            )
    return statements


def sqlite_create() -> list[str]:
    statements = _related()
    for table, columns in STORE_ROWS:
        for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
            body = "".join(_sqlite_marks(row, columns) for row in rows)
            if table == "receipts" and event == "UPDATE":
                statements.append(
                    f"CREATE TRIGGER rollup_{table}_status AFTER UPDATE ON {table} "
                    "WHEN OLD.status IS NOT NEW.status OR OLD.station_id IS NOT NEW.station_id "
                    f"BEGIN {SQLITE_RECEIPT_UNITS} END"
                )
            statements.append(
                f"CREATE TRIGGER rollup_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN\n{body}END"
            )
    return statements


def sqlite_drop() -> list[str]:
    names = [f"rollup_{t}_{e}" for t, _ in STORE_ROWS for e in ("insert", "delete", "update")]
    names += [f"rollup_{t}_{e.lower()}_related" for t, events, _ in SQLITE_RELATED for e in events]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in [*names, "rollup_receipts_status"]]


# PostgreSQL: one function marks a day, as its owner (SECURITY DEFINER, like the trigger
# functions: the desks' push role writes inspections but has no rights on the roll-ups). It
# first takes a KEY SHARE lock on the day's row if it is there (a refresh deletes that row
# first, so it waits for this transaction and then sees its rows); only a day not yet dirty
# is inserted.
PG_MARK = """
CREATE FUNCTION rd_rollup_mark(moment timestamptz) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    d text;
BEGIN
    IF moment IS NULL THEN
        RETURN;
    END IF;
    d := to_char(moment AT TIME ZONE 'UTC', 'YYYY-MM-DD');
    PERFORM 1 FROM rollup_dirty WHERE day = d FOR KEY SHARE;
    IF NOT FOUND THEN
        INSERT INTO rollup_dirty (day) VALUES (d) ON CONFLICT DO NOTHING;
    END IF;
END $$
"""
PG_RECEIPT_UNITS = """
        IF TG_OP = 'UPDATE' AND (OLD.status IS DISTINCT FROM NEW.status
                                 OR OLD.desk_id IS DISTINCT FROM NEW.desk_id) THEN
            PERFORM rd_rollup_mark(i.inspected_at) FROM inspections i
            WHERE i.receipt_id = NEW.id;
        END IF;
"""


def _pg_function(table: str, columns: tuple[str, ...]) -> str:
    def marks(row: str) -> str:
        return "".join(f"        PERFORM rd_rollup_mark({row}.{c});\n" for c in columns)

    extra = PG_RECEIPT_UNITS if table == "receipts" else ""
    return f"""
CREATE FUNCTION rd_rollup_{table}() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
{marks("OLD")}    END IF;
    IF TG_OP <> 'DELETE' THEN
{marks("NEW")}{extra}    END IF;
    RETURN NULL;
END $$
"""


PG_RELATED = (
    ("receipt_flags",
     "PERFORM rd_rollup_mark(r.completed_at) FROM receipts r WHERE r.id = {row}.receipt_id;"),
    ("rma_lines",
     "PERFORM rd_rollup_mark(i.inspected_at) FROM inspections i "
     "WHERE i.rma_number = {row}.rma_number;"),
)  # fmt: skip


def _pg_related(table: str, mark: str) -> str:
    return f"""
CREATE FUNCTION rd_rollup_{table}() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        {mark.format(row="OLD")}
    END IF;
    IF TG_OP <> 'DELETE' THEN
        {mark.format(row="NEW")}
    END IF;
    RETURN NULL;
END $$
"""


def postgresql_create() -> list[str]:
    statements = [PG_MARK]
    for table, mark in PG_RELATED:
        statements.append(_pg_related(table, mark))
        statements.append(
            f"CREATE TRIGGER rd_rollup_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION rd_rollup_{table}()"
        )
    for table, columns in CENTRAL_ROWS:
        statements.append(_pg_function(table, columns))
        statements.append(
            f"CREATE TRIGGER rd_rollup_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION rd_rollup_{table}()"
        )
    return statements


def postgresql_drop() -> list[str]:
    statements = []
    for table, _ in (*CENTRAL_ROWS, *PG_RELATED):
        statements.append(f"DROP TRIGGER IF EXISTS rd_rollup_{table} ON {table}")
        statements.append(f"DROP FUNCTION IF EXISTS rd_rollup_{table}()")
    return [*statements, "DROP FUNCTION IF EXISTS rd_rollup_mark(timestamptz)"]

"""The central roll-up triggers once per statement (migration c0008), not once per row.

The row triggers of c0007 called a function per written row, which took a KEY SHARE lock on
the same `rollup_dirty` row for each: a pushed batch of 1000 inspections paid 1000 function
calls and 1000 row-lock writes for one dirty day. These read the statement's transition
tables (the rows it inserted, updated or deleted) and mark their distinct days at once, with
the same lock as before (see triggers.PG_MARK: a refresh deleting a day waits for this
transaction). PostgreSQL allows transition tables only on single-event triggers: three per
table.
"""

# ruff: noqa: S608  (the SQL is built from this module's table and column names, not data)
from __future__ import annotations

from receiving_desk.adapters.rollups.triggers import CENTRAL_ROWS

PG_MARK_DAYS = """
CREATE FUNCTION rd_rollup_mark_days(days text[]) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM 1 FROM rollup_dirty WHERE day = ANY (days) ORDER BY day FOR KEY SHARE;
    INSERT INTO rollup_dirty (day)
    SELECT DISTINCT d FROM unnest(days) AS d WHERE d IS NOT NULL ORDER BY 1
    ON CONFLICT DO NOTHING;
END $$
"""


def _day(column: str) -> str:
    return f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')"


def _days_of(rows: str, columns: tuple[str, ...]) -> str:
    return " UNION ".join(f"SELECT {_day(c)} FROM {rows} WHERE {c} IS NOT NULL" for c in columns)


INSPECTED = _day("i.inspected_at")
# Rows whose change moves what other rows count for: the days to mark, per transition table.
RELATED = {
    # a flag counts on its return's completion day
    "receipt_flags": (
        f"SELECT {_day('x.completed_at')} FROM receipts x WHERE x.completed_at IS NOT NULL "
        "AND x.id = ANY (ARRAY(SELECT receipt_id FROM {rows}))"
    ),
    # a declared reason counts on the inspection days of its RMA's units
    "rma_lines": (
        f"SELECT {INSPECTED} FROM inspections i "
        "WHERE i.rma_number = ANY (ARRAY(SELECT rma_number FROM {rows}))"
    ),
}
# A receipt voided, un-voided or moved to another desk changes what its units count for.
RECEIPTS_MOVED = (
    f"SELECT {INSPECTED} FROM inspections i WHERE i.receipt_id = ANY (ARRAY("
    "SELECT n.id FROM rd_new n JOIN rd_old o ON o.id = n.id "
    "WHERE o.status IS DISTINCT FROM n.status OR o.desk_id IS DISTINCT FROM n.desk_id))"
)
TABLES = (*(t for t, _ in CENTRAL_ROWS), *RELATED)
EVENTS = ("INSERT", "UPDATE", "DELETE")


def _queries(table: str, event: str) -> list[str]:
    columns = dict(CENTRAL_ROWS).get(table, ())
    rows = {"INSERT": ("rd_new",), "DELETE": ("rd_old",), "UPDATE": ("rd_old", "rd_new")}[event]
    found = [_days_of(r, columns) for r in rows if columns]
    if table == "receipts" and event == "UPDATE":
        found.append(RECEIPTS_MOVED)
    if table in RELATED:
        found += [RELATED[table].replace("{rows}", r) for r in rows]
    return found


def _function(table: str, event: str) -> str:
    days = " UNION ".join(f"({q})" for q in _queries(table, event))
    return f"""
CREATE FUNCTION rd_rollup_{table}_{event.lower()}() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM rd_rollup_mark_days(ARRAY({days}));
    RETURN NULL;
END $$
"""


def _trigger(table: str, event: str) -> str:
    tables = {"INSERT": "NEW TABLE AS rd_new", "DELETE": "OLD TABLE AS rd_old"}.get(
        event, "OLD TABLE AS rd_old NEW TABLE AS rd_new"
    )
    name = f"rd_rollup_{table}_{event.lower()}"
    return (
        f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {tables} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
    )


def create() -> list[str]:
    statements = [PG_MARK_DAYS]
    for table in TABLES:
        for event in EVENTS:
            statements += [_function(table, event), _trigger(table, event)]
    return statements


def drop() -> list[str]:
    statements = []
    for table in TABLES:
        for event in EVENTS:
            name = f"rd_rollup_{table}_{event.lower()}"
            statements += [f"DROP TRIGGER {name} ON {table}", f"DROP FUNCTION {name}()"]
    return [*statements, "DROP FUNCTION rd_rollup_mark_days(text[])"]

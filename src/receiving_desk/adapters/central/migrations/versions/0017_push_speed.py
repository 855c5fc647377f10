"""The push keeps its speed with the desks' trust checks in place: the same merge (identity,
ownership and state checks, derived status events numbered gap-free per return, idempotent),
with less work around it. The SQL and what it saves are in migrations/c0013_parts.py.

- rd_push_stage makes the staging tables `ON COMMIT PRESERVE ROWS`; rd_push_merge deletes
  the rows it merged (an emptied table is not truncated again at every commit);
- rd_push_merge runs each kind's statements only when the batch has rows of that kind, and
  looks staged units up only when the plain insert meets one already stored;
- the roll-up triggers of the pushed tables bin their rows' times to UTC days in one pass and
  format only the distinct days.

Downgrade: c0014's merge leaves staged rows to the commit to delete, so a connection that
staged under c0013 (its tables keep rows) would merge its old rows again with each batch
(harmlessly, but more each time): restart the desks' connections after a downgrade.

The weights and audits of c0014 are merged as c0014 set out (its staging tables kept and
cleared like the others, its helper called at the same place of the merge).

Revision ID: c0017
Revises: c0016
Create Date: 2026-12-02
"""

# ruff: noqa: S608  (the SQL is built from this revision's table and column names, not data)
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

from receiving_desk.adapters.central.migrations import c0017_parts as parts

revision = "c0017"
down_revision = "c0016"
branch_labels = None
depends_on = None


# The tables a push inserts into whose roll-up days are marked per statement (c0008), with
# the time columns whose UTC day a row counts on (frozen from adapters/rollups/triggers.py).
ROLLUP_INSERTS = (
    ("receipts", ("opened_at", "completed_at", "voided_at")),
    ("inspections", ("inspected_at", "scanned_at")),
    ("audit_entries", ("at",)),
)
_ORIGIN = "timestamptz '2000-01-01 00:00:00+00'"  # a UTC midnight: days start there


def _rollup_insert(table: str, days: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION rd_rollup_{table}_insert() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM rd_rollup_mark_days(ARRAY({days}));
    RETURN NULL;
END $$
"""


def _distinct_days(columns: tuple[str, ...]) -> str:
    # date_bin: each time's UTC midnight by integer arithmetic (`AT TIME ZONE 'UTC'` looks the
    # zone up for every value); one pass over the statement's rows for all its columns.
    bins = ", ".join(f"(date_bin('1 day', n.{c}, {_ORIGIN}))" for c in columns)
    return (
        f"SELECT to_char(d AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM (SELECT DISTINCT v.d "
        f"FROM rd_new n CROSS JOIN LATERAL (VALUES {bins}) AS v(d) WHERE v.d IS NOT NULL) AS x"
    )


def _formatted_rows(columns: tuple[str, ...]) -> str:
    rows = " UNION ".join(
        f"SELECT to_char({c} AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM rd_new WHERE {c} IS NOT NULL"
        for c in columns
    )
    return f"({rows})"


# The distinct UTC days of the statement's rows first, then each formatted once (the same
# 'YYYY-MM-DD' strings as before: a day is the same key in rollup_dirty).
ROLLUP_FUNCTIONS = tuple(_rollup_insert(t, _distinct_days(c)) for t, c in ROLLUP_INSERTS)


def previous_rollup_functions() -> tuple[str, ...]:
    """c0008's functions (each row's day formatted), for the downgrade."""
    return tuple(_rollup_insert(t, _formatted_rows(c)) for t, c in ROLLUP_INSERTS)


def _frozen(file: str) -> ModuleType:
    """An earlier revision's module, loaded on its own (its constants are read, never changed)."""
    path = Path(__file__).with_name(file)
    spec = importlib.util.spec_from_file_location(f"rd_central_{path.stem}_frozen", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    c0005, c0010 = _frozen("0005_desk_trust.py"), _frozen("0010_evidence_packs.py")
    c0014 = _frozen("0014_weights_audits.py")
    staging = {**c0005.STAGING, "rd_s_evidence": c0010.STAGED, **c0014.STAGED}
    assert {t for _, t in parts.KINDS} == set(staging)  # every staged kind is merged and cleared
    assert c0014._ANCHOR in parts.MERGE
    op.execute(parts.stage_sql(staging, c0005.SCRATCH))
    op.execute(parts.MERGE.replace(c0014._ANCHOR, c0014.CALL + c0014._ANCHOR, 1))
    for statement in ROLLUP_FUNCTIONS:
        op.execute(statement)


def downgrade() -> None:
    c0014 = _frozen("0014_weights_audits.py")
    for statement in previous_rollup_functions():
        op.execute(statement)
    for sql in c0014._functions(with_c0014=True):
        op.execute(sql)

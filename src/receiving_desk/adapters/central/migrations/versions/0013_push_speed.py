"""The push keeps its speed with the desks' trust checks in place: the same merge (identity,
ownership and state checks, derived status events numbered gap-free per return, idempotent),
with less work around it. The SQL and what it saves are in migrations/c0013_parts.py.

- rd_push_stage makes the staging tables `ON COMMIT PRESERVE ROWS`; rd_push_merge deletes
  the rows it merged (an emptied table is not truncated again at every commit);
- rd_push_merge runs each kind's statements only when the batch has rows of that kind, and
  looks staged units up only when the plain insert meets one already stored;
- the roll-up triggers of the pushed tables mark their days from the distinct dates.

Revision ID: c0013
Revises: c0012
Create Date: 2026-12-02
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

from receiving_desk.adapters.central.migrations import c0013_parts as parts

revision = "c0013"
down_revision = "c0012"
branch_labels = None
depends_on = None


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
    staging = {**c0005.STAGING, "rd_s_evidence": c0010.STAGED}
    assert {t for _, t in parts.KINDS} == set(staging)  # every staged kind is merged and cleared
    op.execute(parts.stage_sql(staging, c0005.SCRATCH))
    op.execute(parts.MERGE)
    for statement in parts.ROLLUP_FUNCTIONS:
        op.execute(statement)


def downgrade() -> None:
    c0010 = _frozen("0010_evidence_packs.py")
    for statement in parts.previous_rollup_functions():
        op.execute(statement)
    for sql in c0010._functions(with_evidence=True):
        op.execute(sql)

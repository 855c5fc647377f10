"""Evidence packs: the SHA-256 of each pack a desk made (PDF, ZIP, every photo), pushed as
`evidence.pack_made` events, so a copy found later can be checked centrally.

As c0005 says for a new kind: the push functions are replaced (CREATE OR REPLACE) with the
staging table `rd_s_evidence` added and a merge step that stores the desk's packs (only of
its own receipts, idempotent by pack id). c0005's SQL is taken as frozen there and extended
here; downgrade puts c0005's functions back.

Revision ID: c0010
Revises: c0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB, UUID

revision = "c0010"
down_revision = "c0009"
branch_labels = None
depends_on = None

TOPIC = "evidence.pack_made"
STAGED = (
    "pack_id uuid, message_id uuid, receipt_id uuid, rma_number text, made_at timestamptz, "
    "made_by text, reason text, pdf_sha256 text, zip_sha256 text, photos jsonb"
)
MERGE_STEP = r"""
    -- Evidence packs (c0010): only of this desk's receipts; a re-sent pack changes nothing.
    IF EXISTS (SELECT 1 FROM pg_temp.rd_s_evidence) THEN
        SELECT s.receipt_id::text INTO bad FROM pg_temp.rd_s_evidence s
        JOIN public.receipts r ON r.id = s.receipt_id
            AND r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_evidence))
        WHERE r.desk_id <> me.desk LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('receipt %s belongs to another desk', bad);
        END IF;
        INSERT INTO public.evidence_packs (pack_id, message_id, desk_id, receipt_id, rma_number,
            made_at, made_by, reason, pdf_sha256, zip_sha256, photos)
        SELECT pack_id, message_id, me.desk, receipt_id, rma_number, made_at, made_by, reason,
            pdf_sha256, zip_sha256, photos
        FROM pg_temp.rd_s_evidence ON CONFLICT (pack_id) DO NOTHING;
        GET DIAGNOSTICS n = ROW_COUNT;
        applied := applied + n;
    END IF;

"""
_ANCHOR = "    -- Status events, numbered per return:"


def _c0005() -> ModuleType:
    """c0005's module, loaded on its own (its constants are read, never changed in place)."""
    path = Path(__file__).with_name("0005_desk_trust.py")
    spec = importlib.util.spec_from_file_location("rd_central_c0005_frozen", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stage_sql(base: ModuleType, staging: dict[str, str]) -> str:
    """c0005's rd_push_stage, but each staging table made when it is missing: a connection
    that staged before this upgrade gets the new table on its next push, and passes the check
    (the desk calls rd_push_stage again after a push the check refused: push.py)."""
    creates = "\n".join(
        f"    IF to_regclass('pg_temp.{name}') IS NULL THEN\n"
        f"        CREATE TEMP TABLE {name} ({columns}) ON COMMIT DELETE ROWS;\n"
        f"        EXECUTE format('GRANT INSERT ON pg_temp.{name} TO %I', session_user);\n"
        f"    END IF;"
        for name, columns in staging.items()
    )
    scratch = "\n".join(
        f"    IF to_regclass('pg_temp.{name}') IS NULL THEN\n"
        f"        CREATE TEMP TABLE {name} ({columns}) ON COMMIT DELETE ROWS;\n"
        f"    END IF;"
        for name, columns in base.SCRATCH.items()
    )
    names = ", ".join(f"'{name}'" for name in {**staging, **base.SCRATCH})
    expected = len(staging) + len(base.SCRATCH)
    # The names and columns are these modules' constants, not data.
    return f"""
CREATE OR REPLACE FUNCTION public.rd_push_stage() RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
{creates}
{scratch}
    PERFORM public.rd_push_staging_checked();
END $$;

CREATE OR REPLACE FUNCTION public.rd_push_staging_checked() RETURNS void LANGUAGE plpgsql
STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF (SELECT count(*) FROM pg_class c
        WHERE c.relnamespace = pg_my_temp_schema() AND c.relname IN ({names})
          AND c.relkind = 'r'
          AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
          AND NOT c.relrowsecurity AND NOT c.relhassubclass AND NOT c.relhastriggers
       ) <> {expected} THEN
        RAISE EXCEPTION 'push staging tables are not the ones rd_push_stage() made'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;
"""  # noqa: S608


def _functions(with_evidence: bool) -> list[str]:
    base = _c0005()
    staging = {**base.STAGING, **({"rd_s_evidence": STAGED} if with_evidence else {})}
    merge = base.MERGE
    if with_evidence:
        assert _ANCHOR in merge
        merge = merge.replace(_ANCHOR, MERGE_STEP + _ANCHOR, 1)
    merge = merge.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")
    return [_stage_sql(base, staging), merge]


def _own_rows(table: str) -> None:
    desk = "(SELECT public.rd_current_desk())"
    trusted = "(SELECT public.rd_not_a_desk())"
    op.execute(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY rd_not_a_desk ON public.{table} USING ({trusted}) WITH CHECK ({trusted})"
    )
    op.execute(f"CREATE POLICY rd_desk_reads ON public.{table} FOR SELECT USING (desk_id = {desk})")


def upgrade() -> None:
    op.create_table(
        "evidence_packs",
        sa.Column("pack_id", UUID(as_uuid=False), nullable=False),
        sa.Column("message_id", UUID(as_uuid=False), nullable=False),
        sa.Column("desk_id", sa.Text, nullable=False),
        sa.Column("receipt_id", UUID(as_uuid=False), nullable=False),
        sa.Column("rma_number", sa.Text, nullable=True),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("made_by", sa.Text, nullable=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("pdf_sha256", sa.Text, nullable=False),
        sa.Column("zip_sha256", sa.Text, nullable=False),
        sa.Column("photos", JSONB, nullable=False),
        sa.Column(
            "received_at",
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.text("now()"),
        ),
        sa.PrimaryKeyConstraint("pack_id", name="pk_evidence_packs"),
    )
    for column in ("receipt_id", "pdf_sha256", "zip_sha256"):
        op.create_index(f"ix_evidence_packs_{column}", "evidence_packs", [column])
    _own_rows("evidence_packs")
    op.execute(
        sa.text(
            "INSERT INTO event_versions (topic, min_version, max_version) VALUES (:t, 1, 1)"
        ).bindparams(t=TOPIC)
    )
    for sql in _functions(with_evidence=True):
        op.execute(sql)


def downgrade() -> None:
    for sql in _functions(with_evidence=False):
        op.execute(sql)
    op.execute(sa.text("DELETE FROM event_versions WHERE topic = :t").bindparams(t=TOPIC))
    op.drop_table("evidence_packs")

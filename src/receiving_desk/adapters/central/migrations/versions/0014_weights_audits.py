"""Weights and blind re-inspection audits, in columns and tables of their own.

- `receipts.parcel_grams`, `inspections.weighed_grams`: the stable weights a desk's scale
  recorded (return.completed v3 and unit.inspected v3 carry them; v2 desks still push,
  with no weight). Staged in `rd_s_parcel_weights` / `rd_s_unit_weights`.
- `audit_holds`, `audit_grades`, `audit_resolutions`: the audit events (audit.held,
  audit.graded, audit.resolved v1) a desk sends as the event's own JSON (staged with the
  unknown topics, `rd_s_unrouted`, as c0012 kept them) are projected into them instead of
  `unrouted_messages`. The rows c0012 kept there are copied in by this upgrade (and stay).
  Row-level security: a desk reads the audits of its site's desks (`rd_site_desk`), writes
  none.

The merge: one new function, `rd_merge_weights_audits(desk, site)` (SECURITY DEFINER, no
desk may call it), holds every check and write of this revision; `rd_push_merge` is c0010's
SQL re-created with one call to it, before its "Ledger rows" section, and `rd_push_stage`
/ `rd_push_staging_checked` are re-created with the two staging tables added. Downgrade
puts c0010's functions back.

Revision ID: c0014
Revises: c0012
Create Date: 2026-12-02
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import UUID

revision = "c0014"
down_revision = "c0012"
branch_labels = None
depends_on = None

# Frozen with this revision (not imported from the desk's code, which moves on).
WEIGHED_TOPICS = ("unit.inspected", "return.completed")  # now accepted up to version 3
AUDIT_TOPICS = ("audit.held", "audit.graded", "audit.resolved")
STAGED = {
    "rd_s_unit_weights": "unit_id uuid, message_id uuid, weighed_grams integer",
    "rd_s_parcel_weights": "receipt_id uuid, message_id uuid, parcel_grams integer",
}
_ANCHOR = "    -- Ledger rows, unrouted messages and audit entries:"
CALL = """    -- Weights and audits (c0014): checked and merged by their own function.
    applied := applied + public.rd_merge_weights_audits(me.desk, me.site);

"""


def _projection(source: str, desk: str) -> str:
    """The audit events of `source` (rows id, desk_seq, topic, payload) into their tables,
    under `desk`, each with the central row it must belong to (a hold with its desk's
    inspection, a resolution with its desk's hold): idempotent, in desk order. The rows they
    belong to are looked up by key per event (LATERAL ... LIMIT 1 is never flattened into a
    join the planner could run as a scan of the whole table)."""
    return f"""
    INSERT INTO public.audit_holds AS h (lpn, message_id, desk_id, desk_seq, unit_id,
        receipt_id, sku, category, reason, first_grader, first_grade, held_by, held_at)
    SELECT p.payload->>'lpn', p.id, {desk}, p.desk_seq, i.unit_id, i.receipt_id, i.sku,
        coalesce(pr.category, ''), p.payload->>'reason', p.payload->>'first_grader',
        p.payload->>'first_grade', p.payload->>'held_by', (p.payload->>'held_at')::timestamptz
    FROM {source} p
    CROSS JOIN LATERAL (
        SELECT x.unit_id, x.receipt_id, x.sku FROM public.inspections x
        WHERE x.unit_id = (p.payload->>'unit_id')::uuid AND x.desk_id = {desk} LIMIT 1) i
    LEFT JOIN LATERAL (
        SELECT x.category FROM public.products x WHERE x.sku = i.sku LIMIT 1) pr ON true
    WHERE p.topic = 'audit.held' ORDER BY p.desk_seq
    ON CONFLICT (lpn) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    added := added + n;
    INSERT INTO public.audit_grades AS g (id, message_id, desk_id, desk_seq, lpn, kind,
        grader_id, grade, agrees, station_id, graded_at)
    SELECT (p.payload->>'grade_id')::uuid, p.id, {desk}, p.desk_seq, p.payload->>'lpn',
        p.payload->>'kind', p.payload->>'grader_id', p.payload->>'grade',
        (p.payload->>'agrees')::boolean, p.payload->>'station_id',
        (p.payload->>'graded_at')::timestamptz
    FROM {source} p
    WHERE p.topic = 'audit.graded' AND p.payload->>'station_id' = {desk} ORDER BY p.desk_seq
    ON CONFLICT (id) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    added := added + n;
    INSERT INTO public.audit_resolutions AS r (lpn, message_id, desk_id, desk_seq, unit_id,
        receipt_id, first_grade, final_grade, disposition, refund_kind, refund_percent,
        resolved_by, approved_for, note, resolved_at)
    SELECT h.lpn, p.id, {desk}, p.desk_seq, h.unit_id, h.receipt_id, h.first_grade,
        p.payload->>'final_grade', p.payload->>'disposition', p.payload->'refund'->>'kind',
        (p.payload->'refund'->>'percent')::integer, p.payload->>'resolved_by',
        p.payload->>'approved_for', p.payload->>'note', (p.payload->>'resolved_at')::timestamptz
    FROM {source} p
    CROSS JOIN LATERAL (
        SELECT x.lpn, x.unit_id, x.receipt_id, x.first_grade FROM public.audit_holds x
        WHERE x.lpn = p.payload->>'lpn' AND x.desk_id = {desk} LIMIT 1) h
    WHERE p.topic = 'audit.resolved' ORDER BY p.desk_seq
    ON CONFLICT (lpn) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    added := added + n;
"""  # noqa: S608 (the names are this module's constants, not data)


HELPER = rf"""
CREATE FUNCTION public.rd_merge_weights_audits(me_desk text, me_site text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
SET enable_hashjoin = off SET enable_mergejoin = off AS $$
DECLARE
    n bigint;
    added bigint := 0;
    bad text;
BEGIN
    -- Weights: of this desk's units and receipts only, as the message that set the row
    -- carried them (an older re-send changes nothing; a re-sent one neither). A batch holds
    -- a weight per unit: each is looked up by key (a scalar subquery per staged row; the
    -- update joins the staged rows, unnested, to the table's key), never by a scan.
    IF EXISTS (SELECT 1 FROM pg_temp.rd_s_unit_weights) THEN
        SELECT s.unit_id::text INTO bad FROM pg_temp.rd_s_unit_weights s
        WHERE (SELECT i.desk_id FROM public.inspections i WHERE i.unit_id = s.unit_id)
              IS DISTINCT FROM me_desk
        LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('unit %s belongs to another desk', bad);
        END IF;
        UPDATE public.inspections i SET weighed_grams = w.weighed_grams
        FROM unnest(ARRAY(SELECT s FROM pg_temp.rd_s_unit_weights s)) w
        WHERE i.unit_id = w.unit_id AND i.desk_id = me_desk AND i.message_id = w.message_id
          AND i.weighed_grams IS DISTINCT FROM w.weighed_grams;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_temp.rd_s_parcel_weights) THEN
        SELECT s.receipt_id::text INTO bad FROM pg_temp.rd_s_parcel_weights s
        WHERE (SELECT r.desk_id FROM public.receipts r WHERE r.id = s.receipt_id)
              IS DISTINCT FROM me_desk
        LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('receipt %s belongs to another desk', bad);
        END IF;
        UPDATE public.receipts r SET parcel_grams = w.parcel_grams
        FROM unnest(ARRAY(SELECT s FROM pg_temp.rd_s_parcel_weights s)) w
        WHERE r.id = w.receipt_id AND r.desk_id = me_desk
          AND r.completed_message_id = w.message_id
          AND r.parcel_grams IS DISTINCT FROM w.parcel_grams;
    END IF;

    IF NOT EXISTS (SELECT 1 FROM pg_temp.rd_s_unrouted WHERE topic IN {AUDIT_TOPICS!r}) THEN
        RETURN added;
    END IF;
    -- Audits: a desk holds and resolves its own units only, grades as itself (its station),
    -- and names its own site's users; nobody's row is taken over.
    -- (looked up by key per event, as the weights are)
    SELECT p.payload->>'lpn' INTO bad FROM pg_temp.rd_s_unrouted p
    WHERE p.topic = 'audit.held' AND (
        (SELECT i.desk_id FROM public.inspections i
         WHERE i.unit_id = (p.payload->>'unit_id')::uuid) IS DISTINCT FROM me_desk
        OR coalesce((SELECT h.desk_id FROM public.audit_holds h
                     WHERE h.lpn = p.payload->>'lpn'), me_desk) <> me_desk) LIMIT 1;
    IF FOUND THEN
        PERFORM public.rd_refused('audit of %s: the unit belongs to another desk', bad);
    END IF;
    SELECT coalesce(p.payload->>'station_id', '?') INTO bad FROM pg_temp.rd_s_unrouted p
    WHERE p.topic = 'audit.graded' AND (
        p.payload->>'station_id' IS DISTINCT FROM me_desk
        OR coalesce((SELECT g.desk_id FROM public.audit_grades g
                     WHERE g.id = (p.payload->>'grade_id')::uuid), me_desk) <> me_desk)
    LIMIT 1;
    IF FOUND THEN
        PERFORM public.rd_refused('desk %s may not push audit grades of desk %s', me_desk, bad);
    END IF;
    -- (a hold of this batch has passed the check above)
    SELECT p.payload->>'lpn' INTO bad FROM pg_temp.rd_s_unrouted p
    WHERE p.topic = 'audit.resolved'
      AND (SELECT h.desk_id FROM public.audit_holds h WHERE h.lpn = p.payload->>'lpn')
          IS DISTINCT FROM me_desk
      AND NOT EXISTS (SELECT 1 FROM pg_temp.rd_s_unrouted b
                      WHERE b.topic = 'audit.held' AND b.payload->>'lpn' = p.payload->>'lpn')
    LIMIT 1;
    IF FOUND THEN
        PERFORM public.rd_refused('audit of %s: the unit belongs to another desk', bad);
    END IF;
    IF me_site IS NOT NULL THEN
        SELECT u.id INTO bad FROM pg_temp.rd_s_unrouted p
        CROSS JOIN LATERAL (VALUES (p.payload->>'grader_id'), (p.payload->>'resolved_by'),
                                   (p.payload->>'held_by')) named(id)
        CROSS JOIN LATERAL (SELECT x.id, x.site FROM public.users x
                            WHERE x.id = named.id LIMIT 1) u
        WHERE p.topic IN {AUDIT_TOPICS!r} AND u.site IS NOT NULL AND u.site <> me_site
        LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('user %s is not a user of site %s', bad, me_site);
        END IF;
    END IF;
{_projection("pg_temp.rd_s_unrouted", "me_desk")}
    -- Stored in their tables: not kept again as unrouted messages.
    DELETE FROM pg_temp.rd_s_unrouted WHERE topic IN {AUDIT_TOPICS!r};
    RETURN added;
END $$;
REVOKE ALL ON FUNCTION public.rd_merge_weights_audits(text, text) FROM PUBLIC;
"""  # noqa: S608

BACKFILL = f"""
DO $$
DECLARE
    n bigint;
    added bigint := 0;
BEGIN
{_projection("public.unrouted_messages", "p.desk_id")}
END $$;
"""


def _c0010() -> ModuleType:
    """c0010's module, loaded on its own (its constants and builders are read, never changed)."""
    path = Path(__file__).with_name("0010_evidence_packs.py")
    spec = importlib.util.spec_from_file_location("rd_central_c0010_frozen", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _functions(with_c0014: bool) -> list[str]:
    """rd_push_stage (+ its check) and rd_push_merge: c0010's, with this revision's staging
    tables and its one call added."""
    c0010 = _c0010()
    base = c0010._c0005()
    staging = {**base.STAGING, "rd_s_evidence": c0010.STAGED}
    _, merge = c0010._functions(with_evidence=True)
    if with_c0014:
        staging.update(STAGED)
        assert _ANCHOR in merge
        merge = merge.replace(_ANCHOR, CALL + _ANCHOR, 1)
    return [c0010._stage_sql(base, staging), merge]


# Audits are read by every desk of the site (a unit held at one desk is graded blind at
# another; a supervisor's agreement report at any of them covers them all); desk_accounts is
# no desk's to read, so the policy asks this function.
SAME_SITE = """
CREATE FUNCTION public.rd_site_desk(desk text) RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.desk_accounts a WHERE a.desk_id = desk
                   AND a.site = (SELECT m.site FROM public.desk_accounts m
                                 WHERE m.login = session_user))
$$;
REVOKE ALL ON FUNCTION public.rd_site_desk(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.rd_site_desk(text) TO PUBLIC;
"""


def _site_rows(table: str) -> None:
    """Written only by the merge (no desk has a write grant; non-desks by their grants);
    read by the desks of the row's desk's site."""
    trusted = "(SELECT public.rd_not_a_desk())"
    op.execute(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY rd_not_a_desk ON public.{table} USING ({trusted}) WITH CHECK ({trusted})"
    )
    op.execute(
        f"CREATE POLICY rd_desk_reads ON public.{table} FOR SELECT "
        f"USING (public.rd_site_desk(desk_id))"
    )


def _pushed(*columns: sa.Column[object]) -> list[sa.Column[object]]:
    """A pushed row's message, desk and desk order, then its own columns, then received_at."""
    return [
        sa.Column("message_id", UUID(as_uuid=False), nullable=False),
        sa.Column("desk_id", sa.Text, nullable=False),
        sa.Column("desk_seq", sa.BigInteger, nullable=False),
        *columns,
        sa.Column(
            "received_at",
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.text("now()"),
        ),
    ]


def upgrade() -> None:
    op.add_column("receipts", sa.Column("parcel_grams", sa.Integer, nullable=True))
    op.add_column("inspections", sa.Column("weighed_grams", sa.Integer, nullable=True))
    ts = sa.DateTime(timezone=True)
    op.create_table(
        "audit_holds",
        sa.Column("lpn", sa.Text, nullable=False),
        *_pushed(
            sa.Column("unit_id", UUID(as_uuid=False), nullable=False),
            sa.Column("receipt_id", UUID(as_uuid=False), nullable=False),
            sa.Column("sku", sa.Text, nullable=False),
            sa.Column("category", sa.Text, nullable=False),
            sa.Column("reason", sa.Text, nullable=False),
            sa.Column("first_grader", sa.Text, nullable=False),
            sa.Column("first_grade", sa.Text, nullable=False),
            sa.Column("held_by", sa.Text, nullable=False),
            sa.Column("held_at", ts, nullable=False),
        ),
        sa.PrimaryKeyConstraint("lpn", name="pk_audit_holds"),
    )
    op.create_table(
        "audit_grades",
        sa.Column("id", UUID(as_uuid=False), nullable=False),
        *_pushed(
            sa.Column("lpn", sa.Text, nullable=False),
            sa.Column("kind", sa.Text, nullable=False),
            sa.Column("grader_id", sa.Text, nullable=False),
            sa.Column("grade", sa.Text, nullable=False),
            sa.Column("agrees", sa.Boolean, nullable=False),
            sa.Column("station_id", sa.Text, nullable=False),
            sa.Column("graded_at", ts, nullable=False),
        ),
        sa.PrimaryKeyConstraint("id", name="pk_audit_grades"),
    )
    op.create_index("ix_audit_grades_lpn", "audit_grades", ["lpn"])
    op.create_index("ix_audit_grades_graded_at", "audit_grades", ["graded_at"])
    op.create_table(
        "audit_resolutions",
        sa.Column("lpn", sa.Text, nullable=False),
        *_pushed(
            sa.Column("unit_id", UUID(as_uuid=False), nullable=False),
            sa.Column("receipt_id", UUID(as_uuid=False), nullable=False),
            sa.Column("first_grade", sa.Text, nullable=False),
            sa.Column("final_grade", sa.Text, nullable=False),
            sa.Column("disposition", sa.Text, nullable=False),
            sa.Column("refund_kind", sa.Text, nullable=False),
            sa.Column("refund_percent", sa.Integer, nullable=False),
            sa.Column("resolved_by", sa.Text, nullable=False),
            sa.Column("approved_for", sa.Text, nullable=True),
            sa.Column("note", sa.Text, nullable=False),
            sa.Column("resolved_at", ts, nullable=False),
        ),
        sa.PrimaryKeyConstraint("lpn", name="pk_audit_resolutions"),
    )
    op.execute(SAME_SITE)
    for table in ("audit_holds", "audit_grades", "audit_resolutions"):
        _site_rows(table)
    op.execute(
        sa.text("UPDATE event_versions SET max_version = 3 WHERE topic IN :topics").bindparams(
            sa.bindparam("topics", WEIGHED_TOPICS, expanding=True)
        )
    )
    op.execute(HELPER)
    for sql in _functions(with_c0014=True):
        op.execute(sql)
    op.execute(BACKFILL)


def downgrade() -> None:
    for sql in _functions(with_c0014=False):
        op.execute(sql)
    op.execute("DROP FUNCTION public.rd_merge_weights_audits(text, text)")
    op.execute(
        sa.text("UPDATE event_versions SET max_version = 2 WHERE topic IN :topics").bindparams(
            sa.bindparam("topics", WEIGHED_TOPICS, expanding=True)
        )
    )
    for table in ("audit_resolutions", "audit_grades", "audit_holds"):
        op.drop_table(table)
    op.execute("DROP FUNCTION public.rd_site_desk(text)")
    op.drop_column("inspections", "weighed_grams")
    op.drop_column("receipts", "parcel_grams")

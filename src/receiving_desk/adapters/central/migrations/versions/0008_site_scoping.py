"""Every desk belongs to a site, a desk reads only its site's tombstones, and the report
roll-ups are marked dirty once per statement.

- `desk_accounts.site` is required. A desk registered with no site used to read every
  site's users (PIN hashes included), RMAs, products and bins. Now a desk reads its site's
  rows and the unsited (shared) ones. Accounts registered without a site get the site
  'default': on a single-site installation, where no row has a site, they read the same rows.
- `reference_deletions.site`: the site of the deleted row (its own `site`; for RMA lines and
  tracking numbers their RMA's, for GTINs their product's; customers have none). Row-level
  security shows a desk the tombstones of its site and the unsited ones, not other sites'
  keys. (A row moved to another site is not a deletion: the desks of the site it left keep
  their copy; docs/central-setup.md.)
- `login_guard`: failed logins and locks per user, counted across desks. A trigger on the
  pushed audit entries counts each `login_failed` (a `login` resets the count; a desk's own
  `login_locked` locks at once); the fifth failure in a row, at whichever desks, locks the
  user for 5 minutes and writes a `login_locked` audit entry (under the desk whose failure
  it was, `details.by` = 'central'). Desks read the locks of their site's users at each pull
  and apply them to their own store.
- The roll-up triggers of c0007 ran once per written row (a function call and a row lock on
  the day's `rollup_dirty` row each); they now run once per statement over its transition
  tables (adapters/rollups/pg_statement_triggers.py): a pushed batch marks its days at once.

Revision ID: c0008
Revises: c0007
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from receiving_desk.adapters.central.migrations import c0001_parts
from receiving_desk.adapters.rollups import pg_statement_triggers, triggers

revision = "c0008"
down_revision = "c0007"
branch_labels = None
depends_on = None

DEFAULT_SITE = "default"

# The tombstone trigger of c0001, now with the row's site.
TRACK_DELETION = """
CREATE OR REPLACE FUNCTION rd_track_deletion() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_key jsonb;
    new_key jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        SELECT jsonb_object_agg(c, to_jsonb(OLD) -> c) INTO old_key FROM unnest(TG_ARGV) AS c;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        SELECT jsonb_object_agg(c, to_jsonb(NEW) -> c) INTO new_key FROM unnest(TG_ARGV) AS c;
        DELETE FROM reference_deletions WHERE table_name = TG_TABLE_NAME AND key = new_key;
    END IF;
    IF old_key IS NOT NULL AND old_key IS DISTINCT FROM new_key THEN
        INSERT INTO reference_deletions (table_name, key, change_xid, site)
        VALUES (TG_TABLE_NAME, old_key, pg_current_xact_id()::text::bigint,
                rd_row_site(TG_TABLE_NAME, to_jsonb(OLD)))
        ON CONFLICT (table_name, key) DO UPDATE
        SET change_xid = EXCLUDED.change_xid, deleted_at = now(), site = EXCLUDED.site;
    END IF;
    RETURN NULL;
END $$;
"""
# A reference row's site: its own, or its parent's (a parent deleted in the same transaction
# is found by its tombstone).
ROW_SITE = """
CREATE FUNCTION rd_row_site(tbl text, r jsonb) RETURNS text LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    parent text;
    parent_key jsonb;
    found_site text;
BEGIN
    IF r ? 'site' THEN
        RETURN r ->> 'site';
    ELSIF tbl IN ('rma_lines', 'rma_tracking') THEN
        parent := 'rmas';
        parent_key := jsonb_build_object('rma_number', r -> 'rma_number');
        SELECT site INTO found_site FROM rmas WHERE rma_number = r ->> 'rma_number';
    ELSIF tbl = 'product_gtins' THEN
        parent := 'products';
        parent_key := jsonb_build_object('sku', r -> 'sku');
        SELECT site INTO found_site FROM products WHERE sku = r ->> 'sku';
    ELSE
        RETURN NULL;
    END IF;
    IF NOT FOUND THEN
        SELECT d.site INTO found_site FROM reference_deletions d
        WHERE d.table_name = parent AND d.key = parent_key;
    END IF;
    RETURN found_site;
END $$;
"""
TRACKED = "CREATE FUNCTION rd_track_deletion"
SITE = "(SELECT public.rd_current_site())"
# The central lockout policy: the defaults of the desks' [security] table.
MAX_FAILED_LOGINS = 5
LOCKOUT = "5 minutes"
LOGIN_GUARD = f"""
CREATE FUNCTION rd_login_guard() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    e record;
    g record;
BEGIN
    FOR e IN SELECT * FROM rd_new
             WHERE user_id IS NOT NULL AND action IN ('login', 'login_failed', 'login_locked')
             ORDER BY at, id LOOP
        INSERT INTO login_guard AS l (user_id, failed) VALUES (e.user_id, 0)
        ON CONFLICT (user_id) DO UPDATE SET failed = l.failed  -- locks the user's row
        RETURNING * INTO g;
        IF e.action = 'login' THEN
            UPDATE login_guard SET failed = 0 WHERE user_id = e.user_id;
        ELSIF e.action = 'login_locked' THEN
            UPDATE login_guard SET failed = 0,
                locked_until = greatest(locked_until, e.at + interval '{LOCKOUT}'),
                locked_by = e.desk_id
            WHERE user_id = e.user_id;
        ELSIF g.failed + 1 >= {MAX_FAILED_LOGINS} THEN
            UPDATE login_guard SET failed = 0,
                locked_until = greatest(locked_until, e.at + interval '{LOCKOUT}'),
                locked_by = e.desk_id
            WHERE user_id = e.user_id;
            -- (unless the desk locked it itself: its own entry says so)
            IF NOT EXISTS (SELECT 1 FROM rd_new n
                           WHERE n.user_id = e.user_id AND n.desk_id = e.desk_id
                             AND n.action = 'login_locked' AND n.at >= e.at) THEN
                INSERT INTO audit_entries (id, desk_id, at, user_id, action, subject, details)
                VALUES (gen_random_uuid(), e.desk_id, e.at, e.user_id, 'login_locked',
                        e.subject, jsonb_build_object('by', 'central',
                                                      'failed_logins', {MAX_FAILED_LOGINS}));
            END IF;
        ELSE
            UPDATE login_guard SET failed = failed + 1 WHERE user_id = e.user_id;
        END IF;
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER rd_login_guard AFTER INSERT ON audit_entries REFERENCING NEW TABLE AS rd_new
FOR EACH STATEMENT EXECUTE FUNCTION rd_login_guard();
"""  # noqa: S608 (the policy's constants, not data)


def upgrade() -> None:
    op.execute(
        sa.text("UPDATE desk_accounts SET site = :s WHERE site IS NULL").bindparams(s=DEFAULT_SITE)
    )
    op.alter_column("desk_accounts", "site", nullable=False)
    op.add_column("reference_deletions", sa.Column("site", sa.Text, nullable=True))
    op.execute(ROW_SITE)
    op.execute("REVOKE ALL ON FUNCTION public.rd_row_site(text, jsonb) FROM PUBLIC")
    op.execute(TRACK_DELETION)
    op.execute("DROP POLICY rd_desk_reads ON public.reference_deletions")
    op.execute(
        "CREATE POLICY rd_desk_reads ON public.reference_deletions FOR SELECT "
        f"USING (site IS NULL OR site = {SITE})"
    )
    for statement in (*triggers.postgresql_drop(), *pg_statement_triggers.create()):
        op.execute(statement)
    op.create_table(
        "login_guard",
        sa.Column("user_id", sa.Text, nullable=False),
        sa.Column("failed", sa.Integer, server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("locked_by", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("user_id", name="pk_login_guard"),
    )
    op.execute(LOGIN_GUARD)
    op.execute("REVOKE ALL ON FUNCTION public.rd_login_guard() FROM PUBLIC")
    # Every desk group reads it (those made before this revision too); row-level security
    # shows a desk only its site's users' rows. Nobody but the trigger writes it.
    op.execute("GRANT SELECT ON login_guard TO PUBLIC")
    op.execute("ALTER TABLE login_guard ENABLE ROW LEVEL SECURITY")
    trusted = "(SELECT public.rd_not_a_desk())"
    op.execute(
        f"CREATE POLICY rd_not_a_desk ON login_guard USING ({trusted}) WITH CHECK ({trusted})"
    )
    op.execute(
        "CREATE POLICY rd_desk_reads ON login_guard FOR SELECT USING "
        "(EXISTS (SELECT 1 FROM public.users u WHERE u.id = login_guard.user_id))"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER rd_login_guard ON audit_entries")
    op.execute("DROP FUNCTION rd_login_guard()")
    op.drop_table("login_guard")
    for statement in (*pg_statement_triggers.drop(), *triggers.postgresql_create()):
        op.execute(statement)
    op.execute("DROP POLICY rd_desk_reads ON public.reference_deletions")
    op.execute("CREATE POLICY rd_desk_reads ON public.reference_deletions FOR SELECT USING (true)")
    original = c0001_parts.FUNCTIONS[c0001_parts.FUNCTIONS.index(TRACKED) :]
    op.execute(original.replace(TRACKED, "CREATE OR REPLACE FUNCTION rd_track_deletion"))
    op.execute("DROP FUNCTION public.rd_row_site(text, jsonb)")
    op.drop_column("reference_deletions", "site")
    op.alter_column("desk_accounts", "site", nullable=True)

"""A central database that trusts no desk.

- `desk_accounts`: which database login is which desk (station id), at which site. A desk's
  identity is its login (`session_user`), never what its batch says.
- `site` on users, RMAs, products and locations (NULL: every site).
- Row-level security: a desk reads only its site's reference rows (PIN hashes included) and
  only its own pushed rows; it writes no table directly. Other roles (the owner, reporting,
  the relay) are not desks and keep what their grants give them.
- The push: the desk COPYs its batch into staging tables that `rd_push_stage()` made for it
  (owned by the schema owner; the desk may only insert into them), then `rd_push_merge()`
  (SECURITY DEFINER, fixed search_path) checks the batch against the caller's identity and
  the rows' owners and states, merges it, derives the status events and numbers them per
  return, all in the desk's transaction. The SQL is frozen here; a later revision that adds an
  event kind replaces the functions (CREATE OR REPLACE) and adds its staging table.

Revision ID: c0005
Revises: c0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0005"
down_revision = "c0004"
branch_labels = None
depends_on = None

SITED = ("users", "rmas", "products", "locations")
# Pushed tables a desk may read its own rows of (through grants given by role-sql).
OWN_ROWS = (
    "receipts",
    "inspections",
    "receipt_flags",
    "stock_movements",
    "audit_entries",
    "status_events",
    "unrouted_messages",
    "desks",
)
NO_DESK_ROWS = ("return_event_heads", "desk_accounts")
# Reference tables whose rows belong to a site through a parent row.
THROUGH = {
    "rma_lines": "EXISTS (SELECT 1 FROM public.rmas p WHERE p.rma_number = rma_lines.rma_number)",
    "rma_tracking": (
        "EXISTS (SELECT 1 FROM public.rmas p WHERE p.rma_number = rma_tracking.rma_number)"
    ),
    "product_gtins": "EXISTS (SELECT 1 FROM public.products p WHERE p.sku = product_gtins.sku)",
    "customers": "EXISTS (SELECT 1 FROM public.rmas p WHERE p.customer_id = customers.id)",
}
# Rules are one per schema; tombstones carry keys only; event versions are checked by desks.
OPEN_TO_ALL = ("rules", "reference_deletions", "event_versions")

IDENTITY = """
CREATE FUNCTION public.rd_current_desk() RETURNS text LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT desk_id FROM public.desk_accounts WHERE login = session_user
$$;
CREATE FUNCTION public.rd_current_site() RETURNS text LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT site FROM public.desk_accounts WHERE login = session_user
$$;
-- Not a desk: the owner, reporting and relay roles (their grants decide what they may do).
CREATE FUNCTION public.rd_not_a_desk() RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT NOT EXISTS (SELECT 1 FROM public.desk_accounts WHERE login = session_user)
$$;
-- The batch's desk: the caller's own when it is a desk account (a batch claiming another
-- station is refused); a caller who could write the tables itself (their owner, a
-- superuser) may push on any desk's behalf (tools, tests, the benchmark).
CREATE FUNCTION public.rd_push_identity(claim text, OUT desk text, OUT site text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    SELECT a.desk_id, a.site INTO desk, site FROM public.desk_accounts a
    WHERE a.login = session_user;
    IF FOUND THEN
        IF claim IS DISTINCT FROM desk THEN
            RAISE EXCEPTION 'login % is desk %; this batch claims desk %',
                session_user, desk, claim USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN;
    END IF;
    IF pg_has_role(session_user,
                   (SELECT relowner FROM pg_class WHERE oid = 'public.inspections'::regclass),
                   'MEMBER') THEN
        desk := claim;
        site := NULL;
        RETURN;
    END IF;
    RAISE EXCEPTION 'login % is not a registered desk (desk_accounts)', session_user
        USING ERRCODE = 'insufficient_privilege';
END $$;
"""

# Staging: the columns a desk COPYs, per kind. The desk's own copies of these lists are in
# adapters/central/messages.py (a push test fails if they drift apart).
STAGING = {
    "rd_s_receipts": "id uuid, rma_number text, desk_id text, opened_by text, "
    "opened_at timestamptz, scanned_code text, received_message_id uuid, desk_seq bigint",
    "rd_s_inspections": "unit_id uuid, message_id uuid, receipt_id uuid, rma_number text, "
    "desk_id text, desk_seq bigint, unit_seq integer, sku text, gtin14 text, line_no integer, "
    "match text, scanned_code text, serial text, scanned_at timestamptz, scanned_by text, "
    "grade text, condition_codes jsonb, note text, disposition text, rule_id text, "
    "rule_version text, why text, inspector_id text, inspected_at timestamptz, "
    "checklist jsonb, photos jsonb, notes jsonb, return_window text, returns_to_stock boolean, "
    "refund_kind text, refund_percent integer",
    "rd_s_withdrawals": "unit_id uuid, message_id uuid, withdrawn_at timestamptz, "
    "withdrawn_by text",
    "rd_s_overrides": "unit_id uuid, message_id uuid, override_desk_seq bigint, "
    "override_disposition text, override_reason text, override_by text, "
    "override_at timestamptz",
    "rd_s_flags": "receipt_id uuid, flag_no integer, desk_id text, kind text, line_no integer, "
    "unit_seq integer, evidence jsonb",
    "rd_s_completions": "receipt_id uuid, message_id uuid, completed_at timestamptz, "
    "completed_by text, desk_seq bigint",
    "rd_s_completion_units": "receipt_id uuid, ordinal integer, unit_id uuid, sku text, "
    "match text, grade text, disposition text, refund_kind text, refund_percent integer",
    "rd_s_voids": "receipt_id uuid, message_id uuid, voided_at timestamptz, void_reason text, "
    "desk_seq bigint",
    "rd_s_set_asides": "receipt_id uuid, message_id uuid, set_aside_at timestamptz, "
    "set_aside_reason text",
    "rd_s_movements": "id uuid, message_id uuid, desk_id text, desk_seq bigint, lpn text, "
    "sku text, quantity integer, grade text, from_location text, to_location text, "
    "reason text, moved_by text, moved_at timestamptz, receipt_id uuid",
    "rd_s_unrouted": "id uuid, desk_id text, desk_seq bigint, topic text, key text, "
    "payload jsonb, created_at timestamptz",
    "rd_s_audit": "id uuid, desk_id text, at timestamptz, user_id text, action text, "
    "subject text, details jsonb",
}
# The merge's own scratch tables: the desk gets no privilege on them.
SCRATCH = {
    "rd_m_events": "return_key text, desk_seq bigint, ordinal integer, event_type text, "
    "at timestamptz, receipt_id uuid, message_id uuid, payload jsonb",
    "rd_m_completed": "receipt_id uuid, rma_number text, message_id uuid, desk_seq bigint, "
    "completed_at timestamptz, completed_by text",
}


def _stage_function() -> str:
    creates = "\n".join(
        f"        CREATE TEMP TABLE {name} ({columns}) ON COMMIT DELETE ROWS;"
        for name, columns in {**STAGING, **SCRATCH}.items()
    )
    grants = ", ".join(f"pg_temp.{name}" for name in STAGING)
    names = ", ".join(f"'{name}'" for name in {**STAGING, **SCRATCH})
    # The names and columns are this module's constants, not data.
    return f"""
-- The caller's staging tables, made once per connection (they live as long as it). They
-- belong to the definer, so the desk can insert rows but never alter, replace or attach
-- anything to them (a policy, a trigger, a view calling its own function ...) that the
-- merge would then run with the definer's rights. Rows go at commit.
CREATE FUNCTION public.rd_push_stage() RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    made boolean := to_regclass('pg_temp.rd_s_receipts') IS NULL;
BEGIN
    IF made THEN  -- (a table of these names the caller made itself fails the check below)
{creates}
        EXECUTE format('GRANT INSERT ON {grants} TO %I', session_user);
    END IF;
    PERFORM public.rd_push_staging_checked();
END $$;

CREATE FUNCTION public.rd_push_staging_checked() RETURNS void LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF (SELECT count(*) FROM pg_class c
        WHERE c.relnamespace = pg_my_temp_schema() AND c.relname IN ({names})
          AND c.relkind = 'r'
          AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
          AND NOT c.relrowsecurity AND NOT c.relhassubclass AND NOT c.relhastriggers
       ) <> {len(STAGING) + len(SCRATCH)} THEN
        RAISE EXCEPTION 'push staging tables are not the ones rd_push_stage() made'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;
"""  # noqa: S608


MERGE = r"""
CREATE FUNCTION public.rd_refused(message text, VARIADIC args text[]) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog AS $$
BEGIN
    RAISE EXCEPTION '%', format(message, VARIADIC args) USING ERRCODE = 'insufficient_privilege';
END $$;

-- Why a unit gets no refund recommendation but a review: no RMA, not what was declared, or
-- not the serial that was sold. `flag` is the completion's discrepancy on the unit, if any.
CREATE FUNCTION public.rd_hold_reason(rma text, match text, flag text, serial text,
                                      sold_serial text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT CASE
        WHEN rma IS NULL THEN 'no_rma'
        WHEN flag IN ('wrong_item', 'extra_item', 'quantity_over', 'serial_mismatch') THEN flag
        WHEN match = 'not_on_rma' THEN 'extra_item'
        WHEN match = 'over_quantity' THEN 'quantity_over'
        WHEN match IS DISTINCT FROM 'matched' THEN 'unknown'
        WHEN sold_serial IS NOT NULL AND serial IS NOT NULL AND serial <> sold_serial
            THEN 'serial_mismatch'
    END
$$;

CREATE FUNCTION public.rd_push_merge(
    p_claim text, p_install uuid, p_last_seq bigint, p_app_version text, p_messages integer,
    OUT applied bigint, OUT events bigint
) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
-- The staging tables have no statistics: planned freely, a batch of a few rows could read the
-- whole of `inspections` or `receipts`. So no hash or merge joins, the big tables are looked
-- up by key (`= ANY (ARRAY(...))` of the staged keys) and empty kinds are skipped: the work
-- is in proportion to the batch.
SET enable_hashjoin = off SET enable_mergejoin = off AS $$
DECLARE
    me record;
    n bigint;
    bad text;
BEGIN
    SELECT * INTO me FROM public.rd_push_identity(p_claim);
    PERFORM public.rd_push_staging_checked();
    applied := 0;
    events := 0;
    DELETE FROM pg_temp.rd_m_events;
    DELETE FROM pg_temp.rd_m_completed;

    -- Every row names the batch's desk (the merge writes it from the identity anyway).
    SELECT d INTO bad FROM (
        SELECT desk_id AS d FROM pg_temp.rd_s_receipts
        UNION ALL SELECT desk_id FROM pg_temp.rd_s_inspections
        UNION ALL SELECT desk_id FROM pg_temp.rd_s_flags
        UNION ALL SELECT desk_id FROM pg_temp.rd_s_movements
        UNION ALL SELECT desk_id FROM pg_temp.rd_s_unrouted
        UNION ALL SELECT desk_id FROM pg_temp.rd_s_audit
    ) x WHERE d IS DISTINCT FROM me.desk LIMIT 1;
    IF FOUND THEN
        PERFORM public.rd_refused('desk %s may not push rows of desk %s', me.desk, bad);
    END IF;

    -- Receipts: new ones become this desk's; another desk's receipt id is refused, and so is
    -- an RMA of another site.
    SELECT s.id::text INTO bad FROM pg_temp.rd_s_receipts s
    JOIN public.receipts r ON r.id = s.id
        AND r.id = ANY (ARRAY(SELECT id FROM pg_temp.rd_s_receipts))
    WHERE r.desk_id <> me.desk LIMIT 1;
    IF FOUND THEN
        PERFORM public.rd_refused('receipt %s belongs to another desk', bad);
    END IF;
    IF me.site IS NOT NULL THEN
        SELECT s.rma_number INTO bad FROM pg_temp.rd_s_receipts s
        JOIN public.rmas m ON m.rma_number = s.rma_number
            AND m.rma_number = ANY (ARRAY(SELECT rma_number FROM pg_temp.rd_s_receipts))
        WHERE m.site IS NOT NULL AND m.site <> me.site LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('RMA %s belongs to another site', bad);
        END IF;
    END IF;
    WITH added AS (
        INSERT INTO public.receipts AS r
            (id, rma_number, desk_id, opened_by, opened_at, scanned_code, status,
             received_message_id)
        SELECT id, rma_number, me.desk, opened_by, opened_at, scanned_code, 'open',
               received_message_id
        FROM pg_temp.rd_s_receipts
        ON CONFLICT (id) DO NOTHING
        RETURNING r.id, r.rma_number, r.opened_by, r.opened_at, r.received_message_id
    )
    INSERT INTO pg_temp.rd_m_events
    SELECT coalesce(a.rma_number, a.id::text), s.desk_seq, 0, 'received', a.opened_at, a.id,
           a.received_message_id,
           jsonb_build_object('receipt_id', a.id, 'rma', a.rma_number, 'station', me.desk,
                              'clerk', a.opened_by)
    FROM added a JOIN pg_temp.rd_s_receipts s ON s.id = a.id;
    GET DIAGNOSTICS n = ROW_COUNT;
    applied := applied + n;

    -- Inspections: a unit is its desk's (desk_id is never rewritten); a new unit may not sit
    -- on another desk's receipt. A unit that is not what was declared, or not the serial sold,
    -- is stored with no refund: the same rows the reports read.
    SELECT s.unit_id::text INTO bad FROM pg_temp.rd_s_inspections s
    WHERE EXISTS (SELECT 1 FROM public.inspections i
                  WHERE i.unit_id = s.unit_id AND i.desk_id <> me.desk)
       OR EXISTS (SELECT 1 FROM public.receipts r
                  WHERE r.id = s.receipt_id AND r.desk_id <> me.desk)
    LIMIT 1;
    IF FOUND THEN
        PERFORM public.rd_refused('unit %s belongs to another desk', bad);
    END IF;
    -- First deliveries (the bulk of any backlog) are a plain insert; only a batch holding a
    -- unit already stored (a re-send, a re-inspection) pays for the upsert.
    IF EXISTS (SELECT 1 FROM pg_temp.rd_s_inspections) THEN
      BEGIN
        INSERT INTO public.inspections AS i (
            unit_id, message_id, receipt_id, rma_number, desk_id, desk_seq, unit_seq, sku, gtin14,
            line_no, match, scanned_code, serial, scanned_at, scanned_by, grade, condition_codes,
            note, disposition, rule_id, rule_version, why, inspector_id, inspected_at, checklist,
            photos, notes, return_window, returns_to_stock, refund_kind, refund_percent)
        SELECT unit_id, message_id, receipt_id, rma_number, me.desk, desk_seq, unit_seq, sku,
            gtin14, line_no, match, scanned_code, serial, scanned_at, scanned_by, grade,
            condition_codes, note, disposition, rule_id, rule_version, why, inspector_id,
            inspected_at, checklist, photos, notes, return_window, returns_to_stock,
            CASE WHEN match = 'matched' THEN refund_kind ELSE 'none' END,
            CASE WHEN match = 'matched' THEN refund_percent ELSE 0 END
        FROM pg_temp.rd_s_inspections;
        GET DIAGNOSTICS n = ROW_COUNT;
      EXCEPTION WHEN unique_violation THEN
        INSERT INTO public.inspections AS i (
            unit_id, message_id, receipt_id, rma_number, desk_id, desk_seq, unit_seq, sku, gtin14,
            line_no, match, scanned_code, serial, scanned_at, scanned_by, grade, condition_codes,
            note, disposition, rule_id, rule_version, why, inspector_id, inspected_at, checklist,
            photos, notes, return_window, returns_to_stock, refund_kind, refund_percent)
        SELECT unit_id, message_id, receipt_id, rma_number, me.desk, desk_seq, unit_seq, sku,
            gtin14, line_no, match, scanned_code, serial, scanned_at, scanned_by, grade,
            condition_codes, note, disposition, rule_id, rule_version, why, inspector_id,
            inspected_at, checklist, photos, notes, return_window, returns_to_stock,
            CASE WHEN match = 'matched' THEN refund_kind ELSE 'none' END,
            CASE WHEN match = 'matched' THEN refund_percent ELSE 0 END
        FROM pg_temp.rd_s_inspections
        ON CONFLICT (unit_id) DO UPDATE SET
            message_id = EXCLUDED.message_id, receipt_id = EXCLUDED.receipt_id,
            rma_number = EXCLUDED.rma_number, desk_seq = EXCLUDED.desk_seq,
            unit_seq = EXCLUDED.unit_seq, sku = EXCLUDED.sku, gtin14 = EXCLUDED.gtin14,
            line_no = EXCLUDED.line_no, match = EXCLUDED.match,
            scanned_code = EXCLUDED.scanned_code, serial = EXCLUDED.serial,
            scanned_at = EXCLUDED.scanned_at, scanned_by = EXCLUDED.scanned_by,
            grade = EXCLUDED.grade, condition_codes = EXCLUDED.condition_codes,
            note = EXCLUDED.note, disposition = EXCLUDED.disposition, rule_id = EXCLUDED.rule_id,
            rule_version = EXCLUDED.rule_version, why = EXCLUDED.why,
            inspector_id = EXCLUDED.inspector_id, inspected_at = EXCLUDED.inspected_at,
            checklist = EXCLUDED.checklist, photos = EXCLUDED.photos, notes = EXCLUDED.notes,
            return_window = EXCLUDED.return_window, returns_to_stock = EXCLUDED.returns_to_stock,
            refund_kind = EXCLUDED.refund_kind, refund_percent = EXCLUDED.refund_percent
        WHERE i.desk_seq < EXCLUDED.desk_seq AND i.desk_id = EXCLUDED.desk_id;
        GET DIAGNOSTICS n = ROW_COUNT;
      END;
      applied := applied + n;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_temp.rd_s_inspections WHERE serial IS NOT NULL) THEN
        UPDATE public.inspections i SET refund_kind = 'none', refund_percent = 0
        FROM pg_temp.rd_s_inspections s JOIN public.rma_lines l
            ON l.rma_number = s.rma_number AND l.line_no = s.line_no
        WHERE s.serial IS NOT NULL AND l.serial IS NOT NULL AND s.serial <> l.serial
          AND i.unit_id = s.unit_id AND i.desk_id = me.desk AND i.refund_kind <> 'none'
          AND i.unit_id = ANY (ARRAY(SELECT unit_id FROM pg_temp.rd_s_inspections
                                     WHERE serial IS NOT NULL));
    END IF;

    -- Overrides and withdrawals: only of this desk's units.
    SELECT s.unit_id::text INTO bad FROM (
        SELECT unit_id FROM pg_temp.rd_s_overrides
        UNION ALL SELECT unit_id FROM pg_temp.rd_s_withdrawals
    ) s JOIN public.inspections i ON i.unit_id = s.unit_id
        AND i.unit_id = ANY (ARRAY(SELECT unit_id FROM pg_temp.rd_s_overrides
                                   UNION ALL SELECT unit_id FROM pg_temp.rd_s_withdrawals))
    WHERE i.desk_id <> me.desk LIMIT 1;
    IF FOUND THEN
        PERFORM public.rd_refused('unit %s belongs to another desk', bad);
    END IF;
    UPDATE public.inspections i SET override_disposition = s.override_disposition,
        override_reason = s.override_reason, override_by = s.override_by,
        override_at = s.override_at, override_desk_seq = s.override_desk_seq
    FROM pg_temp.rd_s_overrides s
    WHERE i.unit_id = s.unit_id AND i.desk_id = me.desk
      AND coalesce(i.override_desk_seq, 0) < s.override_desk_seq
      AND i.unit_id = ANY (ARRAY(SELECT unit_id FROM pg_temp.rd_s_overrides));
    GET DIAGNOSTICS n = ROW_COUNT;
    applied := applied + n;
    UPDATE public.inspections i SET withdrawn_at = s.withdrawn_at,
        withdrawn_by = s.withdrawn_by, withdrawn_message_id = s.message_id
    FROM pg_temp.rd_s_withdrawals s
    WHERE i.unit_id = s.unit_id AND i.desk_id = me.desk AND i.withdrawn_message_id IS NULL
      AND i.unit_id = ANY (ARRAY(SELECT unit_id FROM pg_temp.rd_s_withdrawals));
    GET DIAGNOSTICS n = ROW_COUNT;
    applied := applied + n;

    -- What happens to a receipt (flags, completion, void, set-aside): only to this desk's.
    SELECT s.receipt_id::text INTO bad FROM (
        SELECT receipt_id FROM pg_temp.rd_s_flags
        UNION ALL SELECT receipt_id FROM pg_temp.rd_s_completions
        UNION ALL SELECT receipt_id FROM pg_temp.rd_s_voids
        UNION ALL SELECT receipt_id FROM pg_temp.rd_s_set_asides
        UNION ALL SELECT receipt_id FROM pg_temp.rd_s_movements
    ) s JOIN public.receipts r ON r.id = s.receipt_id
        AND r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_flags
                              UNION ALL SELECT receipt_id FROM pg_temp.rd_s_completions
                              UNION ALL SELECT receipt_id FROM pg_temp.rd_s_voids
                              UNION ALL SELECT receipt_id FROM pg_temp.rd_s_set_asides
                              UNION ALL SELECT receipt_id FROM pg_temp.rd_s_movements))
    WHERE r.desk_id <> me.desk LIMIT 1;
    IF FOUND THEN
        PERFORM public.rd_refused('receipt %s belongs to another desk', bad);
    END IF;
    INSERT INTO public.receipt_flags
        (receipt_id, flag_no, desk_id, kind, line_no, unit_seq, evidence)
    SELECT receipt_id, flag_no, me.desk, kind, line_no, unit_seq, evidence
    FROM pg_temp.rd_s_flags ON CONFLICT DO NOTHING;

    -- Only an open (or set-aside) receipt is completed, only an open one voided.
    SELECT s.receipt_id::text INTO bad FROM pg_temp.rd_s_completions s
    JOIN public.receipts r ON r.id = s.receipt_id
        AND r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_completions))
    WHERE r.completed_message_id IS NULL AND r.status NOT IN ('open', 'set_aside') LIMIT 1;
    IF FOUND THEN
        PERFORM public.rd_refused('receipt %s is not open: it cannot be completed', bad);
    END IF;
    WITH done AS (
        UPDATE public.receipts r SET status = 'completed', completed_at = s.completed_at,
            completed_by = s.completed_by, completed_message_id = s.message_id
        FROM pg_temp.rd_s_completions s
        WHERE r.id = s.receipt_id AND r.desk_id = me.desk AND r.completed_message_id IS NULL
          AND r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_completions))
        RETURNING r.id, r.rma_number, s.message_id, s.desk_seq, s.completed_at, s.completed_by
    )
    INSERT INTO pg_temp.rd_m_completed SELECT * FROM done;
    GET DIAGNOSTICS n = ROW_COUNT;
    applied := applied + n;
    IF n > 0 THEN
        PERFORM public.rd_completion_events();
    END IF;

    SELECT s.receipt_id::text INTO bad FROM pg_temp.rd_s_voids s
    JOIN public.receipts r ON r.id = s.receipt_id
        AND r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_voids))
    WHERE r.voided_message_id IS NULL AND r.status <> 'open' LIMIT 1;
    IF FOUND THEN
        PERFORM public.rd_refused('receipt %s is not open: only an open return can be voided',
                                  bad);
    END IF;
    WITH voided AS (
        UPDATE public.receipts r SET status = 'voided', voided_at = s.voided_at,
            void_reason = s.void_reason, voided_message_id = s.message_id
        FROM pg_temp.rd_s_voids s
        WHERE r.id = s.receipt_id AND r.desk_id = me.desk AND r.voided_message_id IS NULL
          AND r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_voids))
        RETURNING r.id, r.rma_number, s.message_id, s.desk_seq, s.voided_at, s.void_reason
    )
    INSERT INTO pg_temp.rd_m_events
    SELECT coalesce(rma_number, id::text), desk_seq, 0, 'voided', voided_at, id, message_id,
           jsonb_build_object('receipt_id', id, 'rma', rma_number, 'reason', void_reason)
    FROM voided;
    GET DIAGNOSTICS n = ROW_COUNT;
    applied := applied + n;
    UPDATE public.receipts r SET status = 'set_aside', set_aside_at = s.set_aside_at,
        set_aside_reason = s.set_aside_reason
    FROM pg_temp.rd_s_set_asides s
    WHERE r.id = s.receipt_id AND r.desk_id = me.desk AND r.status = 'open'
      AND r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_set_asides));
    GET DIAGNOSTICS n = ROW_COUNT;
    applied := applied + n;

    -- Ledger rows, unrouted messages and audit entries: appended under this desk's name.
    INSERT INTO public.stock_movements (id, message_id, desk_id, desk_seq, lpn, sku, quantity,
        grade, from_location, to_location, reason, moved_by, moved_at, receipt_id)
    SELECT id, message_id, me.desk, desk_seq, lpn, sku, quantity, grade, from_location,
        to_location, reason, moved_by, moved_at, receipt_id
    FROM pg_temp.rd_s_movements ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    applied := applied + n;
    INSERT INTO public.unrouted_messages
        (id, desk_id, desk_seq, topic, key, payload, created_at)
    SELECT id, me.desk, desk_seq, topic, key, payload, created_at
    FROM pg_temp.rd_s_unrouted ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    applied := applied + n;
    IF me.site IS NOT NULL THEN  -- a desk speaks for its site's users only
        SELECT a.user_id INTO bad FROM pg_temp.rd_s_audit a
        JOIN public.users u ON u.id = a.user_id
            AND u.id = ANY (ARRAY(SELECT user_id FROM pg_temp.rd_s_audit))
        WHERE u.site IS NOT NULL AND u.site <> me.site LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('user %s is not a user of site %s', bad, me.site);
        END IF;
    END IF;
    INSERT INTO public.audit_entries (id, desk_id, at, user_id, action, subject, details)
    SELECT id, me.desk, at, user_id, action, subject, details
    FROM pg_temp.rd_s_audit ON CONFLICT DO NOTHING;

    -- Status events, numbered per return: heads in key order (no deadlock between two
    -- pushes), the batch's events in desk order.
    WITH counts AS (
        SELECT return_key, count(*) AS n FROM pg_temp.rd_m_events GROUP BY return_key
    ), heads AS (
        INSERT INTO public.return_event_heads AS h (return_key, last_seq)
        SELECT return_key, counts.n FROM counts ORDER BY return_key
        ON CONFLICT (return_key) DO UPDATE SET last_seq = h.last_seq + EXCLUDED.last_seq
        RETURNING h.return_key, h.last_seq
    )
    INSERT INTO public.status_events
        (return_key, return_seq, event_type, at, desk_id, receipt_id, message_id, payload)
    SELECT e.return_key,
        heads.last_seq - c.n
            + row_number() OVER (PARTITION BY e.return_key ORDER BY e.desk_seq, e.ordinal),
        e.event_type, e.at, me.desk, e.receipt_id, e.message_id, e.payload
    FROM pg_temp.rd_m_events e JOIN counts c USING (return_key) JOIN heads USING (return_key);
    GET DIAGNOSTICS events = ROW_COUNT;

    IF p_messages > 0 THEN
        INSERT INTO public.desks AS d (desk_id, install_id, last_seen_at, last_desk_seq,
                                       app_version)
        VALUES (me.desk, p_install, now(), p_last_seq, p_app_version)
        ON CONFLICT (desk_id) DO UPDATE SET install_id = EXCLUDED.install_id,
            last_seen_at = now(), last_desk_seq = greatest(d.last_desk_seq,
                                                           EXCLUDED.last_desk_seq),
            app_version = EXCLUDED.app_version;
    END IF;
END $$;

-- The events of the receipts completed by this merge, from the central rows: each unit's
-- match, grade, disposition (after an override) and refund as the inspections hold them
-- (the desk's completion only lists the units). Refundable: the declared unit, with the
-- serial sold, and a refund. Held for review: see rd_hold_reason.
CREATE FUNCTION public.rd_completion_events() RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
SET enable_hashjoin = off SET enable_mergejoin = off AS $$
BEGIN
    WITH units AS (
        SELECT c.receipt_id, c.rma_number, c.message_id, c.desk_seq, c.completed_at,
            u.ordinal, u.unit_id, coalesce(i.sku, u.sku) AS sku,
            coalesce(i.match, u.match) AS match, coalesce(i.grade, u.grade) AS grade,
            coalesce(i.override_disposition, i.disposition, u.disposition) AS disposition,
            CASE WHEN i.unit_id IS NOT NULL THEN i.refund_kind ELSE u.refund_kind END
                AS refund_kind,
            CASE WHEN i.unit_id IS NOT NULL THEN i.refund_percent ELSE u.refund_percent END
                AS refund_percent,
            public.rd_hold_reason(c.rma_number, coalesce(i.match, u.match), f.kind, i.serial,
                                  l.serial) AS held
        FROM pg_temp.rd_m_completed c
        JOIN pg_temp.rd_s_completion_units u ON u.receipt_id = c.receipt_id
        LEFT JOIN public.inspections i ON i.unit_id = u.unit_id AND i.receipt_id = c.receipt_id
            AND i.unit_id = ANY (ARRAY(SELECT unit_id FROM pg_temp.rd_s_completion_units))
        LEFT JOIN public.rma_lines l ON l.rma_number = c.rma_number AND l.line_no = i.line_no
        LEFT JOIN LATERAL (
            SELECT rf.kind FROM public.receipt_flags rf
            WHERE rf.receipt_id = c.receipt_id AND rf.unit_seq = i.unit_seq
              AND rf.kind IN ('wrong_item', 'extra_item', 'quantity_over', 'serial_mismatch')
            ORDER BY rf.flag_no LIMIT 1
        ) f ON true
    ), judged AS (
        SELECT *, held IS NULL AND (refund_kind IS NULL OR refund_kind <> 'none') AS refundable,
            CASE WHEN refund_kind IS NULL THEN NULL
                 ELSE jsonb_build_object('kind', refund_kind, 'percent', refund_percent)
            END AS refund
        FROM units
    ), per_receipt AS (
        SELECT receipt_id,
            jsonb_agg(jsonb_build_object('unit_id', unit_id, 'sku', sku, 'grade', grade)
                      ORDER BY ordinal) AS graded,
            jsonb_agg(jsonb_build_object('unit_id', unit_id, 'sku', sku,
                                         'disposition', disposition) ORDER BY ordinal) AS disposed,
            coalesce(jsonb_agg(jsonb_build_object('unit_id', unit_id, 'sku', sku,
                                                  'refund', refund) ORDER BY ordinal)
                     FILTER (WHERE refundable), '[]') AS refunded,
            coalesce(jsonb_agg(jsonb_build_object('unit_id', unit_id, 'sku', sku,
                                                  'match', match, 'review',
                                                  CASE WHEN held IS NULL THEN NULL
                                                       ELSE 'held_for_review' END,
                                                  'reason', held) ORDER BY ordinal)
                     FILTER (WHERE NOT refundable), '[]') AS not_refunded,
            coalesce(jsonb_agg(jsonb_build_object('unit_id', unit_id, 'sku', sku,
                                                  'match', match, 'reason', held)
                               ORDER BY ordinal) FILTER (WHERE held IS NOT NULL), '[]') AS held,
            count(*) AS units
        FROM judged GROUP BY receipt_id
    ), made AS (
        SELECT c.*, coalesce(p.graded, '[]') AS graded, coalesce(p.disposed, '[]') AS disposed,
            coalesce(p.refunded, '[]') AS refunded,
            coalesce(p.not_refunded, '[]') AS not_refunded,
            coalesce(p.held, '[]') AS held, coalesce(p.units, 0) AS units
        FROM pg_temp.rd_m_completed c LEFT JOIN per_receipt p USING (receipt_id)
    )
    INSERT INTO pg_temp.rd_m_events
    SELECT coalesce(m.rma_number, m.receipt_id::text), m.desk_seq, e.ordinal, e.kind,
        m.completed_at, m.receipt_id, m.message_id,
        jsonb_build_object('receipt_id', m.receipt_id, 'rma', m.rma_number) || e.data
    FROM made m CROSS JOIN LATERAL (VALUES
        (0, 'inspected', jsonb_build_object('units', m.graded), true),
        (1, 'disposition_decided', jsonb_build_object('units', m.disposed), true),
        (2, 'refund_recommended',
            jsonb_build_object('units', m.refunded, 'held_units', m.not_refunded),
            jsonb_array_length(m.refunded) > 0),
        (3, 'held_for_review', jsonb_build_object('units', m.held),
            jsonb_array_length(m.held) > 0),
        (4, 'completed',
            jsonb_build_object('completed_by', m.completed_by, 'units', m.units), true)
    ) AS e(ordinal, kind, data, wanted)
    WHERE e.wanted;
END $$;
"""

FUNCTIONS = (
    "rd_push_merge(text, uuid, bigint, text, integer)",
    "rd_completion_events()",
    "rd_push_stage()",
    "rd_push_staging_checked()",
    "rd_push_identity(text)",
    "rd_hold_reason(text, text, text, text, text)",
    "rd_refused(text, text[])",
    "rd_not_a_desk()",
    "rd_current_site()",
    "rd_current_desk()",
)


def upgrade() -> None:
    op.create_table(
        "desk_accounts",
        sa.Column("login", sa.Text, nullable=False),
        sa.Column("desk_id", sa.Text, nullable=False),
        sa.Column("site", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("login", name="pk_desk_accounts"),
        sa.UniqueConstraint("desk_id", name="uq_desk_accounts_desk_id"),
    )
    for table in SITED:
        op.add_column(table, sa.Column("site", sa.Text, nullable=True))
    op.create_index("ix_rmas_customer_id", "rmas", ["customer_id"])
    op.execute(IDENTITY)
    op.execute(_stage_function())
    op.execute(MERGE)
    for function in FUNCTIONS:  # PUBLIC may execute functions by default: only the grants
        op.execute(f"REVOKE ALL ON FUNCTION public.{function} FROM PUBLIC")
    for function in ("rd_current_desk()", "rd_current_site()", "rd_not_a_desk()"):
        op.execute(f"GRANT EXECUTE ON FUNCTION public.{function} TO PUBLIC")  # in policies
    # Row-level security. Non-desk roles: everything their grants allow. Desks: reads only.
    trusted = "(SELECT public.rd_not_a_desk())"
    site = "(SELECT public.rd_current_site())"
    desk = "(SELECT public.rd_current_desk())"
    readable = {
        **{t: f"site IS NULL OR site = {site} OR {site} IS NULL" for t in SITED},
        **THROUGH,
        **{t: "true" for t in OPEN_TO_ALL},
        **{t: f"desk_id = {desk}" for t in OWN_ROWS},
    }
    for table in (*readable, *NO_DESK_ROWS):
        op.execute(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY rd_not_a_desk ON public.{table} USING ({trusted}) "
            f"WITH CHECK ({trusted})"
        )
    for table, condition in readable.items():
        op.execute(f"CREATE POLICY rd_desk_reads ON public.{table} FOR SELECT USING ({condition})")


def downgrade() -> None:
    readable = (*SITED, *THROUGH, *OPEN_TO_ALL, *OWN_ROWS)
    for table in readable:
        op.execute(f"DROP POLICY rd_desk_reads ON public.{table}")
    for table in (*readable, *NO_DESK_ROWS):
        op.execute(f"DROP POLICY rd_not_a_desk ON public.{table}")
        op.execute(f"ALTER TABLE public.{table} DISABLE ROW LEVEL SECURITY")
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION public.{function}")
    op.drop_index("ix_rmas_customer_id", table_name="rmas")
    for table in SITED:
        op.drop_column(table, "site")
    op.drop_table("desk_accounts")

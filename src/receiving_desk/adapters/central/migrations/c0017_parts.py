"""The SQL of central revision c0017 (kept beside it so each file stays short): the push's
staging function and merge (the roll-up trigger functions are in the revision itself).
Frozen with the revision: never edit for a later schema change; write a new revision instead.

What a pushed batch of 1000 inspections cost before, measured with EXPLAIN ANALYZE of every
statement of the merge and timing of each step of the push:
- the commit: ≈ 6 ms of its ≈ 7 emptied the 16 staging and scratch tables (`ON COMMIT DELETE
  ROWS` truncates every such table, with its TOAST table and index, at each commit of a
  transaction that touched any temporary table);
- statements over empty staging tables still ran their statement-level triggers (the roll-up
  marking, the relay fan-out): ≈ 0.3 ms each, a dozen per batch;
- the check that no staged unit was another desk's read all of `inspections` (a hashed
  subplan): a cost growing with the table, paid by every batch;
- the roll-up marking formatted two day strings per inserted row (`to_char` is slow).
Now: the staging tables keep their rows past a commit and the merge deletes the rows it has
merged (only from the tables that had any); each kind's statements run only when the batch
has rows of that kind; a staged unit is looked up only when the plain insert finds it stored
already; the roll-up marking bins the rows' times to UTC days (integer arithmetic, one pass)
and formats only the distinct days.
"""

# ruff: noqa: S608  (the SQL is built from this revision's table and column names, not data)
from __future__ import annotations

# Staged kinds, in the merge's order: (flag variable, staging table).
KINDS = (
    ("has_r", "rd_s_receipts"),
    ("has_i", "rd_s_inspections"),
    ("has_o", "rd_s_overrides"),
    ("has_w", "rd_s_withdrawals"),
    ("has_f", "rd_s_flags"),
    ("has_c", "rd_s_completions"),
    ("has_cu", "rd_s_completion_units"),
    ("has_v", "rd_s_voids"),
    ("has_sa", "rd_s_set_asides"),
    ("has_m", "rd_s_movements"),
    ("has_u", "rd_s_unrouted"),
    ("has_e", "rd_s_evidence"),
    ("has_a", "rd_s_audit"),
    ("has_uw", "rd_s_unit_weights"),  # c0014's: merged by its helper, cleared here
    ("has_pw", "rd_s_parcel_weights"),
)


def stage_sql(staging: dict[str, str], scratch: dict[str, str]) -> str:
    """rd_push_stage: the caller's staging tables, each made when missing, now keeping their
    rows past a commit (the merge deletes what it merged). A connection that staged before
    this revision keeps its `ON COMMIT DELETE ROWS` tables; the merge works on both."""
    creates = "\n".join(
        f"    IF to_regclass('pg_temp.{name}') IS NULL THEN\n"
        f"        CREATE TEMP TABLE {name} ({columns}) ON COMMIT PRESERVE ROWS;\n"
        f"        EXECUTE format('GRANT INSERT ON pg_temp.{name} TO %I', session_user);\n"
        f"    END IF;"
        for name, columns in staging.items()
    )
    scratches = "\n".join(
        f"    IF to_regclass('pg_temp.{name}') IS NULL THEN\n"
        f"        CREATE TEMP TABLE {name} ({columns}) ON COMMIT PRESERVE ROWS;\n"
        f"    END IF;"
        for name, columns in scratch.items()
    )
    return f"""
CREATE OR REPLACE FUNCTION public.rd_push_stage() RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
{creates}
{scratches}
    PERFORM public.rd_push_staging_checked();
END $$;
"""


_FLAGS = "\n".join(f"    {flag} boolean;" for flag, _ in KINDS)
_PROBES = "\n".join(f"    {flag} := EXISTS (SELECT 1 FROM pg_temp.{t});" for flag, t in KINDS)
_CLEAR = "\n".join(
    f"    IF {flag} THEN\n        DELETE FROM pg_temp.{t};\n    END IF;" for flag, t in KINDS
)
_INSPECTION_COLUMNS = """
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
        FROM pg_temp.rd_s_inspections"""

MERGE = f"""
CREATE OR REPLACE FUNCTION public.rd_push_merge(
    p_claim text, p_install uuid, p_last_seq bigint, p_app_version text, p_messages integer,
    OUT applied bigint, OUT events bigint
) LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
-- The staging tables have no statistics: planned freely, a batch of a few rows could read the
-- whole of `inspections` or `receipts`. So no hash or merge joins, the big tables are looked
-- up by key (`= ANY (ARRAY(...))` of the staged keys) and empty kinds are skipped (their
-- statements would still run the tables' statement triggers): the work is in proportion to
-- the batch.
SET enable_hashjoin = off SET enable_mergejoin = off AS $$
DECLARE
    me record;
    n bigint;
    bad text;
{_FLAGS}
BEGIN
    SELECT * INTO me FROM public.rd_push_identity(p_claim);
    PERFORM public.rd_push_staging_checked();
    applied := 0;
    events := 0;
    DELETE FROM pg_temp.rd_m_events;
    DELETE FROM pg_temp.rd_m_completed;
{_PROBES}

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
    IF has_r THEN
        SELECT r.id::text INTO bad FROM public.receipts r
        WHERE r.id = ANY (ARRAY(SELECT id FROM pg_temp.rd_s_receipts))
          AND r.desk_id <> me.desk LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('receipt %s belongs to another desk', bad);
        END IF;
        IF me.site IS NOT NULL THEN
            SELECT m.rma_number INTO bad FROM public.rmas m
            WHERE m.rma_number = ANY (ARRAY(SELECT rma_number FROM pg_temp.rd_s_receipts))
              AND m.site IS NOT NULL AND m.site <> me.site LIMIT 1;
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
    END IF;

    -- Inspections: a unit is its desk's (desk_id is never rewritten); a unit may not sit on
    -- another desk's receipt. A unit that is not what was declared, or not the serial sold,
    -- is stored with no refund: the same rows the reports read.
    IF has_i THEN
        SELECT s.unit_id::text INTO bad FROM pg_temp.rd_s_inspections s
        WHERE s.receipt_id = (
            SELECT r.id FROM public.receipts r
            WHERE r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_inspections))
              AND r.desk_id <> me.desk LIMIT 1)
        LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('unit %s belongs to another desk', bad);
        END IF;
      -- First deliveries (the bulk of any backlog) are a plain insert: none of their units
      -- is stored, so none is another desk's. Only a batch holding a unit already stored (a
      -- re-send, a re-inspection) looks its units up, and pays for the upsert.
      BEGIN
        INSERT INTO public.inspections AS i ({_INSPECTION_COLUMNS};
        GET DIAGNOSTICS n = ROW_COUNT;
      EXCEPTION WHEN unique_violation THEN
        SELECT i.unit_id::text INTO bad FROM public.inspections i
        WHERE i.unit_id = ANY (ARRAY(SELECT unit_id FROM pg_temp.rd_s_inspections))
          AND i.desk_id <> me.desk LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('unit %s belongs to another desk', bad);
        END IF;
        INSERT INTO public.inspections AS i ({_INSPECTION_COLUMNS}
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
        IF EXISTS (SELECT 1 FROM pg_temp.rd_s_inspections WHERE serial IS NOT NULL) THEN
            UPDATE public.inspections i SET refund_kind = 'none', refund_percent = 0
            FROM pg_temp.rd_s_inspections s JOIN public.rma_lines l
                ON l.rma_number = s.rma_number AND l.line_no = s.line_no
            WHERE s.serial IS NOT NULL AND l.serial IS NOT NULL AND s.serial <> l.serial
              AND i.unit_id = s.unit_id AND i.desk_id = me.desk AND i.refund_kind <> 'none'
              AND i.unit_id = ANY (ARRAY(SELECT unit_id FROM pg_temp.rd_s_inspections
                                         WHERE serial IS NOT NULL));
        END IF;
    END IF;

    -- Overrides and withdrawals: only of this desk's units.
    IF has_o OR has_w THEN
        SELECT i.unit_id::text INTO bad FROM public.inspections i
        WHERE i.unit_id = ANY (ARRAY(SELECT unit_id FROM pg_temp.rd_s_overrides
                                     UNION ALL SELECT unit_id FROM pg_temp.rd_s_withdrawals))
          AND i.desk_id <> me.desk LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('unit %s belongs to another desk', bad);
        END IF;
    END IF;
    IF has_o THEN
        UPDATE public.inspections i SET override_disposition = s.override_disposition,
            override_reason = s.override_reason, override_by = s.override_by,
            override_at = s.override_at, override_desk_seq = s.override_desk_seq
        FROM pg_temp.rd_s_overrides s
        WHERE i.unit_id = s.unit_id AND i.desk_id = me.desk
          AND coalesce(i.override_desk_seq, 0) < s.override_desk_seq
          AND i.unit_id = ANY (ARRAY(SELECT unit_id FROM pg_temp.rd_s_overrides));
        GET DIAGNOSTICS n = ROW_COUNT;
        applied := applied + n;
    END IF;
    IF has_w THEN
        UPDATE public.inspections i SET withdrawn_at = s.withdrawn_at,
            withdrawn_by = s.withdrawn_by, withdrawn_message_id = s.message_id
        FROM pg_temp.rd_s_withdrawals s
        WHERE i.unit_id = s.unit_id AND i.desk_id = me.desk AND i.withdrawn_message_id IS NULL
          AND i.unit_id = ANY (ARRAY(SELECT unit_id FROM pg_temp.rd_s_withdrawals));
        GET DIAGNOSTICS n = ROW_COUNT;
        applied := applied + n;
    END IF;

    -- What happens to a receipt (flags, completion, void, set-aside): only to this desk's.
    IF has_f OR has_c OR has_v OR has_sa OR has_m THEN
        SELECT r.id::text INTO bad FROM public.receipts r
        WHERE r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_flags
                                UNION ALL SELECT receipt_id FROM pg_temp.rd_s_completions
                                UNION ALL SELECT receipt_id FROM pg_temp.rd_s_voids
                                UNION ALL SELECT receipt_id FROM pg_temp.rd_s_set_asides
                                UNION ALL SELECT receipt_id FROM pg_temp.rd_s_movements))
          AND r.desk_id <> me.desk LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('receipt %s belongs to another desk', bad);
        END IF;
    END IF;
    IF has_f THEN
        INSERT INTO public.receipt_flags
            (receipt_id, flag_no, desk_id, kind, line_no, unit_seq, evidence)
        SELECT receipt_id, flag_no, me.desk, kind, line_no, unit_seq, evidence
        FROM pg_temp.rd_s_flags ON CONFLICT DO NOTHING;
    END IF;

    -- Only an open (or set-aside) receipt is completed, only an open one voided.
    IF has_c THEN
        SELECT r.id::text INTO bad FROM public.receipts r
        WHERE r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_completions))
          AND r.completed_message_id IS NULL AND r.status NOT IN ('open', 'set_aside') LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('receipt %s is not open: it cannot be completed', bad);
        END IF;
        WITH done AS (
            UPDATE public.receipts r SET status = 'completed', completed_at = s.completed_at,
                completed_by = s.completed_by, completed_message_id = s.message_id
            FROM pg_temp.rd_s_completions s
            WHERE r.id = s.receipt_id AND r.desk_id = me.desk AND r.completed_message_id IS NULL
              AND r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_completions))
            RETURNING r.id, r.rma_number, s.message_id, s.desk_seq, s.completed_at,
                      s.completed_by
        )
        INSERT INTO pg_temp.rd_m_completed SELECT * FROM done;
        GET DIAGNOSTICS n = ROW_COUNT;
        applied := applied + n;
        IF n > 0 THEN
            PERFORM public.rd_completion_events();
            DELETE FROM pg_temp.rd_m_completed;
        END IF;
    END IF;

    IF has_v THEN
        SELECT r.id::text INTO bad FROM public.receipts r
        WHERE r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_voids))
          AND r.voided_message_id IS NULL AND r.status <> 'open' LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused(
                'receipt %s is not open: only an open return can be voided', bad);
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
    END IF;
    IF has_sa THEN
        UPDATE public.receipts r SET status = 'set_aside', set_aside_at = s.set_aside_at,
            set_aside_reason = s.set_aside_reason
        FROM pg_temp.rd_s_set_asides s
        WHERE r.id = s.receipt_id AND r.desk_id = me.desk AND r.status = 'open'
          AND r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_set_asides));
        GET DIAGNOSTICS n = ROW_COUNT;
        applied := applied + n;
    END IF;

    -- Ledger rows, unrouted messages and audit entries: appended under this desk's name.
    IF has_m THEN
        INSERT INTO public.stock_movements (id, message_id, desk_id, desk_seq, lpn, sku,
            quantity, grade, from_location, to_location, reason, moved_by, moved_at, receipt_id)
        SELECT id, message_id, me.desk, desk_seq, lpn, sku, quantity, grade, from_location,
            to_location, reason, moved_by, moved_at, receipt_id
        FROM pg_temp.rd_s_movements ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS n = ROW_COUNT;
        applied := applied + n;
    END IF;
    IF has_u THEN
        -- A refund outcome revised by an audit's final grade (after the completion went out
        -- under the first grade) is a status event of its return, as the completion's refund
        -- was: of this desk's receipts only, once (a message already kept adds nothing).
        INSERT INTO pg_temp.rd_m_events
        SELECT coalesce(r.rma_number, r.id::text), u.desk_seq, 0, 'refund_revised',
               (u.payload->>'revised_at')::timestamptz, r.id, u.id,
               jsonb_build_object('receipt_id', r.id, 'rma', r.rma_number,
                                  'unit', u.payload->'unit',
                                  'first_grade', u.payload->'first_grade',
                                  'held_reason', u.payload->'held_reason',
                                  'revised_by', u.payload->'revised_by')
        FROM pg_temp.rd_s_unrouted u
        JOIN public.receipts r ON r.id = (u.payload->>'receipt_id')::uuid
        WHERE u.topic = 'return.outcome_revised' AND r.desk_id = me.desk
          AND NOT EXISTS (SELECT 1 FROM public.unrouted_messages x WHERE x.id = u.id);
        INSERT INTO public.unrouted_messages
            (id, desk_id, desk_seq, topic, key, payload, created_at)
        SELECT id, me.desk, desk_seq, topic, key, payload, created_at
        FROM pg_temp.rd_s_unrouted ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS n = ROW_COUNT;
        applied := applied + n;
    END IF;
    IF has_a THEN
        IF me.site IS NOT NULL THEN  -- a desk speaks for its site's users only
            SELECT u.id INTO bad FROM public.users u
            WHERE u.id = ANY (ARRAY(SELECT user_id FROM pg_temp.rd_s_audit))
              AND u.site IS NOT NULL AND u.site <> me.site LIMIT 1;
            IF FOUND THEN
                PERFORM public.rd_refused('user %s is not a user of site %s', bad, me.site);
            END IF;
        END IF;
        INSERT INTO public.audit_entries (id, desk_id, at, user_id, action, subject, details)
        SELECT id, me.desk, at, user_id, action, subject, details
        FROM pg_temp.rd_s_audit ON CONFLICT DO NOTHING;
    END IF;

    -- Evidence packs (c0010): only of this desk's receipts; a re-sent pack changes nothing.
    IF has_e THEN
        SELECT r.id::text INTO bad FROM public.receipts r
        WHERE r.id = ANY (ARRAY(SELECT receipt_id FROM pg_temp.rd_s_evidence))
          AND r.desk_id <> me.desk LIMIT 1;
        IF FOUND THEN
            PERFORM public.rd_refused('receipt %s belongs to another desk', bad);
        END IF;
        INSERT INTO public.evidence_packs (pack_id, message_id, desk_id, receipt_id,
            rma_number, made_at, made_by, reason, pdf_sha256, zip_sha256, photos)
        SELECT pack_id, message_id, me.desk, receipt_id, rma_number, made_at, made_by, reason,
            pdf_sha256, zip_sha256, photos
        FROM pg_temp.rd_s_evidence ON CONFLICT (pack_id) DO NOTHING;
        GET DIAGNOSTICS n = ROW_COUNT;
        applied := applied + n;
    END IF;

    -- Status events, numbered per return: heads in key order (no deadlock between two
    -- pushes), the batch's events in desk order.
    IF EXISTS (SELECT 1 FROM pg_temp.rd_m_events) THEN
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
        DELETE FROM pg_temp.rd_m_events;
    END IF;

    IF p_messages > 0 THEN
        INSERT INTO public.desks AS d (desk_id, install_id, last_seen_at, last_desk_seq,
                                       app_version)
        VALUES (me.desk, p_install, now(), p_last_seq, p_app_version)
        ON CONFLICT (desk_id) DO UPDATE SET install_id = EXCLUDED.install_id,
            last_seen_at = now(), last_desk_seq = greatest(d.last_desk_seq,
                                                           EXCLUDED.last_desk_seq),
            app_version = EXCLUDED.app_version;
    END IF;

    -- The staged rows are merged: gone before the commit (the tables outlive it; so do the
    -- scratch tables, emptied above once read).
{_CLEAR}
END $$;
"""

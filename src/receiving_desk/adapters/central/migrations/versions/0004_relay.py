"""The relay: endpoints with their secrets and subscriptions, per-return delivery streams,
deliveries with their attempts, dead letters, an audit trail, and the trigger that fans each
new status event out to the subscribed endpoints in the inserting transaction.

Revision ID: c0004
Revises: c0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql as pg

revision = "c0004"
down_revision = "c0003"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
NOW = sa.text("now()")
TABLES = (
    "relay_audit",
    "relay_attempts",
    "relay_streams",
    "relay_deliveries",
    "relay_sites",
    "relay_secrets",
    "relay_endpoints",
)

# SECURITY DEFINER: desks insert status events but have no rights on the relay's tables.
# Streams are upserted in key order, like the event heads, so two pushes cannot deadlock.
FAN_OUT = """
CREATE FUNCTION rd_relay_fan_out() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    touched bigint;
BEGIN
    WITH added AS (
        INSERT INTO relay_deliveries (endpoint_id, event_id, return_key, return_seq)
        SELECT e.id, n.id, n.return_key, n.return_seq
        FROM new_events n
        LEFT JOIN relay_sites s ON s.desk_id = n.desk_id
        JOIN relay_endpoints e ON e.enabled
            AND (cardinality(e.event_types) = 0 OR n.event_type = ANY (e.event_types))
            AND (cardinality(e.sites) = 0 OR s.site = ANY (e.sites))
        ON CONFLICT DO NOTHING
        RETURNING endpoint_id, return_key
    ), counts AS (
        SELECT endpoint_id, return_key, count(*)::int AS n FROM added GROUP BY 1, 2
    )
    INSERT INTO relay_streams AS r (endpoint_id, return_key, pending, due_at)
    SELECT endpoint_id, return_key, n, '-infinity' FROM counts ORDER BY endpoint_id, return_key
    ON CONFLICT (endpoint_id, return_key) DO UPDATE
    SET pending = r.pending + EXCLUDED.pending,
        due_at = CASE WHEN r.pending = 0 THEN '-infinity'::timestamptz ELSE r.due_at END;
    GET DIAGNOSTICS touched = ROW_COUNT;
    IF touched > 0 THEN
        PERFORM pg_notify('rd_relay', '');
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER status_events_relay AFTER INSERT ON status_events
REFERENCING NEW TABLE AS new_events
FOR EACH STATEMENT EXECUTE FUNCTION rd_relay_fan_out();
"""


def upgrade() -> None:
    op.create_table(
        "relay_endpoints",
        sa.Column("id", sa.Text),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("event_types", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("sites", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("enabled", sa.Boolean, nullable=False, server_default="true"),
        sa.Column("max_attempts", sa.Integer, nullable=False),
        sa.Column("backoff_base_s", sa.Double, nullable=False),
        sa.Column("backoff_cap_s", sa.Double, nullable=False),
        sa.Column("timeout_s", sa.Double, nullable=False),
        sa.Column("concurrency", sa.Integer, nullable=False),
        sa.Column("config", pg.JSONB, nullable=False, server_default="{}"),
        sa.Column("created_at", TS, nullable=False, server_default=NOW),
        sa.Column("disabled_at", TS, nullable=True),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("retry_at", TS, nullable=True),
        sa.Column("last_success_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_relay_endpoints"),
    )
    op.create_table(
        "relay_secrets",
        sa.Column("endpoint_id", sa.Text),
        sa.Column("version", sa.Integer),
        sa.Column("secret", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False, server_default=NOW),
        sa.Column("expires_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("endpoint_id", "version", name="pk_relay_secrets"),
    )
    op.create_table(
        "relay_sites",
        sa.Column("desk_id", sa.Text),
        sa.Column("site", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("desk_id", name="pk_relay_sites"),
    )
    op.create_table(
        "relay_deliveries",
        sa.Column("id", sa.BigInteger, sa.Identity(always=False)),
        sa.Column("endpoint_id", sa.Text, nullable=False),
        sa.Column("event_id", sa.BigInteger, nullable=False),
        sa.Column("return_key", sa.Text, nullable=False),
        sa.Column("return_seq", sa.BigInteger, nullable=False),
        sa.Column("state", sa.Text, nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("first_failed_at", TS, nullable=True),
        sa.Column("last_attempt_at", TS, nullable=True),
        sa.Column("last_status", sa.Integer, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("delivered_at", TS, nullable=True),
        sa.Column("dead_at", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False, server_default=NOW),
        sa.PrimaryKeyConstraint("id", name="pk_relay_deliveries"),
        sa.UniqueConstraint(
            "endpoint_id", "event_id", name="uq_relay_deliveries_endpoint_id_event_id"
        ),
    )
    op.create_index(
        "ix_relay_deliveries_open",
        "relay_deliveries",
        ["endpoint_id", "return_key", "return_seq"],
        postgresql_where=sa.text("state = 'pending'"),
    )
    op.create_index(
        "ix_relay_deliveries_dead",
        "relay_deliveries",
        ["endpoint_id"],
        postgresql_where=sa.text("state = 'dead'"),
    )
    op.create_table(
        "relay_streams",
        sa.Column("endpoint_id", sa.Text),
        sa.Column("return_key", sa.Text),
        sa.Column("pending", sa.Integer, nullable=False),
        sa.Column("dead", sa.Boolean, nullable=False, server_default="false"),
        sa.Column("due_at", TS, nullable=False),
        sa.Column("lease_owner", sa.Text, nullable=True),
        sa.Column("lease_until", TS, nullable=True),
        sa.Column("lease_token", sa.BigInteger, nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("endpoint_id", "return_key", name="pk_relay_streams"),
    )
    op.create_index(
        "ix_relay_streams_due",
        "relay_streams",
        ["endpoint_id", "due_at"],
        postgresql_where=sa.text("pending > 0 AND NOT dead"),
    )
    op.create_table(
        "relay_attempts",
        sa.Column("id", sa.BigInteger, sa.Identity(always=False)),
        sa.Column("delivery_id", sa.BigInteger, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("relay_id", sa.Text, nullable=False),
        sa.Column("outcome", sa.Text, nullable=False),
        sa.Column("status", sa.Integer, nullable=True),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("duration_ms", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_relay_attempts"),
    )
    op.create_index("ix_relay_attempts_delivery_id", "relay_attempts", ["delivery_id"])
    op.create_table(
        "relay_audit",
        sa.Column("id", sa.BigInteger, sa.Identity(always=False)),
        sa.Column("at", TS, nullable=False, server_default=NOW),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("endpoint_id", sa.Text, nullable=True),
        sa.Column("details", pg.JSONB, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_relay_audit"),
    )
    op.execute(FAN_OUT)


def downgrade() -> None:
    op.execute("DROP TRIGGER status_events_relay ON status_events")
    op.execute("DROP FUNCTION rd_relay_fan_out()")
    for table in TABLES:
        op.drop_table(table)

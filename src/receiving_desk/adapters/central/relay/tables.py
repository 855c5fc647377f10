"""The relay's tables in the central database (migration c0004), on the central MetaData.

A status event fans out, inside the transaction that inserts it (trigger `status_events_relay`),
to one `relay_deliveries` row per subscribed endpoint, and counts into the `relay_streams` row
of (endpoint, return): a stream is what a relay claims, so one return's events go out one
after another while other returns and endpoints move on.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Double,
    Identity,
    Index,
    Integer,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

from receiving_desk.adapters.central.reference_schema import TS, metadata

NOW = text("now()")

relay_endpoints = Table(
    "relay_endpoints",
    metadata,
    Column("id", Text, primary_key=True),  # the name an administrator gives it
    Column("kind", Text, nullable=False),  # webhook | shopify
    Column("url", Text, nullable=False),
    Column("event_types", ARRAY(Text), nullable=False, server_default="{}"),  # {} = all
    Column("sites", ARRAY(Text), nullable=False, server_default="{}"),  # {} = all
    Column("enabled", Boolean, nullable=False, server_default="true"),
    Column("max_attempts", Integer, nullable=False),
    Column("backoff_base_s", Double, nullable=False),
    Column("backoff_cap_s", Double, nullable=False),
    Column("timeout_s", Double, nullable=False),
    Column("concurrency", Integer, nullable=False),  # streams in flight per relay process
    Column("config", JSONB, nullable=False, server_default="{}"),  # platform settings
    Column("created_at", TS, nullable=False, server_default=NOW),
    Column("disabled_at", TS, nullable=True),
    # Health, written by the relays: consecutive failures hold the whole endpoint back.
    Column("failures", Integer, nullable=False, server_default="0"),
    Column("retry_at", TS, nullable=True),
    Column("last_success_at", TS, nullable=True),
)
relay_secrets = Table(
    "relay_secrets",
    metadata,
    Column("endpoint_id", Text),
    Column("version", Integer),
    Column("secret", Text, nullable=False),
    Column("created_at", TS, nullable=False, server_default=NOW),
    Column("expires_at", TS, nullable=True),  # set on the old secret when rotated
    PrimaryKeyConstraint("endpoint_id", "version"),
)
relay_sites = Table(
    "relay_sites",
    metadata,
    Column("desk_id", Text, primary_key=True),
    Column("site", Text, nullable=False),
)
relay_deliveries = Table(
    "relay_deliveries",
    metadata,
    Column("id", BigInteger, Identity(always=False), primary_key=True),
    Column("endpoint_id", Text, nullable=False),
    Column("event_id", BigInteger, nullable=False),
    Column("return_key", Text, nullable=False),
    Column("return_seq", BigInteger, nullable=False),
    Column("state", Text, nullable=False, server_default="pending"),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("first_failed_at", TS, nullable=True),
    Column("last_attempt_at", TS, nullable=True),
    Column("last_status", Integer, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("delivered_at", TS, nullable=True),
    Column("dead_at", TS, nullable=True),
    Column("created_at", TS, nullable=False, server_default=NOW),
    UniqueConstraint("endpoint_id", "event_id"),
    Index(
        "ix_relay_deliveries_open",
        "endpoint_id",
        "return_key",
        "return_seq",
        postgresql_where=text("state = 'pending'"),
    ),
    Index("ix_relay_deliveries_dead", "endpoint_id", postgresql_where=text("state = 'dead'")),
)
relay_streams = Table(
    "relay_streams",
    metadata,
    Column("endpoint_id", Text),
    Column("return_key", Text),
    Column("pending", Integer, nullable=False),  # deliveries not yet delivered (dead included)
    Column("dead", Boolean, nullable=False, server_default="false"),  # head dead-lettered
    Column("due_at", TS, nullable=False),
    Column("lease_owner", Text, nullable=True),
    Column("lease_until", TS, nullable=True),
    Column("lease_token", BigInteger, nullable=False, server_default="0"),
    PrimaryKeyConstraint("endpoint_id", "return_key"),
    Index(
        "ix_relay_streams_due",
        "endpoint_id",
        "due_at",
        postgresql_where=text("pending > 0 AND NOT dead"),
    ),
)
# Every failed attempt (a success is recorded on its delivery row).
relay_attempts = Table(
    "relay_attempts",
    metadata,
    Column("id", BigInteger, Identity(always=False), primary_key=True),
    Column("delivery_id", BigInteger, nullable=False, index=True),
    Column("at", TS, nullable=False),
    Column("relay_id", Text, nullable=False),
    Column("outcome", Text, nullable=False),  # failed (successes: on the delivery row)
    Column("status", Integer, nullable=True),  # HTTP status, when there was a response
    Column("error", Text, nullable=True),
    Column("duration_ms", Integer, nullable=False),
)
relay_audit = Table(
    "relay_audit",
    metadata,
    Column("id", BigInteger, Identity(always=False), primary_key=True),
    Column("at", TS, nullable=False, server_default=NOW),
    Column("actor", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("endpoint_id", Text, nullable=True),
    Column("details", JSONB, nullable=False),
)

RELAY_TABLES = (
    relay_endpoints,
    relay_secrets,
    relay_sites,
    relay_deliveries,
    relay_streams,
    relay_attempts,
    relay_audit,
)

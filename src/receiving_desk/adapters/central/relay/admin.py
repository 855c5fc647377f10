"""Managing the relay: endpoints and their secrets, sites, dead letters. Every change is
written to `relay_audit` with who made it, in the same transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import psycopg

from receiving_desk.adapters.central.relay import signing
from receiving_desk.adapters.central.relay.model import KINDS
from receiving_desk.adapters.central.relay.shopify import SHOPIFY_TYPES
from receiving_desk.adapters.central.relay.store import audit


class RelayAdminError(ValueError):
    """A refused administration request (unknown endpoint, bad setting, ...)."""


@dataclass(frozen=True)
class EndpointSpec:
    id: str
    kind: str
    url: str
    event_types: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    max_attempts: int = 12
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 300.0
    timeout_s: float = 10.0
    concurrency: int = 8
    config: dict[str, Any] | None = None

    def validate(self) -> None:
        if self.kind not in KINDS:
            raise RelayAdminError(f"kind must be one of {', '.join(KINDS)}")
        if not self.url.startswith(("http://", "https://")):
            raise RelayAdminError("url must be an http:// or https:// URL")
        if self.max_attempts < 1 or self.concurrency < 1:
            raise RelayAdminError("max attempts and concurrency must be at least 1")
        if not 0 < self.backoff_base_s <= self.backoff_cap_s:
            raise RelayAdminError("backoff: 0 < base <= cap")
        if self.timeout_s <= 0:
            raise RelayAdminError("timeout must be positive")
        for key, value in (self.config or {}).items():
            if key.startswith("map.") and value not in SHOPIFY_TYPES:
                raise RelayAdminError(f"{key} must be one of {', '.join(SHOPIFY_TYPES)}")


def add_endpoint(
    conn: psycopg.Connection[Any], spec: EndpointSpec, actor: str, secret: str | None = None
) -> str:
    """Create an endpoint with its first secret; returns the secret (shown once)."""
    spec.validate()
    secret = secret or signing.new_secret()
    with conn.transaction():
        found = conn.execute("SELECT 1 FROM relay_endpoints WHERE id = %s", (spec.id,)).fetchone()
        if found:
            raise RelayAdminError(f"endpoint {spec.id!r} exists already")
        conn.execute(
            "INSERT INTO relay_endpoints (id, kind, url, event_types, sites, max_attempts, "
            "backoff_base_s, backoff_cap_s, timeout_s, concurrency, config) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (
                spec.id,
                spec.kind,
                spec.url,
                list(spec.event_types),
                list(spec.sites),
                spec.max_attempts,
                spec.backoff_base_s,
                spec.backoff_cap_s,
                spec.timeout_s,
                spec.concurrency,
                json.dumps(spec.config or {}),
            ),
        )
        conn.execute(
            "INSERT INTO relay_secrets (endpoint_id, version, secret) VALUES (%s, 1, %s)",
            (spec.id, secret),
        )
        details = {
            "kind": spec.kind,
            "url": spec.url,
            "event_types": list(spec.event_types),
            "sites": list(spec.sites),
        }
        audit(conn, actor, "endpoint_added", spec.id, details)
    return secret


def _require(conn: psycopg.Connection[Any], endpoint_id: str) -> None:
    row = conn.execute(
        "SELECT 1 FROM relay_endpoints WHERE id = %s FOR UPDATE", (endpoint_id,)
    ).fetchone()
    if row is None:
        raise RelayAdminError(f"no endpoint {endpoint_id!r}")


def set_enabled(conn: psycopg.Connection[Any], endpoint_id: str, enabled: bool, actor: str) -> None:
    """A disabled endpoint gets no new deliveries and its pending ones wait (not lost)."""
    with conn.transaction():
        _require(conn, endpoint_id)
        conn.execute(
            "UPDATE relay_endpoints SET enabled = %s, "
            "disabled_at = CASE WHEN %s THEN NULL ELSE now() END WHERE id = %s",
            (enabled, enabled, endpoint_id),
        )
        audit(conn, actor, "endpoint_enabled" if enabled else "endpoint_disabled", endpoint_id, {})


def rotate_secret(
    conn: psycopg.Connection[Any],
    endpoint_id: str,
    actor: str,
    overlap: timedelta,
    secret: str | None = None,
    now: datetime | None = None,
) -> str:
    """A new secret signs from now on; the current ones keep signing too until `overlap` has
    passed, so receivers can switch at any time in between. Returns the new secret."""
    secret = secret or signing.new_secret()
    with conn.transaction():
        _require(conn, endpoint_id)
        row = conn.execute(
            "SELECT coalesce(max(version), 0) + 1, coalesce(%s, now()) FROM relay_secrets "
            "WHERE endpoint_id = %s",
            (now, endpoint_id),
        ).fetchone()
        assert row is not None
        version, at = row
        expires = at + overlap
        conn.execute(
            "UPDATE relay_secrets SET expires_at = %s WHERE endpoint_id = %s "
            "AND (expires_at IS NULL OR expires_at > %s)",
            (expires, endpoint_id, expires),
        )
        conn.execute(
            "INSERT INTO relay_secrets (endpoint_id, version, secret, created_at) "
            "VALUES (%s, %s, %s, %s)",
            (endpoint_id, version, secret, at),
        )
        details = {"version": version, "previous_expire_at": expires.isoformat()}
        audit(conn, actor, "secret_rotated", endpoint_id, details)
    return secret


def assign_site(conn: psycopg.Connection[Any], site: str, desks: Sequence[str], actor: str) -> None:
    with conn.transaction():
        for desk in desks:
            conn.execute(
                "INSERT INTO relay_sites (desk_id, site) VALUES (%s, %s) "
                "ON CONFLICT (desk_id) DO UPDATE SET site = EXCLUDED.site",
                (desk, site),
            )
        audit(conn, actor, "site_assigned", None, {"site": site, "desks": list(desks)})


_ENDPOINT_LIST = """
SELECT e.id, e.kind, e.url, e.enabled, e.event_types, e.sites, e.failures, e.retry_at,
    e.last_success_at,
    coalesce((SELECT sum(pending) FROM relay_streams s WHERE s.endpoint_id = e.id), 0),
    (SELECT count(*) FROM relay_deliveries d WHERE d.endpoint_id = e.id AND d.state = 'dead'),
    (SELECT count(*) FROM relay_secrets k WHERE k.endpoint_id = e.id
        AND (k.expires_at IS NULL OR k.expires_at > now()))
FROM relay_endpoints e ORDER BY e.id"""


@dataclass(frozen=True)
class EndpointStatus:
    id: str
    kind: str
    url: str
    enabled: bool
    event_types: list[str]
    sites: list[str]
    failures: int
    retry_at: datetime | None
    last_success_at: datetime | None
    pending: int
    dead: int
    secrets: int


def list_endpoints(conn: psycopg.Connection[Any]) -> list[EndpointStatus]:
    return [EndpointStatus(*row) for row in conn.execute(_ENDPOINT_LIST).fetchall()]


@dataclass(frozen=True)
class DeadLetter:
    delivery_id: int
    endpoint_id: str
    return_key: str
    return_seq: int
    event_type: str
    attempts: int
    last_status: int | None
    last_error: str | None
    dead_at: datetime
    waiting_behind: int  # later events of the same return held back for order


def dead_letters(conn: psycopg.Connection[Any], endpoint_id: str | None = None) -> list[DeadLetter]:
    rows = conn.execute(
        "SELECT d.id, d.endpoint_id, d.return_key, d.return_seq, e.event_type, d.attempts, "
        "d.last_status, d.last_error, d.dead_at, s.pending - 1 "
        "FROM relay_deliveries d JOIN status_events e ON e.id = d.event_id "
        "JOIN relay_streams s ON s.endpoint_id = d.endpoint_id AND s.return_key = d.return_key "
        "WHERE d.state = 'dead' AND (%(e)s::text IS NULL OR d.endpoint_id = %(e)s) "
        "ORDER BY d.dead_at, d.id",
        {"e": endpoint_id},
    ).fetchall()
    return [DeadLetter(*row) for row in rows]


def redrive(conn: psycopg.Connection[Any], ids: Sequence[int], actor: str) -> int:
    """Dead letters back to pending, with fresh attempts; their streams go on, in order."""
    with conn.transaction():
        rows = conn.execute(
            "UPDATE relay_deliveries SET state = 'pending', attempts = 0, first_failed_at = NULL, "
            "dead_at = NULL WHERE id = ANY(%s) AND state = 'dead' "
            "RETURNING id, endpoint_id, return_key",
            (list(ids),),
        ).fetchall()
        for delivery_id, endpoint_id, return_key in sorted(rows, key=lambda r: (r[1], r[2])):
            conn.execute(
                "UPDATE relay_streams SET dead = false, due_at = '-infinity' "
                "WHERE endpoint_id = %s AND return_key = %s",
                (endpoint_id, return_key),
            )
            audit(conn, actor, "redriven", endpoint_id, {"delivery_id": delivery_id})
    return len(rows)


def discard(conn: psycopg.Connection[Any], ids: Sequence[int], actor: str, reason: str) -> int:
    """Give up on dead letters (kept, marked discarded); the events behind them go on."""
    if not reason.strip():
        raise RelayAdminError("a reason is required to discard a dead letter")
    with conn.transaction():
        rows = conn.execute(
            "UPDATE relay_deliveries SET state = 'discarded' WHERE id = ANY(%s) AND state = 'dead' "
            "RETURNING id, endpoint_id, return_key",
            (list(ids),),
        ).fetchall()
        for delivery_id, endpoint_id, return_key in sorted(rows, key=lambda r: (r[1], r[2])):
            conn.execute(
                "UPDATE relay_streams SET dead = false, pending = pending - 1, "
                "due_at = '-infinity' WHERE endpoint_id = %s AND return_key = %s",
                (endpoint_id, return_key),
            )
            details = {"delivery_id": delivery_id, "reason": reason}
            audit(conn, actor, "discarded", endpoint_id, details)
    return len(rows)

"""The relay's SQL: claim streams, read their next events, record what happened.

Claims take `FOR UPDATE SKIP LOCKED` on due streams and stamp a lease (owner, until, token)
in a short transaction; the HTTP requests run outside any transaction. Results are written
back only for streams whose lease is still this relay's (same token): a relay that stalled
past its lease finds its stream taken over, and its late results change nothing there (its
attempts are still logged). Every write locks streams in key order, as the fan-out trigger
does, so relays and pushing desks cannot deadlock on them.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import psycopg

from receiving_desk.adapters.central.relay.model import Endpoint, Outcome, backoff_s
from receiving_desk.adapters.central.relay.payload import EventRow

_ENDPOINTS = """
SELECT e.id, e.kind, e.url, e.max_attempts, e.backoff_base_s, e.backoff_cap_s, e.timeout_s,
    e.concurrency, e.config, e.failures, e.retry_at, e.last_success_at,
    coalesce(array_agg(s.secret ORDER BY s.version DESC)
        FILTER (WHERE s.secret IS NOT NULL), '{}')
FROM relay_endpoints e
LEFT JOIN relay_secrets s ON s.endpoint_id = e.id
    AND (s.expires_at IS NULL OR s.expires_at > %(now)s)
WHERE e.enabled
GROUP BY e.id ORDER BY e.id"""
# One statement: lease due streams (skipping those another relay holds) and read their next
# events. A stream whose newest deliveries this statement's snapshot cannot see yet comes
# back without events; the relay releases it at once.
_CLAIM = """
WITH due AS (
    SELECT endpoint_id, return_key FROM relay_streams
    WHERE endpoint_id = %(endpoint)s AND pending > 0 AND NOT dead AND due_at <= %(now)s
        AND (lease_until IS NULL OR lease_until < %(now)s)
    ORDER BY endpoint_id, due_at LIMIT %(n)s
    FOR UPDATE SKIP LOCKED
), claimed AS (
    UPDATE relay_streams s
    SET lease_owner = %(me)s, lease_until = %(until)s, lease_token = s.lease_token + 1
    FROM due WHERE s.endpoint_id = due.endpoint_id AND s.return_key = due.return_key
    RETURNING s.endpoint_id, s.return_key, s.lease_token
)
SELECT c.endpoint_id, c.return_key, c.lease_token, d.id, d.attempts, d.first_failed_at,
    e.id, e.return_key, e.return_seq, e.event_type, e.at, e.desk_id, e.receipt_id::text,
    e.message_id::text, e.payload, e.received_at, site.site
FROM claimed c
LEFT JOIN LATERAL (
    SELECT id, event_id, return_seq, attempts, first_failed_at FROM relay_deliveries
    WHERE endpoint_id = c.endpoint_id AND return_key = c.return_key AND state = 'pending'
    ORDER BY return_seq LIMIT %(per_stream)s
) d ON true
LEFT JOIN status_events e ON e.id = d.event_id
LEFT JOIN relay_sites site ON site.desk_id = e.desk_id
ORDER BY c.endpoint_id, c.return_key, d.return_seq"""
_HELD = """
SELECT s.endpoint_id, s.return_key FROM relay_streams s
JOIN unnest(%(endpoints)s::text[], %(keys)s::text[], %(tokens)s::bigint[]) AS k (e, r, t)
    ON s.endpoint_id = k.e AND s.return_key = k.r AND s.lease_token = k.t
WHERE s.lease_owner = %(me)s
ORDER BY s.endpoint_id, s.return_key
FOR UPDATE OF s"""
# Every write below applies only where this relay still holds the stream's lease (same
# token); _HELD locked those rows first, in key order, within the same transaction.
_DELIVERED = """
UPDATE relay_deliveries d SET state = 'delivered', attempts = d.attempts + 1,
    delivered_at = %(now)s, last_attempt_at = %(now)s, last_status = v.status, last_error = NULL
FROM unnest(%(ids)s::bigint[], %(statuses)s::int[], %(e)s::text[], %(r)s::text[],
    %(t)s::bigint[]) AS v (id, status, e, r, t)
JOIN relay_streams s ON s.endpoint_id = v.e AND s.return_key = v.r
    AND s.lease_token = v.t AND s.lease_owner = %(me)s
WHERE d.id = v.id AND d.state = 'pending'"""
# Dead after max_attempts, but only if the endpoint took another delivery since this one
# first failed: an outage is not the event's fault (it waits, retried at the capped backoff).
_FAILED = """
WITH failed AS (
    UPDATE relay_deliveries d SET attempts = d.attempts + 1,
        first_failed_at = coalesce(d.first_failed_at, %(now)s), last_attempt_at = %(now)s,
        last_status = v.status, last_error = v.error,
        state = CASE WHEN d.attempts + 1 >= p.max_attempts
            AND p.last_success_at >= coalesce(d.first_failed_at, %(now)s)
            THEN 'dead' ELSE 'pending' END,
        dead_at = CASE WHEN d.attempts + 1 >= p.max_attempts
            AND p.last_success_at >= coalesce(d.first_failed_at, %(now)s)
            THEN %(now)s::timestamptz END
    FROM unnest(%(ids)s::bigint[], %(statuses)s::int[], %(errors)s::text[], %(e)s::text[],
        %(r)s::text[], %(t)s::bigint[]) AS v (id, status, error, e, r, t)
    JOIN relay_streams s ON s.endpoint_id = v.e AND s.return_key = v.r
        AND s.lease_token = v.t AND s.lease_owner = %(me)s
    JOIN relay_endpoints p ON p.id = v.e
    WHERE d.id = v.id AND d.state = 'pending'
    RETURNING d.id, d.endpoint_id, d.return_key, d.return_seq, d.event_id, d.state,
        d.attempts, d.last_error
), dead AS (
    SELECT f.endpoint_id, jsonb_build_object('delivery_id', f.id, 'return_key', f.return_key,
        'return_seq', f.return_seq, 'event_type', e.event_type, 'attempts', f.attempts,
        'error', f.last_error) AS details
    FROM failed f JOIN status_events e ON e.id = f.event_id
    WHERE f.state = 'dead'
), audited AS (
    INSERT INTO relay_audit (at, actor, action, endpoint_id, details)
    SELECT %(now)s, %(me)s, 'dead_lettered', endpoint_id, details FROM dead
)
SELECT details FROM dead"""
_RELEASE = """
UPDATE relay_streams s SET pending = s.pending - v.delivered, due_at = v.due_at,
    dead = EXISTS (SELECT 1 FROM relay_deliveries d WHERE d.endpoint_id = s.endpoint_id
        AND d.return_key = s.return_key AND d.state = 'dead'),
    lease_owner = NULL, lease_until = NULL
FROM unnest(%(e)s::text[], %(r)s::text[], %(t)s::bigint[], %(delivered)s::int[],
    %(due)s::timestamptz[]) AS v (e, r, t, delivered, due_at)
WHERE s.endpoint_id = v.e AND s.return_key = v.r AND s.lease_token = v.t
    AND s.lease_owner = %(me)s"""
_ATTEMPTS = """
INSERT INTO relay_attempts (delivery_id, at, relay_id, outcome, status, error, duration_ms)
SELECT v.id, %(now)s, %(me)s, v.outcome, v.status, v.error, v.ms
FROM unnest(%(ids)s::bigint[], %(outcomes)s::text[], %(statuses)s::int[], %(errors)s::text[],
    %(ms)s::int[]) AS v (id, outcome, status, error, ms)"""
_HEALTHY = """
UPDATE relay_endpoints SET failures = 0, retry_at = NULL, last_success_at = %(now)s
WHERE id = %(id)s"""
# Equal jitter, as model.backoff_s: half the capped step fixed, half random.
_UNHEALTHY = """
UPDATE relay_endpoints SET failures = failures + 1,
    retry_at = %(now)s + make_interval(secs => least(backoff_cap_s,
        backoff_base_s * 2.0 ^ least(failures, 60)) * (0.5 + random() / 2))
WHERE id = %(id)s"""


@dataclass(frozen=True)
class Pending:
    """One delivery to attempt: its id, its attempts so far, and the event."""

    delivery_id: int
    attempts: int
    first_failed_at: datetime | None
    event: EventRow


@dataclass
class Stream:
    endpoint_id: str
    return_key: str
    token: int
    pending: list[Pending] = field(default_factory=list)


@dataclass
class StreamResult:
    stream: Stream
    outcomes: list[tuple[Pending, Outcome]]  # in order; only the last one may have failed


def load_endpoints(conn: psycopg.Connection[Any], now: datetime) -> dict[str, Endpoint]:
    rows = conn.execute(_ENDPOINTS, {"now": now}).fetchall()
    return {
        r[0]: Endpoint(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8] or {},
            tuple(r[12]),
            r[9],
            r[10],
            r[11],
        )
        for r in rows
    }


def claim(
    conn: psycopg.Connection[Any],
    me: str,
    wants: dict[str, int],
    now: datetime,
    lease_s: float,
    per_stream: int,
) -> list[Stream]:
    """Lease up to wants[endpoint] due streams per endpoint, with their next events."""
    until = now + timedelta(seconds=lease_s)
    streams: dict[tuple[str, str], Stream] = {}
    for endpoint, n in wants.items():
        if n <= 0:
            continue
        args = {"endpoint": endpoint, "now": now, "n": n, "me": me, "until": until}
        with conn.pipeline(), conn.transaction():
            # Walk the due index in order, whatever the statistics say: a backlog that just
            # arrived (not analyzed yet) otherwise gets every due stream sorted per claim.
            conn.execute("SET LOCAL enable_bitmapscan = off")
            cur = conn.execute(_CLAIM, {**args, "per_stream": per_stream})
        for row in cur.fetchall():
            stream = streams.setdefault((row[0], row[1]), Stream(row[0], row[1], row[2]))
            if row[3] is not None:
                stream.pending.append(Pending(row[3], row[4], row[5], EventRow(*row[6:])))
    return list(streams.values())


def record(
    conn: psycopg.Connection[Any],
    me: str,
    results: Sequence[StreamResult],
    endpoints: dict[str, Endpoint],
    now: datetime,
    rng: random.Random,
    quiet: frozenset[str] | set[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Write a round's outcomes in one transaction, pipelined (one network round trip).
    Returns the dead letters made now (their audit details). Successes of `quiet` endpoints
    (healthy, written a moment ago) are not written again."""
    ordered = sorted(results, key=lambda r: (r.stream.endpoint_id, r.stream.return_key))
    ok: list[tuple[Pending, Outcome, Stream]] = []
    bad: list[tuple[Pending, Outcome, Stream]] = []
    release: list[tuple[Stream, int, datetime]] = []
    for result in ordered:
        stream, due = result.stream, datetime.min.replace(tzinfo=now.tzinfo)
        for pending, outcome in result.outcomes:
            (ok if outcome.ok else bad).append((pending, outcome, stream))
            endpoint = endpoints.get(stream.endpoint_id)
            if not outcome.ok and endpoint is not None:
                tries = pending.attempts + 1
                wait = backoff_s(endpoint.backoff_base_s, endpoint.backoff_cap_s, tries, rng)
                due = now + timedelta(seconds=wait)
        delivered = sum(1 for _, o in result.outcomes if o.ok)
        release.append((stream, delivered, due))
    succeeded = {s.endpoint_id for _, _, s in ok}
    failing = sorted({s.endpoint_id for _, _, s in bad} - succeeded)
    me_now = {"me": me, "now": now}
    with conn.pipeline(), conn.transaction():
        conn.execute(
            _HELD,
            {
                "endpoints": [s.endpoint_id for s, _, _ in release],
                "keys": [s.return_key for s, _, _ in release],
                "tokens": [s.token for s, _, _ in release],
                "me": me,
            },
        )
        for endpoint_id in sorted(succeeded - set(quiet)):
            conn.execute(_HEALTHY, {"now": now, "id": endpoint_id})
        for endpoint_id in failing:
            conn.execute(_UNHEALTHY, {"now": now, "id": endpoint_id})
        if ok:
            conn.execute(
                _DELIVERED, {**me_now, **_keys(ok), "statuses": [o.status for _, o, _ in ok]}
            )
        cur = None
        if bad:
            cur = conn.execute(
                _FAILED,
                {
                    **me_now,
                    **_keys(bad),
                    "statuses": [o.status for _, o, _ in bad],
                    "errors": [o.error for _, o, _ in bad],
                },
            )
        conn.execute(
            _RELEASE,
            {
                **me_now,
                "e": [s.endpoint_id for s, _, _ in release],
                "r": [s.return_key for s, _, _ in release],
                "t": [s.token for s, _, _ in release],
                "delivered": [n for _, n, _ in release],
                "due": [d for _, _, d in release],
            },
        )
        attempts = bad  # successes are on their delivery rows: one write less per event
        if attempts:
            conn.execute(
                _ATTEMPTS,
                {
                    **me_now,
                    "ids": [p.delivery_id for p, _, _ in attempts],
                    "outcomes": ["delivered" if o.ok else "failed" for _, o, _ in attempts],
                    "statuses": [o.status for _, o, _ in attempts],
                    "errors": [o.error for _, o, _ in attempts],
                    "ms": [o.duration_ms for _, o, _ in attempts],
                },
            )
    return [row[0] for row in cur.fetchall()] if cur is not None else []


def _keys(rows: list[tuple[Pending, Outcome, Stream]]) -> dict[str, list[Any]]:
    return {
        "ids": [p.delivery_id for p, _, _ in rows],
        "e": [s.endpoint_id for _, _, s in rows],
        "r": [s.return_key for _, _, s in rows],
        "t": [s.token for _, _, s in rows],
    }


def audit(
    conn: psycopg.Connection[Any],
    actor: str,
    action: str,
    endpoint_id: str | None,
    details: dict[str, Any],
    now: datetime | None = None,
) -> None:
    conn.execute(
        "INSERT INTO relay_audit (at, actor, action, endpoint_id, details) "
        "VALUES (coalesce(%s, now()), %s, %s, %s, %s)",
        (now, actor, action, endpoint_id, json.dumps(details)),
    )

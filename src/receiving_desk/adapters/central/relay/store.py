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
_CLAIM = """
WITH due AS (
    SELECT endpoint_id, return_key FROM relay_streams
    WHERE endpoint_id = %(endpoint)s AND pending > 0 AND NOT dead AND due_at <= %(now)s
        AND (lease_until IS NULL OR lease_until < %(now)s)
    ORDER BY due_at LIMIT %(n)s
    FOR UPDATE SKIP LOCKED
)
UPDATE relay_streams s
SET lease_owner = %(me)s, lease_until = %(until)s, lease_token = s.lease_token + 1
FROM due WHERE s.endpoint_id = due.endpoint_id AND s.return_key = due.return_key
RETURNING s.endpoint_id, s.return_key, s.lease_token"""
_NEXT_EVENTS = """
SELECT d.id, d.attempts, d.first_failed_at, k.endpoint_id, e.id, e.return_key, e.return_seq,
    e.event_type, e.at, e.desk_id, e.receipt_id::text, e.message_id::text, e.payload,
    e.received_at, site.site
FROM unnest(%(endpoints)s::text[], %(keys)s::text[]) AS k (endpoint_id, return_key)
CROSS JOIN LATERAL (
    SELECT id, event_id, return_seq, attempts, first_failed_at FROM relay_deliveries
    WHERE endpoint_id = k.endpoint_id AND return_key = k.return_key AND state = 'pending'
    ORDER BY return_seq LIMIT %(per_stream)s
) d
JOIN status_events e ON e.id = d.event_id
LEFT JOIN relay_sites site ON site.desk_id = e.desk_id
ORDER BY k.endpoint_id, k.return_key, d.return_seq"""
_HELD = """
SELECT s.endpoint_id, s.return_key FROM relay_streams s
JOIN unnest(%(endpoints)s::text[], %(keys)s::text[], %(tokens)s::bigint[]) AS k (e, r, t)
    ON s.endpoint_id = k.e AND s.return_key = k.r AND s.lease_token = k.t
WHERE s.lease_owner = %(me)s
ORDER BY s.endpoint_id, s.return_key
FOR UPDATE OF s"""
_DELIVERED = """
UPDATE relay_deliveries d SET state = 'delivered', attempts = d.attempts + 1,
    delivered_at = %(now)s, last_attempt_at = %(now)s, last_status = v.status, last_error = NULL
FROM unnest(%(ids)s::bigint[], %(statuses)s::int[]) AS v (id, status)
WHERE d.id = v.id AND d.state = 'pending'"""
_FAILED = """
UPDATE relay_deliveries d SET state = v.state, attempts = d.attempts + 1,
    first_failed_at = coalesce(d.first_failed_at, %(now)s), last_attempt_at = %(now)s,
    last_status = v.status, last_error = v.error,
    dead_at = CASE WHEN v.state = 'dead' THEN %(now)s::timestamptz END
FROM unnest(%(ids)s::bigint[], %(states)s::text[], %(statuses)s::int[], %(errors)s::text[])
    AS v (id, state, status, error)
WHERE d.id = v.id AND d.state = 'pending'"""
_RELEASE = """
UPDATE relay_streams s SET pending = s.pending - v.delivered, dead = v.dead, due_at = v.due_at,
    lease_owner = NULL, lease_until = NULL
FROM unnest(%(endpoints)s::text[], %(keys)s::text[], %(delivered)s::int[], %(dead)s::bool[],
    %(due)s::timestamptz[]) AS v (endpoint_id, return_key, delivered, dead, due_at)
WHERE s.endpoint_id = v.endpoint_id AND s.return_key = v.return_key"""
_ATTEMPTS = """
INSERT INTO relay_attempts (delivery_id, at, relay_id, outcome, status, error, duration_ms)
SELECT v.id, %(now)s, %(me)s, v.outcome, v.status, v.error, v.ms
FROM unnest(%(ids)s::bigint[], %(outcomes)s::text[], %(statuses)s::int[], %(errors)s::text[],
    %(ms)s::int[]) AS v (id, outcome, status, error, ms)"""
_HEALTHY = """
UPDATE relay_endpoints SET failures = 0, retry_at = NULL, last_success_at = %(now)s
WHERE id = %(id)s RETURNING last_success_at"""
_UNHEALTHY = """
UPDATE relay_endpoints SET failures = failures + 1 WHERE id = %(id)s
RETURNING failures, backoff_base_s, backoff_cap_s, last_success_at"""


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
    with conn.transaction():
        for endpoint, n in wants.items():
            if n <= 0:
                continue
            args = {"endpoint": endpoint, "now": now, "n": n, "me": me, "until": until}
            for e, r, token in conn.execute(_CLAIM, args).fetchall():
                streams[e, r] = Stream(e, r, token)
        if not streams:
            return []
        keys = sorted(streams)
        args2 = {
            "endpoints": [k[0] for k in keys],
            "keys": [k[1] for k in keys],
            "per_stream": per_stream,
        }
        for row in conn.execute(_NEXT_EVENTS, args2).fetchall():
            event = EventRow(*row[4:])
            streams[row[3], event.return_key].pending.append(Pending(row[0], row[1], row[2], event))
    return [s for s in streams.values()]


def record(
    conn: psycopg.Connection[Any],
    me: str,
    results: Sequence[StreamResult],
    endpoints: dict[str, Endpoint],
    now: datetime,
    rng: random.Random,
) -> list[tuple[Pending, Outcome]]:
    """Write a round's outcomes in one transaction; returns the deliveries dead-lettered."""
    dead_letters: list[tuple[Pending, Outcome]] = []
    ordered = sorted(results, key=lambda r: (r.stream.endpoint_id, r.stream.return_key))
    with conn.transaction():
        held_args = {
            "endpoints": [r.stream.endpoint_id for r in ordered],
            "keys": [r.stream.return_key for r in ordered],
            "tokens": [r.stream.token for r in ordered],
            "me": me,
        }
        held = {(e, k) for e, k in conn.execute(_HELD, held_args).fetchall()}
        last_success = _health(conn, ordered, now, rng)
        ok_ids: list[int] = []
        ok_statuses: list[int | None] = []
        failed: list[tuple[int, str, int | None, str | None]] = []
        release: list[tuple[str, str, int, bool, datetime]] = []
        log: list[tuple[int, str, int | None, str | None, int]] = []
        for result in ordered:
            s = result.stream
            delivered, dead, due = 0, False, datetime.min.replace(tzinfo=now.tzinfo)
            for pending, outcome in result.outcomes:
                verdict = "delivered" if outcome.ok else "failed"
                if outcome.ok:
                    delivered += 1
                    ok_ids.append(pending.delivery_id)
                    ok_statuses.append(outcome.status)
                else:
                    endpoint = endpoints.get(s.endpoint_id)
                    tries = pending.attempts + 1
                    first = pending.first_failed_at or now
                    seen = last_success.get(s.endpoint_id)
                    # An outage is not the event's fault: dead only when the endpoint took
                    # other deliveries since this one first failed.
                    if endpoint and tries >= endpoint.max_attempts and seen and seen >= first:
                        dead, verdict = True, "dead"
                        dead_letters.append((pending, outcome))
                    elif endpoint:
                        wait = backoff_s(
                            endpoint.backoff_base_s, endpoint.backoff_cap_s, tries, rng
                        )
                        due = now + timedelta(seconds=wait)
                    failed.append((pending.delivery_id, verdict, outcome.status, outcome.error))
                log.append(
                    (
                        pending.delivery_id,
                        verdict,
                        outcome.status,
                        outcome.error,
                        outcome.duration_ms,
                    )
                )
            if (s.endpoint_id, s.return_key) in held:
                release.append((s.endpoint_id, s.return_key, delivered, dead, due))
        mine = {k[:2] for k in release}
        keep = {
            p.delivery_id
            for r in ordered
            if (r.stream.endpoint_id, r.stream.return_key) in mine
            for p, _ in r.outcomes
        }
        ok = [(i, st) for i, st in zip(ok_ids, ok_statuses, strict=True) if i in keep]
        if ok:
            conn.execute(
                _DELIVERED,
                {"now": now, "ids": [i for i, _ in ok], "statuses": [st for _, st in ok]},
            )
        bad = [f for f in failed if f[0] in keep]
        if bad:
            conn.execute(
                _FAILED,
                {
                    "now": now,
                    "ids": [f[0] for f in bad],
                    "states": ["dead" if f[1] == "dead" else "pending" for f in bad],
                    "statuses": [f[2] for f in bad],
                    "errors": [f[3] for f in bad],
                },
            )
        if release:
            conn.execute(
                _RELEASE,
                {
                    "endpoints": [r[0] for r in release],
                    "keys": [r[1] for r in release],
                    "delivered": [r[2] for r in release],
                    "dead": [r[3] for r in release],
                    "due": [r[4] for r in release],
                },
            )
        if log:
            conn.execute(
                _ATTEMPTS,
                {
                    "now": now,
                    "me": me,
                    "ids": [x[0] for x in log],
                    "outcomes": [x[1] for x in log],
                    "statuses": [x[2] for x in log],
                    "errors": [x[3] for x in log],
                    "ms": [x[4] for x in log],
                },
            )
        for pending, outcome in dead_letters:
            if pending.delivery_id in keep:
                audit(
                    conn,
                    me,
                    "dead_lettered",
                    _endpoint_of(ordered, pending),
                    {
                        "delivery_id": pending.delivery_id,
                        "return_key": pending.event.return_key,
                        "return_seq": pending.event.return_seq,
                        "event_type": pending.event.event_type,
                        "attempts": pending.attempts + 1,
                        "error": outcome.error,
                    },
                    now,
                )
    return dead_letters


def _endpoint_of(results: Sequence[StreamResult], pending: Pending) -> str:
    for r in results:
        if any(p is pending for p, _ in r.outcomes):
            return r.stream.endpoint_id
    raise LookupError(pending.delivery_id)


def _health(
    conn: psycopg.Connection[Any],
    results: Sequence[StreamResult],
    now: datetime,
    rng: random.Random,
) -> dict[str, datetime | None]:
    """Per endpoint: a success clears its failures; only failures hold it back for a
    jittered, capped while. Returns each endpoint's last success after this round."""
    seen: dict[str, bool] = {}
    for r in results:
        for _, outcome in r.outcomes:
            endpoint = r.stream.endpoint_id
            seen[endpoint] = seen.get(endpoint, False) or outcome.ok
    last: dict[str, datetime | None] = {}
    for endpoint in sorted(seen):
        if seen[endpoint]:
            row = conn.execute(_HEALTHY, {"now": now, "id": endpoint}).fetchone()
            last[endpoint] = row[0] if row else None
            continue
        row = conn.execute(_UNHEALTHY, {"id": endpoint}).fetchone()
        if row is None:
            continue
        failures, base, cap, last[endpoint] = row
        retry = now + timedelta(seconds=backoff_s(base, cap, failures, rng))
        conn.execute("UPDATE relay_endpoints SET retry_at = %s WHERE id = %s", (retry, endpoint))
    return last


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

"""A real local HTTP receiver for the relay tests, and status events written the way a desk's
push writes them (heads numbered, inserted in one transaction, so the fan-out trigger fires).

The receiver listens on 127.0.0.1 port 0 (the port is read back: no free-port race), keeps
connections alive like a production server, verifies each signature, deduplicates by
Idempotency-Key and counts how many requests of one key it ever handles at once.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import psycopg

from receiving_desk.adapters.central.relay import signing
from receiving_desk.adapters.central.relay.webhook import IDEMPOTENCY_HEADER


@dataclass
class Request:
    key: str
    body: bytes
    signature: str
    doc: dict[str, Any]
    status: int
    at: float
    attempt: int


# (request, count of earlier requests) -> (status, whether the effect is applied)
Policy = Callable[["Request", int], tuple[int, bool]]


def accept_all(_r: Request, _n: int) -> tuple[int, bool]:
    return 200, True


@dataclass
class Receiver:
    secrets: list[str] = field(default_factory=list)
    policy: Policy = accept_all
    clock: Callable[[], float] | None = None  # for signature tolerance under an injected clock
    requests: list[Request] = field(default_factory=list)
    effects: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> first document
    applied_order: list[tuple[str, int]] = field(default_factory=list)  # (return key, seq)
    duplicates: int = 0
    bad_signatures: int = 0
    max_concurrent_per_key: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    _busy: dict[str, int] = field(default_factory=dict)
    changed: threading.Condition = field(init=False)

    def __post_init__(self) -> None:
        self.changed = threading.Condition(self.lock)

    def handle(self, key: str, body: bytes, signature: str, attempt: int) -> int:
        import time

        with self.lock:
            self._busy[key] = self._busy.get(key, 0) + 1
            self.max_concurrent_per_key = max(self.max_concurrent_per_key, self._busy[key])
        try:
            now = self.clock() if self.clock else None
            try:
                signing.verify(signature, body, self.secrets, now=now)
            except signing.InvalidSignature:
                with self.changed:
                    self.bad_signatures += 1
                    self.changed.notify_all()
                return 401
            doc = json.loads(body)
            request = Request(key, body, signature, doc, 0, time.time(), attempt)
            with self.changed:
                status, apply = self.policy(request, len(self.requests))
                request.status = status
                self.requests.append(request)
                if apply:
                    if key in self.effects:
                        self.duplicates += 1
                    else:
                        self.effects[key] = doc
                        self.applied_order.append((doc["return"]["key"], doc["return"]["seq"]))
                self.changed.notify_all()
            return status
        finally:
            with self.lock:
                self._busy[key] -= 1

    def wait_for(self, predicate: Callable[[Receiver], bool], timeout_s: float = 60) -> None:
        """Wait for a condition on what was received (not for a time window)."""
        with self.changed:
            if not self.changed.wait_for(lambda: predicate(self), timeout_s):
                raise AssertionError(
                    f"receiver: condition not met; {len(self.effects)} applied, "
                    f"{len(self.requests)} requests"
                )


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status = receiver.handle(
                self.headers.get(IDEMPOTENCY_HEADER, ""),
                body,
                self.headers.get(signing.HEADER, ""),
                int(self.headers.get("Receiving-Desk-Delivery-Attempt", "0")),
            )
            reply = b'{"ok":true}' if status < 300 else b'{"error":"refused"}'
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


class Server:
    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = int(self.httpd.server_address[1])
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(10)


def serve(receiver: Receiver) -> Iterator[Server]:
    server = Server(_handler(receiver))
    try:
        yield server
    finally:
        server.close()


_HEAD = """
INSERT INTO return_event_heads AS h (return_key, last_seq) VALUES (%s, %s)
ON CONFLICT (return_key) DO UPDATE SET last_seq = h.last_seq + EXCLUDED.last_seq
RETURNING last_seq"""
_EVENT = """
INSERT INTO status_events
    (return_key, return_seq, event_type, at, desk_id, receipt_id, message_id, payload)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"""

DATA = {
    "received": {"station": "S-1", "clerk": "U-1"},
    "inspected": {"units": [{"unit_id": "u1", "sku": "EL-00001", "grade": "A"}]},
    "disposition_decided": {
        "units": [{"unit_id": "u1", "sku": "EL-00001", "disposition": "restock_new"}]
    },
    "refund_recommended": {
        "units": [{"unit_id": "u1", "sku": "EL-00001", "refund": {"kind": "full", "percent": 100}}],
        "held_units": [],
    },
    "completed": {"completed_by": "U-1", "units": 1},
    "voided": {"reason": "duplicate parcel"},
}
TYPES = ("received", "inspected", "disposition_decided", "refund_recommended", "completed")


def emit(
    conn: psycopg.Connection[Any],
    return_key: str,
    types: tuple[str, ...] | list[str] = TYPES,
    desk_id: str = "DESK-01",
    at: datetime | None = None,
    data: dict[str, dict[str, Any]] | None = None,
) -> list[int]:
    """Events for one return in one transaction, numbered as the push numbers them."""
    receipt = str(uuid.uuid4())
    with conn.transaction():
        row = conn.execute(_HEAD, (return_key, len(types))).fetchone()
        assert row is not None
        first = row[0] - len(types) + 1
        message = str(uuid.uuid4())
        for n, kind in enumerate(types):
            fields = (data or {}).get(kind, DATA.get(kind, {}))
            doc = {"receipt_id": receipt, "rma": return_key, **fields}
            conn.execute(
                _EVENT,
                (
                    return_key,
                    first + n,
                    kind,
                    at or datetime.now().astimezone(),
                    desk_id,
                    receipt,
                    message,
                    json.dumps(doc),
                ),
            )
    return list(range(first, first + len(types)))


class FakeClock:
    """An injected clock for the relay (aware datetimes) and for the receiver (seconds)."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self.now

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        with self._lock:
            self.now += timedelta(seconds=seconds)

    def seconds(self) -> float:
        return self().timestamp()

"""The generic webhook: one signed JSON POST per event; any 2xx means delivered."""

from __future__ import annotations

import http.client
import time
from collections.abc import Callable

from receiving_desk.adapters.central.relay import payload, signing
from receiving_desk.adapters.central.relay.model import Endpoint, Outcome, short
from receiving_desk.adapters.central.relay.payload import EventRow
from receiving_desk.adapters.central.relay.transport import Transport

IDEMPOTENCY_HEADER = "Idempotency-Key"
EVENT_HEADER = "Receiving-Desk-Event"
ATTEMPT_HEADER = "Receiving-Desk-Delivery-Attempt"


class WebhookSender:
    def __init__(self, transport: Transport, wall_clock: Callable[[], float] = time.time) -> None:
        self._transport = transport
        self._clock = wall_clock

    def send(self, endpoint: Endpoint, event: EventRow, attempt: int) -> Outcome:
        data = payload.body(event)
        headers = {
            IDEMPOTENCY_HEADER: payload.idempotency_key(event.message_id, event.event_type),
            EVENT_HEADER: event.event_type,
            ATTEMPT_HEADER: str(attempt),
            signing.HEADER: signing.sign(data, endpoint.secrets, int(self._clock())),
        }
        start = time.monotonic()
        try:
            reply = self._transport.post(endpoint.url, data, headers, endpoint.timeout_s)
        except (OSError, http.client.HTTPException, ValueError) as exc:
            elapsed = int((time.monotonic() - start) * 1000)
            return Outcome(False, None, short(f"{type(exc).__name__}: {exc}"), elapsed)
        elapsed = int((time.monotonic() - start) * 1000)
        if 200 <= reply.status < 300:
            return Outcome(True, reply.status, None, elapsed)
        text = reply.body[:200].decode("utf-8", "replace")
        return Outcome(False, reply.status, short(f"HTTP {reply.status}: {text}"), elapsed)

    def close(self) -> None:
        self._transport.close()

"""The webhook payload, version 1 (docs/webhooks.md; JSON Schema beside this module).

The body of an event is the same on every attempt and for every endpoint; only the signature
header changes. Its `id` is the idempotency key: stable across retries, relays and endpoints.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

API_VERSION = "1"
SCHEMA_FILE = "status-event.v1.schema.json"
# Namespace of the idempotency keys: uuid5(namespace, "<message_id>/<event_type>").
KEY_NAMESPACE = uuid.UUID("6f7c2a52-4a0e-5d7b-9a3e-2f1d6c0b8e41")


@dataclass(frozen=True)
class EventRow:
    """A status event as the relay reads it (status_events joined with the desk's site)."""

    event_id: int
    return_key: str
    return_seq: int
    event_type: str
    at: datetime
    desk_id: str
    receipt_id: str | None
    message_id: str
    payload: dict[str, Any]
    received_at: datetime
    site: str | None


def idempotency_key(message_id: str, event_type: str) -> str:
    """Unique per status event (its table is unique on message_id + event_type)."""
    return str(uuid.uuid5(KEY_NAMESPACE, f"{message_id}/{event_type}"))


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def document(event: EventRow) -> dict[str, Any]:
    data = {k: v for k, v in event.payload.items() if k not in ("receipt_id", "rma")}
    return {
        "id": idempotency_key(event.message_id, event.event_type),
        "api_version": API_VERSION,
        "type": event.event_type,
        "occurred_at": _iso(event.at),
        "recorded_at": _iso(event.received_at),
        "return": {
            "key": event.return_key,
            "seq": event.return_seq,
            "rma": event.payload.get("rma"),
            "receipt_id": event.receipt_id,
        },
        "site": event.site,
        "desk_id": event.desk_id,
        "data": data,
    }


def body(event: EventRow) -> bytes:
    """Compact UTF-8 JSON, keys sorted: the bytes that are signed and sent."""
    return json.dumps(
        document(event), separators=(",", ":"), sort_keys=True, ensure_ascii=False
    ).encode("utf-8")


def json_schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema

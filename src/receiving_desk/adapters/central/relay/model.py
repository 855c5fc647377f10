"""What the relay works with: endpoints (with their current secrets), outcomes, the backoff."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from receiving_desk.adapters.central.relay.payload import EventRow

KINDS = ("webhook", "shopify")
ERROR_TEXT_MAX = 300


@dataclass(frozen=True)
class Endpoint:
    id: str
    kind: str
    url: str
    max_attempts: int = 12
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 300.0
    timeout_s: float = 10.0
    concurrency: int = 8
    config: dict[str, Any] = field(default_factory=dict)
    secrets: tuple[str, ...] = ()  # newest first: during a rotation, the new and the old one
    failures: int = 0
    retry_at: datetime | None = None
    last_success_at: datetime | None = None


@dataclass(frozen=True)
class Outcome:
    ok: bool
    status: int | None = None  # the HTTP status, when there was a response
    error: str | None = None  # why it failed (never a secret)
    duration_ms: int = 0


class Sender(Protocol):
    def send(self, endpoint: Endpoint, event: EventRow, attempt: int) -> Outcome: ...

    def close(self) -> None: ...


def backoff_s(base_s: float, cap_s: float, failures: int, rng: random.Random) -> float:
    """Capped exponential backoff with "equal jitter": half the step fixed, half random, so
    retries spread out but never fire at once (base * 2^(n-1), capped, n >= 1)."""
    step = min(cap_s, base_s * 2.0 ** min(max(failures - 1, 0), 60))
    return step / 2 + rng.uniform(0, step / 2)


def short(text: str) -> str:
    return " ".join(text.split())[:ERROR_TEXT_MAX]

"""Webhook signatures: HMAC-SHA256 over "<timestamp>.<body>", like Stripe's `v1=` scheme.

The header `Receiving-Desk-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>]` carries one `v1`
per valid secret of the endpoint: during a rotation both the new and the old secret sign, so
a receiver holding either accepts the request. Standard library only, so a receiver can copy
this module as it is (docs/webhooks.md).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Sequence

HEADER = "Receiving-Desk-Signature"
SCHEME = "v1"
TOLERANCE_S = 300  # a request older (or newer) than this is refused: replay protection
SECRET_PREFIX = "whsec_"  # noqa: S105 (a prefix, not a secret)


class InvalidSignature(ValueError):
    """The request is not signed by a current secret of this endpoint, or is too old."""


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def _digest(secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def sign(body: bytes, secrets_: Sequence[str], timestamp: int) -> str:
    """The signature header's value: the timestamp and one v1 signature per secret."""
    if not secrets_:
        raise ValueError("an endpoint needs at least one secret to sign with")
    parts = [f"t={timestamp}", *(f"{SCHEME}={_digest(s, timestamp, body)}" for s in secrets_)]
    return ",".join(parts)


def verify(
    header: str,
    body: bytes,
    secrets_: Sequence[str],
    tolerance_s: int = TOLERANCE_S,
    now: float | None = None,
) -> int:
    """Check a request: raise InvalidSignature unless one v1 signature matches one of the
    receiver's secrets and the timestamp is within tolerance. Returns the timestamp.
    Pass the raw body bytes exactly as received (not re-serialised JSON)."""
    timestamp: int | None = None
    signatures: list[str] = []
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == SCHEME:
            signatures.append(value)
    if timestamp is None or not signatures:
        raise InvalidSignature("no timestamp or no v1 signature in the header")
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance_s:
        raise InvalidSignature("timestamp outside the tolerance (a replay, or a wrong clock)")
    for secret in secrets_:
        expected = _digest(secret, timestamp, body)
        if any(hmac.compare_digest(expected, s) for s in signatures):
            return timestamp
    raise InvalidSignature("no signature matches a secret of this endpoint")

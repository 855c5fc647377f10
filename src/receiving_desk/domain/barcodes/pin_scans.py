"""PINs that arrive from a scanner: a badge card's second barcode (`PIN-<pin>`), or a reader
that sends badge and PIN in one scan (`<badge><separator><pin>`, where the site sets one).

Recognised by their shape alone, whatever step the desk is in, so the scan journal, the log
and the screen can keep the secret out before anything interprets the scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import DeskPatterns

MASK = "******"  # the same whatever the PIN's length: a length is a hint too
_AIM_PREFIX = re.compile(r"\][A-Za-z][0-9]")


@dataclass(frozen=True)
class PinScan:
    pin: str
    badge: str | None = None  # the badge read in the same scan, if the reader sends both

    def __repr__(self) -> str:  # never the PIN, even in a traceback's locals
        return f"PinScan(badge={self.badge!r}, pin={MASK!r})"


def read_pin_scan(data: str, patterns: DeskPatterns) -> PinScan | None:
    """The PIN a scan carries, or None when the scan is no PIN."""
    text = data.rstrip("\r\n")
    if _AIM_PREFIX.match(text):
        text = text[3:]
    prefix = patterns.pin_prefix
    if prefix and text.startswith(prefix):
        return PinScan(text[len(prefix) :])
    separator = patterns.badge_pin_separator
    if separator and separator in text:
        badge, _, pin = text.partition(separator)
        if re.fullmatch(patterns.badge, badge) is not None:
            return PinScan(pin, badge)
    return None


def redacted(data: str, patterns: DeskPatterns) -> str | None:
    """The scan as it may be kept or shown (the PIN masked), or None when it holds no PIN."""
    found = read_pin_scan(data, patterns)
    if found is None:
        return None
    if found.badge is None:
        return f"{patterns.pin_prefix}{MASK}"
    return f"{found.badge}{patterns.badge_pin_separator}{MASK}"


def shown(data: str, patterns: DeskPatterns) -> str:
    """`data`, or its redacted form when it carries a PIN."""
    masked = redacted(data, patterns)
    return data if masked is None else masked

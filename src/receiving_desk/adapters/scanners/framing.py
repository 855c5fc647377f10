"""Turn a raw serial byte stream into scans. Pure: no I/O, no clock, no logging.

Times are caller-supplied seconds (monotonic). The per-byte rules are applied with C-level
bytes operations (translate/split) so framing costs ~1 µs per scan, not per byte.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Literal

from .config import ScannerPortConfig

FramedBy = Literal["terminator", "idle"]
DiscardReason = Literal["duplicate", "oversized", "disconnect", "empty", "noise", "stale"]


@dataclass(frozen=True, slots=True)
class FramedScan:
    raw: bytes  # the line as received, terminator excluded, noise included
    aim_id: str | None  # "]" + letter + digit, e.g. "]C1", or None
    data: str  # latin-1 decoded payload after the AIM id; GS/RS/EOT/FS kept
    framed_by: FramedBy
    t: float  # when the scan completed (terminator read, or idle deadline)


@dataclass(frozen=True, slots=True)
class Discard:
    raw: bytes  # what was dropped (an oversized line is cut to max_line_bytes)
    reason: DiscardReason
    t: float


FrameEvent = FramedScan | Discard

# C0 controls are noise except EOT, FS, GS, RS, which carry ISO/IEC 15434 / GS1 structure.
# NUL (break at plug-in), DEL, 0xFF and XON/XOFF (0x11/0x13) are line noise too.
_KEEP_C0 = {0x04, 0x1C, 0x1D, 0x1E}
NOISE_BYTES = bytes(b for b in range(256) if (b < 0x20 and b not in _KEEP_C0) or b in (0x7F, 0xFF))
_LF_TO_CR = bytes.maketrans(b"\n", b"\r")


def _first_terminator(chunk: bytes) -> int:
    cr, lf = chunk.find(b"\r"), chunk.find(b"\n")
    if cr < 0:
        return lf
    return cr if lf < 0 else min(cr, lf)


class Framer:
    """Stateful framer for one port. Not thread-safe: one reader thread owns it.

    CR, LF and CRLF all end a line. Because empty lines are ignored (they carry nothing),
    an LF after a CR - in the same read or the next - never yields a scan, and no state
    about the previous byte is needed: this makes framing independent of chunking.
    """

    def __init__(self, config: ScannerPortConfig) -> None:
        self._idle_mode = config.terminator == "none"
        self._idle = config.idle_flush_ms / 1000
        self._dedupe = config.dedupe_ms / 1000
        self._max_bytes = config.max_line_bytes
        # Silence, not age, makes a partial line stale: a 2,400-byte 2D code at 9600 baud takes
        # 2.5 s and a slow scanner pauses 60 ms between characters, yet neither ever goes quiet.
        self._stale_gap = config.max_line_age_ms / 1000
        self._buf = b""  # partial line, raw
        self._last = 0.0  # when its latest byte arrived
        self._skipping = False  # dropping the tail of an oversized line
        self._skip_last = 0.0
        self._recent: dict[bytes, float] = {}  # payload -> last accepted time
        self._recent_order: deque[tuple[float, bytes]] = deque()

    @property
    def pending(self) -> int:
        """Bytes of the current partial line (for diagnostics and tests)."""
        return len(self._buf)

    def feed(self, chunk: bytes, now: float) -> list[FrameEvent]:
        events: list[FrameEvent] = []
        # A partial line that went idle/stale before this read must not absorb it.
        self._expire(now, events)
        if not chunk:
            return events
        if self._skipping:
            cut = _first_terminator(chunk)
            if cut < 0:
                self._skip_last = now
                return events
            self._skipping = False
            chunk = chunk[cut:]
        data = self._buf + chunk if self._buf else chunk
        if b"\r" not in data and b"\n" not in data:
            rest = data
        else:
            *lines, rest = data.translate(_LF_TO_CR).split(b"\r")
            for line in lines:
                if line:
                    self._line(line, "terminator", now, events)
        if rest:
            self._last = now
            if len(rest) > self._max_bytes:
                # Drop the rest of this line too, so its tail never becomes a scan.
                events.append(Discard(rest[: self._max_bytes], "oversized", now))
                self._skipping, self._skip_last, rest = True, now, b""
        self._buf = rest
        return events

    def tick(self, now: float) -> list[FrameEvent]:
        """Call when a read timed out: flushes idle lines and drops partial lines gone silent."""
        events: list[FrameEvent] = []
        self._expire(now, events)
        return events

    def reset(
        self, reason: DiscardReason = "disconnect", now: float | None = None
    ) -> list[FrameEvent]:
        """Forget the partial line (e.g. the port went away); it is reported, not kept."""
        events: list[FrameEvent] = []
        if self._buf:
            events.append(Discard(self._buf, reason, self._last if now is None else now))
        self._buf, self._skipping = b"", False
        return events

    def _expire(self, now: float, events: list[FrameEvent]) -> None:
        if self._skipping and now - self._skip_last >= self._idle:
            self._skipping = False  # a silence ends even an oversized transmission
        if not self._buf:
            return
        stale_at = self._last + self._stale_gap
        idle_at = self._last + self._idle if self._idle_mode else stale_at + 1.0
        if idle_at <= stale_at and now >= idle_at:
            buf, self._buf = self._buf, b""
            self._line(buf, "idle", idle_at, events)
        elif now >= stale_at:
            buf, self._buf = self._buf, b""
            noise = not buf.translate(None, NOISE_BYTES)
            events.append(Discard(buf, "noise" if noise else "stale", stale_at))

    def _line(self, line: bytes, framed_by: FramedBy, t: float, events: list[FrameEvent]) -> None:
        if len(line) > self._max_bytes:
            events.append(Discard(line[: self._max_bytes], "oversized", t))
            return
        payload = line.translate(None, NOISE_BYTES)
        if not payload:
            events.append(Discard(line, "noise", t))
            return
        aim_id: str | None = None
        body = payload
        if payload[:1] == b"]" and payload[1:2].isalpha() and payload[2:3].isdigit():
            aim_id, body = payload[:3].decode("ascii"), payload[3:]
            if not body:
                events.append(Discard(line, "empty", t))
                return
        if self._dedupe > 0:
            previous = self._recent.get(payload)
            if previous is not None and t - previous < self._dedupe:
                events.append(Discard(line, "duplicate", t))
                return
            self._remember(payload, t)
        events.append(FramedScan(line, aim_id, body.decode("latin-1"), framed_by, t))

    def _remember(self, payload: bytes, t: float) -> None:
        self._recent[payload] = t
        order = self._recent_order
        order.append((t, payload))
        horizon = t - self._dedupe
        while order and order[0][0] <= horizon:
            old_t, old = order.popleft()
            if self._recent.get(old) == old_t:
                del self._recent[old]

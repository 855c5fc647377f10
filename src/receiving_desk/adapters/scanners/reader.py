"""One serial scanner: a daemon thread reading the port, framing scans and surviving re-plugs.

Callbacks run on the reader thread; a GUI must hand results over to its own thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

import serial

from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.pin_scans import redacted
from receiving_desk.timing import mark

from .config import ScannerPortConfig
from .framing import Discard, FramedScan, FrameEvent, Framer
from .ports import find_port

log = logging.getLogger("receiving_desk.scanners")
Redact = Callable[[str], str | None]  # a scan's text masked, or None when it holds no secret


def _default_redact(data: str) -> str | None:
    return redacted(data, DeskPatterns())


ScannerState = Literal["connecting", "connected", "disconnected", "stopped"]

# Losing these is worth a warning; the rest are routine (re-reads, line noise).
_WARN_REASONS = frozenset({"oversized", "stale", "disconnect"})


@dataclass(frozen=True, slots=True)
class ScanRead:
    source: str  # scanner name from its config
    raw: bytes
    aim_id: str | None
    data: str
    received_at: datetime  # UTC, tz-aware
    monotonic: float  # clock() value when the scan completed
    framed_by: str  # "terminator" | "idle"


@dataclass(frozen=True, slots=True)
class ScannerStatus:
    source: str
    state: ScannerState
    port: str | None
    detail: str


ScanCallback = Callable[[ScanRead], None]
StatusCallback = Callable[[ScannerStatus], None]
DiscardCallback = Callable[[str, Discard], None]


class SerialScannerReader:
    """Reads one scanner port on its own daemon thread; start()/stop() from any thread."""

    def __init__(
        self,
        config: ScannerPortConfig,
        on_scan: ScanCallback,
        on_status: StatusCallback,
        clock: Callable[[], float] = time.monotonic,
        *,
        on_discard: DiscardCallback | None = None,
        poll_interval: float = 0.5,
        read_timeout: float | None = None,
        redact: Redact | None = None,
    ) -> None:
        self.config = config
        self._redact = redact or _default_redact  # a PIN scan is logged masked
        self._on_scan = on_scan
        self._on_status = on_status
        self._on_discard = on_discard
        self._clock = clock
        self._poll = poll_interval
        if read_timeout is None:
            # Idle framing needs timely ticks; otherwise the timeout only bounds stop() latency.
            read_timeout = (
                min(0.05, config.idle_flush_ms / 4000) if config.terminator == "none" else 0.05
            )
        self._timeout = read_timeout
        self._stop = threading.Event()
        self._framer: Framer | None = None  # the running thread's
        self._lock = threading.Lock()  # guards _port between the thread and stop()
        self._port: serial.Serial | None = None
        self._thread: threading.Thread | None = None
        self._last_status: ScannerStatus | None = None

    @property
    def source(self) -> str:
        return self.config.name

    @property
    def status(self) -> ScannerStatus | None:
        return self._last_status

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"scanner-{self.source}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop reading, close the port and join the thread."""
        self._stop.set()
        with self._lock:
            if self._port is not None:
                with contextlib.suppress(OSError, serial.SerialException):
                    self._port.cancel_read()  # wake a blocked read() at once
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                log.error(
                    "scanner %s: reader thread did not stop within %.1f s", self.source, timeout
                )

    # -- reader thread --------------------------------------------------------------------

    @property
    def pending(self) -> int:
        """Bytes of a scan begun and not yet ended (0 between scans, and when not running)."""
        framer = self._framer
        return framer.pending if framer is not None else 0

    def _run(self) -> None:
        framer = self._framer = Framer(self.config)
        self._set_status("connecting", self.config.port, "")
        try:
            while not self._stop.is_set():
                port = self._port if self._port is not None else self._open()
                if port is None:
                    self._stop.wait(self._poll)
                    continue
                try:
                    chunk = port.read(port.in_waiting or 1)
                except (serial.SerialException, OSError) as exc:
                    self._lost(framer, port.port, exc)
                    self._stop.wait(self._poll)  # don't reopen a device that is going away
                    continue
                now = self._clock()
                events = framer.feed(chunk, now) if chunk else framer.tick(now)
                if events:
                    self._dispatch(events, now)
        except Exception:
            log.exception("scanner %s: reader thread crashed", self.source)
        finally:
            self._dispatch(framer.reset("disconnect", self._clock()), self._clock())
            self._close()
            self._set_status("stopped", self.config.port, "")

    def _open(self) -> serial.Serial | None:
        cfg = self.config
        try:
            path = find_port(cfg)
        except Exception as exc:  # port enumeration can fail on odd systems; retry later
            self._set_status("disconnected", cfg.port, f"cannot list ports: {exc}")
            return None
        if path is None:
            self._set_status("disconnected", cfg.port, "device not present")
            return None
        try:
            port = serial.Serial(
                port=path,
                baudrate=cfg.baudrate,
                bytesize=cfg.bytesize,
                parity=cfg.parity,
                stopbits=cfg.stopbits,
                xonxoff=cfg.flow == "xonxoff",
                rtscts=cfg.flow == "rtscts",
                timeout=self._timeout,
                exclusive=True,  # a second desk on the same port would steal half the bytes
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            self._set_status("disconnected", path, f"cannot open: {exc}")
            return None
        with self._lock:
            self._port = port
        self._set_status(
            "connected", path, f"{cfg.baudrate} {cfg.bytesize}{cfg.parity}{cfg.stopbits:g}"
        )
        return port

    def _lost(self, framer: Framer, path: str | None, exc: BaseException) -> None:
        now = self._clock()
        events = framer.reset("disconnect", now)
        self._close()  # at once: a stale handle can keep the device from coming back
        self._set_status("disconnected", path, str(exc))
        log.warning("scanner %s: port %s lost: %s", self.source, path, exc)
        self._dispatch(events, now)

    def _close(self) -> None:
        with self._lock:
            port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError) as exc:
                log.debug("scanner %s: close failed: %s", self.source, exc)

    def _dispatch(self, events: list[FrameEvent], now: float) -> None:
        wall: datetime | None = None
        for ev in events:
            if isinstance(ev, FramedScan):
                if wall is None:
                    wall = datetime.now(UTC)
                lag = now - ev.t  # idle-framed scans completed before this read returned
                scan = ScanRead(
                    source=self.source,
                    raw=ev.raw,
                    aim_id=ev.aim_id,
                    data=ev.data,
                    received_at=wall - timedelta(seconds=lag) if lag > 0 else wall,
                    monotonic=ev.t,
                    framed_by=ev.framed_by,
                )
                mark("framed", ev.framed_by)
                try:
                    self._on_scan(scan)
                except Exception:
                    log.exception("scanner %s: on_scan callback failed", self.source)
            else:
                self._report_discard(ev)

    def _report_discard(self, ev: Discard) -> None:
        level = logging.WARNING if ev.reason in _WARN_REASONS else logging.INFO
        masked = self._redact(ev.raw.decode("utf-8", "replace"))
        shown: object = ev.raw[:80] if masked is None else masked[:80]
        log.log(level, "scanner %s: discarded %s line %r", self.source, ev.reason, shown)
        if self._on_discard is not None:
            try:
                self._on_discard(self.source, ev)
            except Exception:
                log.exception("scanner %s: on_discard callback failed", self.source)

    def _set_status(self, state: ScannerState, port: str | None, detail: str) -> None:
        status = ScannerStatus(self.source, state, port, detail)
        if status == self._last_status:
            return  # polling repeats the same outcome every interval
        self._last_status = status
        log.info("scanner %s: %s %s %s", self.source, state, port or "", detail)
        try:
            self._on_status(status)
        except Exception:
            log.exception("scanner %s: on_status callback failed", self.source)

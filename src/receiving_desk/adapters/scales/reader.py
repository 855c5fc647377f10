"""One bench scale: a daemon thread that keeps its latest reading and survives re-plugs, the
way a scanner is read (adapters/scanners/reader.py).

For MT-SICS the thread asks (`SI`) every `poll_ms` and reads the answer; for a continuous
scale it only reads. Every reading goes to `on_reading` (on this thread: a GUI hands it over
to its own); `latest` is the last one, `wait_stable` what the desk records: the first stable
reading after a moment, so a parcel put down while an old weight was on screen is not
recorded as the old weight.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import serial

from receiving_desk.adapters.scales.config import ScaleConfig
from receiving_desk.adapters.scales.protocols import REQUEST, parse_line
from receiving_desk.adapters.scanners.ports import find_port
from receiving_desk.domain.weights import Reading

__all__ = ["ScaleConfig", "ScaleStatus", "SerialScaleReader", "TimedReading"]  # (config's too)
log = logging.getLogger("receiving_desk.scales")

ScaleState = Literal["connecting", "connected", "disconnected", "stopped"]
MAX_LINE = 128  # a scale's line is short; anything longer is noise, dropped


@dataclass(frozen=True, slots=True)
class ScaleStatus:
    source: str
    state: ScaleState
    port: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class TimedReading:
    reading: Reading
    at: float  # the reader's clock when the line completed


class SerialScaleReader:
    def __init__(
        self,
        config: ScaleConfig,
        on_reading: Callable[[TimedReading], None] | None = None,
        on_status: Callable[[ScaleStatus], None] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        reopen_s: float = 0.5,
    ) -> None:
        self.config = config
        self._on_reading = on_reading
        self._on_status = on_status
        self._clock = clock
        self._reopen = reopen_s
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._changed = threading.Condition()
        self._port: serial.Serial | None = None
        self._thread: threading.Thread | None = None
        self.latest: TimedReading | None = None
        self.status = ScaleStatus(config.name, "stopped", config.port, "")

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"scale-{self.config.name}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        with self._lock:
            if self._port is not None:
                with contextlib.suppress(OSError, serial.SerialException):
                    self._port.cancel_read()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
        with self._changed:
            self._changed.notify_all()

    def wait_stable(self, after: float, timeout: float) -> Reading | None:
        """The first stable reading taken at or after `after` (reader clock), waiting up to
        `timeout` seconds for the scale to settle; None if it did not (or is unplugged)."""
        deadline = self._clock() + timeout
        with self._changed:
            while True:
                latest = self.latest
                if latest is not None and latest.at >= after and latest.reading.recordable:
                    return latest.reading
                left = deadline - self._clock()
                if left <= 0 or self._stop.is_set():
                    return None
                self._changed.wait(left)

    # -- reader thread --------------------------------------------------------------------

    def _run(self) -> None:
        self._set_status("connecting", self.config.port, "")
        buffer = b""
        asked = 0.0
        try:
            while not self._stop.is_set():
                port = self._port if self._port is not None else self._open()
                if port is None:
                    self._stop.wait(self._reopen)
                    continue
                try:
                    now = self._clock()
                    request = REQUEST[self.config.protocol]
                    if request and now - asked >= self.config.poll_ms / 1000:
                        port.write(request)
                        asked = now
                    chunk = port.read(port.in_waiting or 1)
                except (serial.SerialException, OSError) as exc:
                    buffer = b""
                    self._lost(port.port, exc)
                    self._stop.wait(self._reopen)
                    continue
                buffer += chunk
                *lines, buffer = buffer.replace(b"\r", b"\n").split(b"\n")
                if len(buffer) > MAX_LINE:
                    log.info("scale %s: dropped %d bytes of noise", self.config.name, len(buffer))
                    buffer = b""
                for line in lines:
                    self._line(line)
        except Exception:
            log.exception("scale %s: reader thread crashed", self.config.name)
        finally:
            self._close()
            self._set_status("stopped", self.config.port, "")

    def _line(self, line: bytes) -> None:
        try:
            reading = parse_line(self.config.protocol, line.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            reading = None
        if reading is None:
            if line.strip():
                log.info("scale %s: not a reading: %r", self.config.name, line[:40])
            return
        timed = TimedReading(reading, self._clock())
        with self._changed:
            self.latest = timed
            self._changed.notify_all()
        if self._on_reading is not None:
            try:
                self._on_reading(timed)
            except Exception:
                log.exception("scale %s: on_reading callback failed", self.config.name)

    def _open(self) -> serial.Serial | None:
        cfg = self.config
        path = find_port(cfg)
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
                timeout=0.05,
                exclusive=True,
            )
        except (serial.SerialException, OSError, ValueError) as exc:
            self._set_status("disconnected", path, f"cannot open: {exc}")
            return None
        with self._lock:
            self._port = port
        self._set_status("connected", path, cfg.protocol)
        return port

    def _lost(self, path: str | None, exc: BaseException) -> None:
        self._close()
        with self._changed:
            self.latest = None  # an unplugged scale has no weight
            self._changed.notify_all()
        self._set_status("disconnected", path, str(exc))
        log.warning("scale %s: port %s lost: %s", self.config.name, path, exc)

    def _close(self) -> None:
        with self._lock:
            port, self._port = self._port, None
        if port is not None:
            with contextlib.suppress(serial.SerialException, OSError):
                port.close()

    def _set_status(self, state: ScaleState, port: str | None, detail: str) -> None:
        status = ScaleStatus(self.config.name, state, port, detail)
        if status == self.status:
            return
        self.status = status
        log.info("scale %s: %s %s %s", self.config.name, state, port or "", detail)
        if self._on_status is not None:
            try:
                self._on_status(status)
            except Exception:
                log.exception("scale %s: on_status callback failed", self.config.name)

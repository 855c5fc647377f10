"""Driving the real desk process (tests/integration/desk_runner.py) like a clerk: every input,
the log-in's PIN included, scanned into a pty; what the screen shows read back as JSON lines.

The scripted clerk scans far faster than a hand can: the same command barcode for the next
unit can come within the scanner's 200 ms duplicate-read window, where the framing rightly
drops it (a symbol still in view, read again). The stations these tests write set
`dedupe_ms = 0` (see `SCANNER_SETTINGS`); a scan the framing drops all the same fails at once
with the reason instead of waiting for an answer that cannot come."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
WAIT_S = 60.0  # for one answer of the desk on a loaded machine (a condition, not a pace)
# For the [[scanner]] table of a test station: no duplicate-read window (see above).
SCANNER_SETTINGS = "dedupe_ms = 0"


def pin_card(pin: str) -> str:
    """The second barcode of a badge card: the PIN, read by the desk whatever its step."""
    return f"PIN-{pin}"


class DeskDied(Exception):
    """The desk process ended (the fault point killed it) before answering."""


class DeskProcess:
    def __init__(self, station_file: Path, pty_master: int, log: Path, fault: str | None) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), *sys.path])}
        env.pop("RECEIVING_DESK_FAULT", None)
        if fault is not None:
            env["RECEIVING_DESK_FAULT"] = fault
        self._log = log.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.desk_runner", str(station_file)],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
        )
        self.master = pty_master
        self.lines: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.scanner_open = False
        try:
            self.expect("started")
            self.ready()
        except BaseException:
            self.close()
            raise

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self.lines.put(json.loads(raw))
        self.lines.put(None)  # the process ended

    def _next(self) -> dict[str, Any]:
        try:
            line = self.lines.get(timeout=WAIT_S)
        except queue.Empty:
            raise AssertionError(f"the desk did not answer within {WAIT_S}s") from None
        if line is None:
            raise DeskDied
        if line["kind"] == "scanner":
            self.scanner_open = line["state"] == "connected"
        if line["kind"] == "discarded":
            raise AssertionError(f"the scanner's framing dropped a scan: {line}")
        return line

    def expect(self, kind: str) -> dict[str, Any]:
        while True:
            line = self._next()
            if line["kind"] == kind or (kind == "result" and line["kind"] == "refused"):
                return line

    def ready(self) -> None:
        """Started, with its scanner's port open."""
        while not self.scanner_open:
            self._next()

    def scan(self, code: str) -> dict[str, Any]:
        """Scan `code` and wait for what the desk made of it."""
        os.write(self.master, code.encode("ascii") + b"\r")
        return self.expect("result")

    def log_in(self, badge: str, pin: str) -> dict[str, Any]:
        """Badge, then the badge card's PIN barcode: by scanner alone."""
        shown = self.scan(badge)
        assert shown["kind"] == "result" and shown["step"] == "enter_pin", shown
        return self.scan(pin_card(pin))

    def wait_killed(self) -> int:
        """The fault point's SIGKILL, however far the desk got after the last answer."""
        code = self.proc.wait(WAIT_S)
        self._reader.join(WAIT_S)
        return code

    def quit(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()  # the end of the shift: the desk prints what is queued, stops
        self.expect("stopped")
        assert self.proc.wait(WAIT_S) == 0

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(WAIT_S)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()
        self._log.close()


@contextmanager
def desk_process(
    station_file: Path, pty_master: int, log: Path, fault: str | None = None
) -> Iterator[DeskProcess]:
    desk = DeskProcess(station_file, pty_master, log, fault)
    try:
        yield desk
    finally:
        desk.close()

"""Driving the real desk process (tests/integration/desk_runner.py) like a clerk: scans into
a pty, the PIN at the keyboard (stdin), what the screen shows read back as JSON lines."""

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

    def keyboard(self, line: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()
        return self.expect("result")

    def wait_killed(self) -> int:
        """The fault point's SIGKILL, however far the desk got after the last answer."""
        code = self.proc.wait(WAIT_S)
        self._reader.join(WAIT_S)
        return code

    def quit(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()  # end of the keyboard: the desk prints what is queued, stops
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

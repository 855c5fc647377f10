"""Printing through the OS print system (CUPS): `lp` with the job on stdin.

ZPL goes to a raw queue with `-o raw` (no filter touches the bytes); PDF goes through the
queue's driver. Status comes from `lpstat -p`. The commands are found on PATH at call time.
"""

from __future__ import annotations

import shutil
import subprocess

from receiving_desk.adapters.printing.backends.base import (
    PrinterError,
    PrinterState,
    PrinterStatus,
)
from receiving_desk.adapters.printing.printer_urls import cups_queue
from receiving_desk.child_env import child_environ

COMMAND_TIMEOUT_S = 30.0


class CupsBackend:
    def __init__(self, url: str) -> None:
        self.url = url
        self.queue = cups_queue(url)  # never a name lp/lpstat would take for an option

    def _run(self, args: list[str], stdin: bytes | None) -> subprocess.CompletedProcess[bytes]:
        program = shutil.which(args[0])
        if program is None:
            raise PrinterError(PrinterState.OFFLINE, f"{args[0]} not found (is CUPS installed?)")
        try:
            return subprocess.run(  # noqa: S603 - fixed program, queue name passed as one argv item
                [program, *args[1:]],
                input=stdin,
                capture_output=True,
                timeout=COMMAND_TIMEOUT_S,
                check=False,
                env=child_environ(),  # no central password or other secret for lp
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrinterError(PrinterState.NOT_RESPONDING, f"{args[0]}: {exc}") from exc

    def status(self) -> PrinterStatus:
        try:
            done = self._run(["lpstat", "-p", self.queue], None)
        except PrinterError as exc:
            return PrinterStatus(exc.state, exc.detail)
        text = (done.stdout + done.stderr).decode("utf-8", "replace").strip()
        if done.returncode != 0:
            return PrinterStatus(PrinterState.OFFLINE, text or f"lpstat exit {done.returncode}")
        if "disabled" in text:
            return PrinterStatus(PrinterState.PAUSED, text)
        return PrinterStatus(PrinterState.READY, text)

    def label_count(self) -> int | None:
        return None  # no counter to ask: a job a crash interrupted follows the in-doubt rule

    def send(self, payload: bytes, *, fmt: str, name: str) -> None:
        args = ["lp", "-d", self.queue, "-t", name]
        if fmt == "zpl":
            args += ["-o", "raw"]
        done = self._run(args, payload)  # no file argument: lp reads the job from stdin
        if done.returncode != 0:
            detail = done.stderr.decode("utf-8", "replace").strip()
            raise PrinterError(PrinterState.OFFLINE, detail or f"lp exit {done.returncode}")

"""Raw TCP 9100 (Zebra and compatible): write ZPL, close; status by `~HS`.

The `~HS` reply is three STX...ETX CR LF strings. Some printers stay silent while paper,
ribbon or head is in error, so no reply within the timeout counts as "not responding"
(not ready), never as ready.

`label_count()` reads the printer's label odometer (Zebra SGD `odometer.total_label_count`)
once it has nothing left to print (`~HS`: no format in the receive buffer, no label left in
the batch): the print queue compares it before and after a send a crash interrupted, to know
whether that label printed. A printer that does not answer the SGD query has no counter.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from receiving_desk.adapters.printing.backends.base import (
    PrinterError,
    PrinterState,
    PrinterStatus,
)

DEFAULT_PORT = 9100
STX, ETX = b"\x02", b"\x03"
COUNTER_QUERY = b'! U1 getvar "odometer.total_label_count"\r\n'


def _frames(reply: bytes) -> list[str]:
    return [chunk.split(ETX, 1)[0].decode("ascii", "replace") for chunk in reply.split(STX)[1:]]


def pending_labels(reply: bytes) -> int:
    """Formats in the receive buffer plus labels left in the batch, from a `~HS` reply."""
    frames = _frames(reply)
    one, two = frames[0].split(","), frames[1].split(",")
    formats = int(one[4]) if one[4].isdigit() else 0
    remaining = int(two[8]) if len(two) > 8 and two[8].isdigit() else 0
    return formats + remaining


class PrinterBusy(PrinterError):
    """The printer still has labels to print: its counter is not final yet."""


def parse_host_status(reply: bytes) -> PrinterStatus:
    """The printer's state from a complete `~HS` reply (ZPL manual, ~HS fields)."""
    frames = _frames(reply)
    if len(frames) < 3:
        return PrinterStatus(PrinterState.NOT_RESPONDING, f"incomplete ~HS reply {reply!r}")
    one, two = frames[0].split(","), frames[1].split(",")
    if len(one) < 12 or len(two) < 9:
        return PrinterStatus(PrinterState.ERROR, f"unreadable ~HS reply {reply!r}")
    queued = f"{int(one[4])} formats queued" if one[4].isdigit() else ""
    if two[2] == "1":
        return PrinterStatus(PrinterState.HEAD_OPEN, queued)
    if one[1] == "1":
        return PrinterStatus(PrinterState.PAPER_OUT, queued)
    if two[3] == "1":
        return PrinterStatus(PrinterState.RIBBON_OUT, queued)
    if one[2] == "1":
        return PrinterStatus(PrinterState.PAUSED, queued)
    if one[10] == "1" or one[11] == "1":
        return PrinterStatus(PrinterState.ERROR, "print head under or over temperature")
    if one[5] == "1":
        return PrinterStatus(PrinterState.ERROR, "receive buffer full")
    return PrinterStatus(PrinterState.READY, queued)


class Tcp9100Backend:
    def __init__(self, url: str, *, timeout: float = 2.0) -> None:
        parts = urlsplit(url)
        if parts.scheme != "tcp" or not parts.hostname:
            raise ValueError(f"not a tcp://host:port printer URL: {url!r}")
        self.url = url
        self.host = parts.hostname
        self.port = parts.port or DEFAULT_PORT
        self.timeout = timeout
        self.no_counter = False

    def _connect(self) -> socket.socket:
        try:
            return socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise PrinterError(PrinterState.OFFLINE, f"{self.host}:{self.port}: {exc}") from exc

    def _ask(self, query: bytes, complete: Callable[[bytes], bool]) -> tuple[bytes, bool]:
        """Send `query` and read until `complete`; what came, and whether time ran out."""
        with self._connect() as conn:
            deadline = time.monotonic() + self.timeout
            reply = b""
            try:
                conn.sendall(query)
                while not complete(reply):
                    conn.settimeout(max(0.001, deadline - time.monotonic()))
                    chunk = conn.recv(1024)
                    if not chunk:
                        break
                    reply += chunk
            except TimeoutError:
                return reply, True
            except OSError as exc:
                raise PrinterError(PrinterState.OFFLINE, str(exc)) from exc
        return reply, False

    def status(self) -> PrinterStatus:
        try:
            reply, timed_out = self._ask(b"~HS", lambda r: r.count(ETX) >= 3)
        except PrinterError as exc:
            return PrinterStatus(exc.state, exc.detail)
        if timed_out:
            return PrinterStatus(PrinterState.NOT_RESPONDING, f"no ~HS reply in {self.timeout}s")
        return parse_host_status(reply)

    def label_count(self) -> int | None:
        """Labels printed in the printer's life, once nothing is left to print; None if the
        printer keeps no counter. Raises PrinterError if it cannot say now (offline, in
        error, still printing: PrinterBusy)."""
        if self.no_counter:
            return None

        def complete(reply: bytes) -> bool:
            return reply.count(ETX) >= 3 and reply.rsplit(ETX, 1)[1].count(b'"') >= 2

        reply, _ = self._ask(b"~HS" + COUNTER_QUERY, complete)
        if reply.count(ETX) < 3:  # silent: in error, or it takes `~HS` only on its own
            status = self.status()
            if not status.ready:
                raise PrinterError(status.state, status.detail)
            self.no_counter = True
            return None
        status = parse_host_status(reply)
        if not status.ready:
            raise PrinterError(status.state, status.detail)
        pending = pending_labels(reply)
        if pending:
            raise PrinterBusy(PrinterState.READY, f"{pending} labels still to print")
        answer = reply.rsplit(ETX, 1)[1].strip().strip(b'"')
        if not answer.isdigit():
            self.no_counter = True  # no SGD (or no odometer): asked once per start
            return None
        return int(answer)

    def send(self, payload: bytes, *, fmt: str, name: str) -> None:
        conn = self._connect()
        with conn:
            try:
                conn.sendall(payload)
                # A clean close tells the printer the stream is complete.
                conn.shutdown(socket.SHUT_WR)
            except OSError as exc:
                raise PrinterError(PrinterState.OFFLINE, f"sending {name}: {exc}") from exc

"""Raw TCP 9100 (Zebra and compatible): write ZPL, close; status by `~HS`.

The `~HS` reply is three STX...ETX CR LF strings. Some printers stay silent while paper,
ribbon or head is in error, so no reply within the timeout counts as "not responding"
(not ready), never as ready.
"""

from __future__ import annotations

import socket
import time
from urllib.parse import urlsplit

from receiving_desk.adapters.printing.backends.base import (
    PrinterError,
    PrinterState,
    PrinterStatus,
)

DEFAULT_PORT = 9100
STX, ETX = b"\x02", b"\x03"


def parse_host_status(reply: bytes) -> PrinterStatus:
    """The printer's state from a complete `~HS` reply (ZPL manual, ~HS fields)."""
    frames = [chunk.split(ETX, 1)[0].decode("ascii", "replace") for chunk in reply.split(STX)[1:]]
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

    def _connect(self) -> socket.socket:
        try:
            return socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise PrinterError(PrinterState.OFFLINE, f"{self.host}:{self.port}: {exc}") from exc

    def status(self) -> PrinterStatus:
        try:
            conn = self._connect()
        except PrinterError as exc:
            return PrinterStatus(exc.state, exc.detail)
        with conn:
            deadline = time.monotonic() + self.timeout
            reply = b""
            try:
                conn.sendall(b"~HS")
                while reply.count(ETX) < 3:
                    conn.settimeout(max(0.001, deadline - time.monotonic()))
                    chunk = conn.recv(1024)
                    if not chunk:
                        break
                    reply += chunk
            except TimeoutError:
                return PrinterStatus(
                    PrinterState.NOT_RESPONDING, f"no ~HS reply in {self.timeout}s"
                )
            except OSError as exc:
                return PrinterStatus(PrinterState.OFFLINE, str(exc))
        return parse_host_status(reply)

    def send(self, payload: bytes, *, fmt: str, name: str) -> None:
        conn = self._connect()
        with conn:
            try:
                conn.sendall(payload)
                # A clean close tells the printer the stream is complete.
                conn.shutdown(socket.SHUT_WR)
            except OSError as exc:
                raise PrinterError(PrinterState.OFFLINE, f"sending {name}: {exc}") from exc

"""A fake Zebra label printer on 127.0.0.1 (real TCP), a ZPL parser for checking what it
received, and a queue process to kill (`python -m tests.integration.printer_fixtures`)."""

from __future__ import annotations

import re
import socket
import socketserver
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from tests.waiting import wait_until  # noqa: F401 (the printer tests take it from here)

STX, ETX = b"\x02", b"\x03"


def hs_reply(
    *,
    paper_out: bool = False,
    paused: bool = False,
    head_open: bool = False,
    ribbon_out: bool = False,
    formats_queued: int = 0,
) -> bytes:
    """A `~HS` answer as a Zebra sends it: three STX...ETX CR LF strings."""
    one = f"030,{int(paper_out)},{int(paused)},1245,{formats_queued:03d},0,0,0,000,0,0,0"
    two = f"000,0,{int(head_open)},{int(ribbon_out)},0,2,4,0,00000000,1,000"
    return b"".join(STX + line.encode() + ETX + b"\r\n" for line in (one, two, "1234,0"))


HS_READY = hs_reply()
HS_PAPER_OUT = hs_reply(paper_out=True, paused=True)
HS_HEAD_OPEN = hs_reply(head_open=True)
HS_PAUSED = hs_reply(paused=True)


@dataclass(frozen=True)
class Received:
    data: bytes
    first_byte_at: float  # time.perf_counter() when the connection's first bytes arrived


COUNTER_QUERY = b'! U1 getvar "odometer.total_label_count"\r\n'


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        zebra = self.server.zebra
        self.request.settimeout(10)  # a client that never closes cannot hang the fixture
        data, first, buffer = b"", 0.0, b""
        while True:
            try:
                chunk = self.request.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            first = first or time.perf_counter()
            buffer += chunk
            while True:  # queries are answered as they come; formats print as they complete
                found = [(buffer.find(q), q) for q in (b"~HS", COUNTER_QUERY, b"^XZ")]
                hits = sorted((at, q) for at, q in found if at >= 0)
                if not hits:
                    break
                at, query = hits[0]
                if query == b"^XZ":
                    data += buffer[: at + 3]
                    buffer = buffer[at + 3 :]
                    zebra.count_format()
                    continue
                data += buffer[:at]
                buffer = buffer[at + len(query) :]
                reply = zebra.count_query() if query == b"~HS" else zebra.counter_reply()
                if reply is not None:  # None: a printer that stays silent
                    self.request.sendall(reply)
        data += buffer
        if data.strip():
            zebra.record(Received(data, first))


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = False
    block_on_close = True  # server_close() joins the handler threads

    def __init__(self, zebra: FakeZebra, port: int, listener: socket.socket | None) -> None:
        self.zebra = zebra
        if listener is None:
            super().__init__(("127.0.0.1", port), _Handler)
            return
        # A port the test has held bound since before (see `held_port`): no other process can
        # have taken it in between.
        super().__init__(listener.getsockname(), _Handler, bind_and_activate=False)
        self.socket.close()
        self.socket = listener
        self.server_address = listener.getsockname()
        self.server_activate()


class FakeZebra:
    """Plays a Zebra on TCP: answers `~HS` with `status` (None: never answers), answers the
    SGD query of its label odometer (`counter=False`: a printer without one stays silent),
    prints (counts) each complete format, and records every other byte stream it receives,
    one entry per connection."""

    def __init__(
        self,
        status: bytes | None = HS_READY,
        port: int = 0,
        listener: socket.socket | None = None,
        counter: bool = True,
    ) -> None:
        self._lock = threading.Condition()
        self.status: bytes | None = status
        self.counter = counter
        self.printed = 0  # the odometer: complete formats received
        self.queries = 0
        self.received: list[Received] = []
        self._server = _Server(self, port, listener)
        self.port = self._server.server_address[1]
        self.url = f"tcp://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,))
        self._thread.start()

    def set_status(self, status: bytes | None) -> None:
        with self._lock:
            self.status = status

    def count_query(self) -> bytes | None:
        with self._lock:
            self.queries += 1
            self._lock.notify_all()
            return self.status

    def count_format(self) -> None:
        with self._lock:
            self.printed += 1
            self._lock.notify_all()

    def counter_reply(self) -> bytes | None:
        with self._lock:
            return f'"{self.printed}"'.encode() if self.counter else None

    def record(self, received: Received) -> None:
        with self._lock:
            self.received.append(received)
            self._lock.notify_all()

    def labels(self) -> list[bytes]:
        with self._lock:
            return [r.data for r in self.received]

    def wait_for_labels(self, count: int, timeout: float = 10.0) -> list[bytes]:
        with self._lock:
            self._lock.wait_for(lambda: len(self.received) >= count, timeout)
            return [r.data for r in self.received]

    def wait_for_queries(self, count: int, timeout: float = 10.0) -> bool:
        with self._lock:
            return self._lock.wait_for(lambda: self.queries >= count, timeout)

    def close(self) -> None:
        """Stop listening and join every connection's thread: after this, `labels()` holds
        everything that was sent (a label is recorded when its connection ends, which may
        be a moment after the sender has moved on)."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._server.server_close()
            self._thread.join()

    def __enter__(self) -> FakeZebra:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def held_port() -> socket.socket:
    """A TCP port on 127.0.0.1 that refuses connections and that no one else can take: bound,
    not listening. Pass it to `FakeZebra(listener=...)` to bring the printer up there later.
    (Binding port 0, closing and reusing the number is a race with every other process.)"""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    return sock


_COMMAND = re.compile(r"\^([A-Z@][A-Z0-9@]?)")


def parse_zpl(data: bytes) -> list[tuple[str, str]]:
    """A ZPL format as (command, parameters) pairs: "^FO10,20" -> ("FO", "10,20").

    Field data (^FD) runs up to the next caret; ^FH escapes mean no raw carets occur in it.
    """
    text = data.decode("utf-8")
    out: list[tuple[str, str]] = []
    for part in text.split("^")[1:]:
        if part.startswith("FD"):
            out.append(("FD", part[2:]))
            continue
        match = _COMMAND.match("^" + part)
        assert match, f"not a ZPL command: ^{part!r}"
        name = match.group(1)
        if name.startswith("A") and name not in ("A@",):
            name = "A"  # ^A0N,h,w: font 0 is part of the parameters
            out.append((name, part[1:].strip()))
            continue
        out.append((name, part[len(name) :].strip()))
    return out


def fields(data: bytes, command: str) -> list[str]:
    """The ^FD data following each `command` (e.g. "BC"), in order."""
    parsed = parse_zpl(data)
    found = []
    for i, (name, _) in enumerate(parsed):
        if name == command:
            rest = parsed[i + 1 :]
            found.append(next(value for n, value in rest if n == "FD"))
    return found


def _run_queue(db: str, url: str, count: int) -> None:
    """Enqueue `count` restock labels for `url`, say so, then wait to be killed."""
    from receiving_desk.adapters.printing import Backoff, PrintQueue, restock_label
    from receiving_desk.adapters.store import migrate
    from receiving_desk.adapters.store.engine import create_store_engine
    from receiving_desk.domain.barcodes import make_lpn

    engine = create_store_engine(Path(db))
    migrate.upgrade(engine)
    queue = PrintQueue(engine, backoff=Backoff(0.05, 0.2), status_ttl=0.0)
    queue.start()
    ids = []
    for i in range(count):
        label = restock_label(
            lpn=make_lpn(i + 1), sku="SKU-1", description="Kill test", grade="A",
            disposition="restock", bin="A-01-01",
        )  # fmt: skip
        ids.append(queue.enqueue(label, url))
    print("QUEUED", *ids, flush=True)
    time.sleep(120)  # the test kills us long before


if __name__ == "__main__":
    _run_queue(sys.argv[1], sys.argv[2], int(sys.argv[3]))

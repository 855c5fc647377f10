"""Label rendering and printing throughput, each beside a plain baseline run in the same process.

    .venv/bin/python benchmarks/labels.py [--jobs 500] [--pace-ms 20]

1. ZPL labels/s (restock 4x2 with an LPN and a GS1-128) vs. a bare f-string ZPL template.
2. PDF labels/s (the same label, Latin-only and with CJK/Cyrillic text) vs. plain
   python-barcode + reportlab (Helvetica, one Code 128, no embedded fonts).
3. Enqueued-to-socket latency: `PrintQueue.enqueue()` to the first byte arriving at a local
   TCP listener that plays a ready Zebra (p50/p99 over --jobs jobs, paced), vs. a bare
   connect + sendall of the same bytes; and a burst of --jobs jobs drained back to back.
"""

from __future__ import annotations

import argparse
import re
import socketserver
import statistics
import sys
import tempfile
import threading
import time
from io import BytesIO
from pathlib import Path

from barcode import Code128
from reportlab.pdfgen.canvas import Canvas

from receiving_desk.adapters.printing import PrintQueue, render_pdf, render_zpl, restock_label
from receiving_desk.adapters.printing.backends.tcp9100 import COUNTER_QUERY
from receiving_desk.adapters.printing.labels import Label
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.domain.barcodes import make_lpn

HS_READY = b"".join(
    b"\x02" + line + b"\x03\r\n"
    for line in (b"030,0,0,1245,000,0,0,0,000,0,0,0", b"000,0,0,0,0,2,4,0,00000000,1,000", b"1,0")
)
LPN_FIELD = re.compile(rb"\^BCN,[^^]*\^FD([^^]+)\^FS")


def label(n: int, description: str = "Wireless earbuds, charging case") -> Label:
    return restock_label(
        lpn=make_lpn(n), sku="SKU-10042", description=description, grade="B",
        disposition="open box", bin="A-12-03", rma="RMA-2024-000123", on="2026-11-20",
        gs1=f"(01)09506000134352(21)SN{n}(10)LOT42",  # a serial per unit: no cache hits
    )  # fmt: skip


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>10,.0f}/s"


def timed(work: list[Label], render: object) -> float:
    start = time.perf_counter()
    for item in work:
        render(item)  # type: ignore[operator]
    return time.perf_counter() - start


def baseline_zpl(item: Label) -> bytes:
    v = item.values
    return (
        f"^XA^CI28^PW812^LL406^FO32,20^BY2,3,106^BCN,106,N,N,N,A^FD{v['lpn']}^FS"
        f"^FO24,175^A0N,32,32^FD{v['description']}^FS^FO24,252^A0N,49,49^FDBIN {v['bin']}^FS"
        f"^FO568,41^A0N,85,85^FD{v['grade']}^FS^XZ"
    ).encode()


def baseline_pdf(item: Label) -> bytes:
    """What a plain python-barcode + reportlab label costs: same page, standard fonts."""
    v = item.values
    out = BytesIO()
    canvas = Canvas(out, pagesize=(288, 144))
    x = 11.0
    for bit in Code128(v["lpn"]).build()[0]:
        if bit == "1":
            canvas.rect(x, 100, 0.71, 37, stroke=0, fill=1)
        x += 0.71
    canvas.setFont("Helvetica", 11)
    canvas.drawString(9, 70, v["description"])
    canvas.drawString(9, 55, f"SKU {v['sku']}   {v['rma']}")
    canvas.setFont("Helvetica-Bold", 17)
    canvas.drawString(9, 35, f"BIN {v['bin']}")
    canvas.drawString(200, 110, v["grade"])
    canvas.showPage()
    canvas.save()
    return out.getvalue()


class _Listener(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    block_on_close = True

    def __init__(self) -> None:
        self.arrivals: dict[bytes, float] = {}
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)


class _Handler(socketserver.BaseRequestHandler):
    server: _Listener

    def handle(self) -> None:
        first, data = 0.0, b""
        while chunk := self.request.recv(65536):
            first = first or time.perf_counter()
            data += chunk
            if data in (b"~HS", b"~HS" + COUNTER_QUERY):  # status, and the label odometer
                counter = b""
                if data != b"~HS":
                    with self.server.lock:
                        counter = f'"{len(self.server.arrivals)}"'.encode()
                self.request.sendall(HS_READY + counter)
                data = b""
        if match := LPN_FIELD.search(data):
            with self.server.lock:
                self.server.arrivals[match.group(1)] = first


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def latencies(
    jobs: int, pace: float, listener: _Listener, folder: Path
) -> tuple[list[float], float]:
    engine = create_store_engine(folder / f"bench-{pace}.sqlite3")
    migrate.upgrade(engine)
    url = f"tcp://127.0.0.1:{listener.server_address[1]}"
    queue = PrintQueue(engine)
    queue.start()
    enqueued: dict[bytes, float] = {}
    began = time.perf_counter()
    try:
        for n in range(jobs):
            item = label(pace_offset(pace) + n)
            enqueued[item.key.encode()] = time.perf_counter()
            queue.enqueue(item, url)
            if pace:
                time.sleep(pace)
        assert queue.wait_idle(120)
        drained = time.perf_counter() - began
    finally:
        queue.stop()
        engine.dispose()
    with listener.lock:
        return [(listener.arrivals[k] - t) * 1000 for k, t in enqueued.items()], drained


def pace_offset(pace: float) -> int:
    return 1_000_000 if pace else 2_000_000  # distinct LPNs per run


def raw_socket_latency(count: int, listener: _Listener) -> list[float]:
    import socket

    out = []
    for n in range(count):
        payload = render_zpl(label(3_000_000 + n))
        key = make_lpn(3_000_000 + n).encode()
        start = time.perf_counter()
        with socket.create_connection(listener.server_address) as conn:
            conn.sendall(payload)
        deadline = time.monotonic() + 5
        while key not in listener.arrivals and time.monotonic() < deadline:
            time.sleep(0.0001)
        out.append((listener.arrivals[key] - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=500)
    parser.add_argument("--pace-ms", type=float, default=20.0)
    parser.add_argument("--zpl", type=int, default=20_000)
    parser.add_argument("--pdf", type=int, default=500)
    args = parser.parse_args()

    print(f"Python {sys.version.split()[0]}")
    work = [label(n) for n in range(args.zpl)]
    base, ours = timed(work, baseline_zpl), timed(work, render_zpl)
    print(f"ZPL  baseline f-string template          {rate(len(work), base)}")
    print(f"ZPL  render_zpl restock 4x2 (+GS1-128)    {rate(len(work), ours)}")

    render_pdf(label(0, "无线耳机 Наушники"))  # load the fonts before timing
    for name, description in (("Latin", "Wireless earbuds"), ("CJK+Cyrillic", "无线耳机 Наушники")):
        work = [label(n, description) for n in range(args.pdf)]
        base, ours = timed(work, baseline_pdf), timed(work, render_pdf)
        print(f"PDF  baseline python-barcode+reportlab    {rate(len(work), base)}")
        print(f"PDF  render_pdf restock 4x2, {name:<13}{rate(len(work), ours)}")

    with tempfile.TemporaryDirectory() as tmp, _Listener() as listener:
        thread = threading.Thread(target=listener.serve_forever, args=(0.01,))
        thread.start()
        try:
            raw = raw_socket_latency(args.jobs, listener)
            paced, _ = latencies(args.jobs, args.pace_ms / 1000, listener, Path(tmp))
            burst, drained = latencies(args.jobs, 0.0, listener, Path(tmp))
        finally:
            listener.shutdown()
            thread.join()
    for name, values in (
        ("baseline connect+sendall", raw),
        (f"enqueue->socket, 1 job/{args.pace_ms:g} ms", paced),
        (f"enqueue->socket, burst of {args.jobs}", burst),
    ):
        p50, p99 = statistics.median(values), percentile(values, 99)
        print(f"TCP  {name:<36} p50 {p50:7.2f} ms  p99 {p99:7.2f} ms")
    print(f"TCP  burst drained at {rate(args.jobs, drained)} (jobs persisted, sent, marked done)")


if __name__ == "__main__":
    main()

"""Scan ingest: how fast and how promptly scans go from a serial port to the GUI thread.

Full pipeline, as the desk runs it: pty -> pyserial reader thread -> framing -> scan journal
(SQLite, durable commit) -> interpretation -> Qt queued signal on the GUI thread.
Baseline in the same run: a raw pyserial read() loop counting CRs on the same kind of pty.

    .venv/bin/python benchmarks/scan_ingest.py [--scans 50000] [--rate 400] [--seconds 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import serial
from PySide6.QtCore import QCoreApplication, QTimer
from sqlalchemy import func, select

from receiving_desk.adapters.scanners import ScannerPortConfig
from receiving_desk.adapters.scanners.feed import ScanFeed
from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.adapters.store import migrate, tables
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.journal import JournaledScan
from receiving_desk.domain.barcodes import interpret
from receiving_desk.gui.scanner_bridge import ScannerBridge


def payload(n: int) -> bytes:
    # 30 bytes on the wire: AIM id + a unique 26-char code + CR (unique: no dedupe).
    return b"]C0" + f"BENCH-{n:020d}".encode() + b"\r"


def raw_baseline(count: int) -> float:
    """Lines/s of a bare pyserial read loop on a pty, counting CRs."""
    with VirtualScanner() as vs:
        port = serial.Serial(vs.port_path, timeout=0.05)
        chunks = [
            b"".join(payload(n) for n in range(i, min(i + 64, count))) for i in range(0, count, 64)
        ]  # written as the pipeline run writes them
        writer = threading.Thread(target=lambda: [vs.write(c) for c in chunks])
        seen = 0
        start = time.monotonic()
        writer.start()
        while seen < count:
            seen += port.read(port.in_waiting or 1).count(b"\r")
        elapsed = time.monotonic() - start
        writer.join()
        port.close()
    return count / elapsed


class Run:
    """One pipeline run: scans written at a rate (or flat out), signals timed on arrival."""

    def __init__(self, app: QCoreApplication, store: Path, count: int, rate: float | None):
        self.app, self.count, self.rate = app, count, rate
        self.sent = [0.0] * count
        self.latency: list[float] = []
        self.framing: list[float] = []  # wire -> framed by the reader thread
        self.last_arrival = 0.0
        self.engine = create_store_engine(store)
        migrate.upgrade(self.engine)
        self.vs = VirtualScanner()
        config = ScannerPortConfig(name="bench", port=self.vs.port_path, baudrate=115200)
        self.feed = ScanFeed(self.engine, [config])
        self.bridge = ScannerBridge(self.feed)
        self.bridge.scanned.connect(self.arrived)

    def arrived(self, journaled: JournaledScan) -> None:
        scan = journaled.scan
        reading = interpret(scan.data, scan.aim_id)  # the interpretation the desk runs
        now = time.monotonic()
        n = int(reading.raw[6:])
        self.latency.append(now - self.sent[n])
        self.framing.append(scan.monotonic - self.sent[n])
        self.last_arrival = now
        if len(self.latency) == self.count:
            self.app.quit()

    def write(self) -> None:
        gap = 1 / self.rate if self.rate else 0.0
        start = time.monotonic()
        batch = 64 if not self.rate else 1  # flat out: let the pty take what it can
        for first in range(0, self.count, batch):
            chunk = range(first, min(first + batch, self.count))
            if gap:
                due = start + first * gap
                while (now := time.monotonic()) < due:
                    time.sleep(min(0.0005, due - now))
            stamp = time.monotonic()
            for n in chunk:
                self.sent[n] = stamp
            self.vs.write(b"".join(payload(n) for n in chunk))

    def go(self, timeout_s: float) -> dict[str, float]:
        self.bridge.start()
        deadline = time.monotonic() + 5
        while self.bridge.statuses.get("bench") is None or (
            self.bridge.statuses["bench"].state != "connected"
        ):
            self.app.processEvents()
            if time.monotonic() > deadline:
                raise RuntimeError("scanner did not connect")
        writer = threading.Thread(target=self.write)
        start = time.monotonic()
        writer.start()
        QTimer.singleShot(int(timeout_s * 1000), self.app.quit)
        self.app.exec()
        writer.join()
        self.bridge.stop()
        with self.engine.connect() as conn:
            journaled = conn.execute(select(func.count()).select_from(tables.scan_journal))
            rows = int(journaled.scalar_one())
        self.vs.close()
        self.engine.dispose()
        lat = sorted(self.latency)
        p = statistics.quantiles(lat, n=100, method="inclusive") if len(lat) > 1 else [0] * 99
        return {
            "received": len(lat),
            "lost": self.count - len(lat),
            "journaled": rows,
            "scans_per_s": len(lat) / (self.last_arrival - start) if lat else 0.0,
            "p50_ms": p[49] * 1000,
            "p99_ms": p[98] * 1000,
            "max_ms": lat[-1] * 1000 if lat else 0.0,
            "commits": self.feed.journal.batches if self.feed.journal else 0,
            "framing_p99_ms": statistics.quantiles(self.framing, n=100)[98] * 1000,
        }


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--scans", type=int, default=50_000)
    args.add_argument("--rate", type=float, default=400.0)
    args.add_argument("--seconds", type=float, default=10.0)
    opts = args.parse_args()
    app = QCoreApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        baseline = raw_baseline(opts.scans)
        # Paced first: a flat-out run leaves the disk busy writing back for a while after.
        paced_n = int(opts.rate * opts.seconds)
        paced = Run(app, Path(tmp) / "paced.sqlite3", paced_n, opts.rate).go(opts.seconds + 30)
        flat = Run(app, Path(tmp) / "flat.sqlite3", opts.scans, None).go(120)
    print(f"raw pyserial read() loop:        {baseline:10,.0f} lines/s  (baseline)")
    print(
        f"full pipeline, flat out:         {flat['scans_per_s']:10,.0f} scans/s  "
        f"ratio {flat['scans_per_s'] / baseline:.3f} of raw; "
        f"{flat['received']:,} received, {flat['lost']:,} lost, "
        f"{flat['journaled']:,} journaled in {flat['commits']:,} commits"
    )
    print(
        f"  latency flat out:              p50 {flat['p50_ms']:.1f} ms, "
        f"p99 {flat['p99_ms']:.1f} ms (queueing under overload)"
    )
    print(
        f"full pipeline at {opts.rate:.0f} scans/s:     p50 {paced['p50_ms']:.2f} ms, "
        f"p99 {paced['p99_ms']:.2f} ms, max {paced['max_ms']:.2f} ms; "
        f"{paced['received']:,} received, {paced['lost']:,} lost, "
        f"{paced['journaled']:,} journaled in {paced['commits']:,} commits; "
        f"of which wire-to-framed p99 {paced['framing_p99_ms']:.2f} ms"
    )
    ok = (
        flat["lost"] == 0
        and paced["lost"] == 0
        and flat["journaled"] == opts.scans
        and paced["journaled"] == paced_n
    )
    print(
        "targets: zero loss, >= 4,000 scans/s journaled, p99 <= 20 ms at 400/s ->",
        "met" if ok and flat["scans_per_s"] >= 4000 and paced["p99_ms"] <= 20 else "NOT met",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

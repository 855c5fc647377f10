"""Disposition decided -> restock label bytes on the printer socket, through the whole desk.

Each unit of the demo data set is scanned and graded through the real Desk (SQLite WAL,
synchronous=FULL: the grade, LPN, ledger movement and outbox message are committed, then the
label is queued, rendered as ZPL and sent) to a local TCP listener playing a ready Zebra. The
clock starts when `grade()` is called and stops at the first byte of that unit's label on the
socket. Baseline in the same run: the grade alone (commit included) with auto-print off.

    .venv/bin/python benchmarks/decided_to_socket.py [--pace-ms 50]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

from labels import _Listener, percentile  # same directory: the ready-Zebra listener

from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.services.demo_data import load_demo_data
from receiving_desk.services.desk_events import Event


def run(folder: Path, url: str | None, pace: float, listener: _Listener | None) -> list[float]:
    printers = {"restock": {"url": url, "format": "zpl"}} if url else {}
    config = StationConfig(
        station_id="BENCH",
        data_dir=folder,
        log_dir=folder,
        sound=False,
        source=folder / "station.toml",
        printers=printers,
        auto_print=url is not None,
    )
    services = bootstrap(config)
    try:
        load_demo_data(services.uow_factory, services.hasher, services.clock.now())
        desk = services.new_desk()
        desk.scan("BADGE-C001")
        desk.submit_pin("111111")
        out: list[float] = []
        with services.uow_factory() as uow:
            rmas = [uow.rmas.by_number(f"RMA-2026-{n:06d}") for n in range(1, 101)]
            codes = {
                r.rma_number: [
                    uow.catalog.by_sku(line.sku).gtins[0][1:]  # type: ignore
                    for line in r.lines
                    for _ in range(line.quantity)
                ]
                for r in rmas
                if r is not None
            }
        for rma, items in codes.items():
            desk.scan(rma)
            for code in items:
                desk.scan(code)
                started = time.perf_counter()
                unit = desk.grade("B").view.parcel.last_graded  # type: ignore[union-attr]
                if listener is None:
                    out.append(time.perf_counter() - started)
                else:
                    lpn = (unit.lpn or "").encode() if unit else b""
                    deadline = time.monotonic() + 10
                    while lpn not in listener.arrivals and time.monotonic() < deadline:
                        time.sleep(0.0002)
                    out.append(listener.arrivals[lpn] - started)
                time.sleep(pace)
            if desk.complete().event is Event.CONFIRM_NEEDED:  # flagged: confirmed
                desk.scan("CMD-CONFIRM")
        return out
    finally:
        services.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pace-ms", type=float, default=50.0)
    pace = parser.parse_args().pace_ms / 1000
    with tempfile.TemporaryDirectory() as tmp:
        base = run(Path(tmp) / "base", None, pace, None)
        listener = _Listener()
        thread = threading.Thread(target=listener.serve_forever, args=(0.01,), daemon=True)
        thread.start()
        try:
            host, port = listener.server_address[:2]
            full = run(Path(tmp) / "full", f"tcp://{host}:{port}", pace, listener)
        finally:
            listener.shutdown()
            listener.server_close()
    for name, values in (
        ("grade only (baseline, no printing)", base),
        ("grade -> label bytes on the socket", full),
    ):
        print(
            f"{name:<38} n={len(values)}  p50 {percentile(values, 50) * 1000:6.1f} ms  "
            f"p99 {percentile(values, 99) * 1000:6.1f} ms  max {max(values) * 1000:6.1f} ms"
        )
    print(
        "target: decided-to-socket p99 <= 100 ms ->",
        "met" if percentile(full, 99) <= 0.1 else "NOT met",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

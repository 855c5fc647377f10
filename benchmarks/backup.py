"""Backups of a live store: how long `db backup` takes, and what it costs the clerk grading
meanwhile.

A store is filled with the demo data, every demo return graded and completed through the
real Desk, `--journal` scan-journal rows (the table that grows most at a dock) and `--photos`
inspection photos. Then, in the same run:

- baseline: a plain file copy of the database and the photo folder (not a consistent
  backup while the desk writes: what a naive copy would cost);
- SQLite's online backup API alone, into a file;
- the full `make_backup` (online backup, zip with the photos, fsync, rename);
- grade latency (scan an item, grade it: two commits) with no backup running, and while
  backups run back to back on another thread.

    .venv/bin/python benchmarks/backup.py [--journal 300000] [--photos 40] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from receiving_desk.adapters.backup import make_backup
from receiving_desk.adapters.backup.archive import copy_database
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.services.demo_data import load_demo_data
from receiving_desk.services.desk_events import Event


def open_returns(services: Services) -> list[tuple[str, list[str]]]:
    """Open demo RMAs with the EAN/UPC codes of their units."""
    with services.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT l.rma_number, l.quantity, g.gtin14 FROM rma_lines l "
            "JOIN rmas r ON r.rma_number = l.rma_number "
            "JOIN product_gtins g ON g.sku = l.sku "
            "WHERE r.status = 'open' ORDER BY l.rma_number, l.line_no"
        ).all()
    found: dict[str, list[str]] = {}
    for rma, quantity, gtin14 in rows:
        found.setdefault(rma, []).extend([gtin14[1:]] * quantity)
    return list(found.items())


def fill(services: Services, journal: int, photos: int) -> None:
    load_demo_data(services.uow_factory, services.hasher, services.clock.now())
    desk = services.new_desk()
    desk.scan("BADGE-C001")
    desk.submit_pin("111111")
    for rma, codes in open_returns(services)[:40]:  # 60 stay open for the latency runs
        desk.scan(rma)
        for code in codes:
            desk.scan(code)
            desk.grade("B")
        if desk.complete().event is Event.CONFIRM_NEEDED:  # flagged: confirmed
            desk.scan("CMD-CONFIRM")
    now = datetime.now(UTC).isoformat()
    rows = [
        (now, "dock-1", f"]C0RMA-2026-{n:012d}".encode(), "]C0", f"X{n}") for n in range(journal)
    ]
    with services.engine.begin() as conn:  # one transaction, like the journal's batches
        conn.exec_driver_sql(
            "INSERT INTO scan_journal (received_at, source, raw, aim_id, data) "
            "VALUES (?, ?, ?, ?, ?)",
            rows,
        )
    folder = services.config.photo_dir
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(photos):
        (folder / f"{n:04d}.jpg").write_bytes(os.urandom(250_000))  # like a phone JPEG


def timed(fn: object, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def grade_latencies(services: Services, units: int) -> list[float]:
    desk = services.new_desk()
    desk.scan("BADGE-C001")
    desk.submit_pin("111111")
    out: list[float] = []
    for rma, codes in open_returns(services):
        desk.scan(rma)
        for code in codes:
            start = time.perf_counter()
            desk.scan(code)
            desk.grade("B")
            out.append(time.perf_counter() - start)
        if desk.complete().event is Event.CONFIRM_NEEDED:  # flagged: confirmed
            desk.scan("CMD-CONFIRM")
        if len(out) >= units:
            break
    return out


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--journal", type=int, default=300_000)
    parser.add_argument("--photos", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        config = StationConfig(
            station_id="BENCH",
            data_dir=root / "data",
            sound=False,
            auto_print=False,
            log_dir=root / "logs",
            source=root / "station.toml",  # its own pepper beside it, not the user's
        )
        services = bootstrap(config)
        try:
            fill(services, args.journal, args.photos)
            db = config.database_path
            size = db.stat().st_size + sum(p.stat().st_size for p in config.photo_dir.iterdir())
            print(
                f"store {db.stat().st_size / 1e6:.1f} MB + {args.photos} photos "
                f"({size / 1e6:.1f} MB in all)"
            )

            def plain_copy() -> None:
                target = root / "plain"
                shutil.rmtree(target, ignore_errors=True)
                target.mkdir()
                shutil.copyfile(db, target / "desk.sqlite3")
                shutil.copytree(config.photo_dir, target / "photos")

            def online_only() -> None:
                target = root / "online.sqlite3"
                target.unlink(missing_ok=True)
                copy_database(db, target)

            def full() -> None:
                make_backup(db, config.photo_dir, root / "backups", "BENCH", datetime.now(UTC))

            base = timed(plain_copy, args.rounds)
            print(f"baseline: plain file copy (db + photos)      {base * 1000:8.0f} ms")
            online = timed(online_only, args.rounds)
            print(f"SQLite online backup API (db only)          {online * 1000:8.0f} ms")
            whole = timed(full, args.rounds)
            backups = sorted((root / "backups").iterdir())
            zipped = backups[-1].stat().st_size / 1e6
            print(
                f"make_backup (online + zip + photos + fsync) {whole * 1000:8.0f} ms "
                f"= {whole / base:.1f}× the plain copy; zip {zipped:.1f} MB"
            )

            quiet = grade_latencies(services, 30)
            stop = threading.Event()
            made = [0]

            def back_to_back() -> None:
                while not stop.is_set():
                    full()
                    made[0] += 1

            runner = threading.Thread(target=back_to_back)
            runner.start()
            try:
                busy = grade_latencies(services, 30)
            finally:
                stop.set()
                runner.join()
            print(
                f"grade (scan + grade, 2 commits), no backup:       p50 {pct(quiet, 0.5):6.1f} ms "
                f"p90 {pct(quiet, 0.9):6.1f} ms max {max(quiet) * 1000:6.1f} ms"
            )
            print(
                f"grade while backups run back to back ({made[0]} made): "
                f"p50 {pct(busy, 0.5):6.1f} ms "
                f"p90 {pct(busy, 0.9):6.1f} ms max {max(busy) * 1000:6.1f} ms"
            )
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

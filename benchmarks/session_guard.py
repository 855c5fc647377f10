"""What re-checking the user before every step costs a scan.

Every use case now asks the session's guard, which reads the user's role and active flag in
a unit of work of its own, before doing its work. This measures an item scan (`record_item`:
one commit with its outbox message) on a real store, in the same run:

- baseline: the same scan with a session that has no guard (the role as at login only);
- guarded: the session a login makes, re-read before the scan;
- the guard's check alone.

    .venv/bin/python benchmarks/session_guard.py [--scans 800]
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from argon2 import PasswordHasher

from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.demo_data import DEMO_USERS, load_demo_data

PER_PARCEL = 8


def _per_call_us(fn: Callable[[], object], n: int) -> list[float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1e6)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=800)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        config = StationConfig(
            station_id="BENCH",
            data_dir=root / "data",
            log_dir=root / "logs",
            sound=False,
            auto_print=False,
            source=root / "station.toml",
        )
        hasher = Argon2PinHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        services = bootstrap(config, hasher=hasher)
        try:
            load_demo_data(services.uow_factory, hasher, services.clock.now())
            clerk = next(u for u in DEMO_USERS if u.badge == "BADGE-C001")
            guarded = services.auth.login(clerk.badge, clerk.pin)
            bare = dataclasses.replace(guarded, guard=None)
            with services.uow_factory() as uow:
                product = uow.catalog.by_sku("EL-00001")
            assert product is not None
            gtin = product.gtins[0]

            def parcel_of(session: Session, scans: int) -> list[float]:
                """`scans` item scans into a fresh parcel (a parcel holds a parcel's worth:
                the receipt is loaded whole on every scan)."""
                receipt = services.receiving.open_blind(guarded, f"BENCH-{uuid.uuid4().hex}")
                times = _per_call_us(
                    lambda: services.receiving.record_item(
                        session, receipt.id, scanned_code=gtin, gtin14=gtin
                    ),
                    scans,
                )
                services.receiving.set_aside(guarded, receipt.id, "", "benchmark")  # untimed
                return times

            parcel_of(bare, PER_PARCEL)  # warm up caches and the WAL
            rounds: dict[str, list[float]] = {
                "baseline (no re-check)": [],
                "guarded (re-read user)": [],
            }
            for _ in range(args.scans // PER_PARCEL):  # interleaved: the store grows alike
                rounds["baseline (no re-check)"] += parcel_of(bare, PER_PARCEL)
                rounds["guarded (re-read user)"] += parcel_of(guarded, PER_PARCEL)
            check = _per_call_us(lambda: guarded.require(Permission.RECEIVE), args.scans)
        finally:
            services.close()
    base = statistics.median(rounds["baseline (no re-check)"])
    print(f"item scan, {len(rounds['baseline (no re-check)'])} each, median µs (p95):")
    for name, times in rounds.items():
        p95 = statistics.quantiles(times, n=20)[18]
        print(f"  {name:24} {statistics.median(times):8.0f} ({p95:.0f})  "
              f"{statistics.median(times) / base:.2f}× baseline")  # fmt: skip
    print(f"  guard check alone        {statistics.median(check):8.0f}")


if __name__ == "__main__":
    main()

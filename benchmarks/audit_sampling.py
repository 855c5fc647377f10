"""What blind-audit sampling costs a grade (the scan that grades a unit).

The grade is the use case the sampling rides on: after the decision, the unit's LPN is drawn
(HMAC-SHA-256 with the site's key) and, if it falls in its category's and clerk's share, the
hold, its outbox message and an audit entry join the grade's transaction (its label says
AUDIT). Measured on a real store, interleaved in the same run:

- baseline: the plain grade (no [audit] settings: no draw);
- sampled 2 %: the same grade with the policy on (a draw on every unit, a hold on ~2 %);
- sampled 100 %: every unit held (the worst case: a hold row, a message, an audit entry);
- the draw alone.

    .venv/bin/python benchmarks/audit_sampling.py [--units 600]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from argon2 import PasswordHasher

from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.audit_sampling import SamplingPolicy
from receiving_desk.services.demo_data import DEMO_USERS, load_demo_data
from receiving_desk.services.inspection import InspectionService

PER_PARCEL = 8
KEY = bytes(range(32))


class NoPrinter:
    """auto_print is off: nothing is printed, so nothing is woken."""

    def wake(self) -> None:
        return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=600)
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
            session = services.auth.login(clerk.badge, clerk.pin)
            plain = services.inspection

            def with_policy(percent: float) -> InspectionService:
                return InspectionService(
                    services.uow_factory, plain.rules, services.clock, plain.site_tz,
                    NoPrinter(), auto_print=False,
                    audit_policy=SamplingPolicy(KEY, percent),
                )  # fmt: skip

            variants = {
                "baseline (plain grade)": plain,
                "sampled 2 %": with_policy(2.0),
                "sampled 100 %": with_policy(100.0),
            }

            def parcel(inspection: InspectionService) -> list[float]:
                receipt = services.receiving.open_blind(session, f"BENCH-{uuid.uuid4().hex}")
                times = []
                for _ in range(PER_PARCEL):
                    services.receiving.record_item(session, receipt.id, "EL-00001", sku="EL-00001")
                    inspection.pass_all_checks(session, receipt.id)
                    start = time.perf_counter()
                    inspection.grade(session, receipt.id, "B")
                    times.append((time.perf_counter() - start) * 1e6)
                services.receiving.complete(session, receipt.id)  # untimed
                return times

            parcel(plain)  # warm up caches and the WAL
            rounds: dict[str, list[float]] = {name: [] for name in variants}
            for _ in range(args.units // PER_PARCEL):  # interleaved: the store grows alike
                for name, inspection in variants.items():
                    rounds[name] += parcel(inspection)
            policy = SamplingPolicy(KEY, 2.0)
            draws = []
            for n in range(args.units):
                start = time.perf_counter()
                policy.sampled(f"LPN{n:08d}X", "electronics", session.user_id)
                draws.append((time.perf_counter() - start) * 1e6)
        finally:
            services.close()
    base = statistics.median(rounds["baseline (plain grade)"])
    print(f"grade, {len(rounds['baseline (plain grade)'])} units each, median µs (p95):")
    for name, times in rounds.items():
        p95 = statistics.quantiles(times, n=20)[18]
        print(f"  {name:24} {statistics.median(times):8.0f} ({p95:.0f})  "
              f"{statistics.median(times) / base:.2f}× baseline")  # fmt: skip
    print(f"  the draw alone           {statistics.median(draws):8.1f}")


if __name__ == "__main__":
    main()

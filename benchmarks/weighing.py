"""What weighing adds to a clerk's return, beside the same return without it.

The real desk use cases (`Desk`, as the store executor runs them) on a real SQLite store
loaded with the demo data; the scale is the scale simulator on a real pty, read by the
station's scale feed (`[[scale]]`, MT-SICS polled every `--poll-ms`, or continuous). Each
return is played twice over different RMAs, alternating: plain (RMA slip, each item, a grade,
complete) and weighed (the same, plus CMD-WEIGH for the parcel and for each unit). For every
weighing the parcel or unit is put down *moving* and the simulated scale settles
`--settle-ms` later, started as CMD-WEIGH is scanned: the worst case, the clerk asks at once.

The figure: per weighing, the time it added beyond the scale's own settling time
((weighed return − plain return) / weighings − settle). The desk cannot be faster than the
scale; what it adds is the reading's way to the desk (one poll at most for MT-SICS, one
line for a continuous scale) and the weight's commit.

    .venv/bin/python benchmarks/weighing.py [--returns 20] [--settle-ms 500] [--poll-ms 100]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from receiving_desk.adapters.scales.reader import ScaleConfig
from receiving_desk.adapters.scales.simulator import VirtualScale
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.services.demo_data import DEMO_USERS, load_demo_data
from receiving_desk.services.desk import Desk
from receiving_desk.services.desk_events import Event


def rma_items(services: Services, number: int) -> tuple[str, list[tuple[str, int]]]:
    """An RMA and its declared units as (SKU, catalog grams)."""
    rma = f"RMA-2026-{number:06d}"
    with services.uow_factory() as uow:
        found = uow.rmas.by_number(rma)
        assert found is not None
        units = []
        for line in found.lines:
            product = uow.catalog.by_sku(line.sku)
            assert product is not None and product.weight_grams is not None
            units += [(line.sku, product.weight_grams)] * line.quantity
    return rma, units


def weigh(desk: Desk, scale: VirtualScale, grams: int, settle_s: float) -> None:
    scale.put(grams, stable=False)  # put down: the platform still swings
    timer = threading.Timer(settle_s, scale.settle)
    timer.start()
    result = desk.scan("CMD-WEIGH")
    timer.join()
    assert result.event is Event.WEIGHED, result


def one_return(
    desk: Desk, scale: VirtualScale | None, rma: str, units: list[tuple[str, int]], settle: float
) -> tuple[float, int]:
    """The return's time and how many desk actions (scans) it took, weighings not counted."""
    started = time.perf_counter()
    desk.scan(rma)
    if scale is not None:
        weigh(desk, scale, sum(g for _, g in units) + 250, settle)
    for sku, grams in units:
        desk.scan(sku)
        if scale is not None:
            weigh(desk, scale, grams, settle)
        desk.scan("CMD-CHK-ALL-OK")  # a category may require its checklist first
        desk.grade(desk.view().grades[0])
    actions = 2 + 3 * len(units)
    if desk.scan("CMD-COMPLETE").event is Event.CONFIRM_NEEDED:
        desk.scan("CMD-CONFIRM")
        actions += 1
    return time.perf_counter() - started, actions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--returns", type=int, default=20, help="per flow (at most 50)")
    parser.add_argument("--settle-ms", type=int, default=500)
    parser.add_argument("--poll-ms", type=int, default=100)
    parser.add_argument("--protocol", choices=("mt-sics", "continuous"), default="mt-sics")
    args = parser.parse_args()
    settle = args.settle_ms / 1000
    with (
        tempfile.TemporaryDirectory() as folder,
        VirtualScale(
            args.protocol, link=Path(folder) / "scale", period_s=args.poll_ms / 1000
        ) as scale,
    ):
        bench = ScaleConfig(
            "bench", args.protocol, port=str(scale.link), poll_ms=args.poll_ms,
            settle_ms=args.settle_ms * 4,
        )  # fmt: skip
        config = replace(
            StationConfig(station_id="BENCH-01", data_dir=Path(folder) / "data", sound=False),
            scales=(bench,),
            source=Path(folder) / "station.toml",
        )
        services = bootstrap(config)
        try:
            load_demo_data(services.uow_factory, services.hasher, datetime.now(UTC))
            services.scales.start()
            deadline = time.monotonic() + 10
            while services.scales.settled() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            desk = services.new_desk()
            clerk = DEMO_USERS[0]
            desk.scan(clerk.badge)
            desk.submit_pin(clerk.pin)
            plain: list[float] = []
            weighed: list[float] = []
            weighings = actions = weighed_actions = 0
            weighed_total = 0.0
            for i in range(min(args.returns, 50)):
                rma, units = rma_items(services, 2 * i + 1)
                took, steps = one_return(desk, None, rma, units, settle)
                plain.append(took / steps)
                actions += steps
                rma, units = rma_items(services, 2 * i + 2)
                took, steps = one_return(desk, scale, rma, units, settle)
                weighed.append(took / steps)
                weighed_total += took
                weighed_actions += steps
                weighings += 1 + len(units)
        finally:
            services.scales.stop()
            services.close()
    # The weighed returns' time less what their other actions take at the plain flow's pace
    # (the returns of the two flows differ in their number of items).
    action = statistics.fmean(plain)
    added = (weighed_total - action * weighed_actions) / weighings
    print(f"scale: {args.protocol}, settles in {args.settle_ms} ms, polled every {args.poll_ms} ms")
    print(f"a desk action, plain flow (baseline): mean {action * 1000:8.1f} ms")
    print(f"weighings: {weighings} over {len(weighed)} returns, {actions} other actions")
    print(f"added per weighing:        {added * 1000:8.1f} ms")
    print(f"  of which settling:       {settle * 1000:8.1f} ms")
    print(f"  beyond settling:         {(added - settle) * 1000:8.1f} ms")
    print(f"  beyond settling and one desk action: {(added - settle - action) * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

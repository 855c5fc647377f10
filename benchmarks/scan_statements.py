"""What one scan costs the desk's store worker, by kind of scan: SQL statements, transactions
and CPU time — figures a loaded machine does not blur (counts are exact; CPU is the
thread's own time, not the wall clock).

The real desk's use cases (`Services.new_desk()`, the demo store, the station's rules) on
one thread, a clerk logged in, playing `--returns` whole returns of the demo data as
`scan_to_commit.py` plays them (RMA slip, each item, the checklist command where the rules
ask for it, a grade, complete, confirm). Each statement the store worker's thread sends to
SQLite is counted with a cursor hook, by its first word, and each write transaction's commit.
Labels go to a file printer in the scratch folder.

    PYTHONPATH=src .venv/bin/python benchmarks/scan_statements.py [--returns 20]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from collections import Counter, defaultdict
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlalchemy import event

from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.errors import DeskError
from receiving_desk.domain.security_policy import SecuritySettings
from receiving_desk.services import demo_data as demo

CLERK = next(u for u in demo.DEMO_USERS if u.badge == "BADGE-C001")


def kind_of(scan: str) -> str:
    if scan.startswith("]C0RMA-"):
        return "parcel (RMA slip)"
    if scan.startswith("]E0"):
        return "item"
    return scan[3:].lower()  # the command


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--returns", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="scan-statements-") as tmp:
        folder = Path(tmp)
        config = StationConfig(
            station_id="DEMO-01",
            data_dir=folder,
            log_dir=folder,
            sound=False,
            security=SecuritySettings(pepper_file=folder / "pepper"),
            printers={"restock": {"url": f"file://{folder / 'labels'}", "format": "zpl"}},
        )
        services = bootstrap(config)
        try:
            demo.load_demo_data(services.uow_factory, services.hasher, services.clock.now())
            scans = script(services, args.returns)
            desk = services.new_desk()
            desk.scan(CLERK.badge, "]C0")
            desk.submit_pin(CLERK.pin)
            worker = threading.get_ident()
            statements: Counter[str] = Counter()
            commits = 0

            @event.listens_for(services.engine, "before_cursor_execute")
            def _count(*args: Any) -> None:
                if threading.get_ident() == worker:
                    statements[args[2].split(None, 1)[0].upper()] += 1

            @event.listens_for(services.engine, "commit")
            def _commit(conn: Any) -> None:
                nonlocal commits
                if threading.get_ident() == worker:
                    commits += 1

            per_kind: dict[str, list[tuple[Counter[str], int, float]]] = defaultdict(list)
            for scan in scans:
                statements.clear()
                commits = 0
                began = time.thread_time()
                with suppress(DeskError):  # CMD-CONFIRM with nothing asked: refused
                    desk.scan(scan[3:], scan[:3])
                cpu = time.thread_time() - began
                per_kind[kind_of(scan)].append((Counter(statements), commits, cpu))
        finally:
            services.close()
    print(f"{args.returns} returns, {len(scans)} scans; per scan, on the store worker's thread:")
    print(
        f"  {'scan':<22} {'n':>4} {'statements':>10}  {'of which':<44} {'commits':>7} {'CPU ms':>7}"
    )
    for kind, runs in per_kind.items():
        total = statistics.mean(sum(c.values()) for c, _, _ in runs)
        words = Counter[str]()
        for c, _, _ in runs:
            words.update(c)
        split = ", ".join(f"{w} {n / len(runs):.1f}" for w, n in words.most_common())
        print(
            f"  {kind:<22} {len(runs):>4} {total:>10.1f}  {split:<44}"
            f" {statistics.mean(n for _, n, _ in runs):>7.1f}"
            f" {statistics.median(cpu for _, _, cpu in runs) * 1000:>7.2f}"
        )
    return 0


def script(services: Any, returns: int) -> list[str]:
    """The scans of `returns` demo returns, as `scan_to_commit.py` plays them."""
    scans: list[str] = []
    with services.uow_factory() as uow:
        for n in range(1, returns + 1):
            rma = uow.rmas.by_number(f"RMA-2026-{n:06d}")
            assert rma is not None
            scans.append(f"]C0{rma.rma_number}")
            for line in rma.lines:
                product = uow.catalog.by_sku(line.sku)
                assert product is not None
                for unit in range(line.quantity):
                    scans.append(f"]E0{product.gtins[0][1:]}")
                    if services.rules.required_checks(product.category):
                        scans.append("]C0CMD-CHK-ALL-OK")
                    scans.append(f"]C0CMD-GRADE-{'AB'[(n + unit) % 2]}")
            scans += ["]C0CMD-COMPLETE", "]C0CMD-CONFIRM"]
    return scans


if __name__ == "__main__":
    raise SystemExit(main())

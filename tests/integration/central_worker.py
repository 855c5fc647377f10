"""A desk for the central-sync tests: helpers used in-process, and a desk process
(`python -m tests.integration.central_worker ...`) for the multi-desk and kill tests."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import Engine, Text, create_engine, func, insert, select, text, type_coerce

from receiving_desk.adapters.central import schema as c
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.adapters.central.messages import build_batch
from receiving_desk.adapters.central.runner import SyncRunner
from receiving_desk.adapters.central.syncer import Syncer
from receiving_desk.adapters.event_codec import Stored, deserialise
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.clock import SystemClock
from tests import seed as seed_module
from tests.seed import CLERK, CLERK2, GOLD, PRODUCTS, STANDARD, SUPERVISOR, item_code, rmas

NOW = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)
BY_SKU = {p.sku: p for p in PRODUCTS}
Plan = list[tuple[str, list[str]]]  # (RMA number, SKUs to receive from it)


SEED = rmas(NOW)
SEED_LINES = sum(len(r.lines) for r in SEED)
SEED_TRACKING = sum(len(r.tracking_numbers) for r in SEED)
SEED_BINS = len(getattr(seed_module, "LOCATIONS", ()))


def fast_hasher() -> Argon2PinHasher:
    return Argon2PinHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def seed_central(engine: Engine, generated: int = 0, skus: tuple[str, ...] = ("EL-00001",)) -> Plan:
    """The shared seed data (tests/seed.py) written centrally, plus `generated` RMAs with one
    line per SKU; returns those RMAs as a plan to receive them whole."""
    hasher = fast_hasher()
    plan: Plan = [(f"RMA-9000-{i:06d}", list(skus)) for i in range(1, generated + 1)]
    with engine.begin() as conn:
        conn.execute(
            insert(c.customers),
            [{"id": x.id, "name": x.name, "tier": x.tier.value} for x in (GOLD, STANDARD)],
        )
        conn.execute(
            insert(c.products),
            [
                {
                    "sku": p.sku,
                    "description": p.description,
                    "category": p.category,
                    "unit_value_cents": int(p.unit_value * 100),
                    "home_bin": p.home_bin,
                }
                for p in PRODUCTS
            ],
        )
        conn.execute(
            insert(c.product_gtins),
            [{"gtin14": g, "sku": p.sku} for p in PRODUCTS for g in p.gtins],
        )
        conn.execute(
            insert(c.users),
            [
                {
                    "id": f"U-{badge}",
                    "badge": badge,
                    "name": name,
                    "role": role.value,
                    "pin_hash": hasher.hash(pin),
                }
                for badge, pin, name, role in (CLERK, CLERK2, SUPERVISOR)
            ],
        )
        rma_rows, lines, tracking = [], [], []
        for rma in rmas(NOW):
            rma_rows.append(
                {
                    "rma_number": rma.rma_number,
                    "order_number": rma.order_number,
                    "customer_id": rma.customer.id,
                    "order_date": rma.order_date,
                    "delivered_at": rma.delivered_at,
                    "status": "open",
                }
            )
            lines += [
                {
                    "rma_number": rma.rma_number,
                    "line_no": x.line_no,
                    "sku": x.sku,
                    "quantity": x.quantity,
                    "reason": x.reason.value,
                    "reason_note": x.reason_note,
                    "serial": x.serial,
                }
                for x in rma.lines
            ]
            tracking += [
                {"tracking_number": n, "rma_number": rma.rma_number} for n in rma.tracking_numbers
            ]
        for number, plan_skus in plan:
            rma_rows.append(
                {
                    "rma_number": number,
                    "order_number": f"SO-{number[-6:]}",
                    "customer_id": GOLD.id,
                    "order_date": date(2026, 11, 1),
                    "delivered_at": NOW - timedelta(days=3),
                    "status": "open",
                }
            )
            lines += [
                {
                    "rma_number": number,
                    "line_no": n,
                    "sku": sku,
                    "quantity": 1,
                    "reason": "defective",
                    "reason_note": "",
                    "serial": None,
                }
                for n, sku in enumerate(plan_skus, 1)
            ]
        bins = [
            {"code": x.code, "zone": str(x.zone), "description": x.description}
            for x in getattr(seed_module, "LOCATIONS", ())
        ]
        if bins:  # stores with inventory need a returns-staging bin to grade into
            conn.execute(insert(c.locations), bins)
        conn.execute(insert(c.rmas), rma_rows)
        conn.execute(insert(c.rma_lines), lines)
        conn.execute(insert(c.rma_tracking), tracking)
    return plan


def open_desk(data_dir: Path, station: str) -> Services:
    config = StationConfig(station_id=station, data_dir=data_dir, log_dir=data_dir, sound=False)
    return bootstrap(config, clock=SystemClock(), hasher=fast_hasher())


def clerk(station: str) -> Session:
    return Session(f"U-{CLERK[0]}", CLERK[2], Role.CLERK, station, NOW)


def run_returns(services: Services, session: Session, plan: Iterable[tuple[str, list[str]]]) -> int:
    """Receive, grade and complete each planned return; returns the units inspected."""
    units = 0
    for rma_number, skus in plan:
        receipt = services.receiving.open_parcel(session, rma_number, None, rma_number)
        for sku in skus:
            product = BY_SKU[sku]
            code = item_code(product)
            services.receiving.record_item(session, receipt.id, code, gtin14=product.gtins[0])
            grade(services, session, receipt.id)
            units += 1
        services.receiving.complete(session, receipt.id)
    return units


def grade(services: Services, session: Session, receipt_id: str, mark: str = "B") -> None:
    """Grade the unit waiting (the inspection service where this version has one)."""
    inspection = getattr(services, "inspection", None)
    if inspection is not None:
        inspection.grade(session, receipt_id, mark, "box dented")
    else:
        services.receiving.grade_unit(session, receipt_id, mark, (), "box dented")  # type: ignore[attr-defined]


def runner(services: Services, central: Engine, batch: int = 1000, **kw: Any) -> SyncRunner:
    station = services.config.station_id
    return SyncRunner(services.engine, central, station, services.clock, batch, **kw)


def outbox_count(services: Services) -> int:
    with services.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.outbox)).scalar_one())


def expected_events(services: Services) -> int:
    """Status events the desk's whole outbox should make centrally (sent or not)."""
    o = t.outbox
    columns = (o.c.id, o.c.seq, o.c.created_at, o.c.topic, o.c.version, o.c.key)
    with services.engine.connect() as conn:
        rows = conn.execute(select(*columns, type_coerce(o.c.payload, Text)).order_by(o.c.seq))
        messages = [Stored(*r) for r in rows]
    batch = build_batch(services.config.station_id, [(m, deserialise(m)) for m in messages])
    return len(batch.events)


def central_totals(engine: Engine) -> dict[str, Any]:
    """What the central side holds, and whether every return's events are numbered 1..n."""
    with engine.connect() as conn:
        one = lambda sql: conn.execute(text(sql)).scalar_one()  # noqa: E731
        gaps = one(
            "SELECT count(*) FROM (SELECT return_key, count(*) AS n, min(return_seq) AS lo, "
            "max(return_seq) AS hi FROM status_events GROUP BY return_key) x "
            "WHERE lo <> 1 OR hi <> n"
        )
        heads_off = one(
            "SELECT count(*) FROM return_event_heads h WHERE last_seq <> "
            "(SELECT count(*) FROM status_events e WHERE e.return_key = h.return_key)"
        )
        return {
            "receipts": one("SELECT count(*) FROM receipts"),
            "completed": one("SELECT count(*) FROM receipts WHERE status = 'completed'"),
            "inspections": one("SELECT count(*) FROM inspections WHERE withdrawn_at IS NULL"),
            "events": one("SELECT count(*) FROM status_events"),
            "audit": one("SELECT count(*) FROM audit_entries"),
            "numbering_errors": gaps + heads_off,
        }


def _main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--central", required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--station", required=True)
    parser.add_argument("--plan", default="[]", help="JSON list of [rma, [sku, ...]]")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--hang-at", default="", help="PHASE:N: hang at the Nth such phase")
    args = parser.parse_args()
    services = open_desk(args.data, args.station)
    central = create_engine(args.central)
    try:
        if args.hang_at:
            return _push_and_hang(services, central, args.batch, args.hang_at)
        runner(services, central).pull()
        settings = CentralSettings(
            sslmode="disable",  # the test server speaks no TLS
            url=args.central,
            push_interval_s=0.2,
            pull_interval_s=2,
            backoff_base_s=0.05,
            backoff_cap_s=0.5,
            batch_size=args.batch,
        )
        syncer = Syncer(services.engine, settings, args.station, services.clock)
        syncer.start()  # pushes while the desk works, as in a shift
        units = run_returns(services, clerk(args.station), json.loads(args.plan))
        syncer.stop()
        runner(services, central, args.batch).push_all()
        summary = {"units": units, "messages": outbox_count(services)}
        print(json.dumps({**summary, "events": expected_events(services)}), flush=True)
        return 0
    finally:
        central.dispose()
        services.close()


def _push_and_hang(services: Services, central: Engine, batch: int, hang_at: str) -> int:
    phase, count = hang_at.split(":")
    seen = {"merged": 0, "committed": 0}

    def on_phase(name: str, pid: int) -> None:
        seen[name] += 1
        print(f"{name} {seen[name]}", flush=True)
        if name == phase and seen[name] == int(count):
            threading.Event().wait(60)  # hang here until SIGKILLed

    runner(services, central, batch, on_phase=on_phase).push_all()
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: os._exit(3))
    sys.exit(_main())

"""A year of a busy returns dock as rows, generated in chunks (deterministic, seeded), and
written into a desk's SQLite store or the central PostgreSQL schema.

Ten stations, three shifts, a clerk per station and shift; 1.6 units per parcel on average;
grades, dispositions, refunds, windows, flags, overrides, voids, set-asides, undone scans,
restock labels (and reprints) and an outbox in the proportions a real dock shows.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

START = datetime(2025, 11, 21, 23, tzinfo=UTC)  # 2025-11-22 00:00 in Berlin
YEAR_S = 365 * 86400
STATIONS = [f"DOCK-{n:02d}" for n in range(1, 11)]
CATEGORIES = ["electronics", "apparel", "footwear", "home", "toys", "beauty", "books", "tools"]
REASONS = ["defective", "damaged_in_transit", "wrong_item_sent", "not_as_described", "size_fit",
           "no_longer_needed", "changed_mind", "arrived_late", "other"]  # fmt: skip
GRADES = [("A", 30, "restock_new", 100), ("B", 35, "restock_open_box", 100),
          ("C", 20, "refurbish", 50), ("D", 10, "liquidate", 0),
          ("SCRAP", 5, "recycle", 0)]  # fmt: skip
FLAGS = ["wrong_item", "missing_item", "serial_mismatch", "empty_box", "quantity_short",
         "extra_item", "outside_window", "accepted_by_leniency"]  # fmt: skip
PRODUCTS = [(f"SKU-{n:05d}", f"Product {n}", CATEGORIES[n % 8], 500 + (n * 37) % 30000)
            for n in range(2000)]  # fmt: skip


def uid(kind: int, n: int) -> str:
    """Sequential UUIDs (kind in the top bits): B-tree friendly on both databases."""
    return str(uuid.UUID(int=(kind << 96) | n))


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def clerk(station: int, moment: datetime) -> str:
    hour = (moment.hour + 1) % 24  # Berlin-ish, for the shift the clerk works
    return f"U-{station:02d}-{(hour - 6) % 24 // 8}"


@dataclass
class Chunk:
    receipts: list[tuple[Any, ...]] = field(default_factory=list)
    units: list[tuple[Any, ...]] = field(default_factory=list)  # with their inspection
    rmas: list[tuple[Any, ...]] = field(default_factory=list)
    lines: list[tuple[Any, ...]] = field(default_factory=list)
    flags: list[tuple[Any, ...]] = field(default_factory=list)
    audit: list[tuple[Any, ...]] = field(default_factory=list)
    jobs: list[tuple[Any, ...]] = field(default_factory=list)


def year(units: int, seed: int = 7, chunk_units: int = 50_000) -> Iterator[Chunk]:
    """Parcels spread evenly over the year, until `units` inspected units exist."""
    rng = random.Random(seed)
    parcels = int(units / 1.6)
    spacing = YEAR_S / parcels
    made = parcel = job = audit = flag = 0
    chunk = Chunk()
    while made < units:
        opened = START + timedelta(seconds=parcel * spacing + rng.random() * spacing)
        station = parcel % len(STATIONS)
        who = clerk(station, opened)
        rid = uid(1, parcel)
        rma = f"RMA-{parcel:08d}" if rng.random() > 0.02 else None
        fate = rng.random()
        status = "voided" if fate < 0.005 else "set_aside" if fate < 0.01 else "completed"
        count = 0 if status == "set_aside" else min(rng.choice((1, 1, 1, 1, 2, 2, 2, 3, 3)),
                                                    units - made)  # fmt: skip
        at = opened + timedelta(seconds=15)
        for seq in range(1, count + 1):
            sku = PRODUCTS[rng.randrange(len(PRODUCTS))][0]
            grade, _, disposition, refund = rng.choices(GRADES, [g[1] for g in GRADES])[0]
            window = rng.choices(("inside", "lenient", "outside"), (90, 4, 6))[0]
            refund = 0 if window == "outside" else refund
            kind = "full" if refund == 100 else "partial" if refund else "none"
            override = None
            if rng.random() < 0.01:
                override = ("restock_open_box", f"U-{station:02d}-S", at + timedelta(seconds=70))
            lpn = f"LPN{made:09d}"
            inspected = at + timedelta(seconds=40)
            chunk.units.append((uid(2, made), rid, seq, sku, seq if rma else None, iso(at), who,
                                lpn, grade, iso(inspected), disposition,
                                disposition.startswith("restock"), kind, refund, window,
                                override, rma, station))  # fmt: skip
            chunk.jobs.append((uid(3, job), job + 1, iso(inspected), lpn, None))
            job += 1
            if rng.random() < 0.01:
                chunk.jobs.append((uid(3, job), job + 1, iso(inspected + timedelta(minutes=3)),
                                   lpn, uid(3, job - 1)))  # fmt: skip
                job += 1
            made += 1
            at = inspected + timedelta(seconds=20)
        closed = at + timedelta(seconds=10)
        closer = f"U-{station:02d}-S" if status == "voided" else who
        chunk.receipts.append((rid, rma, STATIONS[station], who, iso(opened), status,
                               iso(closed), closer))  # fmt: skip
        if rma:
            chunk.rmas.append((rma, f"C{parcel % 5000:05d}", iso(opened - timedelta(days=9))))
            for seq in range(1, max(count, 1) + 1):
                chunk.lines.append((rma, seq, PRODUCTS[(parcel + seq) % 2000][0],
                                    rng.choice(REASONS)))  # fmt: skip
        if status == "completed" and rng.random() < 0.08:
            chunk.flags.append((rid, flag, rng.choice(FLAGS)))
            flag += 1
        actions = [("parcel_opened", opened, who)]
        if status == "completed":
            actions.append(("return_completed", closed, who))
        else:
            actions.append(("return_voided" if status == "voided" else "parcel_set_aside",
                            closed, closer))  # fmt: skip
        if rng.random() < 0.02:
            actions.append(("scan_undone", opened + timedelta(seconds=30), who))
        for action, moment, user in actions:
            chunk.audit.append((uid(4, audit), iso(moment), STATIONS[station], user, action, rid))
            audit += 1
        parcel += 1
        if len(chunk.units) >= chunk_units:
            yield chunk
            chunk = Chunk()
    yield chunk


def users() -> list[tuple[str, str]]:
    return [
        (f"U-{s:02d}-{k}", f"Clerk {s:02d}-{k}") for s in range(10) for k in ("0", "1", "2", "S")
    ]


EMPTY = json.dumps([])

"""Evidence packs: how long a pack takes (gather, PDF, ZIP, hashes, the recording commit)
beside rendering its PDF alone, and what the automatic-pack trigger adds to recording a
completion's flags beside the same writes without it.

    .venv/bin/python benchmarks/evidence_pack.py [--packs 20] [--flags 2000] [--language ru]

Runs on a copy of the upgrade fixture of the current schema (tests/data/upgrade/store-*):
a day of demo work, 20 returns, some with fraud flags.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import select, text

from receiving_desk.adapters.evidence.facts import gather
from receiving_desk.adapters.evidence.pack import make_pack
from receiving_desk.adapters.evidence.render import render_pack_pdf
from receiving_desk.adapters.store import evidence_tables as et
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.services.clock import SystemClock

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "data" / "upgrade"


def figures(name: str, values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p90 = ms[min(len(ms) - 1, int(len(ms) * 0.9))]
    return f"{name:<44} median {statistics.median(ms):7.1f} ms  p90 {p90:7.1f} ms  n={len(ms)}"


def flag_writes(engine: object, receipts: list[str], count: int) -> list[float]:
    """One transaction per completion's flag write (a fraud kind), as the completion does."""
    times = []
    for n in range(count):
        receipt = receipts[n % len(receipts)]
        start = time.perf_counter()
        with engine.begin() as conn:  # type: ignore[attr-defined]
            conn.execute(
                t.receipt_flags.insert().values(
                    receipt_id=receipt, kind="wrong_item", evidence={"n": n}
                )
            )
            conn.execute(et.evidence_jobs.delete())  # each write finds no job yet
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packs", type=int, default=20)
    parser.add_argument("--flags", type=int, default=2000)
    parser.add_argument("--language", default="", help="the pack's words (ru, zh_CN ...)")
    args = parser.parse_args()
    fixture = sorted(FIXTURES.glob("store-*"))[-1] / "desk.sqlite3.gz"
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = root / "desk.sqlite3"
        with gzip.open(fixture) as src, db.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        engine = create_store_engine(db)
        migrate.upgrade(engine)
        with engine.connect() as conn:
            receipts = [str(r) for r in conn.execute(select(t.receipts.c.id)).scalars()]
        patterns, clock = DeskPatterns(), SystemClock()
        render, whole = [], []
        for n in range(args.packs):
            receipt = receipts[n % len(receipts)]
            with engine.connect() as conn:
                facts = gather(conn, receipt, root / "photos", patterns, args.language)
            start = time.perf_counter()
            render_pack_pdf(facts, str(uuid.uuid4()), clock.now())
            render.append(time.perf_counter() - start)
            start = time.perf_counter()
            make_pack(
                engine, receipt, out_dir=root / "out", photo_dir=root / "photos",
                patterns=patterns, clock=clock, station_id="BENCH", made_by=None,
                language=args.language,
            )  # fmt: skip
            whole.append(time.perf_counter() - start)
        with engine.connect() as conn:
            done = t.receipts.c.status == "completed"
            completed = [
                str(r) for r in conn.execute(select(t.receipts.c.id).where(done)).scalars()
            ]
        with_trigger = flag_writes(engine, completed, args.flags)
        with engine.begin() as conn:
            conn.execute(text(et.DROP_TRIGGER))
        without = flag_writes(engine, completed, args.flags)
        engine.dispose()
    print(figures("pack PDF rendered alone (baseline)", render))
    print(figures("whole pack: gather, PDF, ZIP, hashes, commit", whole))
    print(figures("completion flag write, no trigger (baseline)", without))
    print(figures("completion flag write, with the job trigger", with_trigger))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

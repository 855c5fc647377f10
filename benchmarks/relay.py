"""The relay: status event committed centrally -> delivered to a local receiver, and a backlog
drained, each beside a bare HTTP POST loop to the same receiver in the same run.

    .venv/bin/python benchmarks/relay.py [--rate 50] [--duration 600] [--backlog 100000]

1. Latency: events committed one per transaction at --rate per second for --duration seconds
   (as desks push them: the fan-out trigger fires in the committing transaction) while one
   relay process (`receiving-desk central relay`) runs; latency = arrival at the receiver
   minus the client-side time just after COMMIT returned. Baseline: one POST's round trip.
2. Backlog: --backlog events (5 per return) committed while no relay runs, then a relay
   started; rate = events / (last arrival - relay start). Baselines: a bare POST loop with
   http.client (one connection, kept alive), and the same with as many threads as the relay
   has workers.
The receiver (benchmarks/relay_receiver.py) is its own asyncio process. The URL is an admin
URL of a server where a scratch database may be created; it is dropped at the end.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import create_engine, make_url

from receiving_desk.adapters.central import migrate
from receiving_desk.adapters.central.relay import admin
from receiving_desk.adapters.central.relay.admin import EndpointSpec
from receiving_desk.adapters.central.relay.payload import idempotency_key

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
HERE = Path(__file__).resolve().parent
WORKERS = 16
_HEAD = """INSERT INTO return_event_heads AS h (return_key, last_seq) VALUES (%s, 1)
ON CONFLICT (return_key) DO UPDATE SET last_seq = h.last_seq + 1 RETURNING last_seq"""
_EVENT = """INSERT INTO status_events
    (return_key, return_seq, event_type, at, desk_id, receipt_id, message_id, payload)
VALUES (%s, %s, 'received', now(), 'BENCH-01', NULL, %s, %s)"""
_BACKLOG = """
WITH n AS (SELECT g FROM generate_series(%(lo)s, %(hi)s - 1) AS g)
INSERT INTO status_events
    (return_key, return_seq, event_type, at, desk_id, receipt_id, message_id, payload)
SELECT 'RMA-B-' || lpad((g / 5)::text, 7, '0'), g %% 5 + 1,
    (ARRAY['received', 'inspected', 'disposition_decided', 'refund_recommended',
           'completed'])[g %% 5 + 1],
    now(), 'BENCH-01', NULL, md5('m' || (g / 5))::uuid,
    '{"rma": null, "units": []}'::jsonb
FROM n ORDER BY g"""


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class Receiver:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "relay_receiver.py")], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline())
        self.url = f"http://127.0.0.1:{self.port}/hook"

    def stats(self, reset: bool = False) -> dict[str, Any]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        conn.request("GET", "/stats?reset=1" if reset else "/stats")
        data: dict[str, Any] = json.loads(conn.getresponse().read())
        conn.close()
        return data

    def wait_count(self, n: int, timeout_s: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while True:
            stats = self.stats()
            if len(stats["arrivals"]) >= n or time.monotonic() > deadline:
                return stats
            time.sleep(0.5)

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def post_loop(url: str, n: int, threads: int = 1) -> float:
    """Bare POSTs of a payload-sized body on kept-alive connections; returns requests/s."""
    body = json.dumps({"id": "x", "data": {"units": [{"sku": "EL-00001"}] * 3}}).encode()
    port = int(url.split(":")[2].split("/")[0])

    def run(count: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(count):
            conn.request("POST", "/hook", body=body, headers={"Idempotency-Key": "base"})
            conn.getresponse().read()
        conn.close()

    start = time.perf_counter()
    workers = [threading.Thread(target=run, args=(n // threads,)) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return (n // threads * threads) / (time.perf_counter() - start)


def round_trips(url: str, n: int) -> list[float]:
    port = int(url.split(":")[2].split("/")[0])
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    out = []
    for _ in range(n):
        start = time.perf_counter()
        conn.request("POST", "/hook", body=b"{}", headers={"Idempotency-Key": "rt"})
        conn.getresponse().read()
        out.append(time.perf_counter() - start)
        time.sleep(0.02)
    conn.close()
    return out


def start_relay(url: str, name: str = "bench") -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    code = "import sys; from receiving_desk.cli import main; sys.exit(main(sys.argv[1:]))"
    args = ["central", "relay", "--url", url, "--workers", str(WORKERS), "--id", name]
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env,
                            stderr=subprocess.DEVNULL)  # fmt: skip


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.wait(60)


def latency(conninfo: str, url: str, receiver: Receiver, rate: float, duration: float) -> None:
    relay = start_relay(url)
    committed: dict[str, float] = {}
    n = int(rate * duration)
    try:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            time.sleep(2)  # the relay is listening
            start = time.perf_counter()
            for i in range(n):
                due = start + i / rate
                while (wait := due - time.perf_counter()) > 0:
                    time.sleep(wait)
                key, message = f"RMA-L-{i % 500:04d}", str(uuid.uuid4())
                with conn.transaction():
                    (seq,) = conn.execute(_HEAD, (key,)).fetchone() or (0,)
                    conn.execute(_EVENT, (key, seq, message, '{"rma": null}'))
                committed[idempotency_key(message, "received")] = time.time()
            late = time.perf_counter() - start - duration
        stats = receiver.wait_count(n, 120)
    finally:
        stop(relay)
    arrivals = stats["arrivals"]
    delays = [arrivals[k] - t for k, t in committed.items() if k in arrivals]
    base = round_trips(receiver.url, 200)
    print(
        f"\nlatency at {rate:g} events/s for {duration:g} s ({n} events, generator "
        f"{late:+.2f} s behind schedule); delivered {len(delays)}/{n}"
    )
    print(
        f"  committed -> delivered   p50 {_pct(delays, 50) * 1000:7.1f} ms   p99 "
        f"{_pct(delays, 99) * 1000:7.1f} ms   max {max(delays) * 1000:7.1f} ms"
    )
    print(f"  baseline: one POST      p50 {statistics.median(base) * 1000:7.1f} ms   p99 "
          f"{_pct(base, 99) * 1000:7.1f} ms")  # fmt: skip


def backlog(conninfo: str, url: str, receiver: Receiver, total: int, processes: int) -> None:
    receiver.stats(reset=True)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        start = time.perf_counter()
        for lo in range(0, total, 20_000):
            with conn.transaction():
                conn.execute(_BACKLOG, {"lo": lo, "hi": min(lo + 20_000, total)})
        conn.execute(
            "INSERT INTO return_event_heads (return_key, last_seq) SELECT return_key, "
            "max(return_seq) FROM status_events WHERE return_key LIKE 'RMA-B-%' GROUP BY 1"
        )
        loaded = time.perf_counter() - start
    started = time.time()
    relays = [start_relay(url, f"bench-{n}") for n in range(processes)]
    try:
        stats = receiver.wait_count(total, 1800)
    finally:
        for relay in relays:
            stop(relay)
    got = len(stats["arrivals"])
    elapsed = stats["last"] - started
    print(f"\nbacklog of {total} events ({total // 5} returns, committed in {loaded:.1f} s), "
          f"{processes} relay process(es): "
          f"{got} delivered in {elapsed:.1f} s = {got / elapsed:,.0f} events/s "
          f"({stats['requests'] - got} re-sent)")  # fmt: skip
    receiver.stats(reset=True)
    single = post_loop(receiver.url, 20_000)
    threaded = post_loop(receiver.url, 40_000, WORKERS)
    print(f"  baseline: bare POST loop, 1 connection      {single:8,.0f} requests/s")
    print(f"  baseline: bare POST loop, {WORKERS} threads        {threaded:8,.0f} requests/s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--duration", type=float, default=600)
    parser.add_argument("--backlog", type=int, default=100_000)
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--skip-backlog", action="store_true")
    parser.add_argument("--relays", type=int, default=1, help="relay processes for the backlog")
    args = parser.parse_args()
    admin_url = make_url(args.url).set(drivername="postgresql+psycopg")
    name = f"rd_relay_bench_{uuid.uuid4().hex[:8]}"
    admin_info = admin_url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin_info, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db_url = admin_url.set(database=name)
    conninfo = db_url.set(drivername="postgresql").render_as_string(hide_password=False)
    receiver = Receiver()
    try:
        engine = create_engine(db_url)
        migrate.upgrade(engine)
        engine.dispose()
        with psycopg.connect(conninfo, autocommit=True) as conn:
            spec = EndpointSpec("bench", "webhook", receiver.url, concurrency=2 * WORKERS)
            admin.add_endpoint(conn, spec, "bench")
        if not args.skip_latency:
            latency(conninfo, conninfo, receiver, args.rate, args.duration)
        if not args.skip_backlog:
            backlog(conninfo, conninfo, receiver, args.backlog, args.relays)
    finally:
        receiver.close()
        with psycopg.connect(admin_info, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A scan written to the serial port → its effect committed, in the real desk, during a shift.

The desk runs as it does at a station, in its own process (`receiving-desk gui`, offscreen):
its scanner is a pty this script writes to, its restock printer a local TCP listener playing
a ready Zebra (labels print as units are graded), and its syncer pushes to a scratch
PostgreSQL database (created on `--url`'s server, dropped afterwards) — starting with a
backlog of `--backlog` unsent inspections in the outbox, then every second.

The clerk logs in (badge scanned, PIN typed into the scan box), then the script plays
`--returns` whole returns at a clerk's pace (2–5 scans/s, seeded): the RMA slip, each item,
a grade command per item, complete. The clock starts just before the scan's bytes are
written to the pty and stops at the use case's commit, which the desk reports with its
opt-in timing logger (`receiving_desk.timing`, the monotonic time right after each commit;
the desk process enables it, nothing else is changed). A scan's effect is the last commit
before the next scan is written.

Baseline in the same run: a bare SQLite commit (WAL, synchronous=FULL, one small insert +
commit) on the same disk, before and after the shift.

    .venv/bin/python benchmarks/scan_to_commit.py [--returns 200] [--backlog 50000] [--url URL]
"""

from __future__ import annotations

import argparse
import faulthandler
import itertools
import logging
import os
import queue
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from labels import _Listener, percentile  # same directory: the ready-Zebra listener
from scan_phases import Marks, overlaps, report  # same directory: the per-hop breakdown
from sync import DEFAULT_URL, make_outbox  # same directory: an outbox backlog

SRC = Path(__file__).resolve().parents[1] / "src"
CLERK_BADGE = "BADGE-C001"  # a demo clerk
DEMO_RMAS = 100  # RMA-2026-000001 ... 000100 in resources/demo/rmas.csv


# -- the desk's process ---------------------------------------------------------------------
def run_desk(station: str, stop_file: str) -> int:
    """The real desk (`receiving-desk gui`), with the clerk's PIN typed when it is asked for."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from receiving_desk.cli import main as desk_main
    from receiving_desk.gui.main_window import MainWindow
    from receiving_desk.services.demo_data import DEMO_USERS
    from receiving_desk.services.desk_view import DeskView, Step

    faulthandler.register(signal.SIGUSR1)  # `stop()` asks for the stacks of a desk that hangs
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(name)s %(message)s %(threadName)s"))
    timing = logging.getLogger("receiving_desk.timing")
    timing.setLevel(logging.DEBUG)
    timing.addHandler(handler)
    timing.propagate = False
    app = QApplication(sys.argv)
    found: list[MainWindow] = []
    said_logged_in = False

    def type_pin() -> None:
        box = found[0].receiving.ui.scanInput
        QTest.keyClicks(box, next(u.pin for u in DEMO_USERS if u.badge == CLERK_BADGE))
        QTest.keyClick(box, Qt.Key.Key_Return)

    def on_view(view: DeskView) -> None:
        nonlocal said_logged_in
        if view.step is Step.ENTER_PIN:
            QTimer.singleShot(0, type_pin)
        elif view.user_name and not said_logged_in:
            said_logged_in = True
            print("logged-in", flush=True)

    def poll() -> None:
        if not found:
            # Live: the store open and the scanners with it (the first screen comes before).
            windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
            windows = [w for w in windows if getattr(w, "app", None) is not None]
            if windows:
                found.append(windows[0])
                windows[0].receiving.rendered.connect(on_view)
                print("ready", flush=True)
        elif Path(stop_file).exists():
            for thread in threading.enumerate():  # whose CPU the script read in /proc
                print("thread", thread.native_id, thread.name, flush=True)
            found[0].close()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    return desk_main(["--config", station, "gui"])


# -- the shift ------------------------------------------------------------------------------
def build_store(folder: Path, returns: int, backlog: int) -> list[bytes]:
    """The demo store plus RMAs up to `returns`, an outbox backlog; the scans of the shift."""
    from receiving_desk.adapters.store.engine import create_store_engine
    from receiving_desk.bootstrap import bootstrap
    from receiving_desk.config import StationConfig
    from receiving_desk.domain.security_policy import SecuritySettings
    from receiving_desk.services import demo_data as demo

    config = StationConfig(
        station_id="DEMO-01",
        data_dir=folder,
        log_dir=folder,
        sound=False,
        security=SecuritySettings(pepper_file=folder / "pepper"),  # not the user's
    )
    services = bootstrap(config)
    try:
        demo.load_demo_data(services.uow_factory, services.hasher, services.clock.now())
        with services.uow_factory() as uow:  # the demo's returns, copied beyond its last one
            shipped = [uow.rmas.by_number(f"RMA-2026-{n:06d}") for n in range(1, DEMO_RMAS + 1)]
            for n in range(DEMO_RMAS + 1, returns + 1):
                rma = shipped[(n - 1) % DEMO_RMAS]
                assert rma is not None
                lines = tuple(replace(line, serial=None) for line in rma.lines)
                uow.rmas.add(
                    replace(
                        rma,
                        rma_number=f"RMA-2026-{n:06d}",
                        order_number=f"SO-2026-{100000 + n * 13:06d}",
                        tracking_numbers=(f"TRK{n:09d}",),
                        lines=lines,
                    )
                )
            uow.commit()
        scans: list[bytes] = []
        with services.uow_factory() as uow:
            for n in range(1, returns + 1):
                rma = uow.rmas.by_number(f"RMA-2026-{n:06d}")
                assert rma is not None
                scans.append(f"]C0{rma.rma_number}".encode())
                for line in rma.lines:
                    product = uow.catalog.by_sku(line.sku)
                    assert product is not None
                    for unit in range(line.quantity):
                        scans.append(f"]E0{product.gtins[0][1:]}".encode())
                        if services.rules.required_checks(product.category):
                            scans.append(b"]C0CMD-CHK-ALL-OK")  # before it may be graded
                        scans.append(f"]C0CMD-GRADE-{'AB'[(n + unit) % 2]}".encode())  # any scale
                scans.append(b"]C0CMD-COMPLETE")
                # A flagged return asks first; CMD-CONFIRM says yes (refused, harmlessly,
                # when nothing was asked).
                scans.append(b"]C0CMD-CONFIRM")
    finally:
        services.close()
    engine = create_store_engine(config.database_path)  # no print queue waiting meanwhile
    try:
        make_outbox(engine, backlog)
    finally:
        engine.dispose()
    return scans


def bare_commits(path: Path, count: int, pace: float) -> list[float]:
    """One small insert + commit at a time, WAL and synchronous=FULL, as the desk commits."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, at REAL, data TEXT)")
        out = []
        for n in range(count):
            started = time.monotonic()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t (at, data) VALUES (?, ?)", (started, f"scan {n}"))
            conn.execute("COMMIT")
            out.append(time.monotonic() - started)
            time.sleep(pace)
        return out
    finally:
        conn.close()


class DeskProcess:
    """The desk's process and what it says on stdout: ready, logged in, commit times."""

    def __init__(self, station: Path, folder: Path) -> None:
        self.stop_file = folder / "stop"
        env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
        argv = [sys.executable, __file__, "--desk", str(station), str(self.stop_file)]
        self.stderr = (folder / "desk-stderr.txt").open("w")
        self.proc = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=self.stderr, text=True, env=env
        )
        self.commits: list[tuple[float, str]] = []  # the use cases' commits, and thread
        self.journaled: list[float] = []  # the scan journal's commits
        self.marks = Marks()  # every timing mark, for the per-hop breakdown
        self.events: queue.SimpleQueue[str] = queue.SimpleQueue()
        self.thread_names: dict[int, str] = {}  # native id -> the desk's name for the thread
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            parts = line.split()
            if self.marks.add_line(parts) and parts[1:2] != ["committed"]:
                continue
            if parts[:1] == ["thread"] and len(parts) >= 3:
                self.thread_names[int(parts[1])] = parts[2].split(":")[0]
            elif parts[:3] == ["receiving_desk.timing.commit", "committed", "at"]:
                self.commits.append((float(parts[3]), parts[-1]))
            elif parts[:3] == ["receiving_desk.timing.journal", "committed", "at"]:
                self.journaled.append(float(parts[3]))
            elif parts:
                self.events.put(parts[0])
        self.events.put("exited")

    def wait_for(self, event: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                got = self.events.get(timeout=left)
            except queue.Empty:
                break
            if got == event:
                return
            if got == "exited":
                break
        self.stderr.flush()
        said = Path(self.stderr.name).read_text(encoding="utf-8", errors="replace")
        raise SystemExit(f"the desk did not say {event!r}; its stderr ends:\n{said[-3000:]}")

    def cpu(self) -> dict[int, float]:
        """CPU seconds (user + system) so far of each of the desk's threads, by native id."""
        tick = os.sysconf("SC_CLK_TCK")
        out = {}
        for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
            try:
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # ended meanwhile
            out[int(task.name)] = (int(fields[11]) + int(fields[12])) / tick
        return out

    def stop(self) -> None:
        self.stop_file.touch()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.send_signal(signal.SIGUSR1)  # the desk's threads' stacks, to its stderr
            time.sleep(1.0)
            self.stderr.flush()
            stacks = Path(self.stderr.name).read_text(encoding="utf-8", errors="replace")
            raise SystemExit(f"the desk did not stop; its stderr:\n{stacks[-6000:]}") from None
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            self.stderr.close()


@dataclass
class Shift:
    latencies: list[float]  # pty -> the use case's commit
    to_journal: list[float]  # pty -> the scan journal's commit (the first step)
    missing: int  # scans with no use-case commit before the next scan
    gaps: list[float]  # between scans
    in_order: bool  # one commit per scan, matched in order (else: by the time windows)
    written: list[float]  # when each scan was written
    timed: list[tuple[float, float]]  # (written, latency) of the scans with a commit


def play_shift(desk: DeskProcess, write: object, scans: list[bytes], seed: int) -> Shift:
    """Scan at a clerk's pace; latencies to each scan's last commit before the next scan."""
    assert callable(write)
    pace = random.Random(seed)  # a clerk's rhythm
    written: list[float] = []
    next_at = time.monotonic()
    for scan in scans:
        next_at += pace.uniform(0.2, 0.5)  # 2–5 scans a second
        time.sleep(max(0.0, next_at - time.monotonic()))
        written.append(time.monotonic())
        write(scan + b"\r")
    time.sleep(1.0)
    deadline = time.monotonic() + 60
    while len(desk.commits) < len(scans) and time.monotonic() < deadline:
        time.sleep(0.1)  # the desk may be behind: wait for it to catch up
    time.sleep(1.0)  # and for anything beyond one commit per scan
    commits = sorted(at for at, _thread in desk.commits)
    journaled = sorted(desk.journaled)
    gaps = [b - a for a, b in itertools.pairwise(written)]
    if len(commits) == len(scans) and all(c > w for c, w in zip(commits, written, strict=True)):
        # One use case per scan, handled in arrival order: the n-th commit is the n-th scan's.
        to_journal = [j - w for j, w in zip(journaled, written, strict=False)]
        latencies = [c - w for c, w in zip(commits, written, strict=True)]
        timed = list(zip(written, latencies, strict=True))
        return Shift(latencies, to_journal, 0, gaps, True, written, timed)
    latencies, missing, timed = [], 0, []
    for i, at in enumerate(written):
        until = written[i + 1] if i + 1 < len(written) else at + 1.0
        mine = [c for c in commits if at < c < until]
        if mine:
            latencies.append(mine[-1] - at)
            timed.append((at, mine[-1] - at))
        else:
            missing += 1
    return Shift(latencies, [], missing, gaps, False, written, timed)


def central_database(url: str) -> tuple[str, str]:
    import psycopg
    from sqlalchemy import create_engine, make_url

    from receiving_desk.adapters.central import migrate

    admin = make_url(url).set(drivername="postgresql+psycopg")
    name = f"rd_scan_bench_{uuid.uuid4().hex[:8]}"
    libpq = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    central = admin.set(database=name)
    engine = create_engine(central)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    return central.render_as_string(hide_password=False), name


def drop_database(url: str, name: str) -> None:
    import psycopg
    from sqlalchemy import make_url

    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def cpu_report(
    names: dict[int, str], before: dict[int, float], after: dict[int, float], scans: int
) -> str:
    """The desk process's CPU over the shift, per scan, by thread (the biggest first)."""
    used: dict[str, float] = {}
    for tid, seconds in after.items():
        name = names.get(tid, "other")
        used[name] = used.get(name, 0.0) + seconds - before.get(tid, 0.0)
    ranked = sorted(used.items(), key=lambda kv: -kv[1])
    total = sum(used.values())
    parts = ", ".join(f"{name} {s * 1000 / scans:.1f}" for name, s in ranked if s > 0)
    return f"desk process CPU per scan: {total * 1000 / scans:.1f} ms ({parts})"


def figures(name: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (
        f"{name}: n={len(ms)} p50 {percentile(ms, 50):.1f} ms, p99 {percentile(ms, 99):.1f} ms,"
        f" max {max(ms):.1f} ms (mean {statistics.mean(ms):.1f} ms)"
    )


def main() -> int:
    if sys.argv[1:2] == ["--desk"]:
        return run_desk(sys.argv[2], sys.argv[3])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--returns", type=int, default=200)
    parser.add_argument("--backlog", type=int, default=50_000, help="unsent outbox messages")
    parser.add_argument("--bare", type=int, default=300, help="bare commits before and after")
    parser.add_argument("--url", default=DEFAULT_URL, help="admin URL of a PostgreSQL server")
    parser.add_argument("--seed", type=int, default=20261202)
    args = parser.parse_args()

    from receiving_desk.adapters.scanners.simulator import VirtualScanner

    central_url, db_name = central_database(args.url)
    zebra = _Listener()
    threading.Thread(target=zebra.serve_forever, daemon=True).start()
    try:
        with tempfile.TemporaryDirectory(prefix="scan-commit-") as tmp, VirtualScanner() as pty:
            folder = Path(tmp)
            scans = build_store(folder / "data", args.returns, args.backlog)
            station = folder / "station.toml"
            station.write_text(
                "[station]\n"
                'station_id = "DEMO-01"\n'
                f'data_dir = "{(folder / "data").as_posix()}"\n'
                f'log_dir = "{(folder / "log").as_posix()}"\n'
                "sound = false\n"
                "\n[security]\n"  # the pepper the store's PINs were made with
                f'pepper_file = "{(folder / "data" / "pepper").as_posix()}"\n'
                "\n[printers]\n"
                f'restock = {{ url = "tcp://127.0.0.1:{zebra.server_address[1]}", '
                'format = "zpl" }\n'
                "\n[[scanner]]\n"
                'name = "dock-scanner"\n'
                f'port = "{pty.port_path}"\n'
                "\n[central]\n"
                f'url = "{central_url}"\n'
                'sslmode = "disable"\n'
                "push_interval_s = 1.0\n",
                encoding="utf-8",
            )
            bare = bare_commits(folder / "bare.sqlite3", args.bare, 0.01)
            desk = DeskProcess(station, folder)
            try:
                desk.wait_for("ready", 120)
                pty.write(f"]C0{CLERK_BADGE}\r".encode())
                desk.wait_for("logged-in", 60)
                desk.commits.clear()
                desk.journaled.clear()
                desk.marks.clear()
                began, cpu_before = time.monotonic(), desk.cpu()
                shift = play_shift(desk, pty.write, scans, args.seed)
                cpu_after = desk.cpu()
                took = shift.written[-1] - began
            finally:
                desk.stop()
            bare += bare_commits(folder / "bare.sqlite3", args.bare, 0.01)
            log = (folder / "log" / "receiving-desk.log").read_text(encoding="utf-8")
            problems = [
                line for line in log.splitlines() if " WARNING " in line or " ERROR " in line
            ]
            labels = len(zebra.arrivals)
    finally:
        zebra.shutdown()
        zebra.server_close()
        drop_database(args.url, db_name)
    gaps = shift.gaps
    print(
        f"{args.returns} returns, {len(scans)} scans in {took:.0f} s "
        f"({len(scans) / took:.1f} scans/s, gaps {min(gaps) * 1000:.0f}–{max(gaps) * 1000:.0f} ms);"
        f" {labels} labels on the TCP printer; outbox backlog at start {args.backlog:,}"
    )
    print(figures("baseline bare SQLite commit (WAL, FULL)", bare))
    print(figures("scan written to the pty -> its effect committed", shift.latencies))
    if shift.to_journal:
        print(figures("  of which pty -> scan journal committed", shift.to_journal))
    print("\n".join(report(desk.marks, shift.written)))
    print(cpu_report(desk.thread_names, cpu_before, cpu_after, len(scans)))
    print("\n".join(overlaps(desk.marks, *zip(*shift.timed, strict=True))))
    if problems:
        print(f"{len(problems)} warnings/errors in the desk's log, the first ones:")
        print("\n".join(f"  {line[:160]}" for line in problems[:5]))
    if not shift.in_order:
        print(
            "not one commit per scan: each scan timed to the last commit before the next scan;"
            f" {shift.missing} scans without one"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

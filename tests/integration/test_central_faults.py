"""Faults against a real PostgreSQL: the same batch twice, connections cut mid-batch, the
central server gone for part of a shift, the desk process killed mid-sync. After each: every
message arrived, exactly once, and every return's status events are numbered 1..n."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, func, select
from sqlalchemy.exc import OperationalError

from receiving_desk.adapters.central import local_state
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.adapters.central.push import CentralPusher
from receiving_desk.adapters.central.runner import central_batch
from receiving_desk.adapters.central.syncer import Syncer
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services
from receiving_desk.services.sync import SyncState
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import TcpProxy, admin_connect, libpq
from tests.integration.central_worker import (
    central_totals,
    clerk,
    expected_events,
    open_desk,
    outbox_count,
    run_returns,
    runner,
    seed_central,
)
from tests.waiting import wait_until

pytestmark = pytest.mark.postgres
REPO = Path(__file__).resolve().parents[2]


def _desk_with_returns(central: Engine, root: Path, returns: int) -> Services:
    plan = seed_central(central, generated=returns)
    desk = open_desk(root / "desk", "DESK-01")
    runner(desk, central).pull()
    run_returns(desk, clerk("DESK-01"), plan)
    return desk


def _audit_rows(desk: Services) -> int:
    with desk.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.audit_log)).scalar_one())


def _expect_exact(central: Engine, desk: Services, returns: int) -> None:
    assert central_totals(central) == {
        "receipts": returns,
        "completed": returns,
        "inspections": returns,
        "events": expected_events(desk),
        "audit": _audit_rows(desk),
        "numbering_errors": 0,
    }
    assert local_state.backlog(desk.engine).count == 0


def test_the_same_batch_delivered_twice_is_one_copy(central_engine: Engine, tmp_path: Path) -> None:
    desk = _desk_with_returns(central_engine, tmp_path, 3)
    try:
        messages, events = outbox_count(desk), expected_events(desk)
        local = local_state.read_batch(desk.engine, 0, 1000)
        assert local is not None and local.count == messages
        batch = central_batch("DESK-01", local)
        assert len(batch.inspections) == 3
        audit, _ = local_state.read_audit(desk.engine, 1000)
        install = "00000000-0000-4000-8000-000000000001"
        pusher = CentralPusher(central_engine, "DESK-01", install, "t")
        first = pusher.push(batch, audit)
        before = central_totals(central_engine)
        again = pusher.push(central_batch("DESK-01", local), audit)
        assert (first.messages, first.applied, first.events) == (messages, messages, events)
        assert (again.messages, again.applied, again.events) == (messages, 0, 0)
        assert central_totals(central_engine) == before
        # Never marked sent (as after a crash right after the central commit): re-sent whole.
        assert runner(desk, central_engine).push_all() == messages + len(audit)
        _expect_exact(central_engine, desk, 3)
    finally:
        desk.close()


def test_connections_cut_mid_batch_twenty_times(
    central_engine: Engine, central_url: URL, tmp_path: Path
) -> None:
    desk = _desk_with_returns(central_engine, tmp_path, 60)
    cuts, crashes, batches = [], [], [0]

    def on_phase(phase: str, pid: int) -> None:
        if phase == "merged":
            batches[0] += 1
            if len(cuts) < 20 and batches[0] % 2:
                with admin_connect(central_url) as admin:
                    assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (
                        True,
                    )
                cuts.append(pid)
        elif phase == "committed" and len(crashes) < 5:
            crashes.append(pid)
            raise RuntimeError("desk died between the central commit and marking sent")

    failures = 0
    try:
        sync = runner(desk, central_engine, batch=10, on_phase=on_phase)
        while local_state.backlog(desk.engine).count:
            try:
                sync.push_all()
            except (OperationalError, RuntimeError):
                failures += 1
            assert failures < 60
        assert (len(cuts), len(crashes), failures) == (20, 5, 25)
        _expect_exact(central_engine, desk, 60)
    finally:
        desk.close()


@pytest.mark.slow
def test_central_down_for_half_a_shift_of_1000_returns(
    central_engine: Engine, central_url: URL, tmp_path: Path
) -> None:
    returns = 1000
    plan = seed_central(central_engine, generated=returns)
    assert central_url.host and central_url.port
    proxy = TcpProxy(central_url.host, central_url.port)
    desk = open_desk(tmp_path / "desk", "DESK-01")
    url = proxy.url(central_url).render_as_string(hide_password=False)
    settings = CentralSettings(
        sslmode="disable",  # the test server speaks no TLS
        url=url,
        push_interval_s=0.1,
        pull_interval_s=30,
        batch_size=250,
        backoff_base_s=0.05,
        backoff_cap_s=0.4,
    )
    syncer = Syncer(desk.engine, settings, "DESK-01", desk.clock)
    try:
        runner(desk, central_engine).pull()
        syncer.start()
        session, seen, most_failures = clerk("DESK-01"), set(), 0
        for n, step in enumerate(plan):
            if n == 250:
                proxy.close()
            if n == 750:
                proxy.open()
            run_returns(desk, session, [step])
            status = syncer.status()
            seen.add(status.state)
            most_failures = max(most_failures, status.failures)
        syncer.request_sync_now()
        wait_until(
            lambda: not syncer.status().backlog and syncer.status().state is SyncState.ONLINE,
            60,
            "the backlog drained, online",
        )
        assert SyncState.OFFLINE in seen and most_failures >= 1  # the outage was counted
        status = syncer.status()
        assert status.last_error is not None and status.last_error_at is not None
        assert status.failures == 0 and status.oldest_unsynced_at is None
        syncer.stop()
        _expect_exact(central_engine, desk, returns)
    finally:
        syncer.stop()
        proxy.release()
        desk.close()


def _child(central_url: URL, data: Path, hang_at: str) -> subprocess.Popen[str]:
    args = [
        "--central",
        libpq(central_url).replace("postgresql://", "postgresql+psycopg://", 1),
        "--data",
        str(data),
        "--station",
        "DESK-01",
        "--batch",
        "10",
        "--hang-at",
        hang_at,
    ]
    return subprocess.Popen(
        [sys.executable, "-m", "tests.integration.central_worker", *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        },
    )


def _kill_when(proc: subprocess.Popen[str], line: str) -> list[str]:
    assert proc.stdout is not None
    seen = []
    try:
        while (out := proc.stdout.readline().strip()) != line:
            assert out, f"child ended before {line!r}: {seen}"
            seen.append(out)
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    return seen


def _opened_within(desk: Services, messages: int) -> int:
    """Receipts opened by the desk's first `messages` outbox messages."""
    o = t.outbox
    first = select(o.c.topic).order_by(o.c.seq).limit(messages).subquery()
    with desk.engine.connect() as conn:
        query = select(func.count()).where(first.c.topic == "return.received")
        return int(conn.execute(query).scalar_one())


def test_desk_killed_mid_sync_resumes_without_loss_or_duplicates(
    central_engine: Engine, central_url: URL, tmp_path: Path
) -> None:
    desk = _desk_with_returns(central_engine, tmp_path, 40)
    try:
        # Killed inside a batch's transaction: the server rolls it back.
        _kill_when(_child(central_url, tmp_path / "desk", "merged:3"), "merged 3")
        # Exactly two batches of 10 messages committed.
        assert central_totals(central_engine)["receipts"] == _opened_within(desk, 20)
        # Killed after central commits, before marking them sent locally (marks are written
        # every few thousand messages): batches 1-2 re-sent as no-ops, 3-4 new.
        _kill_when(_child(central_url, tmp_path / "desk", "committed:4"), "committed 4")
        with desk.engine.connect() as conn:
            sent = conn.execute(
                select(func.count()).where(t.outbox.c.sent_at.is_not(None))
            ).scalar_one()
        assert (sent, central_totals(central_engine)["receipts"]) == (0, _opened_within(desk, 40))
        runner(desk, central_engine).push_all()
        _expect_exact(central_engine, desk, 40)
    finally:
        desk.close()

"""The background syncer with a fake runner: status snapshot, offline/online, sync now."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.adapters.central.local_state import Backlog
from receiving_desk.adapters.central.pull import PullResult
from receiving_desk.adapters.central.syncer import Syncer
from receiving_desk.services.sync import StandaloneSync, SyncState
from tests.waiting import wait_until

PASSWORD = "pa55-w0rd"
OLDEST = datetime(2026, 11, 20, 8, tzinfo=UTC)


class FakeRunner:
    """Fails `failures` times with a connection error, then pushes what is pending."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.pending = 7
        self.calls: list[str] = []
        self.event = threading.Event()
        self.facts: dict[str, object] = {}

    def push_all(self, progress: Any = None, should_stop: Callable[[], bool] = bool) -> int:
        self.calls.append("push")
        self.event.set()
        if self.failures:
            self.failures -= 1
            raise OperationalError("connect", {}, Exception(f"password {PASSWORD} refused"))
        pushed, self.pending = self.pending, 0
        return pushed

    def pull(self, progress: Any = None) -> Any:
        self.calls.append("pull")
        progress("rmas", 3, 4)
        return PullResult(upserted={"rmas": 4})

    def remember(self, **facts: object) -> None:
        self.facts.update(facts)

    def recall(self) -> dict[str, str]:
        return {"last_pull_at": "2026-11-19T17:00:00+00:00"}

    def backlog(self) -> Backlog:
        return Backlog(self.pending, OLDEST if self.pending else None)


class Clock:
    def now(self) -> datetime:
        return datetime(2026, 11, 20, 9, tzinfo=UTC)


def _syncer(runner: FakeRunner, **settings: Any) -> Syncer:
    config = CentralSettings(
        sslmode="disable",  # the test server speaks no TLS
        url=f"postgresql://desk:{PASSWORD}@central.example/returns",
        **settings,
    )
    return Syncer(
        None,
        config,
        "DESK-01",
        Clock(),
        rng=lambda: 1.0,  # type: ignore[arg-type]
        runner_factory=lambda engine: runner,
    )  # type: ignore[arg-type,return-value]


def _wait(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    wait_until(predicate, timeout)


def test_offline_with_backoff_then_online_with_a_clean_status() -> None:
    runner = FakeRunner(failures=2)
    syncer = _syncer(runner, backoff_base_s=0.05, backoff_cap_s=0.1, push_interval_s=60)
    assert syncer.status().state is SyncState.STARTING
    assert PASSWORD not in syncer.status().central and "***" in syncer.status().central
    syncer.start()
    try:
        _wait(lambda: syncer.status().failures == 1 and syncer.status().backlog == 7)
        offline = syncer.status()
        assert offline.last_pull_at == datetime(2026, 11, 19, 17, tzinfo=UTC)  # from the store
        assert offline.state is SyncState.OFFLINE and offline.backlog == 7
        assert offline.oldest_unsynced_at == OLDEST
        assert offline.last_error is not None and "password *** refused" in offline.last_error
        assert PASSWORD not in offline.last_error
        assert offline.next_attempt_at is not None and offline.last_error_at == Clock().now()
        _wait(lambda: syncer.status().state is SyncState.ONLINE)
        online = syncer.status()
        assert (online.failures, online.next_attempt_at, online.pushed) == (0, None, 7)
        assert online.last_push_at == online.last_pull_at == Clock().now()
        _wait(lambda: syncer.status().backlog == 0)
        assert syncer.status().oldest_unsynced_at is None and syncer.status().pull_progress is None
        assert runner.calls[:2] == ["push", "push"]  # the pull waits for a working push
        assert runner.facts["last_push_at"] == runner.facts["last_pull_at"] == Clock().now()
        assert PASSWORD not in str(runner.facts["last_error"])
    finally:
        syncer.stop()
    assert syncer.status().state is SyncState.STOPPED


def test_sync_now_cuts_the_wait_short() -> None:
    runner = FakeRunner(failures=0)
    syncer = _syncer(runner, push_interval_s=3600, pull_interval_s=3600)
    syncer.start()
    try:
        _wait(lambda: syncer.status().state is SyncState.ONLINE)
        before = len(runner.calls)
        runner.event.clear()
        syncer.request_sync_now()
        assert runner.event.wait(2.0)  # not an hour
        _wait(lambda: len(runner.calls) >= before + 2)
        assert runner.calls[before : before + 2] == ["push", "pull"]
    finally:
        syncer.stop()


def test_standalone_says_so() -> None:
    standalone = StandaloneSync()
    standalone.request_sync_now()
    assert standalone.status().state is SyncState.STANDALONE
    assert standalone.status().backlog == 0


@pytest.mark.parametrize("minutes", [0, 90])
def test_age_of_the_oldest_unsynced_item(minutes: int) -> None:
    from dataclasses import replace
    from datetime import timedelta

    runner = FakeRunner(failures=0)
    status = replace(_syncer(runner).status(), oldest_unsynced_at=OLDEST)
    assert status.oldest_unsynced_age(OLDEST + timedelta(minutes=minutes)) == timedelta(
        minutes=minutes
    )

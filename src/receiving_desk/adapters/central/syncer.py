"""The background syncer: one thread per desk, never the GUI thread.

It pushes the outbox every `push_interval_s` and pulls reference data every
`pull_interval_s`. While the central database is unreachable it backs off exponentially,
with jitter (so a dock full of desks does not reconnect in lockstep) and a cap; the desk keeps
working on its local store meanwhile. `request_sync_now()` cuts any wait short.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine
from sqlalchemy.exc import DBAPIError

from receiving_desk.adapters.central.connection import (
    CentralPasswordError,
    CentralSettings,
    build_url,
    create_central_engine,
    masked,
    password_source,
    scrub,
    tls_problem,
)
from receiving_desk.adapters.retry import Backoff
from receiving_desk.adapters.store.engine import write_in_background
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.site_codes import UnscannableCodesError
from receiving_desk.domain.ports import Clock
from receiving_desk.services.sync import StandaloneSync, SyncState, SyncStatus
from receiving_desk.timing import mark

if TYPE_CHECKING:  # the runner (psycopg, the central schema) loads on the sync thread
    from receiving_desk.adapters.central.push import PhaseHook
    from receiving_desk.adapters.central.runner import SyncRunner

log = logging.getLogger(__name__)
AfterPull = Callable[[Engine], object]  # runs with the central engine after each pull
STATUS_REFRESH_S = 2.0  # how often the backlog figures are refreshed while idle


class Syncer:
    def __init__(
        self,
        local: Engine,
        settings: CentralSettings,
        station_id: str,
        clock: Clock,
        rng: Callable[[], float] = random.random,
        on_phase: PhaseHook | None = None,
        runner_factory: Callable[[Engine], SyncRunner] | None = None,
        patterns: DeskPatterns | None = None,
        after_pull: AfterPull | None = None,
    ) -> None:
        self._after_pull = after_pull  # the site's rules file installed when it changed
        self._patterns = patterns  # the site's barcodes: a pull must keep every bin scannable
        self._local = local
        self._settings = settings
        self._station = station_id
        self._clock = clock
        self._backoff = Backoff(settings.backoff_base_s, settings.backoff_cap_s, rng)
        self._on_phase = on_phase
        self._runner_factory = runner_factory or self._make_runner
        # The password is read at each connection: a missing password file is an offline
        # reason shown in the status, not a desk that refuses to start.
        self._url = build_url(settings, station_id, with_password=False)
        self._password = password_source(settings, self._url)
        self._lock = threading.Lock()
        self._status = SyncStatus(SyncState.STARTING, central=masked(self._url))
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._now_requested = False
        self._thread: threading.Thread | None = None

    # -- the GUI's side (any thread) -----------------------------------------------------------
    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def request_sync_now(self) -> None:
        with self._lock:
            self._now_requested = True
        self._wake.set()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="central-sync", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._update(state=SyncState.STOPPED, syncing=False)

    # -- the sync thread -----------------------------------------------------------------------
    def _update(self, **changes: Any) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)

    def _make_runner(self, central: Engine) -> SyncRunner:
        from receiving_desk.adapters.central.runner import SyncRunner

        return SyncRunner(
            self._local,
            central,
            self._station,
            self._clock,
            self._settings.batch_size,
            self._on_phase,
            self._patterns,
            self._after_pull,
        )

    def _run(self) -> None:
        write_in_background()  # marking sent, sync facts: they give way to a scan's commit
        engine = create_central_engine(
            self._url, password=self._password, tls=lambda: tls_problem(self._settings)
        )
        runner = self._runner_factory(engine)
        self._recall(runner)
        next_push = next_pull = retry_at = time.monotonic()
        try:
            while not self._stop.is_set():
                with self._lock:
                    forced, self._now_requested = self._now_requested, False
                now = time.monotonic()
                if forced or now >= retry_at:
                    push = forced or now >= next_push
                    pull = forced or now >= next_pull
                    if push or pull:
                        delay = self._attempt(runner, push, pull)
                        ok = delay is None
                        done = time.monotonic()
                        retry_at = done if delay is None else done + delay
                        if push:
                            next_push = done + self._settings.push_interval_s if ok else retry_at
                        if pull:
                            next_pull = done + self._settings.pull_interval_s if ok else retry_at
                self._refresh_backlog(runner)
                wake_at = max(retry_at, min(next_push, next_pull))
                self._wake.wait(max(0.0, min(wake_at - time.monotonic(), STATUS_REFRESH_S)))
                self._wake.clear()
        finally:
            engine.dispose()

    def _attempt(self, runner: SyncRunner, push: bool, pull: bool) -> float | None:
        """One push and/or pull; None when it worked, else the delay before retrying."""
        self._update(syncing=True)
        mark("sync.begin")
        try:
            if push:
                pushed = runner.push_all(should_stop=self._stop.is_set)
                with self._lock:
                    total, first = self._status.pushed + pushed, self._status.last_push_at is None
                self._update(last_push_at=self._clock.now(), pushed=total)
                if pushed or first:  # an idle push every few seconds writes nothing
                    runner.remember(last_push_at=self._clock.now())
            if pull:
                result = runner.pull(
                    progress=lambda _t, done, total: self._update(pull_progress=(done, total))
                )
                self._update(last_pull_at=self._clock.now(), pull_progress=None)
                if result.rows:
                    runner.remember(last_pull_at=self._clock.now())
        except Exception as exc:  # the thread must survive anything; the status tells
            return self._failed(exc, runner)
        else:
            self._update(state=SyncState.ONLINE, failures=0, next_attempt_at=None, refused_codes=())
            return None
        finally:
            self._update(syncing=False)
            mark("sync.end")

    def _recall(self, runner: SyncRunner) -> None:
        """What the last run left: the GUI shows when this desk last synced, from the start."""
        try:
            facts = runner.recall()
        except DBAPIError:
            return
        stamps = {
            k: datetime.fromisoformat(facts[k])
            for k in ("last_push_at", "last_pull_at")
            if k in facts
        }
        self._update(**stamps, last_error=facts.get("last_error"))

    def _failed(self, exc: Exception, runner: SyncRunner) -> float:
        if isinstance(exc, CentralPasswordError):
            text = str(exc)  # names the file and why: the reason to show as it is
        else:
            text = scrub(f"{type(exc).__name__}: {exc}", self._secret_url())
        # Logged before the status shows it: whoever sees the status finds it in the log.
        if _needs_someone(exc):  # a version refused or a message unreadable; nothing lost
            log.error("central sync with %s refused: %s", masked(self._url), text)
        elif isinstance(exc, DBAPIError | OSError):
            log.warning("central sync with %s failed: %s", masked(self._url), text)
        else:  # not the network: a bug or bad data; keep the traceback for the log
            log.error("central sync with %s failed", masked(self._url), exc_info=exc)
        with self._lock:
            failures, known = self._status.failures + 1, self._status.last_error
        delay = self._backoff.delay(failures)
        now = self._clock.now()
        self._update(
            state=SyncState.OFFLINE,
            failures=failures,
            last_error=text,
            last_error_at=now,
            next_attempt_at=now + timedelta(seconds=delay),
            pull_progress=None,
            refused_codes=tuple(exc.problems) if isinstance(exc, UnscannableCodesError) else (),
        )
        if text != known:
            with suppress(Exception):  # the local store itself may be what failed
                runner.remember(last_error=text)
        return delay

    def _secret_url(self) -> URL:
        """The URL with its password, only to scrub that password out of error texts."""
        if self._password is None:
            return self._url
        try:
            return self._url.set(password=self._password())
        except OSError:
            return self._url

    def _refresh_backlog(self, runner: SyncRunner) -> None:
        try:
            backlog = runner.backlog()
        except DBAPIError:  # the local store busy: keep the last figures
            return
        self._update(backlog=backlog.count, oldest_unsynced_at=backlog.oldest_at)


def build_sync(
    local: Engine,
    settings: CentralSettings,
    station_id: str,
    clock: Clock,
    patterns: DeskPatterns | None = None,
    after_pull: AfterPull | None = None,
) -> Syncer | StandaloneSync:
    """What bootstrap starts: a syncer, or the standalone stand-in when no URL is set."""
    if settings.standalone:
        return StandaloneSync()
    return Syncer(local, settings, station_id, clock, patterns=patterns, after_pull=after_pull)


def _needs_someone(exc: Exception) -> bool:
    """A refusal someone must act on (upgrade a desk or central, look at a message), as
    opposed to a network failure that passes by itself. Loaded here, not at start-up: the
    sync modules come with the first sync."""
    from receiving_desk.adapters.central.versions import SyncRefused
    from receiving_desk.adapters.event_codec import EventDecodeError

    return isinstance(exc, SyncRefused | EventDecodeError | UnscannableCodesError)

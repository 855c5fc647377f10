"""The store refuses writes (locked beyond the busy timeout, full, read-only) while the real
window runs on a real pty scanner: the clerk sees the store's message in its colour with the
alarm, nothing is lost, and the scans that arrived meanwhile are journaled once the fault is
fixed (each once, in order) and then acted on."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from receiving_desk import bootstrap as bootstrap_module
from receiving_desk.adapters.scanners import ScannerPortConfig
from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.adapters.store import engine as engine_module
from receiving_desk.adapters.store import tables
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.bootstrap import Services
from receiving_desk.config import StationConfig
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.services.desk_view import Step
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk, send
from tests.seed import RMA1, seed
from tests.store_faults import PageLimit, read_only_folder, write_lock_held

MESSAGES = {
    "database_locked": "The local database is busy — try again in a moment",
    "database_full": "The disk of the local database is full: this step was not saved, "
    "scans are kept. Tell a supervisor to free space.",
    "database_read_only": "The local database cannot be written (read-only or missing file or "
    "folder): this step was not saved, scans are kept. Tell a supervisor.",
}


def _read(services: Services, query: Any) -> list[Any]:
    """Read as a report would: no write lock, so a held lock does not stop the check."""
    engine = create_store_engine(services.config.database_path, read_only=True)
    try:
        with engine.connect() as conn:
            return list(conn.execute(query))
    finally:
        engine.dispose()


def journaled(services: Services, codes: list[str]) -> list[str]:
    data = tables.scan_journal.c.data
    query = select(data).where(data.in_(codes)).order_by(tables.scan_journal.c.id)
    return [row[0] for row in _read(services, query)]


def wait_while_progressing(
    qtbot: QtBot, done: Callable[[], bool], progress: Callable[[], object], stall_ms: int
) -> None:
    """Wait until `done`, for as long as `progress` keeps changing: on a loaded machine the
    held scans take as long as they take; only a desk that stops moving for `stall_ms` fails."""
    while not done():
        seen = progress()
        try:
            qtbot.waitUntil(lambda seen=seen: done() or progress() != seen, timeout=stall_ms)
        except qtbot.TimeoutError:
            raise AssertionError(f"no progress for {stall_ms} ms (last: {seen!r})") from None


def audit_count(services: Services, action: str) -> int:
    query = select(func.count()).where(tables.audit_log.c.action == action)
    return int(_read(services, query)[0][0])


@pytest.fixture
def page_limit() -> PageLimit:
    return PageLimit()


@pytest.fixture
def pty_services(
    station_config: StationConfig,
    link: Path,
    clock: FixedClock,
    fast_hasher: object,
    scanner: VirtualScanner,
    page_limit: PageLimit,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Services]:
    """As in conftest, with the page limit on the store's engine from its creation."""
    made = bootstrap_module.create_store_engine
    monkeypatch.setattr(
        bootstrap_module,
        "create_store_engine",
        lambda path, **options: page_limit.attach(made(path, **options)),
    )
    config = dataclasses.replace(
        station_config, scanners=(ScannerPortConfig(name="dock-1", port=str(link)),)
    )
    services = bootstrap_module.bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    seed(services.uow_factory, services.hasher, clock.now())
    yield services
    services.close()


@pytest.fixture
def shown(pty_window: MainWindow) -> Iterator[list[tuple[str, str, str]]]:
    """What the presenter showed; and at the end: no fault here is a bug (no crash dialog)."""
    seen: list[tuple[str, str, str]] = []
    bugs: list[str] = []
    pty_window.runtime.presenter.shown.connect(lambda *args: seen.append(args))
    pty_window.runtime.presenter.bug.connect(bugs.append)
    yield seen
    assert bugs == []


@pytest.fixture
def played(pty_window: MainWindow) -> list[str]:
    seen: list[str] = []
    pty_window.sounds.played.connect(seen.append)
    return seen


@pytest.fixture
def logged_in(
    pty_window: MainWindow, scanner: VirtualScanner, qtbot: QtBot
) -> Iterator[MainWindow]:
    send(scanner, pty_window, qtbot, "BADGE-C001", "]C0")
    Clerk(pty_window, qtbot).scan("111111")
    send(scanner, pty_window, qtbot, RMA1, "]C0")
    assert pty_window.receiving.ui.rmaValue.text() == RMA1
    yield pty_window


def _locked(services: Services, monkeypatch: pytest.MonkeyPatch) -> AbstractContextManager[object]:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)  # read by each new connection
    services.engine.dispose()
    return write_lock_held(services.config.database_path)


def _read_only(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> AbstractContextManager[object]:
    services.engine.dispose()  # new connections open the files as they are now
    return read_only_folder(services.config.database_path.parent)


FAULTS: dict[str, Callable[[Services, pytest.MonkeyPatch], AbstractContextManager[object]]] = {
    "database_locked": _locked,
    "database_read_only": _read_only,
}


@pytest.mark.parametrize(("code", "colour"), [("database_locked", "busy"),
                                              ("database_read_only", "storage")])  # fmt: skip
def test_a_store_that_refuses_writes_is_shown_and_held_scans_are_journaled_after(
    code: str,
    colour: str,
    logged_in: MainWindow,
    pty_services: Services,
    scanner: VirtualScanner,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[tuple[str, str, str]],
    played: list[str],
) -> None:
    window, services = logged_in, pty_services
    codes = [f"HELD-{n:04d}" for n in range(5)]
    logouts = audit_count(services, "logout")
    fault = FAULTS[code](services, monkeypatch)
    with fault:
        for held in codes:
            scanner.write(f"]C0{held}\r".encode())
        qtbot.waitUntil(lambda: (colour, code, MESSAGES[code]) in shown, timeout=10_000)
        # The desk's own use cases meet the same fault: the logout is refused, not half-done.
        shown.clear()
        window.ui.actionLogout.trigger()
        qtbot.waitUntil(lambda: (colour, code, MESSAGES[code]) in shown, timeout=10_000)
        banner = window.receiving.ui.bannerLabel
        assert banner.property("error_class") == colour and banner.text() == MESSAGES[code]
        if code == "database_locked":  # a read-only WAL store cannot even be read meanwhile
            assert journaled(services, codes) == []  # held in memory, not lost
        assert window.receiving.current is not None
        assert window.receiving.current.step is Step.SCAN_ITEM  # still logged in, parcel open
    if code == "database_read_only":
        services.engine.dispose()  # drop connections opened read-only
    qtbot.waitUntil(lambda: journaled(services, codes) == codes, timeout=15_000)
    qtbot.waitUntil(lambda: window.tasks.pending() == 0, timeout=10_000)
    assert ("bad" if code == "database_locked" else "alarm") in played
    assert audit_count(services, "logout") == logouts  # the refused logout left no trace
    window.ui.actionLogout.trigger()  # the same step again, now that the store writes
    qtbot.waitUntil(lambda: audit_count(services, "logout") == logouts + 1, timeout=10_000)


def test_a_full_store_is_shown_and_held_scans_are_journaled_once_space_returns(
    logged_in: MainWindow,
    pty_services: Services,
    page_limit: PageLimit,
    scanner: VirtualScanner,
    qtbot: QtBot,
    shown: list[tuple[str, str, str]],
    played: list[str],
) -> None:
    window, services, limit = logged_in, pty_services, page_limit
    try:
        free = limit.fill()
        # The scanner keeps going until the disk is full: ~100 bytes a scan, 4 KiB pages,
        # so 400 scans need more pages than the store has free.
        assert free < 5
        codes = [f"FULL-{n:04d}" for n in range(400)]
        for start in range(0, len(codes), 50):
            scanner.write(b"".join(f"]C0{c}\r".encode() for c in codes[start : start + 50]))
        full = ("storage", "database_full", MESSAGES["database_full"])
        qtbot.waitUntil(lambda: full in shown, timeout=15_000)
        assert "alarm" in played
        assert len(journaled(services, codes)) < len(codes)  # the rest waits in memory
        limit.lift()  # space returns

        def count() -> int:
            return len(journaled(services, codes))

        wait_while_progressing(qtbot, lambda: count() == len(codes), count, stall_ms=15_000)
    finally:
        limit.lift()
    assert journaled(services, codes) == codes  # each once, in the order scanned
    last_scan = window.receiving.ui.lastScanLabel.text
    wait_while_progressing(
        qtbot,
        lambda: last_scan() == f"Last scan (dock-1): {codes[-1]}" and window.tasks.pending() == 0,
        lambda: (last_scan(), window.tasks.pending()),
        stall_ms=15_000,
    )  # and every one reached the desk
    assert window.receiving.ui.bannerLabel.text() == f"Item not in the catalog: {codes[-1]}"

"""The desk's first screen comes before its store: painted first, live once the store is open,
and a scan typed in between is handled once, after the store is open.

Real widgets offscreen, a real SQLite store opened by the real composition root on the app
runtime's store executor.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.gui.app import run_gui
from receiving_desk.gui.desk_opening import DeskOpening
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.runtime import AppRuntime
from receiving_desk.gui.start_probe import LIVE_PREFIX, READY_PREFIX
from receiving_desk.services.app_ports import DeskApp
from receiving_desk.services.desk_view import Step
from tests.conftest import FixedClock
from tests.seed import CLERK, seed


class Painted(QObject):
    """When (monotonic) a main window was first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API name
        if (
            self.at is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, MainWindow)
        ):
            self.at = time.monotonic()
        return False


@pytest.fixture
def seeded(station_config: StationConfig, clock: FixedClock, fast_hasher: object) -> StationConfig:
    built = bootstrap(station_config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    try:
        seed(built.uow_factory, built.hasher, clock.now())
    finally:
        built.close()
    return station_config


@pytest.fixture
def opened() -> Iterator[list[Services]]:
    built: list[Services] = []
    yield built
    for services in built:
        services.close()


def journaled(config: StationConfig, data: str) -> int:
    with sqlite3.connect(config.database_path) as conn:
        (count,) = conn.execute(
            "SELECT count(*) FROM scan_journal WHERE data = ?", (data,)
        ).fetchone()
    return int(count)


def test_the_start_paints_the_first_screen_before_it_opens_the_store(
    seeded: StationConfig,
    clock: FixedClock,
    fast_hasher: object,
    opened: list[Services],
    qapp: QApplication,
    capsys: pytest.CaptureFixture[str],
) -> None:
    painted = Painted()
    qapp.installEventFilter(painted)
    asked: list[float] = []

    def open_app() -> DeskApp:  # the composition root's part, as the command line passes it
        asked.append(time.monotonic())
        services = bootstrap(seeded, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
        opened.append(services)
        return services.desk_app()

    try:
        assert run_gui(seeded, open_app, quit_after_start=True) == 0
    finally:
        qapp.removeEventFilter(painted)
    out = [line.split(":")[0] + ":" for line in capsys.readouterr().out.splitlines()]
    assert out == [READY_PREFIX, LIVE_PREFIX]  # first screen, then the live desk: once each
    (asked_at,) = asked  # the store was opened once ...
    assert painted.at is not None and painted.at < asked_at  # ... after the window was painted


def test_a_scan_typed_before_the_store_is_open_is_handled_once_when_it_is(
    seeded: StationConfig,
    clock: FixedClock,
    fast_hasher: object,
    opened: list[Services],
    qtbot: QtBot,
) -> None:
    runtime = AppRuntime(sound=False)
    window = MainWindow(seeded, runtime)
    runtime.setParent(window)
    qtbot.addWidget(window)
    asked = threading.Event()
    release = threading.Event()

    def open_app() -> DeskApp:  # a slow store: the clerk scans while it opens
        asked.set()
        assert release.wait(10)
        services = bootstrap(seeded, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
        opened.append(services)
        return services.desk_app()

    opening = DeskOpening(window, open_app)
    window.show()
    qtbot.waitUntil(asked.is_set)  # painted, and the store is being opened
    view = window.receiving
    assert view.shown is not None and view.shown.step is Step.SCAN_BADGE  # the first screen
    assert not window.live and view.current is None

    badge = CLERK[0]
    qtbot.keyClicks(view.ui.scanInput, badge)
    qtbot.keyClick(view.ui.scanInput, Qt.Key.Key_Return)
    assert window.scanners.waiting == [badge]  # held in order, not dropped
    assert view.shown.step is Step.SCAN_BADGE  # nothing acted on it yet

    release.set()
    with qtbot.waitSignal(opening.live, timeout=10_000):
        pass
    qtbot.waitUntil(
        lambda: view.current is not None and view.current.pending_badge == badge, timeout=10_000
    )
    qtbot.waitUntil(lambda: runtime.tasks.pending() == 0 and not window.scanners.waiting)
    assert view.current is not None and view.current.step is Step.ENTER_PIN
    assert window.scanners.keyboard_lines_in_flight == 0
    assert journaled(seeded, badge) == 1  # journaled once, acted on once
    window.close()


def test_a_store_that_fails_to_open_reaches_the_error_presenter_and_the_desk_stays_down(
    station_config: StationConfig, qtbot: QtBot, tmp_path: Path
) -> None:
    runtime = AppRuntime(sound=False)
    window = MainWindow(station_config, runtime)
    runtime.setParent(window)
    qtbot.addWidget(window)
    store = tmp_path / "not-a-store.sqlite3"
    store.write_bytes(b"this is not a database" * 100)

    def open_app() -> DeskApp:
        with sqlite3.connect(store) as conn:
            conn.execute("SELECT * FROM sqlite_master").fetchall()  # "file is not a database"
        raise AssertionError("unreachable")

    reported: list[BaseException] = []
    runtime.bridge.error.connect(reported.append)
    opening = DeskOpening(window, open_app)
    window.show()
    with qtbot.waitSignal(opening.failed, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: bool(reported))
    assert isinstance(reported[0], sqlite3.DatabaseError)
    assert "The local database is damaged" in window.receiving.banner.label.text()  # presenter
    assert not window.live and window.isVisible()
    window.close()

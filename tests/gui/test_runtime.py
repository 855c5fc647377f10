"""The app runtime, offscreen: two executors, the default failure path to the one presenter,
and the exception hook installed only by the application's start-up."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.users import Session
from receiving_desk.gui.banner import Banner
from receiving_desk.gui.error_presenter import install_excepthook
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.runtime import AppRuntime
from receiving_desk.gui.tasks import Executor
from receiving_desk.services.desk import Desk
from receiving_desk.services.reports import ReportCancelled
from tests.gui.conftest import Clerk

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def runtime(qtbot: QtBot) -> Iterator[AppRuntime]:
    app_runtime = AppRuntime(sound=False)
    yield app_runtime
    app_runtime.shutdown()


@pytest.fixture
def banner(runtime: AppRuntime, qtbot: QtBot) -> Banner:
    label = QLabel()
    qtbot.addWidget(label)
    shown = Banner(label)
    runtime.presenter.attach(shown, lambda: None)
    return shown


def test_store_work_runs_in_order_and_io_does_not_wait_behind_it(
    runtime: AppRuntime, qtbot: QtBot
) -> None:
    tasks, release = runtime.tasks, threading.Event()
    done: list[str] = []
    threads: dict[str, str] = {}

    def first() -> str:
        threads["store"] = threading.current_thread().name
        release.wait(10)
        return "first"

    def io() -> str:
        threads["io"] = threading.current_thread().name
        return "io"

    tasks.run_in_store(first, done.append)
    tasks.run_in_store(lambda: "second", done.append)
    tasks.run_io(io, done.append)
    qtbot.waitUntil(lambda: done == ["io"], timeout=5000)  # the store is still held
    assert tasks.pending(Executor.STORE) == 2 and tasks.pending(Executor.IO) == 0
    release.set()
    with qtbot.waitSignal(tasks.idle, timeout=5000):
        pass
    assert done == ["io", "first", "second"]
    assert threads["store"].startswith("desk-store") and threads["io"].startswith("desk-io")


def test_a_failure_takes_the_default_path_to_the_one_presenter(
    runtime: AppRuntime, banner: Banner, qtbot: QtBot
) -> None:
    local: list[BaseException] = []
    played: list[str] = []
    runtime.sounds.played.connect(played.append)

    def refused() -> None:
        raise DeskError(ErrorCode.NOT_LOGGED_IN)

    with qtbot.waitSignal(runtime.presenter.shown, timeout=5000) as shown:
        runtime.tasks.run_in_store(refused, on_failure=local.append)
    assert shown.args == ["user", "not_logged_in", "Scan your badge first"]
    assert [type(e) for e in local] == [DeskError]  # the local reaction ran too
    assert banner.label.text() == "Scan your badge first"
    assert banner.label.property("error_class") == "user" and played == ["bad"]


def test_a_store_error_has_its_own_colour_and_sound(
    runtime: AppRuntime, banner: Banner, qtbot: QtBot
) -> None:
    played: list[str] = []
    runtime.sounds.played.connect(played.append)

    def full() -> None:
        raise DeskError(ErrorCode.DATABASE_FULL, sqlite="SQLITE_FULL")

    with qtbot.waitSignal(runtime.presenter.shown, timeout=5000):
        runtime.tasks.run_in_store(full)
    assert banner.label.property("error_class") == "storage"
    assert "#4a148c" in banner.label.styleSheet() and played == ["alarm"]
    assert banner.label.text().startswith("The disk of the local database is full")


def test_errors_an_operation_handles_stay_with_it(runtime: AppRuntime, qtbot: QtBot) -> None:
    local: list[BaseException] = []

    def cancelled() -> None:
        raise ReportCancelled()

    runtime.tasks.run_io(cancelled, on_failure=local.append, handles=(ReportCancelled,))
    qtbot.waitUntil(lambda: bool(local), timeout=5000)
    assert runtime.tasks.pending() == 0 and runtime.presenter.last_shown is None


def test_a_bug_in_a_success_callback_escapes_the_slot(runtime: AppRuntime, qtbot: QtBot) -> None:
    def broken(_: object) -> None:
        raise RuntimeError("a bug in a callback")

    with qtbot.captureExceptions() as exceptions:
        runtime.tasks.run_io(lambda: 1, broken)
        qtbot.waitUntil(lambda: runtime.tasks.pending() == 0, timeout=5000)
    assert [str(e[1]) for e in exceptions] == ["a bug in a callback"]


INNER_TEST = """
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.gui.app import create_window


def open_window(qtbot, tmp_path):
    config = StationConfig(
        station_id="INNER-01", data_dir=tmp_path / "data", log_dir=tmp_path / "logs",
        sound=False, source=tmp_path / "station.toml",
    )
    services = bootstrap(config)
    window = create_window(services.desk_app())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.receiving.current is not None)
    return services, window


def test_a_quiet_slot_passes(qtbot, tmp_path):
    services, window = open_window(qtbot, tmp_path)
    window.ui.actionAbout.triggered.connect(lambda: None)
    window.ui.actionAbout.trigger()
    window.close()
    services.close()


def test_a_slot_that_raises_fails(qtbot, tmp_path):
    services, window = open_window(qtbot, tmp_path)

    def broken():
        raise RuntimeError("a bug in a slot")

    window.ui.actionAbout.triggered.connect(broken)
    window.ui.actionAbout.trigger()
    window.close()
    services.close()
"""


def test_a_slot_exception_fails_a_gui_test_that_builds_the_window(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The inner run is a fresh pytest in its own process, as a developer would run it.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    pytester.makepyfile(test_inner=INNER_TEST)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", timeout=240)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*test_a_slot_that_raises_fails*", "*Exceptions caught in Qt event loop*"]
    )
    assert "RuntimeError: a bug in a slot" in result.stdout.str()


def test_with_the_hook_installed_a_slot_exception_reaches_the_crash_dialog(
    window: MainWindow, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    presenter = window.runtime.presenter
    restore = install_excepthook(presenter)  # what the application's start-up does
    try:

        def broken() -> None:
            raise RuntimeError("a bug in a slot")

        window.ui.actionAbout.triggered.connect(broken)
        with qtbot.waitSignal(presenter.bug, timeout=5000) as bug:
            window.ui.actionAbout.trigger()
    finally:
        restore()
    assert bug.args == ["RuntimeError: a bug in a slot"]
    assert sys.excepthook is not presenter  # put back
    (dialog,) = presenter.dialogs
    assert dialog.isVisible() and "the details are in the log" in dialog.text()
    assert "RuntimeError: a bug in a slot" in dialog.detailedText()
    assert "unexpected error" in caplog.text and "a bug in a slot" in caplog.text
    dialog.close()
    for box in list(window.findChildren(type(dialog))):
        box.close()


INNER_START_UP = """
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.gui.app import run_gui
from receiving_desk.gui.main_window import MainWindow


def test_start_up(tmp_path):
    config = StationConfig(
        station_id="INNER-01", data_dir=tmp_path / "data", log_dir=tmp_path / "logs",
        sound=False, source=tmp_path / "station.toml",
    )
    services = bootstrap(config)
    before = sys.excepthook
    seen = {}

    def once_running():
        seen["hook"] = sys.excepthook
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen["windows"] = len(windows)
        for window in windows:
            window.close()

    QTimer.singleShot(0, once_running)
    try:
        assert run_gui(config, services.desk_app) == 0
    finally:
        services.close()
    assert seen["windows"] == 1
    assert seen["hook"] is not before  # the crash dialog's hook while the desk ran
    assert sys.excepthook is before  # and put back after
"""


def test_the_application_start_up_installs_the_hook_for_its_run_only(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In a process of its own: running and quitting the application's event loop is for
    # the application, not for a shared test process.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    pytester.makepyfile(test_start_up=INNER_START_UP)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", timeout=240)
    result.assert_outcomes(passed=1)


def test_the_desks_session_is_touched_on_the_store_executor_only(
    clerk: Clerk, window: MainWindow, qtbot: QtBot
) -> None:
    """The GUI decides from the DeskView snapshot; the live session has one owner thread."""
    reads: list[str] = []

    class Watched(Desk):
        @property  # type: ignore[override]
        def session(self) -> Session | None:
            reads.append(threading.current_thread().name)
            return self.__dict__["_watched"]  # type: ignore[no-any-return]

        @session.setter
        def session(self, value: Session | None) -> None:
            reads.append(threading.current_thread().name)
            self.__dict__["_watched"] = value

    desk = window.receiving.desk
    desk.__dict__["_watched"] = desk.__dict__.pop("session")
    desk.__class__ = Watched
    clerk.login("BADGE-S001", "222222")
    clerk.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # reports: from the snapshot
    assert window.reports_view is not None
    window.reports_view.close()
    with qtbot.waitSignal(window.tasks.idle, timeout=5000):
        window.ui.actionSyncNow.trigger()
    assert clerk.banner == "Sync requested"
    clerk.scan("CMD-LOGOUT")
    assert reads and all(name.startswith("desk-store") for name in reads), set(reads)

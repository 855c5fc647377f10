"""GUI fixtures: the real main window on a real (temporary) SQLite store, offscreen."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from receiving_desk.adapters.scanners import ScannerPortConfig
from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.gui.app import create_window
from receiving_desk.gui.language import use_language, use_rules
from receiving_desk.gui.main_window import MainWindow
from tests.conftest import FixedClock
from tests.seed import seed


@pytest.fixture(autouse=True)
def english_desk(qapp: QApplication) -> Iterator[None]:
    """Every GUI test starts and ends in English with the default font (a test that installs
    a language must not leak it into the next)."""
    font = QFont(qapp.font())
    yield
    use_language(qapp, "en")
    use_rules(None)
    qapp.setFont(font)


@pytest.fixture
def window(services: Services, clock: FixedClock, qtbot: QtBot) -> Iterator[MainWindow]:
    seed(services.uow_factory, services.hasher, clock.now())
    win = create_window(services.desk_app())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.receiving.current is not None)
    yield win
    win.close()


class Clerk:
    """Drives the window only as a clerk would: the scan input and the keyboard."""

    def __init__(self, window: MainWindow, qtbot: QtBot) -> None:
        self.window = window
        self.view = window.receiving
        self.input = window.receiving.ui.scanInput
        self.qtbot = qtbot

    def settle(self) -> None:
        self.qtbot.waitUntil(
            lambda: (
                self.window.scanners.keyboard_lines_in_flight == 0
                and self.window.tasks.pending() == 0
            ),
            timeout=5000,
        )

    def scan(self, text: str) -> None:
        """A keyboard-wedge scanner: the characters, then Enter."""
        self.qtbot.keyClicks(self.input, text)
        self.qtbot.keyClick(self.input, Qt.Key.Key_Return)
        self.settle()

    def key(
        self, key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.input, key, modifier)
        self.settle()

    def hotkey(self, char: str) -> None:
        """A lone digit: the view waits briefly to tell it from a scan, then grades."""
        before = self.view.current
        self.qtbot.keyClick(self.input, char)
        self.qtbot.waitUntil(lambda: self.view.current is not before, timeout=3000)
        self.settle()

    def login(self, badge: str = "BADGE-C001", pin: str = "111111") -> None:
        self.scan(badge)
        self.scan(pin)

    @property
    def banner(self) -> str:
        return self.view.ui.bannerLabel.text()

    @property
    def banner_state(self) -> str:
        return str(self.view.ui.bannerLabel.property("state"))


@pytest.fixture
def clerk(window: MainWindow, qtbot: QtBot) -> Clerk:
    return Clerk(window, qtbot)


@pytest.fixture
def link(tmp_path: Path) -> Path:
    return tmp_path / "dock-scanner"  # a stable name, as udev's /dev/serial/by-id gives


@pytest.fixture
def scanner(link: Path) -> Iterator[VirtualScanner]:
    with VirtualScanner(link) as vs:
        yield vs


@pytest.fixture
def pty_services(
    station_config: StationConfig,
    link: Path,
    clock: FixedClock,
    fast_hasher: object,
    scanner: VirtualScanner,
) -> Iterator[Services]:
    config = dataclasses.replace(
        station_config, scanners=(ScannerPortConfig(name="dock-1", port=str(link)),)
    )
    services = bootstrap(config, clock=clock, hasher=fast_hasher)  # type: ignore[arg-type]
    seed(services.uow_factory, services.hasher, clock.now())
    yield services
    services.close()


@pytest.fixture
def pty_window(pty_services: Services, qtbot: QtBot) -> Iterator[MainWindow]:
    win = create_window(pty_services.desk_app())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(
        lambda: (
            win.scanners.statuses.get("dock-1") is not None
            and win.scanners.statuses["dock-1"].state == "connected"
        ),
        timeout=5000,
    )
    yield win
    win.close()


def send(
    scanner: VirtualScanner, window: MainWindow, qtbot: QtBot, code: str, aim: str = ""
) -> None:
    """One physical scan: AIM id, data, CR suffix; wait until the desk has acted on it."""
    before = window.receiving.current
    scanner.write(f"{aim}{code}\r".encode("latin-1"))
    qtbot.waitUntil(lambda: window.receiving.current is not before, timeout=5000)
    qtbot.waitUntil(lambda: window.tasks.pending() == 0, timeout=5000)

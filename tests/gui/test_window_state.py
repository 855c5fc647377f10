"""The main window's geometry and layout, saved per station and put back whole on a smaller
screen; the start-up refusal dialog."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from receiving_desk.bootstrap import Services
from receiving_desk.gui.app import create_window
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.start_error import start_error_box
from receiving_desk.gui.window_state import WindowState, clamp
from receiving_desk.services.app_ports import StartRefusal


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def open_window(services: Services, settings: QSettings, station: str, qtbot: QtBot) -> MainWindow:
    window = create_window(services.desk_app())
    qtbot.addWidget(window)
    window.window_state = WindowState(settings, station)
    window.window_state.show(window)
    qtbot.waitExposed(window)
    return window


def assert_sane(window: MainWindow) -> None:
    """Whole on the screen; or, if the layout cannot shrink that far, at its top left."""
    available = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert frame.topLeft() == available.topLeft(), (frame, available)
    assert window.size() == smallest.expandedTo(window.size().boundedTo(available.size())), (
        window.size(),
        smallest,
        available,
    )


def test_clamp_moves_and_shrinks_into_the_screen() -> None:
    screen = QRect(0, 0, 1366, 768)
    assert clamp(QRect(100, 50, 800, 600), screen) == QRect(100, 50, 800, 600)
    assert clamp(QRect(2000, 1200, 1280, 860), screen) == QRect(86, 0, 1280, 768)
    assert clamp(QRect(-300, -40, 2560, 1400), screen) == QRect(0, 0, 1366, 768)
    second = QRect(1920, 0, 1280, 1024)  # a screen right of the primary one
    assert clamp(QRect(1900, 10, 600, 400), second) == QRect(1920, 10, 600, 400)


def probe(
    tmp_path: Path, width: int, height: int, station: str, *geometry: int
) -> dict[str, list[int]]:
    """The real window in a fresh process on an offscreen screen of width × height."""
    screens = {"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height}]}
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("window_state_probe.py"))]
        + [str(tmp_path / "data"), str(tmp_path / "desk.ini"), station]
        + [str(v) for v in geometry],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, list[int]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def inside(frame: list[int], screen: list[int]) -> bool:
    return QRect(*screen).contains(QRect(*frame))


@pytest.mark.slow
def test_window_state_is_kept_per_station_and_fitted_to_a_smaller_screen(
    tmp_path: Path,
) -> None:
    # Saved on a 2560×1440 monitor, towards the bottom right.
    probe(tmp_path, 2560, 1440, "DOCK-A", 1200, 380, 1300, 1000)
    same = probe(tmp_path, 2560, 1440, "DOCK-A")
    assert same["geometry"] == [1200, 380, 1300, 1000]
    # The same station on a 1440×900 laptop: moved and shrunk to fit, whole.
    laptop = probe(tmp_path, 1440, 900, "DOCK-A")
    assert inside(laptop["frame"], laptop["screen"]), laptop
    assert laptop["geometry"][2] <= 1300 and laptop["geometry"][3] < 1000
    # Another station on the same login keeps its own (here: none yet, the default).
    other = probe(tmp_path, 2560, 1440, "DOCK-B")
    assert other["geometry"][2] == 1280 and other["geometry"] != same["geometry"]


def test_a_screen_smaller_than_the_window_can_shrink_to_keeps_it_reachable(
    services: Services, settings: QSettings, qtbot: QtBot
) -> None:
    big = open_window(services, settings, "DOCK-A", qtbot)
    # As if saved on a 2560×1440 monitor, bottom right; this offscreen screen is 800×800,
    # smaller than the window's own minimum size.
    big.setGeometry(1500, 900, 1400, 1000)
    available = big.screen().availableGeometry()
    assert not available.intersects(big.frameGeometry())
    big.close()

    small = open_window(services, settings, "DOCK-A", qtbot)
    assert_sane(small)
    assert small.frameGeometry().topLeft() == available.topLeft()
    small.close()


def test_a_store_newer_than_the_desk_is_refused_in_a_dialog(qtbot: QtBot) -> None:
    params = {"path": "/var/lib/desk.sqlite3", "revisions": "0099"}
    box = start_error_box(StartRefusal("store_too_new", "the store is newer", params))
    qtbot.addWidget(box)
    assert box.icon() is QMessageBox.Icon.Critical
    assert box.windowTitle() == "Receiving Desk cannot start"
    assert box.text() == (
        "The store /var/lib/desk.sqlite3 was upgraded by a newer version of Receiving Desk "
        "(schema revision 0099). This version cannot open it: install that version or "
        "newer, or restore a backup made by this version."
    )
    assert box.informativeText() == "Nothing was changed."

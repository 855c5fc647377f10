"""The main window's size, position and layout, saved per station (several desks may share a
login profile) and put back on start; clamped to the screen it lands on, so a window saved
on a large monitor comes back whole on a smaller one."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

DEFAULT_SIZE = QSize(1280, 860)


def clamp(frame: QRect, available: QRect) -> QRect:
    """The rectangle moved (and shrunk if need be) to lie inside `available`."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    x = min(max(frame.x(), available.left()), available.left() + available.width() - width)
    y = min(max(frame.y(), available.top()), available.top() + available.height() - height)
    return QRect(x, y, width, height)


class WindowState:
    def __init__(self, settings: QSettings, station_id: str) -> None:
        self.settings = settings
        self.group = f"stations/{station_id}/main_window"

    def save(self, window: QMainWindow) -> None:
        self.settings.beginGroup(self.group)
        self.settings.setValue("geometry", window.saveGeometry())
        self.settings.setValue("state", window.saveState())
        self.settings.endGroup()
        self.settings.sync()

    def restore(self, window: QMainWindow) -> bool:
        """Put the saved geometry back (False: nothing saved, the default size is used)."""
        self.settings.beginGroup(self.group)
        geometry = self.settings.value("geometry")
        state = self.settings.value("state")
        self.settings.endGroup()
        restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            window.restoreState(state)
        if not restored:
            window.resize(DEFAULT_SIZE)
        self.fit_on_screen(window)
        return restored

    def show(self, window: QMainWindow) -> None:
        """Restore, show, and fit again once the window system has added its frame."""
        self.restore(window)
        window.show()
        self.fit_on_screen(window)

    @staticmethod
    def fit_on_screen(window: QMainWindow) -> None:
        screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        if window.isMaximized() or window.isFullScreen():
            return
        frame, inner = window.frameGeometry(), window.geometry()
        inside = clamp(frame, available)
        if inside == frame:
            return
        # The frame (title bar, borders) must fit too. A window that cannot shrink enough
        # (its layout's minimum) goes to the top left, so its title bar and menus are reachable.
        border = frame.size() - inner.size()
        smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
        size = (inside.size() - border).expandedTo(smallest)
        if size != inside.size() - border:
            inside.moveTopLeft(available.topLeft())
        window.resize(size)
        window.move(QPoint(inside.x(), inside.y()))

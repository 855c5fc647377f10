"""Dialogs no larger than the dock PC's screen.

A dialog asks for the size it reads best at; it gets no more than the desk's window has (the
window itself fits the screen: 1366×768 at 125 % leaves about 1090×560), or than the screen's
free area when it has no window, so its buttons are never below the taskbar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def room_for(widget: QWidget) -> QSize:
    parent = widget.parentWidget()
    if parent is not None:
        return parent.window().size()
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def resize_within(widget: QWidget, width: int, height: int) -> None:
    """`widget` at `width`×`height`, or as much of it as there is room for."""
    room = room_for(widget)
    widget.resize(min(width, room.width()), min(height, room.height()))


def scrolled(page: QWidget) -> QScrollArea:
    """`page` in a scroll area: a tall page scrolls instead of making its dialog taller than
    the screen (a tab's page is as tall as its longest form)."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area

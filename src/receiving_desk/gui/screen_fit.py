"""Dialogs no larger than the dock PC's screen.

A dialog asks for the size it reads best at; it gets no more than the desk's window has (the
window itself fits the screen: 1366×768 at 125 % leaves about 1090×560), or than the screen's
free area when it has no window, so its buttons are never below the taskbar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


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

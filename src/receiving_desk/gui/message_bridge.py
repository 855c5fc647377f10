"""The app's message bridge: any part of the GUI reports through signals on one object.

A widget never calls another widget's presenter. It reports an error, a warning or a
confirmation here; the app-level presenter (and whoever else listens) shows it. Signals are
queued across threads, so a worker may report too. Modelled on qutebrowser's
`utils/message.py` global bridge, but owned by the application's runtime, not a module global.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class MessageBridge(QObject):
    error = Signal(object)  # BaseException: classified and shown by the error presenter
    warning = Signal(str)  # translated text: red banner, bad cue (e.g. a scanner unplugged)
    info = Signal(str)  # translated text: green banner, no sound (e.g. "Sync requested")

    def report(self, error: BaseException) -> None:
        self.error.emit(error)

    def warn(self, text: str) -> None:
        self.warning.emit(text)

    def confirm(self, text: str) -> None:
        self.info.emit(text)

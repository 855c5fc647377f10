"""The application's runtime, owned by the application (not by a widget): the message
bridge, the task manager with its two executors, the sounds and the one error presenter."""

from __future__ import annotations

from PySide6.QtCore import QObject

from receiving_desk.gui.error_presenter import ErrorPresenter
from receiving_desk.gui.message_bridge import MessageBridge
from receiving_desk.gui.sounds import Sounds
from receiving_desk.gui.tasks import TaskManager


class AppRuntime(QObject):
    def __init__(self, sound: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = MessageBridge(self)
        self.tasks = TaskManager(self.bridge, self)
        self.sounds = Sounds(sound, self)
        self.presenter = ErrorPresenter(self.bridge, self.sounds)
        self.presenter.setParent(self)

    def shutdown(self) -> None:
        self.sounds.stop()
        self.tasks.shutdown()

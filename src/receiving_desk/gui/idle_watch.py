"""Asks the desk every few seconds whether it has been idle too long: the desk (on the store
executor) decides by its own clock and answers with the warning or the logout, shown like
any other result. The timer only asks; tests call `poll()` after moving the desk's clock."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from receiving_desk.gui.receiving_view import ReceivingView
from receiving_desk.services.desk_events import DeskResult

POLL_MS = 5000  # the warning shows within 5 s of being due; the logout as well


class IdleWatch(QObject):
    def __init__(self, view: ReceivingView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        if not self._view.live:  # nobody can be logged in before the store is open
            return
        desk = self._view.desk
        self._view.run(desk.check_idle, self._answered)

    def _answered(self, result: DeskResult | None) -> None:
        if result is not None:
            self._view.show_result(result)

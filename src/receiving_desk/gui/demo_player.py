"""Demo only: plays the demo scan script into the simulated scanner, one scan a second.

No thread of its own: a timer on the GUI thread paces the scans and each write to the
simulated port runs on the runtime's I/O executor.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.app_ports import DemoPort

RATE_PER_S = 1.0


class DemoScriptPlayer(QObject):
    def __init__(
        self,
        demo: DemoPort,
        tasks: TaskManager,
        parent: QObject | None = None,
        rate_per_s: float = RATE_PER_S,
    ) -> None:
        super().__init__(parent)
        self._demo = demo
        self._tasks = tasks
        self.rate_per_s = rate_per_s
        self._queue: list[bytes] = []
        self.sent = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._next)

    @property
    def playing(self) -> bool:
        return self._timer.isActive() or bool(self._queue)

    def play(self) -> None:
        if self.playing:
            return  # one run at a time
        self._tasks.run_io(self._demo.script, self._start)

    def _start(self, scans: list[bytes]) -> None:
        self._queue = list(scans)
        self._timer.start(max(1, round(1000 / self.rate_per_s)))
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self._timer.stop()
            return
        scan = self._queue.pop(0)
        self._timer.setInterval(max(1, round(1000 / self.rate_per_s)))
        self._tasks.run_io(lambda: self._demo.write(scan))
        self.sent += 1

    def stop(self) -> None:
        self._timer.stop()
        self._queue = []

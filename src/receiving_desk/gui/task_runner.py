"""Background work off the GUI thread.

Database work runs on one worker thread, in submission order (so scans are handled in the
order they arrived and the store sees one writer). Results and errors come back to the GUI
thread through a queued signal, never by touching widgets from the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class TaskRunner(QObject):
    _finished = Signal(object, object, object, object)  # on_done, on_error, result, error
    idle = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._pending = 0
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        return self._pending

    def run(self, fn: Callable[[], Any], on_done: OnDone, on_error: OnError) -> None:
        self._pending += 1
        future = self._pool.submit(fn)
        future.add_done_callback(lambda f: self._relay(f, on_done, on_error))

    def _relay(self, future: Future[Any], on_done: OnDone, on_error: OnError) -> None:
        # Runs on the worker thread: only emit; the slot runs on the GUI thread.
        error = future.exception()
        self._finished.emit(on_done, on_error, None if error else future.result(), error)

    def _deliver(self, on_done: OnDone, on_error: OnError, result: Any, error: Any) -> None:
        self._pending -= 1
        try:
            if error is not None:
                on_error(error)
            else:
                on_done(result)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)

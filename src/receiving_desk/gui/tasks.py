"""The app's one way to run work off the GUI thread (after Anki's `taskman` and `operations`).

Two executors, one thread each:
- **store**: everything that touches the local store through the use cases, in submission
  order (scans are handled in the order they arrived; the desk's session state is only ever
  touched here);
- **io**: files, serial-port listings, test labels, report queries and exports, the demo
  script: slow things that must not hold up a scan.

Results come back to the GUI thread by a queued signal, never by touching widgets from a
worker. Every operation's default failure path is the message bridge, hence the one error
presenter; an operation may react locally too (`on_failure`: re-enable a button) and may
name the errors it handles entirely by itself (`handles`: a cancelled report).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from receiving_desk.gui.message_bridge import MessageBridge

log = logging.getLogger(__name__)
T = TypeVar("T")


class Executor(StrEnum):
    STORE = "store"
    IO = "io"


@dataclass(frozen=True)
class Operation(Generic[T]):
    fn: Callable[[], T]
    on_success: Callable[[T], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    handles: tuple[type[BaseException], ...] = ()


class TaskManager(QObject):
    _finished = Signal(object, object, object, object)  # executor, operation, result, error
    idle = Signal()

    def __init__(self, bridge: MessageBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._pools = {
            e: ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"desk-{e.value}")
            for e in Executor
        }
        self._pending = dict.fromkeys(Executor, 0)
        self._count_lock = threading.Lock()  # a scan is submitted from the journal's thread
        self._closed = False
        self._finished.connect(self._deliver)

    def pending(self, executor: Executor | None = None) -> int:
        """Operations submitted and not yet delivered (all executors, or one)."""
        with self._count_lock:
            return self._pending[executor] if executor else sum(self._pending.values())

    def run_in_store(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        *,
        on_failure: Callable[[BaseException], None] | None = None,
        handles: tuple[type[BaseException], ...] = (),
    ) -> None:
        self.submit(Executor.STORE, Operation(fn, on_success, on_failure, handles))

    def run_io(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        *,
        on_failure: Callable[[BaseException], None] | None = None,
        handles: tuple[type[BaseException], ...] = (),
    ) -> None:
        self.submit(Executor.IO, Operation(fn, on_success, on_failure, handles))

    def submit(self, executor: Executor, op: Operation[Any]) -> None:
        """From the GUI thread, or (a scan) from the scan journal's: the results and errors
        come back to the GUI thread either way."""
        with self._count_lock:
            if self._closed:
                log.warning("operation after shutdown dropped: %r", op.fn)
                return
            self._pending[executor] += 1
            future = self._pools[executor].submit(op.fn)
        future.add_done_callback(lambda f: self._relay(executor, op, f))

    def _relay(self, executor: Executor, op: Operation[Any], future: Future[Any]) -> None:
        # On the worker thread: only emit; the slot runs on the GUI thread.
        error = future.exception()
        self._finished.emit(executor, op, None if error else future.result(), error)

    def _deliver(
        self, executor: Executor, op: Operation[Any], result: Any, error: BaseException | None
    ) -> None:
        with self._count_lock:
            self._pending[executor] -= 1
        try:
            if error is None:
                if op.on_success is not None:
                    op.on_success(result)  # a bug here escapes the slot: the exception hook
                return
            if op.on_failure is not None:
                op.on_failure(error)
            if not isinstance(error, op.handles):
                self._bridge.report(error)
        finally:
            if self.pending() == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        """Finish what was submitted (nothing acknowledged is dropped), then stop."""
        with self._count_lock:
            self._closed = True
        for executor in (Executor.IO, Executor.STORE):
            self._pools[executor].shutdown(wait=True)

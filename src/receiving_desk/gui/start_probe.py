"""`--quit-after-start`: notice when the desk is ready for the clerk, say so, and quit.

Ready means: the main window has been painted, its first screen state has been rendered
(when the window has one to wait for), and the event loop has handled everything queued by
then. Used to check that a station starts at all (installers, smoke checks) and by
`benchmarks/cold_start.py`, which times it against a bare Qt window measured the same way.
The desk's first screen is up before its store is open: the start-up then also prints when
the desk went live (store open, the desk's own view shown) and quits only after that, so a
store that cannot be opened still fails the check.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

READY_PREFIX = "receiving-desk ready:"
LIVE_PREFIX = "receiving-desk live:"  # later: the store open and the desk's own view shown


def rss_kib() -> int | None:
    """Resident set size now (Linux /proc), or None where the platform has no such file."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def ready_line(monotonic: float, cpu: float, rss: int | None, prefix: str = READY_PREFIX) -> str:
    """One parseable line: the monotonic clock is shared by all processes of the machine; the
    CPU time (all threads) tells how much of the wait was work, on a machine doing other work."""
    rss_text = f"{rss / 1024:.1f}" if rss is not None else "unknown"
    return f"{prefix} monotonic={monotonic:.6f} cpu_s={cpu:.3f} rss_mib={rss_text}"


def print_now(prefix: str) -> None:
    print(
        ready_line(time.monotonic(), time.process_time(), rss_kib(), prefix),
        flush=True,
        file=sys.stdout,
    )


class StartProbe(QObject):
    def __init__(
        self,
        window: QWidget,
        first_render: SignalInstance | None = None,
        rendered_already: bool = False,
        on_ready: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._painted = False
        self._rendered = first_render is None or rendered_already
        self._done = False
        self._on_ready = on_ready or _quit
        if first_render is not None:
            first_render.connect(self._on_rendered)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API name
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self._check()
        return False

    def _on_rendered(self, _view: object = None) -> None:
        self._rendered = True
        self._check()

    def _check(self) -> None:
        if self._painted and self._rendered and not self._done:
            self._done = True
            # A zero timer runs once the events queued so far (layout, paint) are handled.
            QTimer.singleShot(0, self._report)

    def _report(self) -> None:
        print_now(READY_PREFIX)
        self._on_ready()


def _quit() -> None:
    app = QApplication.instance()
    if app is not None:
        app.quit()

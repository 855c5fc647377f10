"""The desk goes live after its first screen: the store is opened on the store executor once
the window has been painted, and the window is attached to the desk when that finishes.

Scans typed meanwhile wait in the scanner bridge (and serial scanners are opened with the
journal), so nothing scanned is lost or handled twice. A refusal named while the store was
opened (a store from a newer release, a bad setting, codes the site's patterns would not
scan) is the start-up dialog, after which the desk exits with status 2; any other failure
takes the runtime's default path to the one error presenter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from receiving_desk.gui.main_window import MainWindow
from receiving_desk.services.app_ports import DeskApp
from receiving_desk.services.start_refusal import StartRefused

log = logging.getLogger(__name__)


class DeskOpening(QObject):
    live = Signal()  # the window shows the desk's own first snapshot
    failed = Signal(object)  # the error (a refusal included)

    def __init__(self, window: MainWindow, open_app: Callable[[], DeskApp]) -> None:
        super().__init__(window)
        self._window = window
        self._open_app = open_app
        self._asked = False
        self.app: DeskApp | None = None
        self.error: BaseException | None = None
        window.installEventFilter(self)
        window.receiving.rendered.connect(self._rendered)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt API name
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._asked:
            self._asked = True
            self._window.removeEventFilter(self)
            # Once this paint is on screen: the store's imports and queries would hold the GIL.
            QTimer.singleShot(0, self, self._open)
        return False

    def _open(self) -> None:
        self._window.tasks.run_in_store(
            self._open_app, self._opened, on_failure=self._failed, handles=(StartRefused,)
        )

    def _opened(self, app: DeskApp) -> None:
        self.app = app
        if self._window.closed:  # closed while the store opened: nothing to start
            return
        self._window.attach(app)
        app.start()  # the background syncer (or the standalone stand-in)
        log.info("desk %s started", app.station().station_id)

    def _rendered(self, _view: object) -> None:
        if self.app is not None and self._window.receiving.current is not None:
            self._window.receiving.rendered.disconnect(self._rendered)
            self.live.emit()

    def _failed(self, error: BaseException) -> None:
        self.error = error
        if isinstance(error, StartRefused):
            from receiving_desk.gui.start_error import start_error_box

            qt = QApplication.instance()
            assert isinstance(qt, QApplication)
            quits = qt.quitOnLastWindowClosed()
            qt.setQuitOnLastWindowClosed(False)  # the exit status is the refusal's, not a close's
            try:
                self._window.hide()
                start_error_box(error.refusal).exec()
            finally:
                qt.setQuitOnLastWindowClosed(quits)
            qt.exit(2)
        self.failed.emit(error)

    def when_settled(self, then: Callable[[int], None]) -> None:
        """`then(0)` once live, `then(status)` once failed (2: refused, 1: an error)."""
        if self.error is not None:
            then(2 if isinstance(self.error, StartRefused) else 1)
        elif self.app is not None and self._window.receiving.current is not None:
            then(0)
        else:
            self.live.connect(lambda: then(0))
            self.failed.connect(lambda e: then(2 if isinstance(e, StartRefused) else 1))

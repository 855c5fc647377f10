"""One place that shows errors.

A known error (DeskError: a bad scan, a refused action, a locked database) becomes a clear,
translated banner with the error sound. Anything else is a bug: it is logged with its
traceback and shown in a crash dialog; the desk stays up.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from receiving_desk.domain.errors import DeskError
from receiving_desk.gui.messages import error_text
from receiving_desk.gui.sounds import Cue, Sounds

log = logging.getLogger(__name__)


class ErrorPresenter(QObject):
    known_error = Signal(str, str)  # code, translated message
    bug = Signal(str)  # one-line summary

    def __init__(
        self,
        sounds: Sounds,
        show_banner: Callable[[str], None],
        parent_widget: Callable[[], QWidget | None],
    ) -> None:
        super().__init__()
        self._sounds = sounds
        self._show_banner = show_banner
        self._parent_widget = parent_widget
        self.dialogs: list[QMessageBox] = []

    def present(self, error: BaseException) -> None:
        if isinstance(error, DeskError):
            message = error_text(error)
            log.info("refused: %s", error)  # codes and parameters only: no PINs reach here
            self._sounds.play(Cue.BAD)
            self._show_banner(message)
            self.known_error.emit(error.code.value, message)
            return
        self.present_bug(type(error), error, error.__traceback__)

    def present_bug(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", text)
        self._sounds.play(Cue.BAD)
        summary = f"{kind.__name__}: {error}"
        box = QMessageBox(self._parent_widget())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Receiving Desk — unexpected error"))
        box.setText(
            self.tr(
                "Something went wrong inside the desk. Your work up to the last confirmed step "
                "is saved. Please tell your supervisor; the details are in the log."
            )
        )
        box.setDetailedText(text)
        box.open()  # not exec(): the desk keeps running behind the dialog
        self.dialogs.append(box)
        box.finished.connect(lambda _=0, b=box: self.dialogs.remove(b))
        self.bug.emit(summary)

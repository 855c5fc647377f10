"""The one app-level error presenter, fed by the message bridge.

Every error reported anywhere in the GUI arrives here and is classified once
(`services.error_classes`): a known error becomes its translated message on the banner, in its
colour, with its sound, and the desk keeps going; anything else is a bug: logged with its
traceback and shown in a crash dialog (the desk stays up behind it). The exception hook that
sends escaping slot exceptions here is installed by the application's start-up only
(`install_excepthook`), so tests keep pytest-qt's own capture.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from receiving_desk.gui.banner import Banner
from receiving_desk.gui.message_bridge import MessageBridge
from receiving_desk.gui.messages import error_text
from receiving_desk.gui.sounds import Cue, Sounds
from receiving_desk.services.error_classes import ErrorClass, classify

log = logging.getLogger(__name__)

CUES = {
    ErrorClass.USER: Cue.BAD,
    ErrorClass.BUSY: Cue.BAD,
    ErrorClass.STORAGE: Cue.ALARM,
    ErrorClass.DEVICE: Cue.ALARM,
    ErrorClass.BUG: Cue.ALARM,
}


class ErrorPresenter(QObject):
    shown = Signal(str, str, str)  # error class, code, translated message
    bug = Signal(str)  # one-line summary

    def __init__(self, bridge: MessageBridge, sounds: Sounds) -> None:
        super().__init__()
        self._sounds = sounds
        self._banner: Banner | None = None
        self._parent: Callable[[], QWidget | None] = lambda: None
        self.dialogs: list[QMessageBox] = []
        self.last_shown: tuple[str, str, str] | None = None
        bridge.error.connect(self.present)
        bridge.warning.connect(self._warn)
        bridge.info.connect(self._confirm)

    def attach(self, banner: Banner, parent: Callable[[], QWidget | None]) -> None:
        """Where messages appear: the main window's banner; dialogs open over `parent`."""
        self._banner, self._parent = banner, parent

    def present(self, error: BaseException) -> None:
        found = classify(error)
        if found.known is None:
            self.present_bug(type(error), error, error.__traceback__)
            return
        known, error_class = found.known, found.error_class
        message = error_text(known)
        if error_class is ErrorClass.USER:
            log.info("refused: %s", known)  # codes and parameters only: no PINs reach here
        else:
            log.warning("%s: %s (%s)", error_class.value, known, type(error).__name__)
        self._sounds.play(CUES[error_class])
        if self._banner is not None:
            self._banner.error(message, error_class)
        self.last_shown = (error_class.value, known.code.value, message)
        self.shown.emit(*self.last_shown)

    def _warn(self, text: str) -> None:
        self._sounds.play(Cue.BAD)
        if self._banner is not None:
            self._banner.error(text, ErrorClass.DEVICE)

    def _confirm(self, text: str) -> None:
        if self._banner is not None:
            self._banner.ok(text)

    def present_bug(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        text = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", text)
        self._sounds.play(CUES[ErrorClass.BUG])
        summary = f"{kind.__name__}: {error}"
        box = QMessageBox(self._parent())
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


def install_excepthook(presenter: ErrorPresenter) -> Callable[[], None]:
    """Exceptions escaping Qt slots reach the crash dialog and the log. Called once by the
    application's start-up; returns the function that puts the previous hook back."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        presenter.present_bug(kind, error, tb)

    sys.excepthook = hook

    def restore() -> None:
        sys.excepthook = previous

    return restore

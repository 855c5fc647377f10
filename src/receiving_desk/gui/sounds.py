"""Distinct sounds for a good scan, a bad scan, a finished return and an alarm.

A clerk with a scanner in hand does not look at the screen for every scan: the sound tells.
Without an audio device (or with sound switched off) the cue is still emitted as a signal,
which the status bar and the tests use; sound switched on but impossible (no device, no Qt
Multimedia) is reported by `silent`, so the screen can say so.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from receiving_desk.resources import resource

log = logging.getLogger(__name__)
LOAD_AFTER_MS = 2000


class Cue(StrEnum):
    GOOD = "good"
    BAD = "bad"
    DONE = "done"
    ALARM = "alarm"  # the store or a device needs a supervisor: not the clerk's mistake


class Sounds(QObject):
    played = Signal(str)
    silent = Signal(str)  # switched on, but no sound can play: why (for the log; the GUI words it)

    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[Cue, object] = {}
        # Qt Multimedia (its FFmpeg and audio back-ends: ≈ 50 ms, ≈ 18 MiB) is not needed to
        # show the first screen: it loads shortly after start, or at the first cue if sooner.
        self._to_load = enabled
        if enabled:
            QTimer.singleShot(LOAD_AFTER_MS, self, self._load)

    def _load(self) -> None:
        if not self._to_load:
            return
        self._to_load = False
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # Qt Multimedia missing from a trimmed install
            log.warning("Qt Multimedia not available: sounds are off")
            self.silent.emit("no_multimedia")
            return
        if not QMediaDevices.audioOutputs():
            log.info("no audio output device: sounds are off")
            self.silent.emit("no_device")
            return
        for cue in Cue:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource("sounds", f"{cue.value}.wav"))))
            effect.setVolume(0.8)
            self._effects[cue] = effect

    def stop(self) -> None:
        """The application is ending: a load not yet done is not started any more."""
        self._to_load = False

    def load_now(self) -> None:
        """Load now rather than after the first screen (a test, a settings check)."""
        self._load()

    def play(self, cue: Cue) -> None:
        self._load()
        effect = self._effects.get(cue)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
        self.played.emit(cue.value)

"""Distinct sounds for a good scan, a bad scan, a finished return and an alarm.

A clerk with a scanner in hand does not look at the screen for every scan: the sound tells.
Without an audio device (or with sound switched off) the cue is still emitted as a signal,
which the status bar and the tests use.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QObject, QUrl, Signal

from receiving_desk.resources import resource

log = logging.getLogger(__name__)


class Cue(StrEnum):
    GOOD = "good"
    BAD = "bad"
    DONE = "done"
    ALARM = "alarm"  # the store or a device needs a supervisor: not the clerk's mistake


class Sounds(QObject):
    played = Signal(str)

    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[Cue, object] = {}
        self.enabled = enabled
        if enabled:
            self._load()

    @property
    def available(self) -> bool:
        """Switched on but silent (no device, no Qt Multimedia): the screen must say so."""
        return not self.enabled or bool(self._effects)

    def _load(self) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # Qt Multimedia missing from a trimmed install
            log.warning("Qt Multimedia not available: sounds are off")
            return
        if not QMediaDevices.audioOutputs():
            log.info("no audio output device: sounds are off")
            return
        for cue in Cue:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource("sounds", f"{cue.value}.wav"))))
            effect.setVolume(0.8)
            self._effects[cue] = effect

    def play(self, cue: Cue) -> None:
        effect = self._effects.get(cue)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
        self.played.emit(cue.value)

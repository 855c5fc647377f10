"""The sync state in the status bar: standalone / online / offline, backlog, age of the
oldest unsynced item, last error, first-load progress. Read from the syncer's snapshot once a
second; nothing here touches the network or the database."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from receiving_desk.domain.barcodes.site_codes import refusal_params
from receiving_desk.gui.site_code_texts import refused_codes_text
from receiving_desk.services.sync import SyncService, SyncState, SyncStatus

COLOURS = {
    SyncState.ONLINE: "#1b5e20",
    SyncState.STANDALONE: "#455a64",
    SyncState.STARTING: "#455a64",
    SyncState.OFFLINE: "#b71c1c",
    SyncState.STOPPED: "#b71c1c",
}


def _age(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


class SyncStatusLabel(QObject):
    def __init__(self, sync: SyncService, label: QLabel, interval_ms: int = 1000) -> None:
        super().__init__(label)
        self._sync = sync
        self.label = label
        self.last: SyncStatus | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(interval_ms)
        self.refresh()

    def text(self, status: SyncStatus, now: datetime) -> str:
        names = {
            SyncState.STANDALONE: self.tr("standalone (no central database)"),
            SyncState.STARTING: self.tr("starting"),
            SyncState.ONLINE: self.tr("online"),
            SyncState.OFFLINE: self.tr("OFFLINE"),
            SyncState.STOPPED: self.tr("stopped"),
        }
        parts = [self.tr("Sync: {0}").format(names[status.state])]
        if status.state is not SyncState.STANDALONE:
            parts.append(self.tr("backlog {0}").format(status.backlog))
            age = status.oldest_unsynced_age(now)
            if age is not None:
                parts.append(self.tr("oldest {0}").format(_age(age.total_seconds())))
            if status.pull_progress is not None:
                done, total = status.pull_progress
                parts.append(self.tr("loading reference data {0}/{1}").format(done, total))
            if status.refused_codes:
                why = refused_codes_text(refusal_params(list(status.refused_codes)))
                parts.append(self.tr("reference data refused: {0}").format(why))
            elif status.last_error and status.state is SyncState.OFFLINE:
                parts.append(self.tr("last error: {0}").format(status.last_error[:80]))
        return " · ".join(parts)

    def refresh(self) -> None:
        status = self._sync.status()
        self.last = status
        colour = COLOURS[status.state]
        text = self.text(status, datetime.now(UTC))
        self.label.setText(f'<span style="color:{colour}">{text}</span>')
        tip = status.central
        if status.last_error and status.state is SyncState.OFFLINE:
            tip += "\n" + status.last_error  # in full: the label shows its start
        self.label.setToolTip(tip)

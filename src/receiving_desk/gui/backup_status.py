"""When the last backup ran, in the status bar, red when it is older than the schedule. Read
from the scheduler's in-memory snapshot every few seconds; no file or database access here."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from receiving_desk.services.backup import BackupControl, BackupStatus

OK, WARN, QUIET = "#1b5e20", "#b71c1c", "#455a64"


class BackupStatusLabel(QObject):
    def __init__(self, backups: BackupControl, label: QLabel, interval_ms: int = 5_000) -> None:
        super().__init__(label)
        self._backups = backups
        self.label = label
        self.last: BackupStatus | None = None
        self.warning = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(interval_ms)
        self.refresh()

    def text(self, status: BackupStatus, now: datetime) -> tuple[str, str]:
        """(text, colour) for a snapshot at `now`."""
        if status.running:
            return self.tr("Backup: running…"), QUIET
        if not status.scheduled:
            return self.tr("Backup: not scheduled"), QUIET
        if not status.loaded:
            return self.tr("Backup: checking…"), QUIET
        if status.last_at is None:
            return self.tr("Backup: none yet"), WARN
        local = status.last_at.astimezone()
        when = (
            f"{local:%H:%M}"
            if local.date() == now.astimezone().date()
            else f"{local:%Y-%m-%d %H:%M}"
        )
        if status.overdue(now):
            return self.tr("Backup overdue: last {0}").format(when), WARN
        return self.tr("Backup: {0}").format(when), OK

    def refresh(self) -> None:
        status = self._backups.status()
        now = datetime.now(UTC)
        self.last = status
        text, colour = self.text(status, now)
        self.warning = colour == WARN
        self.label.setText(f'<span style="color:{colour}">{text}</span>')
        tip = [status.last_file or status.folder]
        if status.last_error:
            tip.append(self.tr("Last error: {0}").format(status.last_error[:200]))
        self.label.setToolTip("\n".join(tip))

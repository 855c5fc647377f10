"""What a report covers, as the supervisor picks it: a shift on a date or a date range, a
station, a clerk (the station and clerk lists come from the report source)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from receiving_desk.domain.shifts import (
    Shift,
    day_period,
    find_shift,
    latest_start,
    range_title,
)
from receiving_desk.services.reports import ReportFilter

RANGE = "range"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    picked = edit.date()
    return date(picked.year(), picked.month(), picked.day())


class ReportPickers(QWidget):
    def __init__(self, shifts: tuple[Shift, ...], config: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.shifts, self.tz = shifts, config.tz
        self.scope = QComboBox()
        for shift in shifts:
            self.scope.addItem(self.tr("Shift %1").replace("%1", shift.label()), shift.name)
        self.scope.addItem(self.tr("Date range"), RANGE)
        today = datetime.now(UTC).astimezone(self.tz).date()
        self.day, self.first, self.last = (QDateEdit(_qdate(today)) for _ in range(3))
        for edit in (self.day, self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        if shifts:
            self.day.setDate(_qdate(latest_start(shifts[0], datetime.now(UTC), self.tz)))
        self.station, self.clerk = QComboBox(), QComboBox()
        self.station.addItem(self.tr("All stations"), None)
        self.clerk.addItem(self.tr("All clerks"), None)
        self.dash = QLabel("–")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.scope, self.day, self.first, self.dash, self.last, self.station,
                       self.clerk):  # fmt: skip
            layout.addWidget(widget)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._scope_changed()

    def _scope_changed(self) -> None:
        ranged = self.scope.currentData() == RANGE
        self.day.setVisible(not ranged)
        for widget in (self.first, self.dash, self.last):
            widget.setVisible(ranged)

    def choose_shift(self, name: str, day: date) -> None:
        self.scope.setCurrentIndex(self.scope.findData(find_shift(self.shifts, name).name))
        self.day.setDate(_qdate(day))

    def choose_range(self, first: date, last: date) -> None:
        self.scope.setCurrentIndex(self.scope.findData(RANGE))
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))

    def fill(self, stations: list[str], clerks: list[tuple[str, str]]) -> None:
        for station in stations:
            self.station.addItem(station, station)
        for user_id, name in clerks:
            self.clerk.addItem(name, user_id)

    def selection(self) -> tuple[ReportFilter, str]:
        """The filter and the title the pickers describe (ValueError for a bad range)."""
        if self.scope.currentData() == RANGE:
            period = day_period(_day(self.first), _day(self.last), self.tz)
            title = range_title(period, self.tz)
        else:
            shift = find_shift(self.shifts, self.scope.currentData())
            day = _day(self.day)
            period = shift.period_on(day, self.tz)
            # The shift's own name as the site wrote it; the sentence and the day translated.
            weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            title = self.tr("Shift {0} starting {1} {2}").format(
                shift.label(), weekday, day.isoformat()
            )
        return ReportFilter(period, self.station.currentData(), self.clerk.currentData()), title

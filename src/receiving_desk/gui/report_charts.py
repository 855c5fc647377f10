"""The report's charts (Qt Charts): grade mix (pie, legend beside it), disposition mix
(bars) and units over the range (per hour for up to two days, else per day). Counts get
integer axes; categories read as the user's language names them. Clicking a slice or a bar
of the mixes drills down."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from receiving_desk.gui.report_names import code_text
from receiving_desk.services.reports import Report

HOURLY_UP_TO_S = 2 * 24 * 3600


def _counts(report: Report, name: str) -> list[tuple[str, int]]:
    rows = report.table(name).rows
    return [(str(r[0]), int(r[1])) for r in rows if isinstance(r[1], int) and r[1] > 0]


def integer_axis(top: int) -> QValueAxis:
    """0 to a round number at or above `top`, ticks on whole numbers only (1, 2, 5, 10...)."""
    step, scale = 1, 1
    while top / step > 8:
        for factor in (2, 5, 10):
            step = factor * scale
            if top / step <= 8:
                break
        scale *= 10
    end = max(step, -(-top // step) * step)
    axis = QValueAxis()
    axis.setRange(0, end)
    axis.setTickType(QValueAxis.TickType.TicksFixed)
    axis.setTickCount(end // step + 1)
    axis.setLabelFormat("%d")
    axis.setMinorTickCount(0)
    return axis


def trend_buckets(report: Report) -> tuple[list[str], list[int]]:
    """(labels, units) per hour for a period of up to two days, else per local day; every
    bucket of the period, empty ones included."""
    tz = ZoneInfo(report.timezone)
    period = report.filter.period
    if period.length.total_seconds() <= HOURLY_UP_TO_S:
        hours: Counter[datetime] = Counter(dict(report.trend))
        keys, hour = [], period.start.replace(minute=0, second=0, microsecond=0)
        while hour < period.end:
            keys.append(hour)
            hour += timedelta(hours=1)
        return [k.astimezone(tz).strftime("%H:%M") for k in keys], [hours[k] for k in keys]
    days: Counter[date] = Counter()
    for hour, units in report.trend:
        days[hour.astimezone(tz).date()] += units
    first = period.start.astimezone(tz).date()
    last = (period.end - timedelta(microseconds=1)).astimezone(tz).date()
    dates = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [d.strftime("%m-%d") for d in dates], [days[d] for d in dates]


class MixCharts(QWidget):
    """Grade mix, disposition mix and the trend; clicking a slice or bar drills down."""

    clicked = Signal(str, str)  # table name ("grades" / "dispositions"), key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grades = QChartView()
        self.dispositions = QChartView()
        self.trend = QChartView()
        for view in (self.grades, self.dispositions, self.trend):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(200)
        mixes = QHBoxLayout()
        mixes.addWidget(self.grades)
        mixes.addWidget(self.dispositions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(mixes, 1)
        layout.addWidget(self.trend, 1)
        self.pie: QPieSeries | None = None
        self.bars: QHorizontalBarSeries | None = None
        self.trend_axis: QValueAxis | None = None
        self.bar_axis: QValueAxis | None = None

    def show_report(self, report: Report) -> None:
        self._pie(report)
        self._bars(report)
        self._trend(report)

    def _pie(self, report: Report) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Grade mix (units)"))
        self.pie = QPieSeries()
        grades = _counts(report, "grades")
        total = sum(n for _, n in grades) or 1
        for grade, units in grades:
            piece = self.pie.append(f"{grade}: {units} ({100 * units / total:.0f}%)", units)
            piece.setProperty("key", grade)
        self.pie.clicked.connect(self._slice_clicked)
        chart.addSeries(self.pie)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.grades.setChart(chart)

    def _bars(self, report: Report) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Disposition mix (units, after overrides)"))
        dispositions = _counts(report, "dispositions")[::-1]  # the table's first on top
        bar_set = QBarSet(self.tr("Units"))
        bar_set.append([float(n) for _, n in dispositions])
        self.bars = QHorizontalBarSeries()
        self.bars.append(bar_set)
        self.bars.setLabelsVisible(True)
        self.bars.setLabelsFormat("@value")
        keys = [d for d, _ in dispositions]
        bar_set.clicked.connect(lambda index: self.clicked.emit("dispositions", keys[index]))
        chart.addSeries(self.bars)
        categories = QBarCategoryAxis()
        categories.append([code_text(d) for d in keys])
        self.bar_axis = integer_axis(max([1, *(n for _, n in dispositions)]))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.bar_axis, Qt.AlignmentFlag.AlignBottom)
        self.bars.attachAxis(categories)
        self.bars.attachAxis(self.bar_axis)
        chart.legend().setVisible(False)
        self.dispositions.setChart(chart)

    def _trend(self, report: Report) -> None:
        labels, units = trend_buckets(report)
        hourly = report.filter.period.length.total_seconds() <= HOURLY_UP_TO_S
        chart = QChart()
        chart.setTitle(self.tr("Units inspected per hour") if hourly
                       else self.tr("Units inspected per day"))  # fmt: skip
        bar_set = QBarSet(self.tr("Units"))
        bar_set.append([float(n) for n in units])
        series = QBarSeries()
        series.append(bar_set)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        every = max(1, len(labels) // 24)  # a label every so many bars: they stay readable
        axis.append([t if i % every == 0 else " " * (i % every) for i, t in enumerate(labels)])
        axis.setLabelsAngle(-60 if len(labels) > 12 else 0)
        self.trend_axis = integer_axis(max([1, *units]))
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.trend_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        series.attachAxis(self.trend_axis)
        chart.legend().setVisible(False)
        self.trend.setChart(chart)

    def _slice_clicked(self, piece: QPieSlice) -> None:
        self.clicked.emit("grades", str(piece.property("key")))

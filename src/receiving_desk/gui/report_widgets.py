"""Widgets of the reports view: report tables, the mix charts (Qt Charts), the drill-down
list, and printing the report's PDF pages through a QPrinter."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.services.reports import Report, ReportTable, ReturnRow, format_value

DRILL_COLUMNS = ("RMA", "Station", "Clerk", "Opened", "State", "Units")
LINK = QColor("#1f5fa8")
MAX_PRINT_DPI = 300


def _item(text: str, numeric: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _prepare(widget: QTableWidget, columns: tuple[str, ...], rows: int) -> None:
    widget.clearContents()
    widget.setColumnCount(len(columns))
    widget.setRowCount(rows)
    widget.setHorizontalHeaderLabels(list(columns))
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.verticalHeader().setVisible(False)


def fill_table(widget: QTableWidget, table: ReportTable) -> None:
    """The table's values as shown on paper; numbers that open a drill-down look like links."""
    _prepare(widget, table.columns, len(table.rows))
    underlined = QFont(widget.font())
    underlined.setUnderline(True)
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            item = _item(format_value(value), isinstance(value, int | Decimal))
            if table.drill_at(r, c) is not None:
                item.setForeground(QBrush(LINK))
                item.setFont(underlined)
                item.setToolTip(widget.tr("Double-click for the returns behind this number"))
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()


def fill_drill(widget: QTableWidget, rows: list[ReturnRow], tz: ZoneInfo) -> None:
    _prepare(widget, DRILL_COLUMNS, len(rows))
    for r, ret in enumerate(rows):
        opened = ret.opened_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
        values = (ret.rma or "(blind)", ret.station, ret.clerk, opened, ret.status)
        for c, text in enumerate(values):
            widget.setItem(r, c, _item(text))
        widget.setItem(r, len(values), _item(str(ret.units), numeric=True))
    widget.resizeColumnsToContents()


def _counts(report: Report, name: str) -> list[tuple[str, int]]:
    rows = report.table(name).rows
    return [(str(r[0]), int(r[1])) for r in rows if isinstance(r[1], int) and r[1] > 0]


class MixCharts(QWidget):
    """Grade mix (pie) and disposition mix (bars); clicking a slice or bar drills down."""

    clicked = Signal(str, str)  # table name ("grades" / "dispositions"), key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grades = QChartView()
        self.dispositions = QChartView()
        for view in (self.grades, self.dispositions):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grades)
        layout.addWidget(self.dispositions)
        self.pie: QPieSeries | None = None
        self.bars: QHorizontalBarSeries | None = None

    def show_report(self, report: Report) -> None:
        pie_chart = QChart()
        pie_chart.setTitle(self.tr("Grade mix (units)"))
        self.pie = QPieSeries()
        for grade, units in _counts(report, "grades"):
            piece = self.pie.append(f"{grade}: {units}", units)
            piece.setProperty("key", grade)
            piece.setLabelVisible(True)
        self.pie.clicked.connect(self._slice_clicked)
        pie_chart.addSeries(self.pie)
        pie_chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.grades.setChart(pie_chart)
        bar_chart = QChart()
        bar_chart.setTitle(self.tr("Disposition mix (units, after overrides)"))
        dispositions = _counts(report, "dispositions")
        bar_set = QBarSet(self.tr("Units"))
        bar_set.append([float(n) for _, n in dispositions])
        self.bars = QHorizontalBarSeries()
        self.bars.append(bar_set)
        self.bars.setLabelsVisible(True)
        keys = [d for d, _ in dispositions]
        bar_set.clicked.connect(lambda index: self.clicked.emit("dispositions", keys[index]))
        bar_chart.addSeries(self.bars)
        categories = QBarCategoryAxis()
        categories.append([d.replace("_", " ") for d in keys])
        values = QValueAxis()
        values.setRange(0, max([1, *(n for _, n in dispositions)]))
        values.setLabelFormat("%d")
        bar_chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        bar_chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        self.bars.attachAxis(categories)
        self.bars.attachAxis(values)
        bar_chart.legend().setVisible(False)
        self.dispositions.setChart(bar_chart)

    def _slice_clicked(self, piece: QPieSlice) -> None:
        self.clicked.emit("grades", str(piece.property("key")))


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Each page of the PDF, rendered by Qt's PDF engine at the printer's resolution (capped),
    drawn on a page of `printer`. Returns the pages printed."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(data)
        document = QPdfDocument()
        document.load(str(path))
        pages = document.pageCount()
        painter = QPainter()
        if pages == 0 or not painter.begin(printer):
            document.close()
            return 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index in range(pages):
                if index:
                    printer.newPage()
                points = document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = document.render(index, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
        finally:
            painter.end()
            document.close()
        return pages

"""Widgets of the reports view: report tables, the drill-down dialog, and printing the
report's PDF pages through a QPrinter (charts: report_charts.py, tiles: report_tiles.py)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.gui.report_names import code_text, label_text
from receiving_desk.gui.screen_fit import resize_within
from receiving_desk.services.reports import Report, ReportTable, ReturnRow, format_value

DRILL_COLUMNS = ("RMA", "Station", "Clerk", "Opened", "State", "Units", "Notes")
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


def fill_table(widget: QTableWidget, table: ReportTable, report: Report) -> None:
    """The table's values in the user's language (names for codes, money in the site's
    currency); numbers that open a drill-down look like links. Columns as wide as their
    contents, the last one takes what is left."""
    _prepare(widget, tuple(label_text(c) for c in table.columns), len(table.rows))
    underlined = QFont(widget.font())
    underlined.setUnderline(True)
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            if c in table.coded and value is not None:
                text = code_text(str(value))
            elif isinstance(value, str):  # labels and words from the report's vocabulary
                text = label_text(value)
            else:
                text = format_value(value, report.currency, report.locale)
            item = _item(text, isinstance(value, int | Decimal))
            if table.drill_at(r, c) is not None:
                item.setForeground(QBrush(LINK))
                item.setFont(underlined)
                item.setToolTip(widget.tr("Double-click for the returns behind this number"))
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    widget.horizontalHeader().setStretchLastSection(True)


def fill_drill(widget: QTableWidget, rows: list[ReturnRow], tz: ZoneInfo) -> None:
    _prepare(widget, tuple(widget.tr(c) for c in DRILL_COLUMNS), len(rows))
    for r, ret in enumerate(rows):
        opened = ret.opened_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
        values = (ret.rma or "(blind)", ret.station, ret.clerk, opened, code_text(ret.status))
        for c, text in enumerate(values):
            widget.setItem(r, c, _item(text))
        widget.setItem(r, len(values), _item(str(ret.units), numeric=True))
        widget.setItem(r, len(values) + 1, _item(ret.notes))
    widget.resizeColumnsToContents()
    widget.horizontalHeader().setStretchLastSection(True)


class DrillDialog(QDialog):
    """The returns behind one number, with the notes on their units; opens when asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Returns behind the number"))
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.list = QTableWidget(0, len(DRILL_COLUMNS))
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Shown when the desk offers evidence packs (the reports view connects it).
        self.evidence_button = QPushButton(self.tr("Evidence pack of the selected return"))
        self.evidence_button.setVisible(False)
        # A month's figure can stand for thousands of returns: they come a page at a time.
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.evidence_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        resize_within(self, 900, 420)


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

"""The report's headline figures as tiles: the figure large, its label below, and how it
compares with the previous period of the same length. Double-click a tile for the returns
behind its figure."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from receiving_desk.gui.report_names import label_text
from receiving_desk.services.reports import Drill, Report, Value, format_value

TILES = (
    "Parcels received",
    "Units inspected",
    "Units per clerk-hour",
    "Units returned to stock",
    "Value returned to stock",
    "Refund value",
)
UP, DOWN = "▲", "▼"


def _number(value: Value) -> Decimal | None:
    return Decimal(value) if isinstance(value, int | Decimal) else None


class Tile(QFrame):
    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.value = QLabel("—")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.9)
        big.setBold(True)
        self.value.setFont(big)
        self.caption = QLabel()
        self.comparison = QLabel("\n")  # two lines from the start: the tile keeps its height
        for label in (self.value, self.caption, self.comparison):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.comparison)
        self.drill: Drill | None = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()
        super().mouseDoubleClickEvent(event)


class KpiTiles(QWidget):
    drill = Signal(object)  # Drill

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tiles: dict[str, Tile] = {}
        for i, label in enumerate(TILES):
            tile = Tile()
            tile.caption.setText(label_text(label))
            tile.double_clicked.connect(lambda t=tile: self._open(t))
            self.tiles[label] = tile
            layout.addWidget(tile, 0, i)

    def _open(self, tile: Tile) -> None:
        if tile.drill is not None:
            self.drill.emit(tile.drill)

    def show_report(self, report: Report) -> None:
        summary = report.table("summary")
        before = report.previous_summary
        earlier = {str(r[0]): r[1] for r in before.rows} if before is not None else {}
        for row_index, row in enumerate(summary.rows):
            tile = self.tiles.get(str(row[0]))
            if tile is None:
                continue
            tile.value.setText(format_value(row[1], report.currency, report.locale))
            tile.drill = summary.drill_at(row_index, 1)
            tile.setToolTip(self.tr("Double-click for the returns behind this number")
                            if tile.drill else "")  # fmt: skip
            tile.comparison.setText(self._compare(row[1], earlier.get(str(row[0])), report))

    def _compare(self, now: Value, was: Value, report: Report) -> str:
        current, previous = _number(now), _number(was)
        if current is None or previous is None:
            return self.tr("no figure for\nthe previous period")
        before = format_value(was, report.currency, report.locale)
        if previous == 0:
            if current == 0:
                return self.tr("same as the\nprevious period (0)")
            return self.tr("new: none in\nthe previous period")
        change = (current - previous) * 100 / previous
        arrow = UP if change > 0 else DOWN if change < 0 else "="
        return self.tr("%1 %2%\nvs previous period (%3)").replace("%1", arrow).replace(
            "%2", f"{abs(change):.0f}").replace("%3", before)  # fmt: skip

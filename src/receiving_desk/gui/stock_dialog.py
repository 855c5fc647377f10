"""The stock view: what is where, by SKU, LPN or bin; an LPN's history, its label preview and
a reprint. Queries run on the store executor, the label preview on the I/O executor; a
failure takes the default path (the app's error presenter) and shows in the status line.

Scan first: the scan field has the focus and the kind is told by the code itself (an LPN by
its prefix), so a scan into the dialog is a search, never keystrokes into a list. Times are
the site's local time; people are named, not numbered."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.domain.inventory import Movement, MoveReason, StockKey
from receiving_desk.domain.users import Session
from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.screen_fit import resize_within
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.app_ports import DeskApp, EvidenceFiles
from receiving_desk.services.desk import Desk


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


class StockDialog(QDialog):
    def __init__(
        self,
        app: DeskApp,
        desk: Desk,
        tasks: TaskManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stock"))
        resize_within(self, 1000, 700)
        self._app, self._desk, self._tasks = app, desk, tasks
        self._tz = ZoneInfo(app.station().site_timezone)
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 10) + 3)  # read from arm's length
        self.setFont(font)
        self.kind = QComboBox()
        self.kind.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a scan never types into it
        self.kind.addItem(self.tr("SKU"), "sku")
        self.kind.addItem(self.tr("LPN"), "lpn")
        self.kind.addItem(self.tr("Bin"), "bin")
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("SKU, LPN or bin code (scan or type), Enter"))
        self.query.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.stock = _table(
            [self.tr("SKU"), self.tr("Location"), self.tr("Grade"), self.tr("Quantity")]
        )
        self.history = _table(
            [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Why"), self.tr("By")]
        )
        for table in (self.stock, self.history):
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(420, 220)
        self.reprint_button = QPushButton(self.tr("Reprint this label (audited)"))
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self.reprint)
        self.evidence_button = QPushButton(self.tr("Evidence pack of this return"))
        self.evidence_button.setEnabled(False)
        self.evidence_button.setVisible(app.evidence is not None)
        self.evidence_button.clicked.connect(self.make_evidence)
        self.search_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reprint_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.evidence_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scan_field = self.query
        self.status = QLabel()
        top = QHBoxLayout()
        for widget in (self.kind, self.query, self.search_button):
            top.addWidget(widget)
        lpn_row = QHBoxLayout()
        lpn_row.addWidget(self.history, 2)
        side = QVBoxLayout()
        side.addWidget(self.preview)
        side.addWidget(self.reprint_button)
        side.addWidget(self.evidence_button)
        lpn_row.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("On hand (from the stock ledger)")))
        layout.addWidget(self.stock)
        layout.addWidget(QLabel(self.tr("License plate history")))
        layout.addLayout(lpn_row)
        layout.addWidget(self.status)
        self.lpn: str | None = None
        self.query.setFocus()

    def showEvent(self, event: object) -> None:  # Qt API name
        super().showEvent(event)  # type: ignore[arg-type]
        self.query.setFocus()  # scan first

    def _reason_text(self, reason: MoveReason) -> str:
        return {
            MoveReason.RECEIVED: self.tr("received"),
            MoveReason.PUT_AWAY: self.tr("put away"),
            MoveReason.MOVED: self.tr("moved"),
            MoveReason.REVERSED: self.tr("reversed (undone or voided)"),
        }[reason]

    def search(self) -> None:
        text = self.query.text().strip()
        kind = self.kind.currentData()
        if text.startswith("LPN") or kind == "lpn":
            kind = "lpn"
        inventory = self._app.inventory
        self.lpn = text if kind == "lpn" else None
        self.reprint_button.setEnabled(False)
        self.evidence_button.setEnabled(False)
        self.preview.clear()

        def run() -> tuple[dict[StockKey, int], list[Movement], dict[str, str]]:
            stock = inventory.stock(
                sku=text if kind == "sku" and text else None,
                location=text if kind == "bin" and text else None,
                lpn=text if kind == "lpn" and text else None,
            )
            history = inventory.history(text) if kind == "lpn" else []
            return stock, history, inventory.people([m.user_id for m in history])

        self._tasks.run_in_store(run, self._show, on_failure=self._failed)

    def _show(self, found: tuple[dict[StockKey, int], list[Movement], dict[str, str]]) -> None:
        stock, history, names = found
        _fill(
            self.stock,
            [[sku, loc, grade, str(qty)] for (sku, loc, grade), qty in sorted(stock.items())],
        )
        _fill(
            self.history,
            [
                [
                    m.at.astimezone(self._tz).strftime("%Y-%m-%d %H:%M"),
                    m.from_location or "—",
                    m.to_location,
                    self._reason_text(m.reason),
                    names.get(m.user_id, m.user_id),
                ]
                for m in history
            ],
        )
        n = len(stock)
        self.status.setText(
            self.tr("%n stock line", "", n) if n == 1 else self.tr("%n stock lines", "", n)
        )
        self.query.selectAll()  # the next scan replaces this one
        if self.lpn and history:
            self.reprint_button.setEnabled(True)
            self.evidence_button.setEnabled(self._app.evidence is not None)
            self._load_preview(self.lpn)

    def _load_preview(self, lpn: str) -> None:
        printers = self._app.printers
        self._tasks.run_io(
            lambda: printers.label_preview(lpn), self._show_preview, on_failure=self._failed
        )

    def _show_preview(self, png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        self.preview.setPixmap(
            pixmap.scaledToWidth(420, Qt.TransformationMode.SmoothTransformation)
        )

    def reprint(self) -> None:
        lpn, desk, inventory = self.lpn, self._desk, self._app.inventory
        if lpn is None:
            return
        self._tasks.run_in_store(
            lambda: inventory.reprint(desk.require_session(), lpn),
            lambda _: self.status.setText(self.tr("Label {0} reprinted").format(lpn)),
            on_failure=self._failed,
        )

    def make_evidence(self) -> None:
        """The LPN's return as an evidence pack: the session is read on the store executor,
        the pack made on the I/O executor (never the GUI thread)."""
        lpn, desk, evidence = self.lpn, self._desk, self._app.evidence
        if lpn is None or evidence is None:
            return
        self.evidence_button.setEnabled(False)
        self.status.setText(self.tr("Making the evidence pack of {0}…").format(lpn))

        def make(session: Session) -> None:
            self._tasks.run_io(
                lambda: evidence.make(session, lpn=lpn),
                self._evidence_made,
                on_failure=self._evidence_failed,
            )

        self._tasks.run_in_store(desk.require_session, make, on_failure=self._evidence_failed)

    def _evidence_made(self, files: EvidenceFiles) -> None:
        self.evidence_button.setEnabled(True)
        self.status.setText(
            self.tr("Evidence pack saved: {0} and {1}").format(files.pdf, files.zip.name)
        )

    def _evidence_failed(self, error: BaseException) -> None:
        self.evidence_button.setEnabled(self.lpn is not None)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(failure_text(error))

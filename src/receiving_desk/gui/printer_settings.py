"""Settings page for the station's printers: one per label type (restock, bin, command
sheet; anything unset uses the default), each with a "print test label" button. The test
runs off the GUI thread; saving goes through the station-settings use case (supervisor)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.printer_status import printer_state_text
from receiving_desk.gui.problem_texts import reason_words
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.app_ports import PrinterChoice, PrinterPort


def _reason(error: BaseException) -> str:
    """The row already names the printer: only the reason (the presenter says the rest)."""
    if isinstance(error, DeskError) and error.code is ErrorCode.PRINTER_FAILED:
        return reason_words(error.params)
    return failure_text(error)


class PrinterRow:
    def __init__(self, target: PrinterChoice | None, sizes: tuple[str, ...]) -> None:
        self.url = QLineEdit(target.url if target else "")
        example = "tcp://10.0.0.50:9100 · cups://queue · file:///dir"
        self.url.setPlaceholderText(example)
        self.url.setToolTip(example)
        # The example is the field's help: it must show whole, whatever the other columns take.
        self.url.setMinimumWidth(self.url.fontMetrics().horizontalAdvance(example) + 16)
        self.format = QComboBox()
        self.format.addItems(["", "zpl", "pdf"])
        self.dpi = QComboBox()
        self.dpi.addItems(["203", "300"])
        self.size = QComboBox()
        self.size.addItems(list(sizes))
        self.test = QPushButton(QCoreApplication.translate("PrinterRow", "Print test label"))
        self.result = QLabel()
        if target is not None:
            self.format.setCurrentText(target.format)
            self.dpi.setCurrentText(str(target.dpi))
            self.size.setCurrentText(target.size)

    def value(self) -> dict[str, Any] | None:
        url = self.url.text().strip()
        if not url:
            return None
        value: dict[str, Any] = {
            "url": url,
            "dpi": int(self.dpi.currentText()),
            "size": self.size.currentText(),
        }
        if self.format.currentText():
            value["format"] = self.format.currentText()
        return value


class PrinterSettingsPage(QWidget):
    def __init__(
        self,
        printers: PrinterPort,
        tasks: TaskManager,
        save: Callable[[dict[str, Any]], None],
        allow_test: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._printers = printers
        self._tasks = tasks
        self._save = save
        self._allow_test = allow_test  # on the store executor: checks and audits, or raises
        grid = QGridLayout()
        headers = [
            self.tr("Labels"),
            self.tr("Printer URL"),
            self.tr("Format"),
            self.tr("dpi"),
            self.tr("Label size"),
            "",
            "",
        ]
        for col, text in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        self.rows: dict[str, PrinterRow] = {}
        choices = printers.choices()
        for r, kind in enumerate(printers.label_types, start=1):
            row = PrinterRow(choices.get(kind), printers.sizes)
            row.test.clicked.connect(lambda _=False, k=kind: self.print_test(k))
            for col, widget in enumerate(
                (QLabel(kind), row.url, row.format, row.dpi, row.size, row.test, row.result)
            ):
                grid.addWidget(widget, r, col)
            self.rows[kind] = row
        grid.setColumnStretch(1, 1)  # the URL takes the room the page has
        self.save_button = QPushButton(self.tr("Save and apply"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(
            QLabel(
                self.tr(
                    "An empty row uses the default printer. Without a default, labels are "
                    "written as PDF files into the station's labels folder."
                )
            )
        )
        layout.addWidget(self.status)
        layout.addWidget(self.save_button)
        layout.addStretch(1)

    def table(self) -> dict[str, Any]:
        return {kind: value for kind, row in self.rows.items() if (value := row.value())}

    def print_test(self, kind: str) -> None:
        row = self.rows[kind]
        value = row.value() or {}
        url = value.get("url", "")
        if not url:
            row.result.setText(self.tr("no printer"))
            return
        row.result.setText(self.tr("printing…"))

        printers = self._printers

        def failed(error: BaseException) -> None:
            row.result.setText(self.tr("not printed: {0}").format(_reason(error)))

        def send(_: object = None) -> None:
            self._tasks.run_io(
                lambda: printers.print_test_label(value),
                lambda state: row.result.setText(
                    self.tr("printed ({0})").format(printer_state_text(state))
                ),
                on_failure=failed,
            )

        allow = self._allow_test
        self._tasks.run_in_store(lambda: allow(url), send, on_failure=failed)

    def save(self) -> None:
        self._save(self.table())

"""A supervisor's override of the proposed disposition: choose another, give the reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from receiving_desk.domain.rules import Disposition
from receiving_desk.gui.messages import disposition_text


class OverrideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override the disposition (supervisor, audited)"))
        self.disposition = QComboBox()
        for disposition in Disposition:
            self.disposition.addItem(disposition_text(disposition), disposition.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (required)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("New disposition"), self.disposition)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.buttons)

    def chosen(self) -> tuple[Disposition, str]:
        return Disposition(self.disposition.currentData()), self.reason.text()

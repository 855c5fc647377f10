"""The station and central-database forms, shared by the first-run setup and the admin's
Settings (where every setup step can be revisited). They only collect values and show what
happened; the caller runs the use case on the store executor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.services.app_ports import StationView
from receiving_desk.station_values import languages, time_zones


def status_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class StationForm(QWidget):
    """Station id, site name, time zone, language, sound."""

    def __init__(
        self,
        station: StationView,
        save: Callable[[dict[str, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.station_id = QLineEdit(station.station_id)
        self.station_id.setPlaceholderText("DESK-01")
        self.site_name = QLineEdit(station.site_name)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)  # typing "Berlin" finds Europe/Berlin
        self.timezone.addItems(time_zones())
        self.timezone.setCurrentText(station.site_timezone)
        self.language = QComboBox()
        for code in languages():
            name = QLocale(code).nativeLanguageName() if code else self.tr("The system's")
            self.language.addItem(f"{name} ({code})" if code else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(station.language)))
        self.sound = QCheckBox(self.tr("Good and bad scans sound"))
        self.sound.setChecked(station.sound)
        self.save_button = QPushButton(self.tr("Save the station"))
        self.save_button.clicked.connect(lambda: self._save(self.values()))
        self.status = status_label()
        form = QFormLayout()
        form.addRow(self.tr("Station id"), self.station_id)
        form.addRow(self.tr("Site name"), self.site_name)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.sound)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(self.tr("A new station id or language is used from the next start."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def values(self) -> dict[str, Any]:
        return {
            "station_id": self.station_id.text().strip(),
            "site_name": self.site_name.text().strip(),
            "site_timezone": self.timezone.currentText().strip(),
            "language": str(self.language.currentData() or ""),
            "sound": self.sound.isChecked(),
        }


class CentralForm(QWidget):
    """Standalone, or a central database: URL, password file, test, first pull."""

    def __init__(
        self,
        station: StationView,
        current: dict[str, Any],
        actions: CentralActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self.standalone = QRadioButton(self.tr("Standalone: this desk keeps its own data"))
        self.central = QRadioButton(self.tr("Central returns database"))
        (self.standalone if station.standalone else self.central).setChecked(True)
        self.url = QLineEdit(str(current.get("url", "")))
        self.url.setPlaceholderText("postgresql://desk@central.example:5432/returns")
        self.password_file = QLineEdit(str(current.get("password_file", "") or ""))
        self.password_file.setPlaceholderText(self.tr("a file holding only the password"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_password_file)
        row = QHBoxLayout()
        row.addWidget(self.password_file, 1)
        row.addWidget(browse)
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.pull_button = QPushButton(self.tr("Pull the reference data now"))
        self.save_button = QPushButton(self.tr("Save"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = status_label()
        self.test_button.clicked.connect(lambda: actions.test(self.values() or {}))
        self.pull_button.clicked.connect(lambda: actions.pull(self.values() or {}))
        self.save_button.clicked.connect(lambda: actions.save(self.values()))
        form = QFormLayout()
        form.addRow(self.tr("URL"), self.url)
        form.addRow(self.tr("Password file"), row)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.pull_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.standalone)
        layout.addWidget(self.central)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.standalone.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        on = self.central.isChecked()
        for widget in (self.url, self.password_file, self.test_button, self.pull_button):
            widget.setEnabled(on)

    def _choose_password_file(self) -> None:
        dialog = QFileDialog(self, self.tr("The central database's password file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.password_file.setText)
        self.file_dialog = dialog
        dialog.open()

    def values(self) -> dict[str, Any] | None:
        """None: standalone."""
        if self.standalone.isChecked():
            return None
        values: dict[str, Any] = {"url": self.url.text().strip()}
        if self.password_file.text().strip():
            values["password_file"] = self.password_file.text().strip()
        return values

    def show_progress(self, table: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if table:
            self.status.setText(self.tr("Pulling {0}: {1} of {2} rows").format(table, done, total))


class CentralActions:
    """What the central form's buttons do (run by the caller on the store executor)."""

    def __init__(
        self,
        test: Callable[[dict[str, Any]], None],
        pull: Callable[[dict[str, Any]], None],
        save: Callable[[dict[str, Any] | None], None],
    ) -> None:
        self.test, self.pull, self.save = test, pull, save

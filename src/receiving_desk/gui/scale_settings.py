"""Settings page for the station's bench scales ([[scale]], docs/scales.md): the scales
configured, an editor for one (protocol, port or USB identity, line speed, how often the desk
asks, how long the scale takes to settle) and the live reading of every scale, so a scale
can be checked on the spot with a known weight. Saving goes through the station-settings
use case (supervisors only, audited); the readers are restarted with the new settings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.domain.weights import Reading, ReadingState
from receiving_desk.gui.weight_texts import grams_text
from receiving_desk.services.app_ports import ScaleConfigView

PROTOCOLS = ("mt-sics", "continuous")
BAUDS = ["1200", "2400", "4800", "9600", "19200", "38400"]


def _hex(value: int | None) -> str:
    return f"{value:04x}" if value is not None else ""


class ScaleSettingsPage(QWidget):
    def __init__(
        self,
        configs: Sequence[ScaleConfigView],
        save: Callable[[list[dict[str, Any]]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.tables: list[dict[str, Any]] = [self._table(c) for c in configs]
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Scales of this station"))
        row = QHBoxLayout(box)
        self.list = QListWidget()
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addWidget(box)
        editor = QGroupBox(self.tr("Scale"))
        form = QFormLayout(editor)
        self.name = QLineEdit()
        self.protocol = QComboBox()
        self.protocol.addItems(PROTOCOLS)
        self.port = QLineEdit()
        self.port.setPlaceholderText(self.tr("/dev/ttyUSB0 or COM3 (or a USB identity)"))
        self.usb_vid, self.usb_pid, self.usb_serial = QLineEdit(), QLineEdit(), QLineEdit()
        self.baudrate = QComboBox()
        self.baudrate.setEditable(True)
        self.baudrate.addItems(BAUDS)
        self.poll_ms = QSpinBox()
        self.poll_ms.setRange(50, 5000)
        self.poll_ms.setSuffix(" ms")
        self.settle_ms = QSpinBox()
        self.settle_ms.setRange(100, 30_000)
        self.settle_ms.setSuffix(" ms")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Protocol"), self.protocol)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("USB vendor id (hex)"), self.usb_vid)
        form.addRow(self.tr("USB product id (hex)"), self.usb_pid)
        form.addRow(self.tr("USB serial number"), self.usb_serial)
        form.addRow(self.tr("Baud rate"), self.baudrate)
        form.addRow(self.tr("Ask every (MT-SICS)"), self.poll_ms)
        form.addRow(self.tr("Settles within"), self.settle_ms)
        layout.addWidget(editor)
        live = QGroupBox(self.tr("Test: put a known weight on the scale"))
        self.live = QLabel("—")
        font = self.live.font()
        font.setPointSize(22)
        font.setBold(True)
        self.live.setFont(font)
        QVBoxLayout(live).addWidget(self.live)
        layout.addWidget(live)
        save_row = QHBoxLayout()
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("Save and apply"))
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)
        layout.addStretch(1)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.save_button.clicked.connect(self.save)
        self.list.currentRowChanged.connect(self._show)
        self._current = -1
        self._fill()

    @staticmethod
    def _table(config: ScaleConfigView) -> dict[str, Any]:
        table: dict[str, Any] = {
            "name": config.name,
            "protocol": config.protocol,
            "port": config.port,
            "usb_vid": _hex(config.usb_vid) or None,
            "usb_pid": _hex(config.usb_pid) or None,
            "usb_serial": config.usb_serial,
            "baudrate": config.baudrate,
            "poll_ms": config.poll_ms,
            "settle_ms": config.settle_ms,
        }
        return {k: v for k, v in table.items() if v is not None}

    def _fill(self) -> None:
        self.list.clear()
        for table in self.tables:
            self.list.addItem(f"{table['name']} · {table['protocol']} · {table.get('port', '')}")
        self.remove_button.setEnabled(bool(self.tables))
        if self.tables:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        self._keep()
        self._current = row
        if not 0 <= row < len(self.tables):
            return
        table = self.tables[row]
        self.name.setText(table["name"])
        self.protocol.setCurrentText(table.get("protocol", "mt-sics"))
        self.port.setText(table.get("port", ""))
        self.usb_vid.setText(str(table.get("usb_vid", "")))
        self.usb_pid.setText(str(table.get("usb_pid", "")))
        self.usb_serial.setText(str(table.get("usb_serial", "")))
        self.baudrate.setCurrentText(str(table.get("baudrate", 9600)))
        self.poll_ms.setValue(int(table.get("poll_ms", 200)))
        self.settle_ms.setValue(int(table.get("settle_ms", 3000)))

    def _keep(self) -> None:
        """The editor's values back into the table being edited (as typed: the save
        validates and names what is wrong)."""
        if not 0 <= self._current < len(self.tables):
            return
        table: dict[str, Any] = {
            "name": self.name.text().strip(),
            "protocol": self.protocol.currentText(),
            "baudrate": int(self.baudrate.currentText())
            if self.baudrate.currentText().isdigit()
            else self.baudrate.currentText(),
            "poll_ms": self.poll_ms.value(),
            "settle_ms": self.settle_ms.value(),
        }
        for key, edit in (
            ("port", self.port),
            ("usb_vid", self.usb_vid),
            ("usb_pid", self.usb_pid),
            ("usb_serial", self.usb_serial),
        ):
            if edit.text().strip():
                table[key] = edit.text().strip()
        self.tables[self._current] = table

    def add(self) -> None:
        self._keep()
        names = {t["name"] for t in self.tables}
        number = next(n for n in range(1, len(names) + 2) if f"scale-{n}" not in names)
        self.tables.append({"name": f"scale-{number}", "protocol": "mt-sics", "port": ""})
        self._current = -1
        self._fill()
        self.list.setCurrentRow(len(self.tables) - 1)

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.tables):
            del self.tables[row]
            self._current = -1
            self._fill()

    def save(self) -> None:
        self._keep()
        self._save([dict(t) for t in self.tables])

    def show_reading(self, name: str, reading: Reading) -> None:
        """The live reading of every scale, as the reader threads send it (by a signal)."""
        text = {
            ReadingState.OVERLOAD: self.tr("OVERLOAD"),
            ReadingState.UNDERLOAD: self.tr("below zero"),
            ReadingState.ERROR: self.tr("scale error"),
        }.get(reading.state, grams_text(reading.grams))
        state = self.tr("stable") if reading.recordable else self.tr("moving")
        self.live.setText(f"{name}: {text} ({state})")

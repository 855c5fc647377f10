"""Settings page for the station's serial scanners.

Lists the serial ports present (with USB VID/PID/serial and product), lets a supervisor assign
a scanner to one and tune its line settings, shows the last scans live so a scanner can be
tested on the spot, and saves through the station-settings use case (which checks the role).
Port discovery runs off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.pin_scans import shown as pin_masked
from receiving_desk.domain.file_problems import wording_of
from receiving_desk.gui.messages import failure_text
from receiving_desk.gui.problem_texts import wording_text
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.app_ports import (
    JournaledScanView,
    PortView,
    ScannerConfigView,
    ScannerPort,
)

LIVE_SCANS = 20
BAUDS = ["1200", "2400", "4800", "9600", "19200", "38400", "57600", "115200"]


def _hex(value: int | None) -> str:
    return f"{value:04x}" if value is not None else ""


class ScannerSettingsPage(QWidget):
    def __init__(
        self,
        configs: Sequence[ScannerConfigView],
        scanners: ScannerPort,
        tasks: TaskManager,
        save: Callable[[list[dict[str, Any]]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._scanners = scanners
        self._tasks = tasks
        self._save = save
        # The scan as it may be shown: a PIN masked (the dialog sets the site's format).
        self.shown_scan: Callable[[str], str] = lambda data: pin_masked(data, DeskPatterns())
        self.ports: Sequence[PortView] = []
        self.configs: list[ScannerConfigView] = list(configs)
        layout = QVBoxLayout(self)
        layout.addWidget(self._ports_box())
        layout.addWidget(self._configured_box())
        layout.addWidget(self._editor_box())
        live = QGroupBox(self.tr("Test: last scans from any scanner"))
        self.live = QListWidget()
        QVBoxLayout(live).addWidget(self.live)
        layout.addWidget(live)
        self._fill_configured()
        if self.configs:
            self.configured.selectRow(0)
        self.refresh_ports()

    # -- ports present ---------------------------------------------------------------------
    def _ports_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Serial ports on this computer"))
        self.port_table = QTableWidget(0, 5)
        self.port_table.setHorizontalHeaderLabels(
            [
                self.tr("Device"),
                self.tr("Description"),
                self.tr("USB VID:PID"),
                self.tr("Serial number"),
                self.tr("Product"),
            ]
        )
        self._table_style(self.port_table)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh_ports)
        self.assign_button = QPushButton(self.tr("Assign a scanner to the selected port"))
        self.assign_button.clicked.connect(self.assign_selected_port)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.assign_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.port_table)
        layout.addLayout(buttons)
        return box

    def refresh_ports(self) -> None:
        self.refresh_button.setEnabled(False)
        self._tasks.run_io(
            self._scanners.list_ports, self._show_ports, on_failure=self._ports_failed
        )

    def _show_ports(self, ports: Sequence[PortView]) -> None:
        self.refresh_button.setEnabled(True)
        self.ports = ports
        self.port_table.setRowCount(len(ports))
        for row, port in enumerate(ports):
            vid_pid = f"{_hex(port.vid)}:{_hex(port.pid)}" if port.vid is not None else ""
            cells = [
                port.device,
                port.description or "",
                vid_pid,
                port.serial_number or "",
                port.product or "",
            ]
            for col, text in enumerate(cells):
                self.port_table.setItem(row, col, QTableWidgetItem(text))

    def _ports_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("Could not list serial ports: {0}").format(failure_text(error)))

    def assign_selected_port(self) -> None:
        row = self.port_table.currentRow()
        if not 0 <= row < len(self.ports):
            return
        port = self.ports[row]
        name = f"scanner-{len(self.configs) + 1}"
        usb = port.vid is not None
        config = self._scanners.make_config(
            {"name": name}
            | (
                {"usb_vid": port.vid, "usb_pid": port.pid, "usb_serial": port.serial_number}
                if usb
                else {"port": port.device}
            )
        )
        self.configs.append(config)
        self._fill_configured()
        self.configured.selectRow(len(self.configs) - 1)

    # -- configured scanners -------------------------------------------------------------
    def _configured_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Scanners of this station"))
        self.configured = QTableWidget(0, 5)
        self.configured.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Port or USB identity"),
                self.tr("Baud"),
                self.tr("Format"),
                self.tr("Suffix"),
            ]
        )
        self._table_style(self.configured)
        self.configured.currentCellChanged.connect(lambda row, *_: self._edit(row))
        self.add_button = QPushButton(self.tr("Add by device path"))
        self.add_button.clicked.connect(self._add_by_path)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        self.save_button = QPushButton(self.tr("Save and apply"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.configured)
        layout.addLayout(buttons)
        return box

    def _fill_configured(self) -> None:
        self.configured.setRowCount(len(self.configs))
        for row, c in enumerate(self.configs):
            where = c.port or f"USB {_hex(c.usb_vid)}:{_hex(c.usb_pid)} {c.usb_serial or ''}"
            suffix = (
                self.tr("CR/LF")
                if c.terminator == "auto"
                else self.tr("none ({0} ms gap)").format(c.idle_flush_ms)
            )
            cells = [
                c.name,
                where,
                str(c.baudrate),
                f"{c.bytesize}{c.parity}{c.stopbits:g} {c.flow}",
                suffix,
            ]
            for col, text in enumerate(cells):
                self.configured.setItem(row, col, QTableWidgetItem(text))

    def _add_by_path(self) -> None:
        self.configs.append(
            self._scanners.make_config(
                {"name": f"scanner-{len(self.configs) + 1}", "port": "/dev/ttyUSB0"}
            )
        )
        self._fill_configured()
        self.configured.selectRow(len(self.configs) - 1)

    def _remove(self) -> None:
        row = self.configured.currentRow()
        if 0 <= row < len(self.configs):
            del self.configs[row]
            self._fill_configured()

    # -- editor ----------------------------------------------------------------------------
    def _editor_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected scanner"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.port_edit = QLineEdit()
        self.usb_check = QCheckBox(self.tr("Find by USB VID/PID/serial (survives re-plugging)"))
        self.baud_combo = QComboBox()
        self.baud_combo.addItems(BAUDS)
        self.bytesize_combo = QComboBox()
        self.bytesize_combo.addItems(["8", "7"])
        self.parity_combo = QComboBox()
        self.parity_combo.addItems(["N", "E", "O"])
        self.stopbits_combo = QComboBox()
        self.stopbits_combo.addItems(["1", "2"])
        self.flow_combo = QComboBox()
        self.flow_combo.addItems(["none", "rtscts", "xonxoff"])
        self.suffix_combo = QComboBox()
        self.suffix_combo.addItem(self.tr("CR, LF or CRLF"), "auto")
        self.suffix_combo.addItem(self.tr("none: a silence ends the scan"), "none")
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(20, 2000)
        self.idle_spin.setSuffix(" ms")
        # Only such a scanner's bracketed text is GS1; from others it is a label printing them.
        self.hri_check = QCheckBox(self.tr("Sends GS1 data as text in brackets: (01)…(10)…"))
        for label, widget in (
            (self.tr("Name"), self.name_edit),
            (self.tr("Device path"), self.port_edit),
            ("", self.usb_check),
            (self.tr("Baud"), self.baud_combo),
            (self.tr("Data bits"), self.bytesize_combo),
            (self.tr("Parity"), self.parity_combo),
            (self.tr("Stop bits"), self.stopbits_combo),
            (self.tr("Flow control"), self.flow_combo),
            (self.tr("Suffix"), self.suffix_combo),
            (self.tr("Silence"), self.idle_spin),
            ("", self.hri_check),
        ):
            form.addRow(label, widget)
        self.apply_edit_button = QPushButton(self.tr("Apply to the list"))
        self.apply_edit_button.clicked.connect(self.apply_edit)
        form.addRow("", self.apply_edit_button)
        return box

    def _edit(self, row: int) -> None:
        if not 0 <= row < len(self.configs):
            return
        c = self.configs[row]
        self.name_edit.setText(c.name)
        self.port_edit.setText(c.port or "")
        self.usb_check.setChecked(c.uses_usb_identity)
        self.baud_combo.setCurrentText(str(c.baudrate))
        self.bytesize_combo.setCurrentText(str(c.bytesize))
        self.parity_combo.setCurrentText(c.parity)
        self.stopbits_combo.setCurrentText(f"{c.stopbits:g}")
        self.flow_combo.setCurrentText(c.flow)
        self.suffix_combo.setCurrentIndex(self.suffix_combo.findData(c.terminator))
        self.idle_spin.setValue(c.idle_flush_ms)
        self.hri_check.setChecked(c.sends_hri)

    def apply_edit(self) -> None:
        row = self.configured.currentRow()
        if not 0 <= row < len(self.configs):
            return
        old = self.configs[row].to_dict()
        usb = self.usb_check.isChecked()
        values = {
            **old,
            "name": self.name_edit.text().strip(),
            "port": self.port_edit.text().strip() or None,
            "baudrate": int(self.baud_combo.currentText()),
            "bytesize": int(self.bytesize_combo.currentText()),
            "parity": self.parity_combo.currentText(),
            "stopbits": int(self.stopbits_combo.currentText()),
            "flow": self.flow_combo.currentText(),
            "terminator": self.suffix_combo.currentData(),
            "idle_flush_ms": self.idle_spin.value(),
            "sends_hri": self.hri_check.isChecked(),
        }
        if not usb:
            for key in ("usb_vid", "usb_pid", "usb_serial"):
                values.pop(key, None)
        try:
            self.configs[row] = self._scanners.make_config(
                {k: v for k, v in values.items() if v is not None}
            )
        except ValueError as exc:
            self.status.setText(wording_text(wording_of(exc)))
            return
        self.status.setText("")
        self._fill_configured()

    def save(self) -> None:
        self._save([c.to_dict() for c in self.configs])

    # -- live test ---------------------------------------------------------------------------
    def show_scan(self, journaled: JournaledScanView) -> None:
        scan = journaled.scan
        shown = self.shown_scan(scan.data).replace("\x1d", "<GS>")
        self.live.insertItem(0, f"{scan.source}: {scan.aim_id or ''} {shown}")
        while self.live.count() > LIVE_SCANS:
            self.live.takeItem(self.live.count() - 1)

    @staticmethod
    def _table_style(table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(110)
        table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

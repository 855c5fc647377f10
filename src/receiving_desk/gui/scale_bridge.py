"""Scales to the GUI: readings and hot-plug states from the reader threads, re-emitted as
queued signals on the GUI thread (like `scanner_bridge.py`); the status bar's scale part; and
the parcel weighed by itself: the first stable reading after the parcel was opened is
recorded (through the store executor), so a clerk who puts the box on the scale before
scanning its slip weighs it without a command. A unit is weighed with CMD-WEIGH.

Nothing here waits for the scale: the GUI thread only receives what the readers send.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QLabel

from receiving_desk.domain.weights import Reading
from receiving_desk.gui.message_bridge import MessageBridge
from receiving_desk.gui.receiving_view import ReceivingView
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.gui.weight_panel import WeightPanel
from receiving_desk.services.app_ports import ScalePort, ScaleStatusView
from receiving_desk.services.desk_events import DeskResult
from receiving_desk.services.desk_view import DeskView
from receiving_desk.services.weighing import ON_PLATFORM_GRAMS, WeightCheck


class ScaleBridge(QObject):
    reading = Signal(str, object)  # (scale name, Reading) on the GUI thread
    status_changed = Signal(object)  # ScaleStatusView

    def __init__(
        self,
        port: ScalePort,
        view: ReceivingView,
        tasks: TaskManager,
        panel: WeightPanel,
        label: QLabel,
        messages: MessageBridge,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.port = port
        self.view = view
        self.tasks = tasks
        self.panel = panel
        self.label = label
        self.messages = messages
        self.statuses: dict[str, ScaleStatusView] = {}
        self._weighing = False  # a parcel weight on its way to the store
        self._refused: WeightCheck | None = None  # the step whose weighing was refused
        self.reading.connect(self._on_reading)
        self.status_changed.connect(self._on_status)
        view.rendered.connect(self._on_view)
        panel.setVisible(bool(port.configs()))

    def start(self) -> None:
        self.port.start(self.reading.emit, self.status_changed.emit)

    def stop(self) -> None:
        self.port.stop()

    def attach(self, show: Callable[[str, Reading], None], dialog: QDialog) -> None:
        """A settings page shows the live readings while its dialog is open; when it
        closes, the weight panel follows the scales now configured."""
        self.reading.connect(show)

        def closed(_: int = 0) -> None:
            self.reading.disconnect(show)
            self.panel.setVisible(bool(self.port.configs()))

        dialog.finished.connect(closed)

    def _on_view(self, view: DeskView) -> None:
        self.panel.show_check(view.weight)

    def _on_reading(self, _name: str, reading: Reading) -> None:
        self.panel.show_reading(reading)
        check = self.panel.check
        if (
            check is None
            or check.target != "parcel"
            or check.grams is not None
            or self._weighing
            or check is self._refused  # not again until the desk shows a new step
            or not reading.recordable
            or (reading.grams or 0) < ON_PLATFORM_GRAMS
        ):
            return
        self._weighing = True
        desk = self.view.desk
        self.tasks.run_in_store(
            lambda: desk.weigh(reading),
            self._weighed,
            on_failure=lambda _error: self._not_weighed(check),
        )

    def _weighed(self, result: DeskResult) -> None:
        self._weighing = False
        self.view.show_result(result)

    def _not_weighed(self, check: WeightCheck) -> None:
        self._weighing = False  # the default path shows why
        self._refused = check

    def _on_status(self, status: ScaleStatusView) -> None:
        self.statuses[status.source] = status
        parts = []
        for name, known in sorted(self.statuses.items()):
            colour = "#1b5e20" if known.state == "connected" else "#b71c1c"
            state = self.tr("connected") if known.state == "connected" else self.tr("no scale")
            parts.append(f'<span style="color:{colour}">⚖ {name}: {state}</span>')
        self.label.setText("  ".join(parts))
        if status.state == "disconnected":
            self.messages.warn(
                self.tr("Scale {0} disconnected — check its cable").format(status.source)
            )
        elif status.state == "connected":
            self.messages.confirm(self.tr("Scale {0} connected").format(status.source))

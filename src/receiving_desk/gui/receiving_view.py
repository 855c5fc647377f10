"""The receiving view: what a clerk sees and drives with the scanner and a few keys.

It renders a `DeskView` and forwards input to the `Desk` on the runtime's store executor
(the only thread that touches the desk's session state); it decides nothing itself. A refused
step goes the default way, to the app's error presenter; the view only re-renders.

At start the view shows its first screen (scan your badge) before the store is open: it has
no desk yet, offers nothing but the scan box, and goes live when the start-up attaches the
desk (`attach`). What is scanned meanwhile waits in the scanner bridge.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QPushButton, QWidget

from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.pin_scans import shown as pin_masked
from receiving_desk.domain.rules import Disposition
from receiving_desk.gui import messages as m
from receiving_desk.gui.banner import Banner
from receiving_desk.gui.generated.ui_receiving_view import Ui_ReceivingView
from receiving_desk.gui.guidance import next_text
from receiving_desk.gui.language import use_rules
from receiving_desk.gui.parcel_panel import ParcelPanel
from receiving_desk.gui.scanner_bridge import KEYBOARD
from receiving_desk.gui.shown_code import shown_code
from receiving_desk.gui.sounds import Cue, Sounds
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.gui.weight_panel import WeightPanel
from receiving_desk.services.desk_events import DeskResult, Event
from receiving_desk.services.desk_view import DeskView, Step
from receiving_desk.timing import mark

if TYPE_CHECKING:  # the use cases load with the store, after the first screen
    from receiving_desk.services.desk import Desk

GRADE_KEYS = {"1": "A", "2": "B", "3": "C", "4": "D", "5": "SCRAP"}
BAD_EVENTS = {Event.NO_RMA_FOUND}  # results the clerk must not miss
# Results with something to look at: amber, never green (a question, a pick list).
ASKING_EVENTS = {
    Event.SEVERAL_RMAS,
    Event.CONFIRM_NEEDED,
    Event.APPROVAL_NEEDED,
    Event.APPROVER_BADGE_READ,
    Event.IDLE_WARNING,  # the clerk must see it to stay logged in
    Event.IDLE_LOGGED_OUT,
    Event.SESSION_CHANGED,  # never a silent change of who is logged in
}
PIN_STEPS = (Step.ENTER_PIN, Step.APPROVE_PIN)  # a secret: never echoed, never journaled


def _big(font: QFont, points: int, bold: bool = True) -> QFont:
    font = QFont(font)
    font.setPointSize(points)
    font.setBold(bold)
    return font


class ReceivingView(QWidget):
    rendered = Signal(object)  # DeskView, after every render (status bar, tests)
    line_entered = Signal(str)  # a line from the scan box, to be journaled like any scan
    photo_requested = Signal()
    override_requested = Signal()

    def __init__(
        self, desk: Desk | None, tasks: TaskManager, sounds: Sounds, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReceivingView()
        self.ui.setupUi(self)
        self._desk = desk
        self._tasks = tasks
        self._sounds = sounds
        self.banner = Banner(self.ui.bannerLabel)
        self.panel = ParcelPanel(self.ui, self.answer_check, self.toggle_condition)
        self.weight = WeightPanel(self)  # shown by the scale bridge when there is a scale
        self.ui.scanRow.addWidget(self.weight)
        self.current: DeskView | None = None  # the desk's last snapshot on screen
        self.shown: DeskView | None = None  # what is on screen (the first screen before it)
        # The scan as it may be shown: a PIN masked (the main window sets the site's format).
        self.shown_scan: Callable[[str], str] = lambda data: pin_masked(data, DeskPatterns())
        self.ui.scanInput.shown = lambda text: self.shown_scan(text)  # a PIN typed by a wedge
        self._grade_buttons: dict[str, QPushButton] = {
            "A": self.ui.gradeAButton,
            "B": self.ui.gradeBButton,
            "C": self.ui.gradeCButton,
            "D": self.ui.gradeDButton,
            "SCRAP": self.ui.gradeScrapButton,
        }
        self._style()
        self._setup_tables()
        self._connect()
        self.refresh()

    # -- setup -----------------------------------------------------------------------------
    def _style(self) -> None:
        ui = self.ui
        base = self.font()
        ui.stepLabel.setFont(_big(base, 20))
        ui.nextLabel.setFont(_big(base, 14, bold=False))
        ui.lastScanLabel.setFont(_big(base, 12, bold=False))
        ui.scanInput.setFont(_big(base, 18, bold=False))
        ui.scanInput.setMinimumHeight(48)
        ui.dispositionLabel.setFont(_big(base, 16))
        ui.refundLabel.setFont(_big(base, 13))
        ui.currentUnitLabel.setFont(_big(base, 13, bold=False))
        ui.whyLabel.setFont(_big(base, 11, bold=False))
        for label in (
            ui.rmaValue,
            ui.orderValue,
            ui.customerValue,
            ui.tierValue,
            ui.deliveredValue,
            ui.windowValue,
        ):
            label.setFont(_big(base, 12))
        buttons = [
            *self._grade_buttons.values(),
            ui.completeButton,
            ui.undoButton,
            ui.overrideButton,
            ui.setAsideButton,
            ui.photoButton,
            ui.confirmButton,
        ]
        ui.confirmButton.setStyleSheet("background:#ffb300;color:#212121;")
        ui.noteEdit.setMinimumWidth(90)  # the unit panel must fit a 1092 px wide window
        ui.confirmButton.hide()
        for button in buttons:
            button.setMinimumHeight(44)
            button.setFont(_big(base, 13))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan input keeps the focus
        ui.scanInput.set_hotkeys(frozenset())
        # The unit being decided gets the most room; the tables keep three rows in view.
        for index, stretch in enumerate((2, 2, 3)):
            ui.inspectionRow.setStretch(index, stretch)
        for table in (ui.linesTable, ui.unitsTable):
            table.setMinimumHeight(120)
        ui.tablesRow.setStretch(0, 2)
        ui.tablesRow.setStretch(1, 3)

    def _setup_tables(self) -> None:
        heads = {
            self.ui.linesTable: [
                self.tr("Line"),
                self.tr("SKU"),
                self.tr("Description"),
                self.tr("Declared"),
                self.tr("Received"),
                self.tr("Status"),
                self.tr("Customer's reason"),
            ],
            self.ui.unitsTable: [
                self.tr("#"),
                self.tr("SKU"),
                self.tr("Description"),
                self.tr("Match"),
                self.tr("Grade"),
                self.tr("Disposition"),
                self.tr("LPN"),
                self.tr("Bin"),
            ],
        }
        for table, labels in heads.items():
            table.setColumnCount(len(labels))
            table.setHorizontalHeaderLabels(labels)
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            # The description keeps a readable width; the table scrolls sideways if it must.
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(2, 170)
            header.setStretchLastSection(True)
            table.setFont(_big(self.font(), 12, bold=False))

    def _connect(self) -> None:
        ui = self.ui
        ui.scanInput.scanned.connect(self.submit_line)
        ui.scanInput.hotkey.connect(lambda key: self.grade(GRADE_KEYS[key]))
        for grade, button in self._grade_buttons.items():
            button.clicked.connect(lambda _=False, g=grade: self.grade(g))
        ui.completeButton.clicked.connect(self.complete)
        ui.confirmButton.clicked.connect(lambda: self.act(self.desk.confirm_complete))
        ui.undoButton.clicked.connect(self.undo_last_scan)
        ui.setAsideButton.clicked.connect(lambda: self.act(self.desk.set_aside))
        ui.photoButton.clicked.connect(self.photo_requested.emit)
        ui.overrideButton.clicked.connect(self.override_requested.emit)
        ui.noteEdit.returnPressed.connect(ui.scanInput.setFocus)

    @property
    def live(self) -> bool:
        """The desk is attached: its store is open and its use cases answer."""
        return self._desk is not None

    @property
    def desk(self) -> Desk:
        if self._desk is None:
            raise RuntimeError("the desk is still opening its store")
        return self._desk

    def attach(self, desk: Desk) -> None:
        """The store is open: from now on the view shows (and drives) this desk."""
        self._desk = desk
        self.refresh()

    # -- actions (all run on the store executor) ------------------------------------------------
    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        # A refused step can still move the desk (a wrong PIN drops the badge): re-render.
        self._tasks.run_in_store(fn, on_done, on_failure=lambda _: self.refresh())

    def refresh(self) -> None:
        if self._desk is None:  # the first screen, while the store opens: no store needed
            self._render(DeskView(Step.SCAN_BADGE))
            return
        self._tasks.run_in_store(self.desk.view, self.show_view)

    def act(self, fn: Callable[[], DeskResult]) -> None:
        self.banner.clear()  # the next banner is this action's, never a stale one
        self.run(fn, self._on_result)

    def submit_line(self, text: str) -> None:
        if self.current is not None and self.current.step in PIN_STEPS:
            # A PIN is a secret: it goes to the login use case, never into the scan journal.
            self.act(lambda: self.desk.submit_pin(text))
            return
        self.line_entered.emit(text)

    def scan(
        self, payload: str, aim_id: str | None, source: str, *, hri: bool | None = None
    ) -> None:
        """A journaled scan from any scanner, the keyboard wedge included.

        ``hri``: bracketed GS1 text may be read as GS1 (typed, or a scanner set to send it).
        """
        self.show_scan(payload, source)
        self.submit_scan(payload, aim_id, hri=hri)

    def show_scan(self, payload: str, source: str) -> None:
        """The scan in the "last scan" line (a PIN masked); the banner waits for its result."""
        shown = shown_code(self.shown_scan(payload))
        if source == KEYBOARD:
            self.ui.lastScanLabel.setText(self.tr("Last scan: {0}").format(shown))
        else:
            self.ui.lastScanLabel.setText(self.tr("Last scan ({0}): {1}").format(source, shown))
        self.banner.clear()  # the next banner is this scan's

    def submit_scan(self, payload: str, aim_id: str | None, *, hri: bool | None = None) -> None:
        """The scan's use case, to the store worker. Touches no widget: also called on the
        scan journal's thread (the scanners' direct route, see `ScannerBridge`)."""

        def run() -> DeskResult:
            mark("store.scan")
            result = self.desk.scan(payload, aim_id, hri=hri)
            mark("store.done")
            return result

        self.run(run, self._on_result)

    def grade(self, grade: str) -> None:
        note = self.ui.noteEdit.text().strip()
        self.act(lambda: self.desk.grade(grade, note))

    def answer_check(self, code: str, passed: bool) -> None:
        self.act(lambda: self.desk.answer_check(code, passed))

    def toggle_condition(self, code: str) -> None:
        self.act(lambda: self.desk.toggle_condition(code))

    def add_photo(self, stored_name: str) -> None:
        self.act(lambda: self.desk.add_photo(stored_name))

    def override(self, disposition: Disposition, reason: str) -> None:
        def run() -> DeskResult:
            self.desk.start_override(disposition)
            return self.desk.override_reason(reason)

        self.act(run)

    def complete(self) -> None:
        self.act(self.desk.complete)

    def undo_last_scan(self) -> None:
        self.act(self.desk.undo_last_scan)

    def void(self, reason: str) -> None:
        self.act(lambda: self.desk.void(reason))

    def logout(self) -> None:
        self.act(self.desk.logout)

    # -- results ---------------------------------------------------------------------------
    def show_result(self, result: DeskResult) -> None:
        """A result the desk produced by itself (the idle watch's warning and logout)."""
        self._on_result(result)

    def _on_result(self, result: DeskResult) -> None:
        mark("gui.result")
        message = m.event_text(result.event, result.params)
        cue = Cue.DONE if result.event is Event.RETURN_COMPLETED else Cue.GOOD
        not_matched = result.event is Event.UNIT_ADDED and result.params.get("match") != "matched"
        not_matched |= result.event is Event.WEIGHED and bool(result.params.get("finding"))
        flagged = result.event is Event.RETURN_COMPLETED and bool(result.params.get("flags"))
        if not_matched or result.event in BAD_EVENTS:
            cue = Cue.BAD  # a discrepancy must not sound like a good scan
            self.show_error_banner(message)
        elif flagged or result.event in ASKING_EVENTS:
            if not flagged:
                cue = Cue.BAD  # a question: the clerk must look before the next scan
            self.banner.warn(message)
        else:
            self.show_ok_banner(message)
        if result.event is Event.UNIT_GRADED:
            self.ui.noteEdit.clear()
        self._sounds.play(cue)
        self.show_view(result.view)

    def show_error_banner(self, text: str) -> None:
        self.banner.error(text)

    def show_ok_banner(self, text: str) -> None:
        self.banner.ok(text)

    # -- rendering -------------------------------------------------------------------------
    def show_view(self, view: DeskView) -> None:
        self.current = view
        self._render(view)

    def _render(self, view: DeskView) -> None:
        self.shown = view
        if view.rules is not None:  # (the first screen has none: nothing of the rules on it)
            use_rules(view.rules)
        ui = self.ui
        ui.stepLabel.setText(m.audit_step_text(view.final_by, view.step))
        guidance = next_text(view)
        ui.nextLabel.setText(guidance)
        ui.nextLabel.setVisible(bool(guidance))
        asking = view.step is Step.CONFIRM_COMPLETE
        ui.confirmButton.setVisible(asking)  # in Complete's place while the desk asks
        ui.completeButton.setVisible(not asking)
        pin = view.step in PIN_STEPS
        ui.scanInput.setEchoMode(QLineEdit.EchoMode.Password if pin else QLineEdit.EchoMode.Normal)
        grading = view.step is Step.GRADE_UNIT
        any_grade = grading or view.step is Step.AUDIT_GRADE  # a blind or a final grade too
        ui.scanInput.set_hotkeys(frozenset(GRADE_KEYS) if any_grade else frozenset())
        for grade, button in self._grade_buttons.items():
            button.setEnabled(any_grade and grade in view.grades)
        parcel = view.parcel
        ui.completeButton.setEnabled(parcel is not None and parcel.unit_to_grade is None)
        ui.undoButton.setEnabled(parcel is not None and bool(parcel.units))
        ui.overrideButton.setEnabled(parcel is not None and parcel.last_graded is not None)
        ui.setAsideButton.setEnabled(parcel is not None or view.step is Step.UNEXPECTED)
        ui.photoButton.setEnabled(parcel is not None and bool(parcel.units))
        ui.noteEdit.setEnabled(grading)
        self.panel.show(view)
        if not ui.noteEdit.hasFocus():
            ui.scanInput.setFocus()
        self.rendered.emit(view)
        mark("gui.shown")

"""Renders a parcel on the receiving view: header, lines, units, flags, the inspection of the
unit waiting (checklist, found conditions) and the last decision with its reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

from receiving_desk.domain.receipt import LineState, MatchStatus
from receiving_desk.domain.rules import Check
from receiving_desk.gui import messages as m
from receiving_desk.gui.generated.ui_receiving_view import Ui_ReceivingView
from receiving_desk.gui.language import category_text, rule_text
from receiving_desk.gui.note_texts import note_text
from receiving_desk.services.desk_view import DeskView, ParcelView

MATCH_COLOURS = {
    MatchStatus.MATCHED: QColor("#c8e6c9"),
    MatchStatus.NOT_ON_RMA: QColor("#ffcdd2"),
    MatchStatus.OVER_QUANTITY: QColor("#ffe0b2"),
}
LINE_COLOURS = {
    LineState.PENDING: QColor("#ffffff"),
    LineState.PARTIAL: QColor("#fff9c4"),
    LineState.RECEIVED: QColor("#c8e6c9"),
}
ANSWER_STYLE = {True: "background:#2e7d32;color:white;", False: "background:#c62828;color:white;"}


def fill_table(table: QTableWidget, rows: list[tuple[list[str], QColor]]) -> None:
    """Cells that already show their text in their colour are left as they are: after a scan
    most of a return's rows are unchanged, and replacing every item made the table re-lay
    itself out on every scan."""
    table.setRowCount(len(rows))
    for r, (cells, colour) in enumerate(rows):
        for c, text in enumerate(cells):
            item = table.item(r, c)
            if item is None:
                item = QTableWidgetItem(text)
                item.setBackground(colour)
                item.setForeground(QColor("#000000"))
                table.setItem(r, c, item)
                continue
            if item.text() != text:
                item.setText(text)
            if item.background().color() != colour:
                item.setBackground(colour)


def clear_grid(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class ParcelPanel(QObject):
    """Owns the dynamic parts; answers and toggles are reported through the callbacks."""

    def __init__(
        self,
        ui: Ui_ReceivingView,
        answer: Callable[[str, bool], None],
        toggle: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.ui = ui
        self._answer = answer
        self._toggle = toggle
        self.check_buttons: dict[tuple[str, bool], QPushButton] = {}
        self.condition_buttons: dict[str, QPushButton] = {}
        self._shown_checks: tuple[tuple[Check, ...], frozenset[str]] | None = None
        self._shown_conditions: tuple[tuple[str, str], ...] | None = None

    def show(self, view: DeskView) -> None:
        self._conditions(view)
        parcel = view.parcel
        self.ui.parcelGroup.setEnabled(parcel is not None)
        if parcel is None:
            self._empty()
            return
        self._header(parcel)
        self._tables(parcel)
        self._inspection(parcel)
        self._decision(parcel)

    def _empty(self) -> None:
        ui = self.ui
        for label in (
            ui.rmaValue,
            ui.orderValue,
            ui.customerValue,
            ui.tierValue,
            ui.deliveredValue,
            ui.windowValue,
        ):
            label.setText("—")
            label.setStyleSheet("")
        for table in (ui.linesTable, ui.unitsTable):
            table.setRowCount(0)
        for label in (
            ui.currentUnitLabel,
            ui.dispositionLabel,
            ui.whyLabel,
            ui.refundLabel,
            ui.flagsLabel,
        ):
            label.setText("")
        self._checklist(())
        ui.checklistGroup.setEnabled(False)
        ui.conditionsGroup.setEnabled(False)

    def _header(self, parcel: ParcelView) -> None:
        ui = self.ui
        if parcel.rma_number is None:
            ui.rmaValue.setText(self.tr("Blind receipt (no RMA)"))
            for label in (
                ui.orderValue,
                ui.customerValue,
                ui.tierValue,
                ui.deliveredValue,
                ui.windowValue,
            ):
                label.setText("—")
            ui.windowValue.setStyleSheet("")
            return
        ui.rmaValue.setText(parcel.rma_number)
        ui.orderValue.setText(f"{parcel.order_number} ({parcel.order_date})")
        ui.customerValue.setText(parcel.customer_name)
        ui.tierValue.setText(m.tier_text(parcel.tier) if parcel.tier else "—")
        ui.deliveredValue.setText(parcel.delivered_on)
        w = parcel.window
        if w is None:
            return
        if w.inside:
            text = self.tr("Inside: day {0} of {1} ({2} left)").format(
                w.days_since_delivery, w.window_days, w.days_left
            )
            colour = "#1b5e20"
        elif w.accepted_by_leniency:
            text = self.tr("Late: day {0} of {1}, accepted by loyalty leniency (+{2})").format(
                w.days_since_delivery, w.window_days, w.lenient_days
            )
            colour = "#e65100"
        else:
            text = self.tr("OUTSIDE: day {0} of {1}").format(w.days_since_delivery, w.window_days)
            colour = "#b71c1c"
        ui.windowValue.setText(text)
        ui.windowValue.setStyleSheet(f"color:{colour};")

    def _tables(self, parcel: ParcelView) -> None:
        ui = self.ui
        fill_table(
            ui.linesTable,
            [
                (
                    [
                        str(r.line_no),
                        r.sku,
                        r.description,
                        str(r.declared),
                        str(r.received),
                        m.line_state_text(r.state),
                        m.reason_text(r.reason),
                    ],
                    LINE_COLOURS[r.state],
                )
                for r in parcel.lines
            ],
        )
        fill_table(
            ui.unitsTable,
            [
                (
                    [
                        str(u.seq),
                        u.sku,
                        u.description,
                        m.match_text(u.match),
                        u.grade or "—",
                        m.disposition_text(u.disposition) if u.disposition else "—",
                        u.lpn or "—",
                        self._where(u.location, u.destination, u.staged),
                    ],
                    MATCH_COLOURS[u.match],
                )
                for u in parcel.units
            ],
        )
        if parcel.flags:
            items = "".join(f"<li>{m.flag_text(f)}</li>" for f in parcel.flags)
            title = self.tr("Discrepancies")
            ui.flagsLabel.setText(
                f'<div style="background:#fff3e0"><b style="color:#b71c1c">{title}</b>'
                f"<ul>{items}</ul></div>"
            )
        else:
            ui.flagsLabel.setText("")

    def _where(self, location: str | None, destination: str | None, staged: bool) -> str:
        if location is None:
            return "—"
        if staged:
            return self.tr("→ {0} (staged)").format(destination or "?")
        return location

    def _inspection(self, parcel: ParcelView) -> None:
        ui = self.ui
        waiting = parcel.unit_to_grade
        ui.checklistGroup.setEnabled(waiting is not None)
        ui.conditionsGroup.setEnabled(waiting is not None)
        self._checklist(parcel.checklist if waiting else (), parcel.required)
        answers = waiting.checklist if waiting else {}
        for (code, value), button in self.check_buttons.items():
            button.setStyleSheet(ANSWER_STYLE[value] if answers.get(code) is value else "")
        found = set(waiting.conditions) if waiting else set()
        for code, button in self.condition_buttons.items():
            button.setChecked(code in found)
        # "Current unit" is the unit being graded; with none waiting, the one just decided.
        shown = waiting or parcel.last_graded
        if shown is not None:
            ui.currentUnitLabel.setText(
                self.tr("Unit {0}: {1} — {2} ({3})").format(
                    shown.seq, shown.sku, shown.description, category_text(shown.category)
                )
            )
        else:
            ui.currentUnitLabel.setText("")

    def _checklist(self, checks: tuple[Check, ...], required: frozenset[str] = frozenset()) -> None:
        if (checks, required) == self._shown_checks:
            return
        self._shown_checks = (checks, required)
        grid = self.ui.checklistGrid
        clear_grid(grid)
        self.check_buttons = {}
        grid.setColumnStretch(0, 1)
        for row, check in enumerate(checks):
            text = rule_text(check.label)
            label = QLabel(f"{text} *" if check.code in required else text)
            label.setWordWrap(True)  # long questions wrap instead of widening the window
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(80)
            grid.addWidget(label, row, 0)
            for col, (value, text) in enumerate(((True, self.tr("Yes")), (False, self.tr("No")))):
                button = QPushButton(text)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(lambda _=False, c=check.code, v=value: self._answer(c, v))
                grid.addWidget(button, row, col + 1)
                self.check_buttons[(check.code, value)] = button

    def _conditions(self, view: DeskView) -> None:
        if view.conditions == self._shown_conditions:
            return
        self._shown_conditions = view.conditions
        grid = self.ui.conditionsGrid
        clear_grid(grid)
        self.condition_buttons = {}
        for n, (code, label) in enumerate(view.conditions):
            button = QPushButton(rule_text(label))
            button.setCheckable(True)
            button.setStyleSheet("QPushButton:checked { background:#ef6c00; color:white; }")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, c=code: self._toggle(c))
            # One column: a translated condition is often too long to share a row.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, n, 0)
            self.condition_buttons[code] = button

    def _decision(self, parcel: ParcelView) -> None:
        ui = self.ui
        last = parcel.last_graded
        waiting = parcel.unit_to_grade is not None  # its decision is not the current unit's
        if waiting or last is None or last.decision is None or last.disposition is None:
            for label in (ui.dispositionLabel, ui.whyLabel, ui.refundLabel):
                label.setText("")
            return
        decision = last.decision
        text = self.tr("Unit {0} (grade {1}): {2}").format(
            last.seq, last.grade, m.disposition_text(last.disposition)
        )
        if last.override_reason is not None:
            text += " " + self.tr("(override of {0}: {1})").format(
                m.disposition_text(decision.disposition), last.override_reason
            )
        ui.dispositionLabel.setText(text)
        ui.refundLabel.setText(m.refund_text(decision.refund))
        why = self.tr("Why: {0} — rule {1}, rules version {2}").format(
            rule_text(decision.why), decision.rule_id, decision.rule_version
        )
        ui.whyLabel.setText("\n".join([why, *map(note_text, decision.notes)]))

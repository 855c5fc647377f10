"""The weight, in large type, beside the scan box: the scale's live reading as it moves, what
the step weighs (the parcel, or unit n) and its expected range; once recorded, the weight in
the colour of what it says (green as expected, red empty box / too light / too heavy)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from receiving_desk.domain.weights import Reading, ReadingState
from receiving_desk.gui.weight_texts import grams_text, range_text

if TYPE_CHECKING:  # the weighing use case loads with the store
    from receiving_desk.services.weighing import WeightCheck

OK, BAD, MOVING = "#1b5e20", "#b71c1c", "#616161"


class WeightPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.live = QLabel("—")
        font = QFont(self.font())
        font.setPointSize(30)
        font.setBold(True)
        self.live.setFont(font)
        self.range = QLabel()
        small = QFont(self.font())
        small.setPointSize(13)
        small.setBold(True)
        self.range.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.live)
        layout.addWidget(self.range)
        self.check: WeightCheck | None = None
        self.hide()  # shown when the station has a scale

    def show_reading(self, reading: Reading) -> None:
        """The scale's live reading (never recorded as such: the desk takes stable ones)."""
        if self.check is not None and self.check.grams is not None:
            return  # recorded: the recorded weight stays on screen until the step changes
        texts = {
            ReadingState.OVERLOAD: self.tr("OVERLOAD"),
            ReadingState.UNDERLOAD: self.tr("below zero"),
            ReadingState.ERROR: self.tr("scale error"),
        }
        text = texts.get(reading.state, grams_text(reading.grams))
        if reading.state is ReadingState.UNSTABLE:
            text = self.tr("{0} …").format(text)
        stable = reading.state is ReadingState.STABLE
        self.live.setText(text)
        self.live.setStyleSheet(f"color:{OK if stable else MOVING};")

    def show_check(self, check: WeightCheck | None) -> None:
        """What the desk's step weighs (from the `DeskView`), recorded or not."""
        self.check = check
        if check is None:
            self.range.setText(self.tr("Nothing to weigh now"))
            return
        expected = check.expected
        what = (
            self.tr("Parcel")
            if check.target == "parcel"
            else self.tr("Unit {0}").format(check.unit_seq)
        )
        span = range_text(expected.low, expected.high) if expected else range_text(None, None)
        self.range.setText(f"{what}: {span}")
        if check.grams is not None:
            self.live.setText(grams_text(check.grams))
            self.live.setStyleSheet(f"color:{BAD if check.finding else OK};")

"""A status bar whose parts never run off its edge.

The parts are one-line labels whose texts change with the desk's state (a label waiting at a
printer, sync offline with its reason) and with the language; on a 1366×768 screen at 125 %
they can need more than the bar has, and Qt then clips the last ones mid-word. Here the bar
gives way by priority instead: when the visible parts do not fit, the least important are
hidden whole (their texts move to the bar's tooltip, so nothing is lost to whoever looks),
and come back as soon as there is room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

SPACING = 12  # what QStatusBar puts around each part, with a little to spare


class StatusFit(QObject):
    def __init__(self, bar: QStatusBar, parts: list[tuple[QLabel, int]]) -> None:
        """`parts`: each label with its priority (higher stays longer)."""
        super().__init__(bar)
        self._bar = bar
        self._parts = parts
        self._hidden: set[QLabel] = set()
        self._pending = False
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._bar and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
        ):
            self._schedule()
        return False

    def _schedule(self) -> None:
        if not self._pending:  # once per turn of the event loop, after the texts are set
            self._pending = True
            QTimer.singleShot(0, self, self.fit)  # not after the bar is gone

    def fit(self) -> None:
        self._pending = False
        # The window's width, not the bar's: parts too wide stretch the bar past the window.
        window = self._bar.window()
        room = min(self._bar.contentsRect().width(), window.contentsRect().width()) - SPACING
        wanted = [(label, p) for label, p in self._parts if self._wants_showing(label)]
        need = sum(self._width(label) for label, _ in wanted)
        hidden: set[QLabel] = set()
        for label, _ in sorted(wanted, key=lambda part: part[1]):
            if need <= room:
                break
            hidden.add(label)
            need -= self._width(label)
        for label, _ in wanted:
            label.setVisible(label not in hidden)
        self._hidden = hidden
        self._bar.setToolTip("\n".join(plain_text(label) for label, _ in wanted if label in hidden))

    def _wants_showing(self, label: QLabel) -> bool:
        """Shown now, or hidden by this fit (not by its owner) and still saying something."""
        return bool(label.text()) and (label.isVisibleTo(self._bar) or label in self._hidden)

    @staticmethod
    def _width(widget: QWidget) -> int:
        return widget.sizeHint().width() + SPACING

    @property
    def hidden(self) -> list[QLabel]:
        return [label for label, _ in self._parts if label in self._hidden]


def plain_text(label: QLabel) -> str:
    """The label's text without its markup (the tooltip is plain)."""
    doc_text = label.text()
    out, inside = [], False
    for ch in doc_text:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out).replace("&nbsp;", " ").replace("&amp;", "&")

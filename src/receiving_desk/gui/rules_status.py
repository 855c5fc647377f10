"""The rules in force, as the desk user sees them: a new version — loaded in Administration
here or installed by the pull — is said in the banner ("Rules version X in force") and the
view is drawn again with it (its checklist and condition texts come from the view snapshot's
rules). The holder is read once a second; reading it is a reference, never the store."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from receiving_desk.gui.receiving_view import ReceivingView
from receiving_desk.services.rules_in_force import RulesInForce


class RulesStatus(QObject):
    def __init__(
        self,
        rules: RulesInForce | None,
        view: ReceivingView,
        station_label: QLabel,
        interval_ms: int = 1000,
    ) -> None:
        super().__init__(view)
        self._rules = rules
        self._view = view
        self._label = station_label
        self._site = station_label.toolTip()  # the station label's tooltip: site, then rules
        self.shown = rules.version if rules is not None else None
        self._tip()
        if rules is not None:
            self._timer = QTimer(self)
            self._timer.timeout.connect(self.check)
            self._timer.start(interval_ms)

    def text(self, version: str) -> str:
        return self.tr("Rules version {0} in force").format(version)

    def check(self) -> None:
        if self._rules is None or self._rules.version == self.shown:
            return
        self.shown = self._rules.version
        self._tip()
        self._view.refresh()  # the checklist and conditions of the new rules
        self._view.show_ok_banner(self.text(self.shown))

    def _tip(self) -> None:
        if self.shown is not None:
            self._label.setToolTip("\n".join(filter(None, (self._site, self.text(self.shown)))))

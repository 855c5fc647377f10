"""The rules in force, as the desk user sees them: a new version — loaded in Administration
here or installed by the pull — is said in the banner ("Rules version X in force") and the
view is drawn again with it (its checklist and condition texts come from the view snapshot's
rules). The holder is read once a second; reading it is a reference, never the store. A load
by another process (`receiving-desk admin rules load` beside the running desk) is looked for
by the desk's `rules_watch`, a stat of the station file on the I/O executor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from receiving_desk.gui.receiving_view import ReceivingView
from receiving_desk.gui.tasks import TaskManager
from receiving_desk.services.rules_in_force import RulesInForce


class RulesStatus(QObject):
    def __init__(
        self,
        rules: RulesInForce | None,
        view: ReceivingView,
        station_label: QLabel,
        tasks: TaskManager | None = None,
        watch: Callable[[], object] | None = None,
        interval_ms: int = 1000,
    ) -> None:
        super().__init__(view)
        self._rules = rules
        self._view = view
        self.label = station_label
        self._site = station_label.toolTip()  # the station label's tooltip: site, then rules
        self.shown = rules.version if rules is not None else None
        self._tip()
        self._tasks, self._watch = tasks, watch
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        if rules is not None:
            self._timer.start(interval_ms)

    def stop(self) -> None:
        """The window closes: nothing more is asked of its executors."""
        self._timer.stop()

    def _look(self) -> None:
        """The station file, read off the GUI thread (a load by another process)."""
        if self._tasks is not None and self._watch is not None:
            self._tasks.run_io(self._watch)

    def text(self, version: str) -> str:
        return self.tr("Rules version {0} in force").format(version)

    def check(self) -> None:
        self._look()  # its swap is seen at the next check
        if self._rules is None or self._rules.version == self.shown:
            return
        self.shown = self._rules.version
        self._tip()
        self._view.refresh()  # the checklist and conditions of the new rules
        self._view.show_ok_banner(self.text(self.shown))

    def _tip(self) -> None:
        if self.shown is not None:
            self.label.setToolTip("\n".join(filter(None, (self._site, self.text(self.shown)))))

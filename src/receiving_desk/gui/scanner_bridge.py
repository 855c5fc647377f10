"""Scanners to the GUI: the scan feed's callbacks re-emitted as signals on the GUI thread.

reader threads ─┐                                            ┌─> desk route (store worker)
keyboard line ──┴─> scan journal (writer thread, durable) ───┴─> Qt signal ─> GUI thread

While the receiving view takes scans, the journal's thread hands each journaled scan straight
to the desk's route (a submission to the store worker), and the GUI thread is only told
(`taken`): a scan no longer waits for the GUI thread to be free — a screen being drawn, a
dialog's work — before its use case starts. Otherwise (the settings or the first-run setup
are open: scans test the scanners there) it goes to the GUI thread (`scanned`) as before.

Nothing here blocks the GUI thread: readers and the journal run on their own threads (behind
the `ScannerPort` the composition root built) and hand results over by queued signals.

The window is up before the store is open: until the port is attached, typed lines wait here
in order, and go to the journal (once each) when it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from receiving_desk.services.app_ports import (
    JournaledScanView,
    ScannerConfigView,
    ScannerPort,
    ScannerStatusView,
)

KEYBOARD = "keyboard"


DeskRoute = Callable[[JournaledScanView], None]


class ScannerBridge(QObject):
    scanned = Signal(object)  # JournaledScanView, delivered on the GUI thread
    taken = Signal(object)  # JournaledScanView the desk route took, told on the GUI thread
    status_changed = Signal(object)  # ScannerStatusView
    trouble = Signal(object)  # the journal's known error while scans wait; None: flowing

    def __init__(self, port: ScannerPort | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._port = port
        self.statuses: dict[str, ScannerStatusView] = {}
        self.keyboard_lines_in_flight = 0  # typed lines not yet back from the journal
        self.waiting: list[str] = []  # typed before the store was open, in order
        self._started = False
        # Set and cleared on the GUI thread, read on the journal's (one reference: atomic).
        self.desk_route: DeskRoute | None = None
        self.status_changed.connect(self._remember)

    @property
    def port(self) -> ScannerPort:
        if self._port is None:
            raise RuntimeError("the scan journal is not open yet")
        return self._port

    @property
    def attached(self) -> bool:
        return self._port is not None

    def attach(self, port: ScannerPort) -> None:
        """The store is open: `start` hands the journal what was typed meanwhile."""
        self._port = port

    def delivered(self, journaled: JournaledScanView) -> None:
        """Called by the consumer once it has taken the scan over."""
        if journaled.scan.source == KEYBOARD:
            self.keyboard_lines_in_flight -= 1

    def sends_hri(self, source: str) -> bool:
        """May bracketed GS1 text from this source be read as GS1? Typing: yes; a scanner:
        only when its settings say it sends GS1 data that way."""
        if source == KEYBOARD:
            return True
        return any(c.name == source and c.sends_hri for c in self.port.configs())

    def _remember(self, status: ScannerStatusView) -> None:
        self.statuses[status.source] = status

    def start(self) -> None:
        port = self.port
        port.start(self._journaled, self.status_changed.emit, self.trouble.emit)
        self._started = True
        waiting, self.waiting = self.waiting, []
        for text in waiting:  # typed before the store was open, in order (each already
            port.keyboard_line(text)  # counted in flight when it was typed)

    def _journaled(self, journaled: JournaledScanView) -> None:
        """On the journal's thread, once the scan is durable."""
        route = self.desk_route
        if route is None:
            self.scanned.emit(journaled)
            return
        # Told first: the GUI hears of the scan before the use case's result comes back.
        self.taken.emit(journaled)
        route(journaled)

    def stop(self) -> None:
        if self._started:  # (a window closed before its store opened has nothing to stop)
            self.port.stop()

    def reconfigure(self, configs: Sequence[ScannerConfigView]) -> None:
        wanted = list(configs)
        for name in set(self.statuses) - {c.name for c in wanted}:
            del self.statuses[name]
        self.port.reconfigure(wanted)

    def keyboard_line(self, text: str) -> None:
        """A line from the keyboard wedge (or typed by hand) joins the same pipeline."""
        self.keyboard_lines_in_flight += 1
        if self._port is None:
            self.waiting.append(text)
            return
        self._port.keyboard_line(text)

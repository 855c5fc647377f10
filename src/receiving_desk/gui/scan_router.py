"""Where a journaled scan goes: to the desk's use case, or (while the settings or the first-run
setup are open) to the scanner test shown there.

To the desk it goes from the scan journal's thread straight to the store worker (the
`ScannerBridge`'s desk route): the GUI thread is told, to show it, but is not a hop on the
scan's way, so a scan never waits for a screen being drawn. Scans that test the scanners
come to the GUI thread (`ScannerBridge.scanned`), as does one journaled just before the
settings closed: it is acted on then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from receiving_desk.gui.receiving_view import ReceivingView
from receiving_desk.gui.scanner_bridge import ScannerBridge
from receiving_desk.services.app_ports import JournaledScanView
from receiving_desk.timing import mark


class ScanRouter(QObject):
    def __init__(
        self, scanners: ScannerBridge, receiving: ReceivingView, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._scanners = scanners
        self._receiving = receiving
        self._testing = False
        scanners.scanned.connect(self._on_scan)
        scanners.taken.connect(self._on_taken)

    def testing(self, testing: bool) -> None:
        """Scans test the scanners (True: the settings or the setup are open) or go to the
        desk. Called on the GUI thread."""
        self._testing = testing
        self._scanners.desk_route = None if testing else self._to_desk

    def _to_desk(self, journaled: JournaledScanView) -> None:
        """On the scan journal's thread: the scan's use case to the store worker."""
        scan = journaled.scan
        hri = self._scanners.sends_hri(scan.source)
        self._receiving.submit_scan(scan.data, scan.aim_id, hri=hri)

    def _on_taken(self, journaled: JournaledScanView) -> None:
        """A scan the desk route took: shown while its use case runs."""
        mark("gui.scan")
        self._receiving.show_scan(journaled.scan.data, journaled.scan.source)
        self._scanners.delivered(journaled)

    def _on_scan(self, journaled: JournaledScanView) -> None:
        mark("gui.scan")
        scan = journaled.scan
        if not self._testing:  # the settings closed since it was journaled: act on it now
            hri = self._scanners.sends_hri(scan.source)
            self._receiving.scan(scan.data, scan.aim_id, scan.source, hri=hri)
        self._scanners.delivered(journaled)

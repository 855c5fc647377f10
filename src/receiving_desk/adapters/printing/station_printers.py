"""The station's printers as the GUI may see them: state for the status bar (from the print
queue's memory, no I/O), the printer chosen per label type, a test label, a label preview.
Implements the GUI's `PrinterPort`; printer failures leave as known errors (DeskError)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from receiving_desk.adapters.printing.backends.base import PrinterError, PrinterState
from receiving_desk.adapters.printing.queue import PrintQueue
from receiving_desk.adapters.printing.settings import (
    LABEL_TYPES,
    SIZES,
    PrinterSettings,
    PrinterSettingsError,
    PrinterTarget,
    print_test_label,
)
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.refusals import _t, refusal, said
from receiving_desk.services.app_ports import PrinterChoice, PrinterLine

OK_STATES = {PrinterState.READY, PrinterState.UNKNOWN}
PREVIEW_DPI = 203


class StationPrinters:
    label_types: tuple[str, ...] = LABEL_TYPES
    sizes: tuple[str, ...] = SIZES

    def __init__(self, queue: PrintQueue, settings: Callable[[], PrinterSettings]) -> None:
        self._queue = queue
        self._settings = settings  # current: they change when a supervisor saves them

    def status(self) -> list[PrinterLine]:
        return [
            PrinterLine(url, snap.state.value, snap.state in OK_STATES, snap.queued)
            for url, snap in sorted(self._queue.status().items())
        ]

    def choices(self) -> dict[str, PrinterChoice]:
        settings = self._settings()
        targets = {"default": settings.default, **settings.by_type}
        return {kind: PrinterChoice(t.url, t.format, t.dpi, t.size) for kind, t in targets.items()}

    def print_test_label(self, value: Mapping[str, Any]) -> str:
        """Print a sample label now (not through the queue); the printer's state if done."""
        url = str(value.get("url", ""))
        try:
            target = PrinterTarget.parse(dict(value))
            return print_test_label(target.url, target.format, target.dpi).state.value
        except PrinterError as exc:  # the state is translated on screen, the detail is the system's
            raise DeskError(
                ErrorCode.PRINTER_FAILED, printer=url, reason=str(exc), state=exc.state.value,
                detail=exc.detail,
            ) from exc  # fmt: skip
        except PrinterSettingsError as exc:
            raise DeskError(
                ErrorCode.PRINTER_FAILED, printer=url, reason=str(exc), said=exc.wording
            ) from exc
        except OSError as exc:
            why = refusal(
                _t("the test label could not be sent: {reason}"),
                reason=exc.strerror or type(exc).__name__,
            )
            raise DeskError(ErrorCode.PRINTER_FAILED, printer=url, **said(why)) from exc

    def label_preview(self, lpn: str) -> bytes:
        from receiving_desk.adapters.printing.png import render_png  # pdfium: on first use

        jobs = self._queue.store.find(lpn)
        if not jobs:
            raise DeskError(ErrorCode.NO_LABEL, code=lpn)
        return render_png(jobs[-1].label, PREVIEW_DPI)

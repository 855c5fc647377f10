"""Label printing: labels as data, ZPL and PDF renderers, printer backends chosen by URL,
and a persisted print queue. Qt-free; the GUI shows `render_png` previews and `status()`.

The package names are loaded on first use (PEP 562): the desk's start-up imports the queue and
the settings without the PDF, command-sheet and PNG renderers (reportlab, pypdfium2, biip).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from receiving_desk.adapters.printing.backends import (
        PrinterError,
        PrinterState,
        PrinterStatus,
        backend_for,
    )
    from receiving_desk.adapters.printing.commandsheet import render_command_sheet_pdf
    from receiving_desk.adapters.printing.jobstore import JobState, PrintJob
    from receiving_desk.adapters.printing.labels import (
        TEMPLATES,
        Label,
        LabelError,
        LabelFormat,
        bin_label,
        restock_label,
    )
    from receiving_desk.adapters.printing.pdf import render_pdf
    from receiving_desk.adapters.printing.png import render_png
    from receiving_desk.adapters.printing.queue import PrintQueue
    from receiving_desk.adapters.printing.queue_state import Backoff, PrinterSnapshot
    from receiving_desk.adapters.printing.settings import (
        PrinterSettings,
        PrinterSettingsError,
        PrinterTarget,
        print_test_label,
    )
    from receiving_desk.adapters.printing.zpl import render_zpl

_WHERE = {
    "PrinterError": "receiving_desk.adapters.printing.backends",
    "PrinterState": "receiving_desk.adapters.printing.backends",
    "PrinterStatus": "receiving_desk.adapters.printing.backends",
    "backend_for": "receiving_desk.adapters.printing.backends",
    "render_command_sheet_pdf": "receiving_desk.adapters.printing.commandsheet",
    "JobState": "receiving_desk.adapters.printing.jobstore",
    "PrintJob": "receiving_desk.adapters.printing.jobstore",
    "TEMPLATES": "receiving_desk.adapters.printing.labels",
    "Label": "receiving_desk.adapters.printing.labels",
    "LabelError": "receiving_desk.adapters.printing.labels",
    "LabelFormat": "receiving_desk.adapters.printing.labels",
    "bin_label": "receiving_desk.adapters.printing.labels",
    "restock_label": "receiving_desk.adapters.printing.labels",
    "render_pdf": "receiving_desk.adapters.printing.pdf",
    "render_png": "receiving_desk.adapters.printing.png",
    "PrintQueue": "receiving_desk.adapters.printing.queue",
    "Backoff": "receiving_desk.adapters.printing.queue_state",
    "PrinterSnapshot": "receiving_desk.adapters.printing.queue_state",
    "PrinterSettings": "receiving_desk.adapters.printing.settings",
    "PrinterSettingsError": "receiving_desk.adapters.printing.settings",
    "PrinterTarget": "receiving_desk.adapters.printing.settings",
    "print_test_label": "receiving_desk.adapters.printing.settings",
    "render_zpl": "receiving_desk.adapters.printing.zpl",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "TEMPLATES",
    "Backoff",
    "JobState",
    "Label",
    "LabelError",
    "LabelFormat",
    "PrintJob",
    "PrintQueue",
    "PrinterError",
    "PrinterSettings",
    "PrinterSettingsError",
    "PrinterSnapshot",
    "PrinterState",
    "PrinterStatus",
    "PrinterTarget",
    "backend_for",
    "bin_label",
    "print_test_label",
    "render_command_sheet_pdf",
    "render_pdf",
    "render_png",
    "render_zpl",
    "restock_label",
]

"""Label printing: labels as data, ZPL and PDF renderers, printer backends chosen by URL,
and a persisted print queue. Qt-free; the GUI shows `render_png` previews and `status()`."""

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

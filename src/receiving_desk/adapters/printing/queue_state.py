"""What the print queue publishes per printer (its waits between tries: `adapters.retry`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from receiving_desk.adapters.printing.backends import PrinterState
from receiving_desk.adapters.retry import Backoff

__all__ = ["Backoff", "PrinterSnapshot"]


@dataclass(frozen=True)
class PrinterSnapshot:
    url: str
    state: PrinterState = PrinterState.UNKNOWN
    detail: str = ""
    last_error: str | None = None
    queued: int = 0  # jobs waiting or being sent
    printed: int = 0  # jobs delivered since start
    checked_at: datetime | None = None
    retry_at: datetime | None = None  # while held: when the printer is asked again

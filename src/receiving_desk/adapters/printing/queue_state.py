"""What the print queue publishes per printer, and how long it waits between tries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from receiving_desk.adapters.printing.backends import PrinterState


@dataclass(frozen=True)
class Backoff:
    initial: float = 0.5
    maximum: float = 30.0
    factor: float = 2.0

    def delay(self, failures: int) -> float:
        return float(min(self.maximum, self.initial * self.factor ** max(0, failures - 1)))


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

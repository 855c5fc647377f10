"""What every printer backend offers: a status and a way to send one rendered job."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class PrinterState(StrEnum):
    UNKNOWN = "unknown"  # not asked yet
    READY = "ready"
    PAPER_OUT = "paper out"
    RIBBON_OUT = "ribbon out"
    HEAD_OPEN = "head open"
    PAUSED = "paused"
    ERROR = "error"  # e.g. print head over temperature
    OFFLINE = "offline"  # nothing answers at the address
    NOT_RESPONDING = "not responding"  # connected, but no status reply in time


@dataclass(frozen=True)
class PrinterStatus:
    state: PrinterState
    detail: str = ""

    @property
    def ready(self) -> bool:
        return self.state is PrinterState.READY


class PrinterError(Exception):
    """A job could not be handed to the printer; `state` says why, for the clerk."""

    def __init__(self, state: PrinterState, detail: str) -> None:
        super().__init__(f"{state.value}: {detail}" if detail else state.value)
        self.state = state
        self.detail = detail


class PrinterBackend(Protocol):
    url: str

    def status(self) -> PrinterStatus:
        """Ask the printer (or the print system) whether it can print now."""
        ...

    def send(self, payload: bytes, *, fmt: str, name: str) -> None:
        """Hand one job over; raise PrinterError if it did not get there.

        `name` is stable per job, so a backend that can overwrite (files) stays idempotent.
        """
        ...

    def label_count(self) -> int | None:
        """The printer's own count of labels printed, once it has none left to print (see
        the TCP backend); None where the printer keeps no such counter."""
        ...

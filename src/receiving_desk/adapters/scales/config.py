"""One bench scale's settings (a `[[scale]]` table of the station file, read by `settings.py`).
Apart from the reader: reading the station file loads no serial port code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from receiving_desk.adapters.scales.protocols import Protocol


@dataclass(frozen=True, slots=True)
class ScaleConfig:
    name: str
    protocol: Protocol = "mt-sics"
    port: str | None = None
    usb_vid: int | None = None
    usb_pid: int | None = None
    usb_serial: str | None = None
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    poll_ms: int = 200  # MT-SICS: how often the desk asks
    settle_ms: int = 3000  # the longest this scale takes to settle: the desk waits no longer

    @property
    def uses_usb_identity(self) -> bool:
        return self.usb_vid is not None or self.usb_pid is not None or self.usb_serial is not None

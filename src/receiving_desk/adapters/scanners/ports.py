"""Serial port discovery (for the settings page and for re-finding a re-plugged scanner)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Protocol

from serial.tools import list_ports


class PortIdentity(Protocol):
    """How a serial device is found: its path, or its USB identity (scanners and scales)."""

    @property
    def port(self) -> str | None: ...
    @property
    def usb_vid(self) -> int | None: ...
    @property
    def usb_pid(self) -> int | None: ...
    @property
    def usb_serial(self) -> str | None: ...
    @property
    def uses_usb_identity(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class PortInfo:
    device: str
    description: str
    vid: int | None
    pid: int | None
    serial_number: str | None
    manufacturer: str | None
    product: str | None

    @property
    def is_usb(self) -> bool:
        return self.vid is not None


def list_serial_ports() -> list[PortInfo]:
    """All serial ports pyserial can see, sorted by device path."""
    # Looked up at call time (not imported by name) so tests can fake comports().
    infos = [
        PortInfo(
            device=p.device,
            description=p.description,
            vid=p.vid,
            pid=p.pid,
            serial_number=p.serial_number,
            manufacturer=p.manufacturer,
            product=p.product,
        )
        for p in list_ports.comports()
    ]
    return sorted(infos, key=lambda p: p.device)


def matches(config: PortIdentity, port: PortInfo) -> bool:
    """True if every configured USB identity field equals the port's."""
    if not config.uses_usb_identity:
        return False
    return (
        (config.usb_vid is None or config.usb_vid == port.vid)
        and (config.usb_pid is None or config.usb_pid == port.pid)
        and (config.usb_serial is None or config.usb_serial == port.serial_number)
    )


def find_port(config: PortIdentity) -> str | None:
    """The device path to open for this scanner now, or None if it is not plugged in.

    With a USB identity configured only a matching device counts: after a re-plug the
    kernel may have given the old path to a different device. Otherwise the configured
    path (or Windows COM name) must exist.
    """
    if config.uses_usb_identity:
        for port in list_serial_ports():
            if matches(config, port):
                return port.device
        return None
    if config.port is None:
        return None
    if os.name == "nt":
        names = {p.device.upper() for p in list_serial_ports()}
        return config.port if config.port.upper() in names else None
    return config.port if os.path.exists(config.port) else None

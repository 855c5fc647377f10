"""Serial (RS-232 / USB virtual COM) barcode scanners. Qt-free: callbacks run on reader threads.

The names load with their module on first use: the station file's `[[scanner]]` settings
(`config.py`) are read on the way to the first screen, the serial readers only with the store.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import ScannerPortConfig
    from .framing import Discard, FramedScan, FrameEvent, Framer
    from .manager import ScannerManager
    from .ports import PortInfo, find_port, list_serial_ports
    from .reader import ScannerStatus, ScanRead, SerialScannerReader

_WHERE = {
    "ScannerPortConfig": "config",
    "Discard": "framing",
    "FramedScan": "framing",
    "FrameEvent": "framing",
    "Framer": "framing",
    "ScannerManager": "manager",
    "PortInfo": "ports",
    "find_port": "ports",
    "list_serial_ports": "ports",
    "ScannerStatus": "reader",
    "ScanRead": "reader",
    "SerialScannerReader": "reader",
}

__all__ = [
    "Discard",
    "FrameEvent",
    "FramedScan",
    "Framer",
    "PortInfo",
    "ScanRead",
    "ScannerManager",
    "ScannerPortConfig",
    "ScannerStatus",
    "SerialScannerReader",
    "find_port",
    "list_serial_ports",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_WHERE[name]}", __name__), name)

"""Serial (RS-232 / USB virtual COM) barcode scanners. Qt-free: callbacks run on reader threads."""

from .config import ScannerPortConfig
from .framing import Discard, FramedScan, FrameEvent, Framer
from .manager import ScannerManager
from .ports import PortInfo, find_port, list_serial_ports
from .reader import ScannerStatus, ScanRead, SerialScannerReader

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

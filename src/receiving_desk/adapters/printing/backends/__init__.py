"""Printer backends, chosen by URL: tcp://host:9100, cups://queue, file:///folder."""

from __future__ import annotations

from urllib.parse import urlsplit

from receiving_desk.adapters.printing.backends.base import (
    PrinterBackend,
    PrinterError,
    PrinterState,
    PrinterStatus,
)
from receiving_desk.adapters.printing.backends.cups import CupsBackend
from receiving_desk.adapters.printing.backends.file import FileBackend
from receiving_desk.adapters.printing.backends.tcp9100 import PrinterBusy, Tcp9100Backend

SCHEMES = ("tcp", "cups", "file")
# What a printer takes when its settings do not say: label printers speak ZPL, the OS print
# system and folders get PDF.
SCHEME_FORMATS = {"tcp": "zpl", "cups": "pdf", "file": "pdf"}


def default_format(url: str) -> str:
    return SCHEME_FORMATS.get(urlsplit(url).scheme, "pdf")


def backend_for(url: str, *, timeout: float = 2.0) -> PrinterBackend:
    """The backend for a printer URL; `timeout` bounds a network printer's replies."""
    scheme = urlsplit(url).scheme
    if scheme == "tcp":
        return Tcp9100Backend(url, timeout=timeout)
    if scheme == "cups":
        return CupsBackend(url)
    if scheme == "file":
        return FileBackend(url)
    raise ValueError(f"printer URL {url!r}: scheme must be one of {', '.join(SCHEMES)}")


__all__ = [
    "SCHEMES",
    "SCHEME_FORMATS",
    "CupsBackend",
    "FileBackend",
    "PrinterBackend",
    "PrinterBusy",
    "PrinterError",
    "PrinterState",
    "PrinterStatus",
    "Tcp9100Backend",
    "backend_for",
    "default_format",
]

"""The embedded default printer: a folder that receives one .pdf or .zpl file per job.

Written atomically (temporary file, fsync, rename), so a reader never sees half a label,
and under a name fixed per job, so sending a job again replaces its file instead of
adding a second label.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from receiving_desk.adapters.printing.backends.base import (
    PrinterError,
    PrinterState,
    PrinterStatus,
)


class FileBackend:
    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme != "file" or not parts.path:
            raise ValueError(f"not a file:///folder printer URL: {url!r}")
        self.url = url
        self.folder = Path(url2pathname(parts.path))

    def status(self) -> PrinterStatus:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return PrinterStatus(PrinterState.OFFLINE, str(exc))
        if not os.access(self.folder, os.W_OK):
            return PrinterStatus(PrinterState.OFFLINE, f"{self.folder} is not writable")
        return PrinterStatus(PrinterState.READY, str(self.folder))

    def path_for(self, name: str, fmt: str) -> Path:
        return self.folder / f"{name}.{fmt}"

    def label_count(self) -> int | None:
        return None  # no counter to ask: a job a crash interrupted follows the in-doubt rule

    def send(self, payload: bytes, *, fmt: str, name: str) -> None:
        target = self.path_for(name, fmt)
        temporary = target.with_name(f".{target.name}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with open(temporary, "wb") as out:
                out.write(payload)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            raise PrinterError(PrinterState.OFFLINE, f"writing {target}: {exc}") from exc

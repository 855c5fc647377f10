"""Logging to a rotating file in the platform's log directory (and stderr for warnings)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from receiving_desk.private_files import private_dir, private_file

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    private_dir(log_dir)  # logs name users, parcels and hosts: the desk user's alone
    path = log_dir / "receiving-desk.log"
    for old in log_dir.glob("receiving-desk.log*"):
        private_file(old)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))  # 0600 from birth
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_receiving_desk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=5_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    file_handler._receiving_desk = True  # type: ignore[attr-defined]
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter(LOG_FORMAT))
    console._receiving_desk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.addHandler(console)
    root.setLevel(level)
    return path

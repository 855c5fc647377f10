"""Inspection photos: copied into the local store's photo folder under a new name, so the
inspection references a file the desk owns (the original may be on a removable card)."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.file_problems import Wording
from receiving_desk.domain.refusals import _t, refusal, said
from receiving_desk.private_files import private_dir

ALLOWED = {".jpg", ".jpeg", ".png", ".webp", ".heic"}
MAX_BYTES = 25_000_000


class PhotoError(DeskError):
    """Not a photo, or an empty or oversized file: the clerk picks another."""

    def __init__(self, path: str, why: Wording) -> None:
        super().__init__(ErrorCode.PHOTO_NOT_ADDED, path=path, **said(why))


class PhotoStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def add(self, source: Path) -> str:
        """Copy a photo in; returns its stored name (relative to the folder)."""
        suffix = source.suffix.lower()
        if suffix not in ALLOWED:
            kinds = ", ".join(sorted(ALLOWED))
            raise PhotoError(source.name, refusal(_t("not a photo ({kinds})"), kinds=kinds))
        size = source.stat().st_size
        if size == 0:
            raise PhotoError(source.name, refusal(_t("the file is empty")))
        if size > MAX_BYTES:
            raise PhotoError(
                source.name,
                refusal(_t("{size} bytes, more than {limit}"), size=size, limit=MAX_BYTES),
            )
        private_dir(self.folder)
        name = f"{uuid.uuid4().hex}{suffix}"
        tmp = self.folder / f".{name}.part"
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private first
        shutil.copyfile(source, tmp)
        tmp.replace(self.folder / name)  # complete or absent, never half a file
        return name

    def path(self, name: str) -> Path:
        return self.folder / name

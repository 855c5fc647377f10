"""One backup = one zip file: a consistent copy of the SQLite store taken with SQLite's online
backup API (the desk keeps writing meanwhile), the photos it references and a manifest.

Named `desk-<station>-<UTC time>.zip`, written as a hidden part file and renamed when
complete (a crash leaves no half backup under a backup's name), readable by the owner only.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from receiving_desk import __version__

DATABASE_NAME = "desk.sqlite3"
PHOTOS_PREFIX = "photos/"
MANIFEST_NAME = "manifest.json"
FORMAT = 1
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^desk-(?P<station>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.zip$")


class BackupError(Exception):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    station: str  # as it appears in the name (filename-safe)
    taken_at: datetime
    counter: int = 0  # several backups within one second: -1, -2 ...

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def safe_station(station_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", station_id) or "desk"


def parse_name(path: Path) -> BackupInfo | None:
    found = _NAME.match(path.name)
    if found is None:
        return None
    taken = datetime.strptime(found["stamp"], _STAMP).replace(tzinfo=UTC)
    return BackupInfo(path, found["station"], taken, int(found["n"] or 0))


def private_folder(folder: Path) -> Path:
    """The backup folder, created if need be, readable by the owner only."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask, and the folder may exist
    return folder


def list_backups(folder: Path, station_id: str) -> list[BackupInfo]:
    """This station's backups in `folder`, oldest first (a shared folder may hold others)."""
    if not folder.is_dir():
        return []
    station = safe_station(station_id)
    found = [parse_name(p) for p in folder.iterdir() if p.is_file()]
    mine = [b for b in found if b is not None and b.station == station]
    return sorted(mine, key=lambda b: (b.taken_at, b.counter))


def prune_backups(folder: Path, station_id: str, keep: int) -> list[Path]:
    """Delete this station's oldest backups beyond the newest `keep`; returns what went."""
    backups = list_backups(folder, station_id)
    doomed = backups[: max(0, len(backups) - keep)]
    for backup in doomed:
        backup.path.unlink(missing_ok=True)
    return [b.path for b in doomed]


def _target(folder: Path, station_id: str, now: datetime) -> Path:
    base = f"desk-{safe_station(station_id)}-{now.astimezone(UTC).strftime(_STAMP)}"
    path, n = folder / f"{base}.zip", 0
    while path.exists():
        n += 1
        path = folder / f"{base}-{n}.zip"
    return path


def copy_database(source: Path, target: Path) -> None:
    """A consistent snapshot of a live WAL store: one backup step holds one read transaction
    (writers go on appending to the WAL meanwhile); the copy is made a single-file database."""
    if not source.is_file():
        raise BackupError(f"{source}: no store to back up")
    src = sqlite3.connect(str(source), timeout=30)
    try:
        dest = sqlite3.connect(str(target))
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        src.close()


def _revisions(database: Path) -> list[str]:
    conn = sqlite3.connect(str(database))
    try:
        return sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def make_backup(
    database: Path, photo_dir: Path, folder: Path, station_id: str, now: datetime
) -> BackupInfo:
    """Back up the store and its photos into `folder`; returns the new backup."""
    private_folder(folder)
    target = _target(folder, station_id, now)
    part = folder / f".{target.name}.part"
    with tempfile.TemporaryDirectory(dir=folder, prefix=".backup-") as scratch:
        copy = Path(scratch) / DATABASE_NAME
        copy_database(database, copy)
        # Photos after the database: a photo is stored before the inspection that references
        # it commits, so every photo the snapshot references is on disk by now.
        photos = sorted(p for p in photo_dir.glob("*") if p.is_file() and p.name[0] != ".")
        manifest = {
            "format": FORMAT,
            "station_id": station_id,
            "taken_at": now.astimezone(UTC).isoformat(),
            "app_version": __version__,
            "revisions": _revisions(copy),
            "photos": len(photos),
        }
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w") as zf:
                zf.write(copy, DATABASE_NAME, compress_type=zipfile.ZIP_DEFLATED)
                for photo in photos:  # already compressed images: stored as they are
                    zf.write(photo, PHOTOS_PREFIX + photo.name, compress_type=zipfile.ZIP_STORED)
                zf.writestr(MANIFEST_NAME, json.dumps(manifest, indent=2))
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(part, target)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    info = parse_name(target)
    assert info is not None  # we just named it
    return info


def read_manifest(backup: Path) -> dict[str, object]:
    try:
        with zipfile.ZipFile(backup) as zf:
            names = set(zf.namelist())
            if DATABASE_NAME not in names or MANIFEST_NAME not in names:
                raise BackupError(f"{backup}: not a Receiving Desk backup")
            manifest = json.loads(zf.read(MANIFEST_NAME))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BackupError(f"{backup}: not a readable backup ({exc})") from exc
    if not isinstance(manifest, dict):
        raise BackupError(f"{backup}: manifest is not a table")
    return manifest

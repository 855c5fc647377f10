"""Restore a backup in place of the store: only while no desk runs (it holds the desk lock
meanwhile, so none can start), after the backup is checked, and never over the current store:
that is moved aside, whole (database, WAL, photos), into `replaced-<UTC time>/`."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from receiving_desk.adapters.backup.archive import (
    DATABASE_NAME,
    PHOTOS_PREFIX,
    BackupError,
    read_manifest,
)
from receiving_desk.adapters.backup.lock import DeskLock
from receiving_desk.adapters.store.migrate import unknown_revisions

STORE_FILES = (DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm", "photos")


@dataclass(frozen=True)
class Restored:
    backup: Path
    station_id: str
    taken_at: str
    kept_aside: Path | None  # where the replaced store now is (None: there was none)
    photos: int


def _extract(backup: Path, into: Path) -> int:
    photos = into / "photos"
    photos.mkdir()
    count = 0
    with zipfile.ZipFile(backup) as zf:
        for member in zf.infolist():
            name = member.filename
            if name == DATABASE_NAME:
                target = into / DATABASE_NAME
            elif name.startswith(PHOTOS_PREFIX) and "/" not in name[len(PHOTOS_PREFIX) :]:
                leaf = name[len(PHOTOS_PREFIX) :]
                if not leaf or leaf.startswith(".") or "\\" in leaf:
                    raise BackupError(f"{backup}: unsafe photo name {name!r}")
                target = photos / leaf
                count += 1
            elif name.endswith(".json"):
                continue
            else:
                raise BackupError(f"{backup}: unexpected entry {name!r}")
            with zf.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
    return count


def _verify(database: Path, backup: Path) -> None:
    conn = sqlite3.connect(str(database))
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{backup}: the database in it is unreadable ({exc})") from exc
    finally:
        conn.close()
    if result != ["ok"]:
        raise BackupError(f"{backup}: the database in it is damaged: {'; '.join(result[:5])}")
    unknown = unknown_revisions(revisions)
    if unknown:
        raise BackupError(
            f"{backup}: made by a newer version of Receiving Desk "
            f"(schema revision {', '.join(unknown)}); restore it with that version"
        )


def restore_backup(
    backup: Path, data_dir: Path, station_id: str, now: datetime | None = None
) -> Restored:
    """Another station's backup is refused: its receipts, LPN counter and sync identity would
    become this station's (a replacement machine takes over the old one's station_id)."""
    manifest = read_manifest(backup)
    if manifest.get("station_id") != station_id:
        raise BackupError(
            f"{backup}: a backup of station {manifest.get('station_id')!r}, and this is "
            f"station {station_id!r}; to restore it here, give this desk that station_id"
        )
    now = now or datetime.now(UTC)
    # The lock refuses while a desk runs, and keeps one from starting meanwhile.
    with (
        DeskLock(data_dir),
        tempfile.TemporaryDirectory(dir=data_dir, prefix=".restore-") as scratch,
    ):
        staged = Path(scratch)
        try:
            photos = _extract(backup, staged)
        except (zipfile.BadZipFile, OSError) as exc:
            raise BackupError(f"{backup}: cannot be read ({exc})") from exc
        _verify(staged / DATABASE_NAME, backup)
        present = [data_dir / n for n in STORE_FILES if (data_dir / n).exists()]
        aside = None
        if present:
            aside = data_dir / f"replaced-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"
            n = 0
            while aside.exists():
                n += 1
                aside = aside.with_name(f"{aside.name.split('.')[0]}.{n}")
            aside.mkdir(mode=0o700)
            for path in present:
                path.replace(aside / path.name)
        (staged / DATABASE_NAME).replace(data_dir / DATABASE_NAME)
        (staged / "photos").replace(data_dir / "photos")
    return Restored(
        backup,
        str(manifest.get("station_id", "")),
        str(manifest.get("taken_at", "")),
        aside,
        photos,
    )

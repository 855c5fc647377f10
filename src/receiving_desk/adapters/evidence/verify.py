"""Check a copy of an evidence pack (its PDF or its ZIP) against the hashes recorded when it
was made: the file's own SHA-256, and inside a ZIP every photo's and the PDF's."""

from __future__ import annotations

import json
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, or_, select

from receiving_desk.adapters.evidence.pack import MANIFEST, PDF_IN_ZIP
from receiving_desk.adapters.evidence.render import sha256
from receiving_desk.adapters.store import evidence_tables as et

# (file's SHA-256) -> the pack's record {"id", "receipt_id", "pdf_sha256", "zip_sha256",
# "photos": [[name, sha], ...]} or None; and the same by pack id.
Lookup = Callable[[str], dict[str, Any] | None]


@dataclass
class Verdict:
    path: Path
    pack_id: str | None = None
    receipt_id: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.pack_id is not None


def store_lookup(engine: Engine) -> tuple[Lookup, Lookup]:
    p = et.evidence_packs

    def one(condition: Any) -> dict[str, Any] | None:
        with engine.connect() as conn:
            row = conn.execute(select(p).where(condition)).mappings().first()
        return None if row is None else dict(row)

    def by_hash(digest: str) -> dict[str, Any] | None:
        return one(or_(p.c.pdf_sha256 == digest, p.c.zip_sha256 == digest))

    def by_id(pack_id: str) -> dict[str, Any] | None:
        return one(p.c.id == pack_id)

    return by_hash, by_id


def central_lookup(engine: Engine) -> tuple[Lookup, Lookup]:
    """The same records from the central database (pushed as `evidence.pack_made`)."""
    from receiving_desk.adapters.central import schema as c

    p = c.evidence_packs

    def one(condition: Any) -> dict[str, Any] | None:
        with engine.connect() as conn:
            row = conn.execute(select(p).where(condition)).mappings().first()
        if row is None:
            return None
        photos = [[x["name"], x["sha256"]] for x in row["photos"]]
        return {**dict(row), "id": str(row["pack_id"]), "photos": photos}

    def by_hash(digest: str) -> dict[str, Any] | None:
        return one(or_(p.c.pdf_sha256 == digest, p.c.zip_sha256 == digest))

    def by_id(pack_id: str) -> dict[str, Any] | None:
        try:
            return one(p.c.pack_id == str(uuid.UUID(pack_id)))
        except ValueError:
            return None

    return by_hash, by_id


def verify_file(path: Path, by_hash: Lookup, by_id: Lookup) -> Verdict:
    data = path.read_bytes()
    digest = sha256(data)
    verdict = Verdict(path)
    record = by_hash(digest)
    if record is not None:
        verdict.pack_id, verdict.receipt_id = str(record["id"]), str(record["receipt_id"])
    if not zipfile.is_zipfile(path):
        if record is None:
            verdict.problems.append(
                f"{path.name}: SHA-256 {digest} matches no recorded evidence pack — "
                "the file was altered, or it is not a pack made by this desk"
            )
        return verdict
    _check_zip(path, digest, record, by_id, verdict)
    return verdict


def _check_zip(
    path: Path, digest: str, record: dict[str, Any] | None, by_id: Lookup, verdict: Verdict
) -> None:
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        try:
            manifest = json.loads(z.read(MANIFEST))
        except (KeyError, ValueError):
            verdict.problems.append(f"{path.name}: no readable {MANIFEST}: not an evidence pack")
            return
        if record is None:
            record = by_id(str(manifest.get("pack_id", "")))
            if record is None:
                verdict.problems.append(
                    f"{path.name}: pack {manifest.get('pack_id')!r} is not recorded at this desk"
                )
                return
            verdict.pack_id, verdict.receipt_id = str(record["id"]), str(record["receipt_id"])
            verdict.problems.append(
                f"{path.name}: SHA-256 {digest} differs from the one recorded for pack "
                f"{record['id']} ({record['zip_sha256']}): the ZIP was altered"
            )
        if PDF_IN_ZIP not in names:
            verdict.problems.append(f"{path.name}: {PDF_IN_ZIP} is missing")
        elif sha256(z.read(PDF_IN_ZIP)) != record["pdf_sha256"]:
            verdict.problems.append(
                f"{path.name}: {PDF_IN_ZIP} differs from the PDF recorded for this pack"
            )
        recorded = {str(n): str(h) for n, h in record["photos"]}
        for name, expected in sorted(recorded.items()):
            member = f"photos/{name}"
            if member not in names:
                verdict.problems.append(f"{path.name}: photo {name} is missing")
            elif (found := sha256(z.read(member))) != expected:
                verdict.problems.append(
                    f"{path.name}: photo {name} was replaced or altered "
                    f"(SHA-256 {found}, recorded {expected})"
                )
        extra = sorted(n for n in names if n.startswith("photos/") and n[7:] not in recorded)
        verdict.problems += [f"{path.name}: {n} was added after the pack was made" for n in extra]

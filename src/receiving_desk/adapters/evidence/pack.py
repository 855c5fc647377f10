"""Make an evidence pack: the PDF, the ZIP of the raw files, and their SHA-256 (with every
photo's) recorded in the store and in the outbox for the central database, in one
transaction — which also settles the evidence job that asked for it, if any.

The files are written (each complete or absent) before that transaction: a kill before its
commit leaves files no record vouches for, and the job still pending; the pack made again
replaces them under the same names, so a return has one automatic pack however often the
desk was killed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, insert, update

from receiving_desk.adapters.evidence import audit_facts  # noqa: F401 (registers its sections)
from receiving_desk.adapters.evidence.facts import gather
from receiving_desk.adapters.evidence.render import render_pack_pdf, sha256
from receiving_desk.adapters.store import evidence_tables as et
from receiving_desk.adapters.store.uow import SqlUnitOfWork
from receiving_desk.domain.barcodes.model import DeskPatterns
from receiving_desk.domain.events import EvidencePackMade
from receiving_desk.domain.evidence import EvidenceFacts, Reason, Section
from receiving_desk.domain.ports import Clock
from receiving_desk.domain.weights import WeightPolicy
from receiving_desk.private_files import private_dir
from receiving_desk.services.base import record_audit

MANIFEST = "manifest.json"
PDF_IN_ZIP = "pack.pdf"
# Sections that are also files of their own in the ZIP (a table a person or a script opens).
SECTION_FILES = {"weights": "weights.csv", "grades": "grades.csv"}
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the same bytes for the same contents


@dataclass(frozen=True)
class MadePack:
    pack_id: str
    receipt_id: str
    pdf: Path
    zip: Path
    pdf_sha256: str
    zip_sha256: str
    photos: tuple[tuple[str, str], ...]


def _zip(facts: EvidenceFacts, pack_id: str, made_at: datetime, pdf: bytes) -> bytes:
    photos = [(p.name, sha256(p.data)) for p in facts.photos if p.data is not None]
    manifest = {
        "pack_id": pack_id,
        "receipt_id": facts.receipt_id,
        "rma_number": facts.rma_number,
        "station_id": facts.station_id,
        "language": facts.language,
        "made_at": made_at.isoformat(),
        "pdf_sha256": sha256(pdf),
        "photos": [{"name": n, "sha256": h} for n, h in photos],
        "missing_photos": [p.name for p in facts.photos if p.data is None],
        "sections": {
            s.key: {"title": s.title, "columns": list(s.columns), "rows": [list(r) for r in s.rows]}
            for s in facts.sections
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:

        def put(name: str, data: bytes) -> None:
            z.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data, zipfile.ZIP_DEFLATED)

        put(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode())
        put(PDF_IN_ZIP, pdf)
        for s in facts.sections:
            if s.key in SECTION_FILES:
                put(SECTION_FILES[s.key], _csv(s))
        for p in facts.photos:
            if p.data is not None:
                put(f"photos/{p.name}", p.data)
    return buffer.getvalue()


def _csv(section: Section) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(section.columns)
    writer.writerows(section.rows)
    return out.getvalue().encode("utf-8-sig")  # the BOM: spreadsheets read it as UTF-8


def write_file(path: Path, data: bytes) -> None:
    """Complete or absent: written beside, flushed to disk, then renamed over."""
    tmp = path.with_name(f".{path.name}.part")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)


def file_stem(facts: EvidenceFacts, reason: str, pack_id: str) -> str:
    code = "".join(c if c.isalnum() or c in "-_" else "_" for c in facts.title_code)
    # An automatic pack has one name per return (made again after a kill, it replaces itself).
    return (
        f"evidence-{code}-auto" if reason == Reason.FRAUD_FLAG else f"evidence-{code}-{pack_id[:8]}"
    )


def make_pack(
    engine: Engine,
    receipt_id: str,
    *,
    out_dir: Path,
    photo_dir: Path,
    patterns: DeskPatterns,
    clock: Clock,
    station_id: str,
    made_by: str | None,
    reason: str = Reason.ON_DEMAND,
    language: str = "",
    weights: WeightPolicy | None = None,
) -> MadePack:
    """The pack of one return, its words in `language` (the station's), the weights judged
    by `weights` (the rules' [weights])."""
    with engine.connect() as conn:
        facts = gather(conn, receipt_id, photo_dir, patterns, language, weights)
    pack_id = str(uuid.uuid4())
    made_at = clock.now()
    pdf = render_pack_pdf(facts, pack_id, made_at)
    data = _zip(facts, pack_id, made_at, pdf)
    photos = tuple((p.name, sha256(p.data)) for p in facts.photos if p.data is not None)
    private_dir(out_dir)
    stem = file_stem(facts, reason, pack_id)
    pdf_path, zip_path = out_dir / f"{stem}.pdf", out_dir / f"{stem}.zip"
    write_file(pdf_path, pdf)
    write_file(zip_path, data)
    made = MadePack(pack_id, receipt_id, pdf_path, zip_path, sha256(pdf), sha256(data), photos)
    with SqlUnitOfWork(engine, clock.now) as uow:
        conn = uow.connection
        conn.execute(
            insert(et.evidence_packs).values(
                id=pack_id, receipt_id=receipt_id, made_at=made_at, made_by=made_by,
                reason=reason, pdf_sha256=made.pdf_sha256, zip_sha256=made.zip_sha256,
                photos=[list(p) for p in photos],
            )
        )  # fmt: skip
        if reason == Reason.FRAUD_FLAG:
            conn.execute(
                update(et.evidence_jobs)
                .where(et.evidence_jobs.c.receipt_id == receipt_id)
                .values(pack_id=pack_id)
            )
        uow.outbox.put(
            EvidencePackMade(
                pack_id=pack_id, receipt_id=receipt_id, rma_number=facts.rma_number,
                made_at=made_at, made_by=made_by, reason=reason, pdf_sha256=made.pdf_sha256,
                zip_sha256=made.zip_sha256, photos=photos,
            )
        )  # fmt: skip
        details = {"pack_id": pack_id, "reason": reason, "pdf_sha256": made.pdf_sha256,
                   "zip_sha256": made.zip_sha256, "photos": len(photos)}  # fmt: skip
        record_audit(uow, clock, station_id, made_by, "evidence_pack_made", receipt_id, details)
        uow.commit()
    return made

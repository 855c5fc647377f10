"""Evidence packs end to end: a fraud-flagged return's pack rendered to pixels and read back
(text and the RMA barcode), verified, tampered copies refused, the automatic pack made exactly
once across a kill right after the completion's commit, and the hashes recorded centrally."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import URL, Engine, create_engine, func, select, text

from receiving_desk.adapters.central import migrate
from receiving_desk.adapters.central import schema as c
from receiving_desk.adapters.evidence import facts
from receiving_desk.adapters.evidence.pack import MadePack, make_pack
from receiving_desk.adapters.evidence.render import sha256
from receiving_desk.adapters.evidence.verify import central_lookup, store_lookup, verify_file
from receiving_desk.adapters.store import evidence_tables as et
from receiving_desk.adapters.store import tables as t
from receiving_desk.cli import main
from receiving_desk.domain.events import EvidencePackMade
from receiving_desk.domain.evidence import Section
from receiving_desk.services.clock import SystemClock
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import open_desk, runner, seed_central
from tests.integration.evidence_worker import PNG, STATION, complete, complete_on
from tests.seed import CLERK, RMA1

REPO = Path(__file__).resolve().parents[2]


def _run(data: Path, what: str, fault: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), *sys.path])}
    env.pop("RECEIVING_DESK_FAULT", None)
    if fault:
        env["RECEIVING_DESK_FAULT"] = fault
    command = [sys.executable, "-m", "tests.integration.evidence_worker", str(data), what]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


def _count(engine: Engine, table: object, *where: object) -> int:
    with engine.connect() as conn:
        query = select(func.count()).select_from(table)  # type: ignore[arg-type]
        return int(conn.execute(query.where(*where)).scalar_one())  # type: ignore[arg-type]


def _on_demand(data: Path, out: Path) -> tuple[MadePack, Engine]:
    complete(data)
    services = open_desk(data, STATION)
    with services.engine.connect() as conn:
        receipt_id = facts.find_receipt(conn, rma=RMA1)
    made = make_pack(
        services.engine, receipt_id, out_dir=out, photo_dir=services.config.photo_dir,
        patterns=services.config.patterns, clock=SystemClock(), station_id=STATION,
        made_by=f"U-{CLERK[0]}",
    )  # fmt: skip
    services.close()
    return made, services.engine


def _pages(pdf: bytes) -> tuple[str, list[str]]:
    document = pdfium.PdfDocument(pdf)
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    first = document[0].render(scale=200 / 72).to_pil()
    codes = [r.text for r in zxingcpp.read_barcodes(first)]
    return text, codes


def test_the_pack_holds_the_return_and_reads_back(tmp_path: Path) -> None:
    notes = Section("notes", "Notes", ("Said", "By"), (("fragile", "dock"),))
    facts.register("notes", lambda _conn, _keys: notes, after="units")  # a section added later
    try:
        made, _ = _on_demand(tmp_path / "data", tmp_path / "out")
    finally:
        facts.unregister("notes")
    text, codes = _pages(made.pdf.read_bytes())
    assert RMA1 in codes  # the barcode on the first page decodes to the return
    for expected in ("Evidence pack", RMA1, "Ana Lima", "missing_item", "box dented",
                     "Checklist answers", "Audit entries", "return_completed", "Notes",
                     "Weights", sha256(PNG)):  # fmt: skip
        assert expected in text.replace("\n", " ").replace("\r", ""), expected
    assert text.index("Notes") > text.index("Units, scans and grades")
    with zipfile.ZipFile(made.zip) as z:
        manifest = json.loads(z.read("manifest.json"))
        assert z.read("pack.pdf") == made.pdf.read_bytes()
        (photo,) = manifest["photos"]
        assert z.read(f"photos/{photo['name']}") == PNG and photo["sha256"] == sha256(PNG)
    assert manifest["pdf_sha256"] == made.pdf_sha256 == sha256(made.pdf.read_bytes())
    assert manifest["sections"]["notes"]["rows"] == [["fragile", "dock"]]
    flags = manifest["sections"]["flags"]["rows"]
    assert [row[0] for row in flags] == ["missing_item"]


def test_a_pin_in_the_scan_journal_is_masked_in_the_pack(tmp_path: Path) -> None:
    data = tmp_path / "data"
    complete(data)
    services = open_desk(data, STATION)
    with services.engine.begin() as conn:
        opened = conn.execute(select(t.receipts.c.opened_at)).scalar_one()
        conn.execute(
            t.scan_journal.insert().values(
                received_at=opened, source="pty", raw=b"PIN-424242", aim_id=None,
                data="PIN-424242",
            )
        )  # fmt: skip
    with services.engine.connect() as conn:
        gathered = facts.gather(
            conn, facts.find_receipt(conn, rma=RMA1), data / "photos", services.config.patterns
        )
    services.close()
    scans = next(s for s in gathered.sections if s.key == "scans")
    assert [row[3] for row in scans.rows] == ["PIN-******"]
    assert "424242" not in json.dumps([s.rows for s in gathered.sections])


def test_verify_accepts_the_copies_and_refuses_tampered_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    made, _ = _on_demand(data, tmp_path / "out")
    verify = ["--data-dir", str(data), "evidence", "verify"]
    assert main([*verify, str(made.pdf)]) == 0
    assert main([*verify, str(made.zip)]) == 0
    assert "unaltered" in capsys.readouterr().out

    flipped = tmp_path / "flipped.pdf"
    raw = bytearray(made.pdf.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    flipped.write_bytes(bytes(raw))
    assert main([*verify, str(flipped)]) == 1
    assert "matches no recorded evidence pack" in capsys.readouterr().err

    swapped = tmp_path / "swapped.zip"
    with zipfile.ZipFile(made.zip) as src, zipfile.ZipFile(swapped, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            dst.writestr(item, PNG[:-1] + b"\x00" if item.filename.startswith("photos/") else body)
    assert main([*verify, str(swapped)]) == 1
    err = capsys.readouterr().err
    assert "the ZIP was altered" in err and "was replaced or altered" in err

    stranger = tmp_path / "stranger.pdf"
    stranger.write_bytes(b"%PDF-1.4 not a pack")
    assert main([*verify, str(stranger)]) == 1


def test_the_automatic_pack_is_made_once_though_the_desk_was_killed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    killed = _run(data, "complete", fault="after_completion_commit")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    services = open_desk(data, STATION)
    engine = services.engine
    try:  # the completion committed, and its job with it; no pack yet
        assert _count(engine, t.receipts, t.receipts.c.status == "completed") == 1
        assert _count(engine, et.evidence_jobs, et.evidence_jobs.c.pack_id.is_(None)) == 1
        assert _count(engine, et.evidence_packs) == 0
    finally:
        services.close()
    served = _run(data, "serve")
    assert json.loads(served.stdout)["result"] == 1, served.stderr
    again = _run(data, "serve")
    assert json.loads(again.stdout)["result"] == 0, again.stderr
    services = open_desk(data, STATION)
    engine = services.engine
    try:
        assert _count(engine, et.evidence_packs) == 1
        assert _count(engine, et.evidence_jobs, et.evidence_jobs.c.pack_id.is_not(None)) == 1
        topic = t.outbox.c.topic == EvidencePackMade.TOPIC
        assert _count(engine, t.outbox, topic) == 1
        packs = sorted(p.name for p in (data / "evidence").iterdir())
        assert packs == ["evidence-RMA-2026-000001-auto.pdf", "evidence-RMA-2026-000001-auto.zip"]
        with engine.connect() as conn:
            (recorded,) = conn.execute(select(et.evidence_packs)).all()
        assert recorded.reason == "fraud_flag" and recorded.made_by is None
        assert recorded.zip_sha256 == sha256((data / "evidence" / packs[1]).read_bytes())
    finally:
        services.close()


def test_the_running_worker_makes_the_pack_as_soon_as_the_return_completes(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    services = open_desk(data, STATION)
    try:
        assert services.evidence is not None
        services.evidence.start()  # as the desk's start does; it waits a minute between polls
        receipt_id = complete_on(services, data)
        packs = et.evidence_packs
        deadline = time.monotonic() + 30  # well inside the poll: the completion woke it
        while _count(services.engine, packs) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        with services.engine.connect() as conn:
            made = conn.execute(select(packs.c.receipt_id, packs.c.reason)).all()
        assert [tuple(r) for r in made] == [(receipt_id, "fraud_flag")]
    finally:
        services.close()


def test_a_return_without_a_fraud_flag_gets_no_automatic_pack(tmp_path: Path) -> None:
    services = open_desk(tmp_path / "data", STATION)
    try:
        with services.engine.begin() as conn:  # a completed return flagged only as late
            conn.execute(
                t.receipts.insert().values(
                    id="R-1", rma_number=None, station_id=STATION, opened_by="U-1",
                    opened_at=SystemClock().now(), scanned_code="X", status="completed",
                )
            )  # fmt: skip
            conn.execute(
                t.receipt_flags.insert().values(
                    receipt_id="R-1", kind="outside_window", evidence={}
                )
            )
        assert _count(services.engine, et.evidence_jobs) == 0
    finally:
        services.close()


@pytest.mark.postgres
def test_the_hashes_are_recorded_centrally_and_verify_there(
    central_engine: Engine, tmp_path: Path
) -> None:
    seed_central(central_engine)
    data = tmp_path / "data"
    made, _ = _on_demand(data, tmp_path / "out")
    services = open_desk(data, STATION)
    try:
        runner(services, central_engine).push_all()
    finally:
        services.close()
    with central_engine.connect() as conn:
        (row,) = conn.execute(select(c.evidence_packs)).all()
    assert (str(row.pack_id), row.pdf_sha256, row.zip_sha256) == (
        made.pack_id, made.pdf_sha256, made.zip_sha256,
    )  # fmt: skip
    assert row.desk_id == STATION and row.photos == [
        {"name": n, "sha256": h} for n, h in made.photos
    ]
    assert verify_file(made.zip, *central_lookup(central_engine)).ok
    assert verify_file(made.pdf, *store_lookup(services.engine)).ok
    services = open_desk(data, STATION)
    try:  # a re-sent message changes nothing centrally
        runner(services, central_engine).push_all()
    finally:
        services.close()
    assert _count(central_engine, c.evidence_packs) == 1


@pytest.mark.postgres
def test_a_desk_connection_staged_before_the_upgrade_pushes_packs_after_it(
    central_engine: Engine, central_url: URL, tmp_path: Path
) -> None:
    migrate.downgrade(central_engine, "c0007")  # the central schema before evidence packs
    with central_engine.begin() as conn:  # this desk's unit.inspected and return.completed
        conn.execute(  # are v3 (weights, c0014): let this old schema take them, unweighed
            text(
                "UPDATE event_versions SET max_version = 3 "
                "WHERE topic IN ('unit.inspected', 'return.completed')"
            )
        )
    seed_central(central_engine)
    data = tmp_path / "data"
    complete(data)  # the return is pushed while the central schema has no evidence packs
    desk_side = create_engine(central_url, pool_size=1, max_overflow=0)
    try:
        services = open_desk(data, STATION)
        try:
            sync = runner(services, desk_side)
            with services.engine.begin() as conn:  # the automatic pack waits for the upgrade
                conn.execute(et.evidence_jobs.delete())
            sync.push_all()
            assert _count(central_engine, c.receipts) == 1
            migrate.upgrade(central_engine)  # while the desk's staged connection stays open
            with services.engine.connect() as conn:
                receipt_id = facts.find_receipt(conn, rma=RMA1)
            made = make_pack(
                services.engine, receipt_id,
                out_dir=tmp_path / "out", photo_dir=services.config.photo_dir,
                patterns=services.config.patterns, clock=SystemClock(), station_id=STATION,
                made_by=None,
            )  # fmt: skip
            sync.push_all()  # the same connection: re-staged once, then merged
        finally:
            services.close()
        with central_engine.connect() as conn:
            (row,) = conn.execute(select(c.evidence_packs)).all()
        assert str(row.pack_id) == made.pack_id and row.zip_sha256 == made.zip_sha256
    finally:
        desk_side.dispose()

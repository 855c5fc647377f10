"""The OS print system through a fake `lp`/`lpstat` on PATH, and the file:// printer."""

from __future__ import annotations

import base64
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from sqlalchemy import Engine

from receiving_desk.adapters.printing import (
    Backoff,
    JobState,
    PrinterError,
    PrinterState,
    PrintQueue,
    backend_for,
    print_test_label,
    restock_label,
)
from receiving_desk.adapters.printing.backends import CupsBackend, FileBackend
from receiving_desk.adapters.printing.labels import Label, bin_label
from receiving_desk.adapters.printing.png import rasterize
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.domain.barcodes import make_lpn
from tests.integration.printer_fixtures import fields, wait_until

FAST = Backoff(base=0.02, cap=0.1)
FAKE = """#!{python}
import base64, json, os, sys
folder = os.path.dirname(os.path.abspath(sys.argv[0]))  # lp gets no test variables
name = os.path.basename(sys.argv[0])
failure = os.path.join(folder, name + "-fails")
if os.path.exists(failure):
    sys.stderr.write(open(failure).read())
    sys.exit(1)
if name == "lpstat":
    state = os.path.join(folder, "lpstat-says")
    print(open(state).read() if os.path.exists(state) else "printer dock1 is idle.")
    sys.exit(0)
job = sys.stdin.buffer.read()
with open(os.path.join(folder, "lp.log"), "a") as log:
    stdin = base64.b64encode(job).decode()
    entry = {{"args": sys.argv[1:], "stdin": stdin, "env": dict(os.environ)}}
    log.write(json.dumps(entry) + "\\n")
"""


@pytest.fixture
def cups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with fake `lp` and `lpstat` first on PATH; they log into it."""
    folder = tmp_path / "cups"
    folder.mkdir()
    for name in ("lp", "lpstat"):
        script = folder / name
        script.write_text(FAKE.format(python=sys.executable))
        script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return folder


def jobs_sent(folder: Path) -> list[tuple[list[str], bytes]]:
    log = folder / "lp.log"
    if not log.exists():
        return []
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    return [(e["args"], base64.b64decode(e["stdin"])) for e in entries]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_store_engine(tmp_path / "desk.sqlite3")
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


def label(n: int) -> Label:
    return restock_label(
        lpn=make_lpn(n), sku="SKU-1", description="Наушники", grade="A", disposition="restock",
        bin="B1",
    )  # fmt: skip


def test_backend_is_chosen_by_url_scheme(tmp_path: Path) -> None:
    assert isinstance(backend_for("cups://dock1"), CupsBackend)
    assert isinstance(backend_for(tmp_path.as_uri()), FileBackend)
    assert backend_for("cups://Dock%40office").queue == "Dock@office"  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="scheme"):
        backend_for("lpd://printer")


def test_zpl_goes_raw_and_pdf_through_the_driver(cups: Path, engine: Engine) -> None:
    with PrintQueue(engine, backoff=FAST, status_ttl=0.0) as queue:
        zpl_job = queue.enqueue(label(1), "cups://dock1", "zpl")
        queue.enqueue(label(2), "cups://office", "pdf", 300)
        assert queue.wait_idle(10)
        name = queue.job(zpl_job).name
    assert len(jobs_sent(cups)) == 2
    # One worker per printer: the two jobs may reach `lp` in either order.
    by_queue = {args[1]: (args, data) for args, data in jobs_sent(cups)}
    (zpl_args, zpl), (pdf_args, pdf) = by_queue["dock1"], by_queue["office"]
    assert zpl_args == ["-d", "dock1", "-t", name, "-o", "raw"]
    assert zpl.startswith(b"^XA") and fields(zpl, "BC") == [make_lpn(1)]
    assert pdf_args[:2] == ["-d", "office"] and "raw" not in pdf_args
    [page] = rasterize(pdf, 300)
    assert [r.text for r in zxingcpp.read_barcodes(page)] == [make_lpn(2)]


def test_a_disabled_queue_is_paused_and_holds_jobs(cups: Path, engine: Engine) -> None:
    (cups / "lpstat-says").write_text("printer dock1 disabled since Sun 22 Nov 2026 -\n\tPaused")
    with PrintQueue(engine, backoff=FAST, status_ttl=0.0) as queue:
        job = queue.enqueue(label(1), "cups://dock1")
        wait_until(lambda: queue.printer_status("cups://dock1").state is not PrinterState.UNKNOWN)
        assert queue.printer_status("cups://dock1").state is PrinterState.PAUSED
        assert queue.job(job).state is JobState.QUEUED
        (cups / "lpstat-says").unlink()
        assert queue.wait_idle(10)
    assert len(jobs_sent(cups)) == 1


def test_lp_refusing_the_job_is_retried_with_its_message(cups: Path, engine: Engine) -> None:
    (cups / "lp-fails").write_text("lp: The printer or class does not exist.")
    with PrintQueue(engine, backoff=FAST, status_ttl=0.0) as queue:
        job = queue.enqueue(label(1), "cups://dock1")
        wait_until(lambda: queue.job(job).attempts >= 2)
        snapshot = queue.printer_status("cups://dock1")
        assert snapshot.last_error == "offline: lp: The printer or class does not exist."
        assert queue.job(job).state in (JobState.QUEUED, JobState.SENDING)  # retrying
        (cups / "lp-fails").unlink()
        assert queue.wait_idle(10)
        assert queue.job(job).state is JobState.DONE
    assert len(jobs_sent(cups)) == 1


def test_missing_cups_is_reported_not_crashed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    backend = CupsBackend("cups://dock1")
    assert backend.status().state is PrinterState.OFFLINE
    with pytest.raises(PrinterError, match="lp not found"):
        backend.send(b"^XA^XZ", fmt="zpl", name="x")


def test_file_printer_writes_each_job_once_atomically(tmp_path: Path, engine: Engine) -> None:
    folder = tmp_path / "labels"
    with PrintQueue(engine, backoff=FAST, status_ttl=0.0) as queue:
        pdf_job = queue.enqueue(label(1), folder.as_uri(), "pdf")
        zpl_job = queue.enqueue(label(2), folder.as_uri(), "zpl")
        assert queue.wait_idle(10)
        pdf_name, zpl_name = queue.job(pdf_job).name, queue.job(zpl_job).name
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{pdf_name}.pdf", f"{zpl_name}.zpl"]
    )
    assert pdf_name == f"000001-restock-4x2-{make_lpn(1)}"
    [page] = rasterize((folder / f"{pdf_name}.pdf").read_bytes(), 203)
    assert [r.text for r in zxingcpp.read_barcodes(page)] == [make_lpn(1)]
    assert fields((folder / f"{zpl_name}.zpl").read_bytes(), "BC") == [make_lpn(2)]


def test_file_printer_sending_again_replaces_the_file(tmp_path: Path) -> None:
    backend = FileBackend((tmp_path / "out").as_uri())
    backend.send(b"first", fmt="zpl", name="job")
    backend.send(b"second", fmt="zpl", name="job")
    assert [(p.name, p.read_bytes()) for p in (tmp_path / "out").iterdir()] == [
        ("job.zpl", b"second")
    ]


def test_a_file_printer_that_cannot_write_is_offline(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    backend = FileBackend((blocker / "labels").as_uri())
    assert backend.status().state is PrinterState.OFFLINE
    with pytest.raises(PrinterError) as refused:
        backend.send(b"x", fmt="pdf", name="job")
    assert refused.value.state is PrinterState.OFFLINE


def test_print_test_label_to_a_folder(tmp_path: Path) -> None:
    status = print_test_label((tmp_path / "t").as_uri())
    assert status.state is PrinterState.READY
    [written] = list((tmp_path / "t").iterdir())
    assert written.suffix == ".pdf"
    [page] = rasterize(written.read_bytes(), 203)
    found = {r.text for r in zxingcpp.read_barcodes(page)}
    assert found == {make_lpn(0, "TEST"), "(01)09506000134352(21)TEST"}


def test_a_label_that_cannot_render_fails_at_once_and_the_queue_goes_on(
    tmp_path: Path, engine: Engine
) -> None:
    folder = tmp_path / "labels"
    with PrintQueue(engine, backoff=FAST, status_ttl=0.0) as queue:
        too_long = queue.enqueue(bin_label("BIN-" + "X" * 40, size="2x1"), folder.as_uri())
        fine = queue.enqueue(bin_label("A-01-01", size="2x1"), folder.as_uri())
        assert queue.wait_idle(10)
        failed = queue.job(too_long)
        assert failed.state is JobState.FAILED
        assert failed.last_error is not None and "do not fit" in failed.last_error
        assert queue.job(fine).state is JobState.DONE
        snapshot = queue.printer_status(folder.as_uri())
        assert (snapshot.state, snapshot.queued, snapshot.printed) == (PrinterState.READY, 0, 1)
    assert [p.name for p in folder.iterdir()] == [f"{queue.job(fine).name}.pdf"]


def test_lp_gets_no_secret_from_the_desks_environment(
    cups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECEIVING_DESK_CENTRAL_PASSWORD", "central-s3cret")
    monkeypatch.setenv("PGPASSWORD", "pg-s3cret")
    monkeypatch.setenv("SOME_TOKEN_NOBODY_FORESAW", "t0ken")
    CupsBackend("cups://dock1").send(b"^XA^XZ", fmt="zpl", name="LPN1")
    log = (cups / "lp.log").read_text()
    assert all(s not in log for s in ("central-s3cret", "pg-s3cret", "t0ken"))
    (entry,) = [json.loads(line) for line in log.splitlines()]
    assert entry["env"]["PATH"] == os.environ["PATH"]  # still finds what it needs


@pytest.mark.parametrize(
    "url",
    [
        "cups://-hevil.example",  # an option for lp / lpstat, not a queue
        "cups://--help",
        "cups://dock 1",
        "tcp://-oProxyCommand:9100",
        "tcp://printer.example:70000",
        "tcp://printer.example:9100/path",
        "file://otherhost/share",
        "file://relative",
        "tcp://printer.example:9100\n",
    ],
)
def test_printer_urls_that_are_not_printers_are_refused(url: str) -> None:
    from receiving_desk.adapters.printing.settings import PrinterSettingsError, PrinterTarget

    with pytest.raises(PrinterSettingsError, match="printer URL"):
        PrinterTarget.parse(url)
    if url.startswith("cups://"):
        with pytest.raises(ValueError):
            CupsBackend(url)


def test_good_printer_urls_are_kept(tmp_path: Path) -> None:
    from receiving_desk.adapters.printing.settings import PrinterTarget

    for url in ("cups://dock-1", "cups://Zebra_ZD421@dock", "tcp://10.0.0.5:9100",
                "tcp://[::1]:9100", "tcp://zebra.example", tmp_path.as_uri()):  # fmt: skip
        assert PrinterTarget.parse(url).url == url

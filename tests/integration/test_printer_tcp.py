"""TCP 9100 printing against a real listener playing a Zebra: status, holding, printing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from receiving_desk.adapters.printing import (
    Backoff,
    JobState,
    PrinterError,
    PrinterSnapshot,
    PrinterState,
    PrintQueue,
    print_test_label,
    restock_label,
)
from receiving_desk.adapters.printing.backends import Tcp9100Backend
from receiving_desk.adapters.printing.labels import Label, bin_label
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.domain.barcodes import make_lpn
from tests.integration.printer_fixtures import (
    HS_HEAD_OPEN,
    HS_PAPER_OUT,
    HS_READY,
    FakeZebra,
    fields,
    held_port,
    parse_zpl,
    wait_until,
)

FAST = Backoff(base=0.02, cap=0.1)
GS1 = "(01)09506000134352(21)ABC123(10)LOT42"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_store_engine(tmp_path / "desk.sqlite3")
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def zebra() -> Iterator[FakeZebra]:
    with FakeZebra() as printer:
        yield printer


def label(n: int, **changes: str) -> Label:
    values = dict(
        lpn=make_lpn(n), sku="SKU-1", description="Earbuds 无线耳机", grade="B",
        disposition="open box", bin="A-12-03", rma="RMA-2024-000123", on="2026-11-20",
    )  # fmt: skip
    values.update(changes)
    return restock_label(**values)


def queue_for(engine: Engine, **options: object) -> PrintQueue:
    settings: dict[str, object] = dict(backoff=FAST, status_ttl=0.0, idle_poll=0.05)
    settings.update(options)
    return PrintQueue(engine, **settings)  # type: ignore[arg-type]


def test_status_of_a_ready_a_paper_out_and_a_head_open_printer(zebra: FakeZebra) -> None:
    # The fake answers at once; the timeout only bounds a failure (1 s is a window load can miss).
    backend = Tcp9100Backend(zebra.url, timeout=10.0)
    assert backend.status().state is PrinterState.READY
    zebra.set_status(HS_PAPER_OUT)
    assert backend.status().state is PrinterState.PAPER_OUT
    zebra.set_status(HS_HEAD_OPEN)
    assert backend.status().state is PrinterState.HEAD_OPEN
    assert zebra.queries == 3
    assert zebra.labels() == []  # status queries are not labels


def test_a_printer_that_never_answers_is_not_ready(zebra: FakeZebra) -> None:
    zebra.set_status(None)
    status = Tcp9100Backend(zebra.url, timeout=0.3).status()
    assert status.state is PrinterState.NOT_RESPONDING
    assert "0.3" in status.detail


def test_nothing_listening_is_offline() -> None:
    with held_port() as port:
        url = f"tcp://127.0.0.1:{port.getsockname()[1]}"
        status = Tcp9100Backend(url, timeout=0.5).status()
    assert status.state is PrinterState.OFFLINE


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_printer_receives_complete_well_formed_labels(
    engine: Engine, zebra: FakeZebra, dpi: int
) -> None:
    with queue_for(engine) as queue:
        first = queue.enqueue(label(1, gs1=GS1), zebra.url, "zpl", dpi)
        queue.enqueue(bin_label("A-12-03"), zebra.url, "zpl", dpi)
        assert queue.wait_idle(10)
        assert queue.job(first).state is JobState.DONE
    zebra.close()
    restock, bin_ = zebra.labels()
    commands = parse_zpl(restock)
    assert restock.startswith(b"^XA") and restock.endswith(b"^XZ")
    assert ("CI", "28") in commands
    width, height = (812, 406) if dpi == 203 else (1200, 600)
    assert ("PW", str(width)) in commands and ("LL", str(height)) in commands
    assert fields(restock, "BC") == [make_lpn(1), ">;>8010950600013435221>6ABC123>810LOT42"]
    assert "无线耳机".encode() in restock  # UTF-8 as ^CI28 announced
    assert fields(bin_, "BC") == ["A-12-03"]


def test_paper_out_holds_the_jobs_then_they_print_in_order(
    engine: Engine, zebra: FakeZebra
) -> None:
    zebra.set_status(HS_PAPER_OUT)
    changes: list[PrinterSnapshot] = []
    with queue_for(engine, on_change=changes.append) as queue:
        ids = [queue.enqueue(label(n), zebra.url) for n in (1, 2, 3)]
        assert zebra.wait_for_queries(3)  # asked again and again, with backoff
        snapshot = queue.printer_status(zebra.url)
        assert snapshot.state is PrinterState.PAPER_OUT
        assert snapshot.queued == 3 and snapshot.retry_at is not None
        assert zebra.labels() == []
        assert {queue.job(i).state for i in ids} == {JobState.QUEUED}
        zebra.set_status(HS_READY)
        queue.retry_now()
        assert queue.wait_idle(10)
        snapshot = queue.printer_status(zebra.url)
        assert (snapshot.state, snapshot.queued, snapshot.printed) == (PrinterState.READY, 0, 3)
    zebra.close()
    assert [fields(data, "BC")[0] for data in zebra.labels()] == [make_lpn(n) for n in (1, 2, 3)]
    assert PrinterState.PAPER_OUT in {c.state for c in changes}


def test_a_silent_printer_holds_the_job(engine: Engine, zebra: FakeZebra) -> None:
    zebra.set_status(None)
    backends = lambda url: Tcp9100Backend(url, timeout=0.2)  # noqa: E731
    with queue_for(engine, backends=backends) as queue:
        job = queue.enqueue(label(1), zebra.url)
        assert zebra.wait_for_queries(2)
        assert queue.printer_status(zebra.url).state is PrinterState.NOT_RESPONDING
        assert queue.job(job).state is JobState.QUEUED
        zebra.set_status(HS_READY)
        assert queue.wait_idle(10)
    zebra.close()
    assert len(zebra.labels()) == 1


def test_an_offline_printer_gets_the_job_when_it_comes_back(engine: Engine) -> None:
    port = held_port()
    url = f"tcp://127.0.0.1:{port.getsockname()[1]}"
    with queue_for(engine) as queue:
        queue.enqueue(label(7), url)
        wait_until(lambda: queue.printer_status(url).state is PrinterState.OFFLINE)
        assert queue.printer_status(url).queued == 1
        with FakeZebra(listener=port) as zebra:
            assert queue.wait_idle(10)
    assert [fields(d, "BC")[0] for d in zebra.labels()] == [make_lpn(7)]


def test_reprint_is_a_new_job_referencing_the_original(engine: Engine, zebra: FakeZebra) -> None:
    with queue_for(engine) as queue:
        original = queue.enqueue(label(5), zebra.url)
        assert queue.wait_idle(10)
        again = queue.reprint(original)
        once_more = queue.reprint(again)
        assert queue.wait_idle(10)
        assert again != original and once_more != again
        assert queue.job(again).reprint_of == original
        assert queue.job(once_more).reprint_of == original  # always the first print
        assert queue.job(again).label == queue.job(original).label
        assert [j.id for j in queue.store.find(make_lpn(5))] == [original, again, once_more]
    zebra.close()
    assert len(set(zebra.labels())) == 1 and len(zebra.labels()) == 3


def test_a_cancelled_job_is_never_sent(engine: Engine, zebra: FakeZebra) -> None:
    zebra.set_status(HS_PAPER_OUT)
    with queue_for(engine) as queue:
        dropped = queue.enqueue(label(1), zebra.url)
        kept = queue.enqueue(label(2), zebra.url)
        assert queue.cancel(dropped)
        zebra.set_status(HS_READY)
        assert queue.wait_idle(10)
        assert queue.job(dropped).state is JobState.CANCELLED
        assert not queue.cancel(kept)  # already printed
    zebra.close()
    assert [fields(d, "BC")[0] for d in zebra.labels()] == [make_lpn(2)]


def test_enqueue_needs_a_started_queue_and_a_known_format(engine: Engine) -> None:
    queue = queue_for(engine)
    with pytest.raises(RuntimeError, match="start"):
        queue.enqueue(label(1), "tcp://127.0.0.1:9")
    with queue:
        with pytest.raises(ValueError, match="format"):
            queue.enqueue(label(1), "tcp://127.0.0.1:9", "png")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="scheme"):
            queue.enqueue(label(1), "lpd://printer")
        assert queue.store.recent() == []  # nothing stored for either


def test_print_test_label(zebra: FakeZebra) -> None:
    assert print_test_label(zebra.url).ready
    [data] = zebra.wait_for_labels(1)
    assert fields(data, "BC")[0].startswith("TEST00000000")
    zebra.set_status(HS_HEAD_OPEN)
    with pytest.raises(PrinterError) as refused:
        print_test_label(zebra.url)
    assert refused.value.state is PrinterState.HEAD_OPEN
    assert len(zebra.labels()) == 1


def test_a_watched_printer_shows_its_state_before_any_label(
    engine: Engine, zebra: FakeZebra
) -> None:
    zebra.set_status(HS_HEAD_OPEN)
    queue = queue_for(engine)
    queue.start(watch=(zebra.url,))
    try:
        wait_until(lambda: queue.printer_status(zebra.url).state is PrinterState.HEAD_OPEN)
        zebra.set_status(HS_READY)  # polled while idle: the fix shows without a print
        wait_until(lambda: queue.printer_status(zebra.url).state is PrinterState.READY)
        assert queue.status().keys() == {zebra.url}
    finally:
        queue.stop()
    zebra.close()
    assert zebra.labels() == []

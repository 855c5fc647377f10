"""Jobs survive a killed app: queued jobs print exactly once after a restart, and a job a
crash left mid-send is re-sent at most once (the rule in docs/labels.md)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from receiving_desk.adapters.printing import Backoff, JobState, PrintQueue, restock_label
from receiving_desk.adapters.printing.backends import Tcp9100Backend
from receiving_desk.adapters.printing.jobstore import PARKED_NOTE, PRINTED_NOTE, RESENT_NOTE
from receiving_desk.adapters.printing.labels import Label
from receiving_desk.adapters.printing.queue import render_job
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.print_tables import print_jobs
from receiving_desk.domain.barcodes import make_lpn
from tests.integration.printer_fixtures import (
    HS_PAPER_OUT,
    HS_READY,
    FakeZebra,
    fields,
    hs_reply,
)

REPO = Path(__file__).resolve().parents[2]
FAST = Backoff(base=0.02, cap=0.1)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_store_engine(tmp_path / "desk.sqlite3")
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


def label(n: int) -> Label:
    return restock_label(
        lpn=make_lpn(n), sku="SKU-1", description="x", grade="A", disposition="restock", bin="B1"
    )


def states(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(print_jobs.c.state).order_by(print_jobs.c.seq)).scalars())


def test_killed_with_jobs_queued_then_restarted_prints_each_job_exactly_once(
    tmp_path: Path,
) -> None:
    db = tmp_path / "desk.sqlite3"
    with FakeZebra(HS_PAPER_OUT) as zebra:
        app = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.printer_fixtures", str(db), zebra.url, "5"],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert app.stdout is not None
            line = app.stdout.readline()
            assert line.startswith("QUEUED"), line
            ids = line.split()[1:]
            assert zebra.wait_for_queries(3)  # the app is retrying a paper-out printer
        finally:
            os.kill(app.pid, signal.SIGKILL)
            app.wait(10)
            if app.stdout is not None:
                app.stdout.close()
        assert app.returncode == -signal.SIGKILL
        assert zebra.labels() == []

        engine = create_store_engine(db)
        try:
            assert states(engine) == ["queued"] * 5  # committed before the kill
            zebra.set_status(HS_READY)
            queue = PrintQueue(engine, backoff=FAST, status_ttl=0.0)
            assert queue.start() == []  # nothing was mid-send
            try:
                assert queue.wait_idle(10)
            finally:
                queue.stop()
            assert {queue.job(i).state for i in ids} == {JobState.DONE}
            assert not any(queue.job(i).in_doubt for i in ids)
        finally:
            engine.dispose()
    printed = [fields(data, "BC")[0] for data in zebra.labels()]  # all in: zebra closed
    assert printed == [make_lpn(n) for n in range(1, 6)]  # each once, in order


def interrupted(engine: Engine, url: str, *, in_doubt: bool) -> str:
    """A job as a kill between "sending" and "done" leaves it."""
    queue = PrintQueue(engine)
    job_id = queue.store.add(label(9), url, "zpl", 203, None)
    assert queue.store.mark_sending(job_id)
    if in_doubt:
        with engine.begin() as conn:
            conn.execute(print_jobs.update().values(in_doubt=True))
    return job_id


def test_a_job_interrupted_mid_send_is_sent_again_once_and_flagged(engine: Engine) -> None:
    with FakeZebra() as zebra:
        job_id = interrupted(engine, zebra.url, in_doubt=False)
        queue = PrintQueue(engine, backoff=FAST, status_ttl=0.0)
        assert [job.id for job in queue.start()] == [job_id]
        try:
            assert queue.wait_idle(10)
        finally:
            queue.stop()
        job = queue.job(job_id)
        assert (job.state, job.in_doubt, job.last_error) == (JobState.DONE, True, RESENT_NOTE)
        assert job.attempts == 2
    assert [fields(d, "BC")[0] for d in zebra.labels()] == [make_lpn(9)]


def test_a_job_interrupted_twice_is_parked_not_sent_a_third_time(engine: Engine) -> None:
    with FakeZebra() as zebra:
        job_id = interrupted(engine, zebra.url, in_doubt=True)
        queue = PrintQueue(engine, backoff=FAST, status_ttl=0.0)
        queue.start()
        try:
            assert queue.wait_idle(10)
        finally:
            queue.stop()
        job = queue.job(job_id)
        assert (job.state, job.last_error) == (JobState.FAILED, PARKED_NOTE)
        assert states(engine) == ["failed"]
    assert zebra.labels() == []


def test_a_file_job_interrupted_mid_send_just_replaces_its_file(
    engine: Engine, tmp_path: Path
) -> None:
    url = (tmp_path / "out").as_uri()
    job_id = interrupted(engine, url, in_doubt=True)  # even a second interruption
    queue = PrintQueue(engine, backoff=FAST, status_ttl=0.0)
    queue.start()
    try:
        assert queue.wait_idle(10)
    finally:
        queue.stop()
    job = queue.job(job_id)
    assert job.state is JobState.DONE
    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"{job.name}.zpl"]


# Printers that keep a label counter (Zebra odometer): the job's "sending" row holds the
# counter read before the send, and the printer settles what a crash left undecided.


def sent_then_killed(engine: Engine, zebra: FakeZebra, *, reached_printer: bool) -> str:
    """A job as a kill after its counter reading and "sending" commit leaves it, with its
    bytes on the printer or not."""
    store = PrintQueue(engine).store
    job_id = store.add(label(9), zebra.url, "zpl", 203, None)
    before = Tcp9100Backend(zebra.url).label_count()
    assert before == zebra.printed
    assert store.mark_sending(job_id, before)
    if reached_printer:
        job = store.get(job_id)
        assert job is not None
        Tcp9100Backend(zebra.url).send(render_job(job), fmt="zpl", name=job.name)
        zebra.wait_for_labels(1)
    return job_id


def test_a_job_the_printer_counted_is_done_and_not_sent_again(engine: Engine) -> None:
    with FakeZebra() as zebra:
        job_id = sent_then_killed(engine, zebra, reached_printer=True)
        queue = PrintQueue(engine, backoff=FAST, status_ttl=0.0)
        assert queue.start() == []  # not the in-doubt rule: the printer will say
        try:
            assert queue.wait_idle(10)
        finally:
            queue.stop()
        job = queue.job(job_id)
        assert (job.state, job.in_doubt, job.last_error) == (JobState.DONE, False, PRINTED_NOTE)
        assert job.attempts == 1
        zebra.close()
        assert [fields(d, "BC")[0] for d in zebra.labels()] == [make_lpn(9)]


def test_a_job_the_printer_did_not_count_is_sent_once_more_not_in_doubt(engine: Engine) -> None:
    with FakeZebra() as zebra:
        job_id = sent_then_killed(engine, zebra, reached_printer=False)
        queue = PrintQueue(engine, backoff=FAST, status_ttl=0.0)
        queue.start()
        try:
            assert queue.wait_idle(10)
        finally:
            queue.stop()
        job = queue.job(job_id)
        assert (job.state, job.in_doubt, job.attempts) == (JobState.DONE, False, 2)
        zebra.close()
        assert [fields(d, "BC")[0] for d in zebra.labels()] == [make_lpn(9)]


def test_the_counter_is_read_only_once_the_printer_has_printed_what_it_holds(
    engine: Engine,
) -> None:
    with FakeZebra() as zebra:
        job_id = sent_then_killed(engine, zebra, reached_printer=False)
        zebra.set_status(hs_reply(formats_queued=1))  # a format in its buffer, not printed yet
        queue = PrintQueue(engine, backoff=FAST, status_ttl=0.0)
        queue.start()
        try:
            queries = zebra.queries
            assert zebra.wait_for_queries(queries + 3)  # asked again and again meanwhile
            assert queue.job(job_id).state is JobState.SENDING
            zebra.count_format()  # the held format was this job's: it prints now
            zebra.set_status(HS_READY)
            assert queue.wait_idle(10)
        finally:
            queue.stop()
        job = queue.job(job_id)
        assert (job.state, job.last_error, job.attempts) == (JobState.DONE, PRINTED_NOTE, 1)
        zebra.close()
        assert zebra.labels() == []  # never sent a second time


def test_a_printer_that_stopped_answering_its_counter_falls_back_to_the_in_doubt_rule(
    engine: Engine,
) -> None:
    with FakeZebra() as zebra:
        job_id = sent_then_killed(engine, zebra, reached_printer=False)
        zebra.counter = False  # e.g. replaced by a printer without SGD
        queue = PrintQueue(engine, backoff=FAST, status_ttl=0.0)
        queue.start()
        try:
            assert queue.wait_idle(20)
        finally:
            queue.stop()
        job = queue.job(job_id)
        assert (job.state, job.in_doubt, job.last_error) == (JobState.DONE, True, RESENT_NOTE)
        zebra.close()
        assert [fields(d, "BC")[0] for d in zebra.labels()] == [make_lpn(9)]

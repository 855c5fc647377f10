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
from receiving_desk.adapters.printing.jobstore import PARKED_NOTE, RESENT_NOTE
from receiving_desk.adapters.printing.labels import Label
from receiving_desk.adapters.store import migrate
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.adapters.store.print_tables import print_jobs
from receiving_desk.domain.barcodes import make_lpn
from tests.integration.printer_fixtures import HS_PAPER_OUT, HS_READY, FakeZebra, fields

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

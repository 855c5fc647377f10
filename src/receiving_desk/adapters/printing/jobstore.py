"""Print jobs in the local SQLite store: one short transaction per state change."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update

from receiving_desk.adapters.printing.labels import Label, LabelFormat
from receiving_desk.adapters.store.engine import read_only
from receiving_desk.adapters.store.print_tables import print_jobs

RESENT_NOTE = "interrupted while sending; sent again once (the label may print twice)"
PARKED_NOTE = "interrupted twice while sending; not sent again - reprint if it is missing"
PRINTED_NOTE = "interrupted after sending; the printer's label counter shows it printed"
NOT_PRINTED_NOTE = "interrupted while sending; the printer's label counter shows it did not print"


class JobState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"  # bytes may be on their way; see recover_interrupted()
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class PrintJob:
    id: str
    seq: int
    created_at: datetime
    printer_url: str
    fmt: LabelFormat
    dpi: int
    label: Label
    state: JobState
    attempts: int
    in_doubt: bool  # sent again after a crash mid-send: may have printed twice
    last_error: str | None
    sent_at: datetime | None
    reprint_of: str | None
    printer_count: int | None = None  # the printer's label counter before the send

    @property
    def name(self) -> str:
        """Stable per job: file names and print-system job titles."""
        key = "".join(ch if ch.isalnum() or ch == "-" else "_" for ch in self.label.key)
        return f"{self.seq:06d}-{self.label.template.name}-{key}"


def _job(row: Any) -> PrintJob:
    return PrintJob(
        id=row.id,
        seq=row.seq,
        created_at=row.created_at,
        printer_url=row.printer_url,
        fmt=row.format,
        dpi=row.dpi,
        label=Label.from_dict(row.label),
        state=JobState(row.state),
        attempts=row.attempts,
        in_doubt=row.in_doubt,
        last_error=row.last_error,
        sent_at=row.sent_at,
        reprint_of=row.reprint_of,
        printer_count=row.printer_count,
    )


def insert_job(
    conn: Connection,
    now: datetime,
    label: Label,
    printer_url: str,
    fmt: LabelFormat,
    dpi: int,
    reprint_of: str | None = None,
) -> str:
    """A queued job written on `conn`, in its transaction: with a use case's unit of work the
    job commits (or rolls back) with the state change that decided it. Returns its id."""
    job_id = str(uuid.uuid4())
    seq = conn.execute(select(func.coalesce(func.max(print_jobs.c.seq), 0))).scalar_one()
    conn.execute(
        print_jobs.insert().values(
            id=job_id,
            seq=seq + 1,
            created_at=now,
            printer_url=printer_url,
            format=fmt,
            dpi=dpi,
            template=label.template.name,
            label_key=label.key,
            label=label.to_dict(),
            state=JobState.QUEUED.value,
            attempts=0,
            in_doubt=False,
            reprint_of=reprint_of,
        )
    )
    return job_id


def jobs_for(conn: Connection, label_key: str) -> list[PrintJob]:
    query = select(print_jobs).where(print_jobs.c.label_key == label_key)
    return [_job(row) for row in conn.execute(query.order_by(print_jobs.c.seq))]


class JobStore:
    def __init__(self, engine: Engine, clock: Callable[[], datetime]) -> None:
        self.engine = engine
        # Reads need no write lock (a WAL snapshot): a worker looking for its next job, or
        # the store worker counting jobs after a grade, never holds up a scan's commit.
        self._reads = read_only(engine)
        self.clock = clock

    def add(
        self, label: Label, printer_url: str, fmt: LabelFormat, dpi: int, reprint_of: str | None
    ) -> str:
        with self.engine.begin() as conn:  # BEGIN IMMEDIATE: max(seq) + 1 cannot race
            return insert_job(conn, self.clock(), label, printer_url, fmt, dpi, reprint_of)

    def get(self, job_id: str) -> PrintJob | None:
        with self._reads.connect() as conn:
            row = conn.execute(select(print_jobs).where(print_jobs.c.id == job_id)).first()
        return _job(row) if row else None

    def find(self, label_key: str) -> list[PrintJob]:
        with self._reads.connect() as conn:
            return jobs_for(conn, label_key)

    def recent(self, limit: int = 50) -> list[PrintJob]:
        query = select(print_jobs).order_by(print_jobs.c.seq.desc()).limit(limit)
        with self._reads.connect() as conn:
            return [_job(row) for row in conn.execute(query)]

    def next_queued(self, printer_url: str) -> PrintJob | None:
        query = (
            select(print_jobs)
            .where(print_jobs.c.state == JobState.QUEUED.value)
            .where(print_jobs.c.printer_url == printer_url)
            .order_by(print_jobs.c.seq)
            .limit(1)
        )
        with self._reads.connect() as conn:
            row = conn.execute(query).first()
        return _job(row) if row else None

    def pending_counts(self) -> dict[str, int]:
        query = (
            select(print_jobs.c.printer_url, func.count())
            .where(print_jobs.c.state.in_([JobState.QUEUED.value, JobState.SENDING.value]))
            .group_by(print_jobs.c.printer_url)
        )
        with self._reads.connect() as conn:
            return {url: count for url, count in conn.execute(query)}

    def _set(self, job_id: str, expect: JobState | None, **values: Any) -> bool:
        stmt = update(print_jobs).where(print_jobs.c.id == job_id).values(**values)
        if expect is not None:
            stmt = stmt.where(print_jobs.c.state == expect.value)
        with self.engine.begin() as conn:
            return conn.execute(stmt).rowcount == 1

    def mark_sending(self, job_id: str, printer_count: int | None = None) -> bool:
        return self._set(
            job_id,
            JobState.QUEUED,
            state=JobState.SENDING.value,
            attempts=print_jobs.c.attempts + 1,
            printer_count=printer_count,
        )

    def interrupted(self, printer_url: str) -> PrintJob | None:
        """A job a killed process left mid-send to a printer that keeps a label counter:
        the printer is asked (`settle`) before anything else is sent to it."""
        query = (
            select(print_jobs)
            .where(print_jobs.c.state == JobState.SENDING.value)
            .where(print_jobs.c.printer_url == printer_url)
            .where(print_jobs.c.printer_count.is_not(None))
            .order_by(print_jobs.c.seq)
            .limit(1)
        )
        with self._reads.connect() as conn:
            row = conn.execute(query).first()
        return _job(row) if row else None

    def settle(self, job_id: str, printed: bool) -> None:
        """An interrupted job, once the printer's counter has answered: done if it printed,
        queued again (not in doubt: the printer has nothing left to print) if it did not."""
        if printed:
            self._set(
                job_id,
                JobState.SENDING,
                state=JobState.DONE.value,
                sent_at=self.clock(),
                last_error=PRINTED_NOTE,
            )
        else:
            self._set(
                job_id, JobState.SENDING, state=JobState.QUEUED.value, last_error=NOT_PRINTED_NOTE
            )

    def settle_unknown(self, job: PrintJob) -> None:
        """The printer no longer answers its counter: the in-doubt rule (recover_interrupted)."""
        with self.engine.begin() as conn:
            _recover(conn, job)

    def mark_done(self, job_id: str) -> None:
        self._set(job_id, JobState.SENDING, state=JobState.DONE.value, sent_at=self.clock())

    def requeue(self, job_id: str, error: str) -> None:
        """Back to the queue after a send that failed in this process (nothing printed)."""
        self._set(job_id, JobState.SENDING, state=JobState.QUEUED.value, last_error=error)

    def fail(self, job_id: str, error: str) -> None:
        self._set(job_id, None, state=JobState.FAILED.value, last_error=error)

    def cancel(self, job_id: str) -> bool:
        return self._set(job_id, JobState.QUEUED, state=JobState.CANCELLED.value)

    def recover_interrupted(self) -> list[PrintJob]:
        """Jobs a killed process left in "sending" to a printer without a label counter (the
        others are settled by asking the printer: `interrupted`, `settle`): whether their
        bytes reached the printer is unknown. Each is sent again once (at least once beats
        a missing restock label) and flagged in doubt; one interrupted again is parked as
        failed, never re-sent blindly a second time. A file:// job is simply re-sent: it
        replaces its own file."""
        query = (
            select(print_jobs)
            .where(print_jobs.c.state == JobState.SENDING.value)
            .where(print_jobs.c.printer_count.is_(None))  # the others: `settle`
        )
        with self.engine.begin() as conn:
            jobs = [_job(row) for row in conn.execute(query)]
            for job in jobs:
                _recover(conn, job)
        return jobs


def _recover(conn: Connection, job: PrintJob) -> None:
    stmt = update(print_jobs).where(print_jobs.c.id == job.id)
    if job.printer_url.startswith("file:"):
        conn.execute(stmt.values(state=JobState.QUEUED.value))
    elif job.in_doubt:
        conn.execute(stmt.values(state=JobState.FAILED.value, last_error=PARKED_NOTE))
    else:
        conn.execute(
            stmt.values(state=JobState.QUEUED.value, in_doubt=True, last_error=RESENT_NOTE)
        )

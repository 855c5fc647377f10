"""The persisted print queue: jobs survive restarts, one worker thread per printer.

A printer that is offline, out of paper, paused or has its head open holds its jobs and is
asked again with exponential backoff, while the clerk keeps working; `status()` is a
thread-safe snapshot per printer for the GUI. Delivery rule: see JobStore.recover_interrupted
and docs/labels.md.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from receiving_desk.adapters.printing.backends import (
    PrinterBackend,
    PrinterBusy,
    PrinterError,
    PrinterStatus,
    backend_for,
    default_format,
)
from receiving_desk.adapters.printing.jobstore import JobStore, PrintJob
from receiving_desk.adapters.printing.labels import FORMATS, Label, LabelError, LabelFormat
from receiving_desk.adapters.printing.queue_state import Backoff, PrinterSnapshot
from receiving_desk.adapters.store.engine import write_in_background
from receiving_desk.fault_points import crash_point
from receiving_desk.timing import mark

log = logging.getLogger(__name__)
BUSY_POLL_S = 0.2  # a printer still printing is asked again this soon for its counter


def _utc_now() -> datetime:
    return datetime.now(UTC)


def render_job(job: PrintJob, zpl_font: str | None = None) -> bytes:
    # Renderers load with the first label (the PDF one pulls in reportlab), not at start-up.
    if job.fmt == "zpl":
        from receiving_desk.adapters.printing.zpl import render_zpl

        return render_zpl(job.label, job.dpi, unicode_font=zpl_font)
    from receiving_desk.adapters.printing.pdf import render_pdf

    return render_pdf(job.label, job.dpi)


class PrintQueue:
    def __init__(
        self,
        engine: Engine,
        *,
        backends: Callable[[str], PrinterBackend] = backend_for,
        backoff: Backoff | None = None,
        status_ttl: float = 2.0,
        idle_poll: float = 15.0,
        clock: Callable[[], datetime] = _utc_now,
        zpl_font: str | None = None,
        on_change: Callable[[PrinterSnapshot], None] | None = None,
    ) -> None:
        self.store = JobStore(engine, clock)
        self.backends = backends
        self.backoff = backoff or Backoff()
        self.status_ttl = status_ttl  # a "ready" answer is trusted this long (seconds)
        self.idle_poll = idle_poll  # an idle printer is still asked this often
        self.clock = clock
        self.zpl_font = zpl_font
        self.on_change = on_change
        self._lock = threading.Condition()
        self._snapshots: dict[str, PrinterSnapshot] = {}
        self._workers: dict[str, _Worker] = {}
        self._started = False
        self._stopping = threading.Event()

    # -- life cycle -------------------------------------------------------------------------

    def start(self, watch: tuple[str, ...] = ()) -> list[PrintJob]:
        """Recover jobs a crash left mid-send, then serve every printer with pending jobs
        and the `watch`ed ones (polled while idle, so a problem shows before a label is due).
        Returns the recovered jobs, for the audit log."""
        recovered = self.store.recover_interrupted()
        counts = self.store.pending_counts()
        with self._lock:
            self._started = True
            for url, count in counts.items():
                self._snapshots[url] = PrinterSnapshot(url, queued=count)
        for url in (*counts, *watch):
            self._worker(url)
        return recovered

    def watch(self, urls: tuple[str, ...]) -> None:
        """Serve (and poll the status of) printers configured after start."""
        for url in urls:
            self._worker(url)

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        with self._lock:
            workers = list(self._workers.values())
        for worker in workers:
            worker.wake.set()
            worker.kick.set()
        for worker in workers:
            worker.join(timeout)

    def __enter__(self) -> PrintQueue:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- jobs -------------------------------------------------------------------------------

    def enqueue(
        self,
        label: Label,
        printer_url: str,
        fmt: LabelFormat | None = None,
        dpi: int = 203,
        *,
        reprint_of: str | None = None,
    ) -> str:
        """Persist a job and wake its printer's worker; returns the job id. Without `fmt`,
        the URL's scheme decides (tcp: ZPL, cups and file: PDF)."""
        fmt = fmt or cast(LabelFormat, default_format(printer_url))
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
        with self._lock:
            if not self._started or self._stopping.is_set():
                raise RuntimeError("print queue is not running (call start() first)")
        worker = self._worker(printer_url)  # a bad URL fails here, before anything is stored
        job_id = self.store.add(label, printer_url, fmt, dpi, reprint_of)
        self._refresh(printer_url)
        worker.wake.set()
        return job_id

    def reprint(self, job_id: str, printer_url: str | None = None) -> str:
        """A new job for the same label, referencing the first job that printed it."""
        original = self.job(job_id)
        first = original.reprint_of or original.id
        url = printer_url or original.printer_url
        return self.enqueue(original.label, url, original.fmt, original.dpi, reprint_of=first)

    def notify(self) -> None:
        """Jobs were committed by a use case's own transaction: serve their printers now.
        (Were this call lost to a crash, the jobs would still print: a restart serves every
        printer with pending jobs, and an idle worker looks at the queue regularly.)"""
        with self._lock:
            if not self._started or self._stopping.is_set():
                return
        try:
            for url in self.store.pending_counts():
                self._refresh(url)
                self._worker(url).wake.set()
        except SQLAlchemyError:  # e.g. locked: the grade is committed, its label not lost
            log.warning("print queue not woken; its workers find the jobs on their own")

    def cancel(self, job_id: str) -> bool:
        """Drop a job still waiting; False if it is already sent, sending or gone."""
        job = self.job(job_id)
        if self.store.cancel(job_id):
            self._refresh(job.printer_url)
            return True
        return False

    def job(self, job_id: str) -> PrintJob:
        job = self.store.get(job_id)
        if job is None:
            raise KeyError(f"no print job {job_id}")
        return job

    # -- status -----------------------------------------------------------------------------

    def status(self) -> dict[str, PrinterSnapshot]:
        with self._lock:
            return dict(self._snapshots)

    def printer_status(self, url: str) -> PrinterSnapshot:
        with self._lock:
            return self._snapshots.get(url, PrinterSnapshot(url))

    def retry_now(self, url: str | None = None) -> None:
        """Skip the backoff wait (the clerk closed the head, loaded paper...)."""
        with self._lock:
            workers = [w for u, w in self._workers.items() if url in (None, u)]
        for worker in workers:
            worker.fresh_until = 0.0
            worker.kick.set()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no job is queued or sending (tests, benchmarks, orderly shutdown)."""
        with self._lock:
            return self._lock.wait_for(
                lambda: all(s.queued == 0 for s in self._snapshots.values()), timeout
            )

    # -- internals --------------------------------------------------------------------------

    def _worker(self, url: str) -> _Worker:
        with self._lock:
            worker = self._workers.get(url)
            if worker is None:
                worker = self._workers[url] = _Worker(self, url, self.backends(url))
                self._snapshots.setdefault(url, PrinterSnapshot(url))
                worker.start()
            return worker

    def _refresh(self, url: str, **fields: Any) -> None:
        """The printer's waiting-job count read from the store (jobs are also written by use
        cases' transactions, not only by `enqueue`); read and published under the lock, so
        the latest reading wins."""
        with self._lock:
            queued = self.store.pending_counts().get(url, 0)
            old = self._snapshots.get(url, PrinterSnapshot(url))
            new = self._snapshots[url] = replace(old, queued=queued, **fields)
            self._lock.notify_all()
        if self.on_change is not None and new != old:
            try:
                self.on_change(new)
            except Exception:
                log.exception("print queue status listener failed")

    def _update(self, url: str, *, printed_by: int = 0, **fields: Any) -> None:
        with self._lock:
            old = self._snapshots.get(url, PrinterSnapshot(url))
            new = replace(
                old,
                printed=old.printed + printed_by,
                **fields,
            )
            self._snapshots[url] = new
            self._lock.notify_all()
        if self.on_change is not None and new != old:
            try:
                self.on_change(new)
            except Exception:
                log.exception("print queue status listener failed")


class _Worker(threading.Thread):
    """Sends one printer's jobs in order; holds them while the printer is not ready."""

    def __init__(self, queue: PrintQueue, url: str, backend: PrinterBackend) -> None:
        super().__init__(name=f"print-{url}", daemon=True)
        self.queue, self.url, self.backend = queue, url, backend
        self.wake = threading.Event()  # a job was enqueued
        self.kick = threading.Event()  # stop waiting out the backoff
        self.failures = 0
        self.fresh_until = 0.0  # monotonic time until which a "ready" answer is trusted

    def run(self) -> None:
        write_in_background()  # a label's bookkeeping gives way to a scan's commit
        queue = self.queue
        try:
            self._ask()  # show the printer's state from the start, not at the first label
        except Exception:
            log.exception("print worker for %s", self.url)
        while not queue._stopping.is_set():
            try:
                self.wake.clear()
                interrupted = queue.store.interrupted(self.url)
                if interrupted is not None:
                    self._settle(interrupted)
                    continue
                job = queue.store.next_queued(self.url)
                if job is None:
                    if not self.wake.wait(queue.idle_poll):
                        self._ask()
                elif self._ready():
                    self._send(job)
                else:
                    self._hold()
            except Exception as exc:  # a bug or a locked database: log, back off, go on
                log.exception("print worker for %s", self.url)
                queue._update(self.url, last_error=f"internal error: {exc}")
                self._hold()

    def _ask(self) -> PrinterStatus:
        status = self.backend.status()
        now = time.monotonic()
        self.fresh_until = now + self.queue.status_ttl if status.ready else 0.0
        self.queue._update(
            self.url, state=status.state, detail=status.detail, checked_at=self.queue.clock()
        )
        return status

    def _ready(self) -> bool:
        return time.monotonic() < self.fresh_until or self._ask().ready

    def _hold(self) -> None:
        self.failures += 1
        delay = self.queue.backoff.delay(self.failures)
        retry_at = self.queue.clock() + timedelta(seconds=delay)
        self.queue._update(self.url, retry_at=retry_at)
        self.kick.wait(delay)
        self.kick.clear()

    def _send(self, job: PrintJob) -> None:
        mark("print.begin")
        try:
            self._send_job(job)
        finally:
            mark("print.end")

    def _send_job(self, job: PrintJob) -> None:
        queue = self.queue
        try:
            payload = render_job(job, queue.zpl_font)
        except LabelError as exc:  # bad label data: retrying cannot help
            queue.store.fail(job.id, f"cannot render: {exc}")
            queue._refresh(self.url, last_error=f"job {job.seq}: {exc}")
            return
        try:
            before = self.backend.label_count()
        except PrinterBusy:
            self.kick.wait(BUSY_POLL_S)  # its counter is final once it has printed the rest
            self.kick.clear()
            return
        except PrinterError as exc:
            self._trouble(exc)
            return
        # "sending", with the counter, is committed before the first byte leaves
        if not queue.store.mark_sending(job.id, before):
            return  # cancelled meanwhile
        try:
            self.backend.send(payload, fmt=job.fmt, name=job.name)
        except PrinterError as exc:
            queue.store.requeue(job.id, str(exc))
            self._trouble(exc)
            return
        except Exception as exc:  # a bug: the job must not stay "sending" while we run on
            queue.store.requeue(job.id, f"internal error: {exc}")
            raise
        crash_point("after_label_sent")
        self._mark_done(job)
        self.failures = 0
        queue._update(self.url, printed_by=1)
        queue._refresh(self.url, retry_at=None)

    def _trouble(self, exc: PrinterError) -> None:
        self.fresh_until = 0.0
        self.queue._update(self.url, state=exc.state, detail=exc.detail, last_error=str(exc))
        self._hold()

    def _settle(self, job: PrintJob) -> None:
        """A job a killed process left mid-send: the printer's label counter, read once the
        printer has printed everything it had, says whether the label printed (docs/labels.md)."""
        assert job.printer_count is not None
        try:
            count = self.backend.label_count()
        except PrinterBusy:
            self.kick.wait(BUSY_POLL_S)
            self.kick.clear()
            return
        except PrinterError as exc:
            self._trouble(exc)
            return
        if count is None:
            self.queue.store.settle_unknown(job)
            log.warning("print job %s: the printer has no label counter now; in doubt", job.id)
        else:
            printed = count > job.printer_count
            self.queue.store.settle(job.id, printed)
            log.info("print job %s interrupted mid-send; printed: %s", job.id, printed)
            if printed:
                self.queue._update(self.url, printed_by=1)
        self.queue._refresh(self.url)

    def _mark_done(self, job: PrintJob) -> None:
        """The label is on the printer: record it, however long the database stays locked,
        or the job would be re-sent after a restart."""
        while True:
            try:
                self.queue.store.mark_done(job.id)
                return
            except Exception:
                log.exception("recording print job %s as done", job.id)
                if self.queue._stopping.wait(1.0):
                    return  # left "sending": the next start re-sends it once, flagged

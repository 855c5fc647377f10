"""The desk's restock labels: jobs written in the use case's transaction (`SqlLabelJobs`, the
unit of work's `labels`), sent after the commit by the persisted print queue
(`QueuedLabelPrinter.wake`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Connection

from receiving_desk.adapters.printing.jobstore import insert_job, jobs_for
from receiving_desk.adapters.printing.label_words import LabelWords, label_words
from receiving_desk.adapters.printing.labels import bin_label, restock_label
from receiving_desk.adapters.printing.queue import PrintQueue
from receiving_desk.adapters.printing.settings import PrinterSettings
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.inventory import Location, RestockLabelData
from receiving_desk.domain.refusals import _t, refusal, said

AUDIT_MARK = "AUDIT"  # what an audit label shows instead of grade, disposition and bin


class SqlLabelJobs:
    """Label jobs on the unit of work's connection: they commit with the grade or not at all."""

    def __init__(
        self,
        conn: Connection,
        now: Callable[[], datetime],
        settings: PrinterSettings,
        words: LabelWords,
    ) -> None:
        self._conn = conn
        self._now = now
        self._settings = settings
        self._words = words  # the label's words in the station's language

    def restock(self, label: RestockLabelData) -> str:
        target = self._settings.for_type("restock")
        laid_out = restock_label(
            lpn=label.lpn,
            sku=label.sku,
            description=label.description,
            grade=AUDIT_MARK if label.audit else label.grade,
            disposition=AUDIT_MARK if label.audit else self._words.disposition(label.disposition),
            bin=AUDIT_MARK if label.audit else label.bin,
            rma=label.rma,
            on=label.on.date(),
            size=target.size,
            captions=self._words.captions(),
        )
        return insert_job(self._conn, self._now(), laid_out, target.url, target.format, target.dpi)

    def reprint(self, label: RestockLabelData) -> str:
        """The LPN's last label again (to the printer it went to), referencing the first job
        that printed it; a unit that never had a job gets one from its stored data."""
        jobs = jobs_for(self._conn, label.lpn)
        if not jobs:
            return self.restock(label)
        last = jobs[-1]
        first = jobs[0].reprint_of or jobs[0].id
        return insert_job(
            self._conn, self._now(), last.label, last.printer_url, last.fmt, last.dpi, first
        )

    def bin(self, location: Location) -> str:
        target = self._settings.for_type("bin")
        label = bin_label(location.code, description=location.description, size=target.size)
        return insert_job(self._conn, self._now(), label, target.url, target.format, target.dpi)


def _no_printer() -> DeskError:
    why = refusal(_t("no label printer here"))
    return DeskError(ErrorCode.PRINTER_FAILED, printer="", **said(why))


class NoLabelJobs:
    """A unit of work opened without a printer (admin tools, imports): nothing may print."""

    def restock(self, label: RestockLabelData) -> str:
        raise _no_printer()

    def reprint(self, label: RestockLabelData) -> str:
        raise _no_printer()

    def bin(self, location: Location) -> str:
        raise _no_printer()


class QueuedLabelPrinter:
    def __init__(self, queue: PrintQueue, settings: PrinterSettings, language: str = "") -> None:
        self.queue = queue
        self.settings = settings  # replaced when a supervisor saves the printers
        self.words = label_words(language)  # the label's words in the station's language

    def jobs(self, conn: Connection, now: Callable[[], datetime]) -> SqlLabelJobs:
        return SqlLabelJobs(conn, now, self.settings, self.words)

    def wake(self) -> None:
        self.queue.notify()

"""The desk's label printer port, on the persisted print queue and the station's printers."""

from __future__ import annotations

from receiving_desk.adapters.printing.label_words import label_words
from receiving_desk.adapters.printing.labels import restock_label
from receiving_desk.adapters.printing.queue import PrintQueue
from receiving_desk.adapters.printing.settings import PrinterSettings
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.inventory import RestockLabelData


class QueuedLabelPrinter:
    def __init__(self, queue: PrintQueue, settings: PrinterSettings, language: str = "") -> None:
        self.queue = queue
        self.settings = settings
        self.words = label_words(language)  # the label's words in the station's language

    def restock_label(self, unit: RestockLabelData) -> str:
        target = self.settings.for_type("restock")
        label = restock_label(
            lpn=unit.lpn,
            sku=unit.sku,
            description=unit.description,
            grade=unit.grade,
            disposition=self.words.disposition(unit.disposition),
            bin=unit.bin,
            rma=unit.rma,
            on=unit.on.date(),
            size=target.size,
            captions=self.words.captions(),
        )
        return self.queue.enqueue(label, target.url, target.format, target.dpi)

    def reprint(self, lpn: str) -> str:
        """A new job with the LPN's latest label; the original stays in the queue's history."""
        jobs = self.queue.store.find(lpn)
        if not jobs:
            raise DeskError(ErrorCode.NO_LABEL, code=lpn)
        return self.queue.reprint(jobs[-1].id)

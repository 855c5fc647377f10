"""A clerk grading returns as fast as the desk takes them, on a thread of its own, through
the real services and store: the writer the backup tests run against."""

from __future__ import annotations

import threading

from sqlalchemy import select

from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services
from receiving_desk.services.desk_events import Event


def open_returns(services: Services) -> list[tuple[str, list[str]]]:
    """Every open RMA of the demo data with the EAN/UPC codes of its units, in RMA order."""
    with services.engine.connect() as conn:
        rows = conn.execute(
            select(t.rma_lines.c.rma_number, t.rma_lines.c.quantity, t.product_gtins.c.gtin14)
            .join(t.rmas, t.rmas.c.rma_number == t.rma_lines.c.rma_number)
            .join(t.product_gtins, t.product_gtins.c.sku == t.rma_lines.c.sku)
            .where(t.rmas.c.status == "open")
            .order_by(t.rma_lines.c.rma_number, t.rma_lines.c.line_no)
        ).all()
    found: dict[str, list[str]] = {}
    for rma, quantity, gtin14 in rows:
        found.setdefault(rma, []).extend([gtin14[1:]] * quantity)
    return list(found.items())


class GradingClerk(threading.Thread):
    """Logs in, then opens, scans, grades and completes one return after another until
    stopped. `committed` lists the receipts in the order their completion committed."""

    def __init__(self, services: Services, badge: str = "BADGE-C001", pin: str = "111111") -> None:
        super().__init__(name="grading-clerk", daemon=True)
        self.services = services
        self.badge, self.pin = badge, pin
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.committed: list[str] = []
        self.grades = 0
        self.error: BaseException | None = None
        self.started_grading = threading.Event()

    def completed(self) -> list[str]:
        with self.lock:
            return list(self.committed)

    def run(self) -> None:
        try:
            desk = self.services.new_desk()
            desk.scan(self.badge)
            desk.submit_pin(self.pin)
            for rma, codes in open_returns(self.services):
                if self.stop.is_set():
                    break
                desk.scan(rma)
                for n, code in enumerate(codes):
                    desk.scan(code)
                    desk.grade("ABCD"[n % 4])
                    self.grades += 1
                    self.started_grading.set()
                done = desk.complete()
                if done.event is Event.CONFIRM_NEEDED:  # flagged: the clerk says yes
                    done = desk.scan("CMD-CONFIRM")
                with self.lock:
                    self.committed.append(str(done.params.get("rma", rma)))
        except BaseException as exc:
            self.error = exc
        finally:
            self.started_grading.set()

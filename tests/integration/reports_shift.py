"""A known shift, played through the real use cases, with an independent ledger of it.

The script drives the desk's services (open, scan, grade, override, undo, cancel, void, set
aside, complete, reprint) on a clock it moves by hand, and writes down in plain Python what
it did: who acted when, each unit's outcome as the services returned it, each return's flags.
`Ledger.expected()` then counts the figures of a report from that record alone, so a report
that disagrees with it is wrong (or the definition is).

The shift: the night shift starting Saturday 2026-03-28 in Europe/Berlin, 22:00 CET to 06:00
CEST: it crosses midnight and the spring-forward change (02:00 -> 03:00), so it lasts 7 hours.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.rma import DeclaredLine, ReturnAuthorization, ReturnReason
from receiving_desk.domain.rules import Disposition
from receiving_desk.domain.users import Role, Session
from tests.conftest import FixedClock
from tests.integration.reports_ledger import (
    ANA,
    OLGA,
    PRODUCTS,
    STATION,
    ZHANG,
    Ledger,
    ReturnFact,
    UnitFact,
    at,
)
from tests.seed import (
    CLERK,
    CLERK2,
    CREAM,
    EARBUDS,
    GOLD,
    JACKET,
    MUG,
    STANDARD,
    SUPERVISOR,
    item_code,
    seed,
)


class ShiftScript:
    """Plays returns through the services at given times and keeps the ledger."""

    def __init__(self, services: Services, clock: FixedClock) -> None:
        self.s = services
        self.clock = clock
        self.ledger = Ledger()
        self.sessions = {
            ANA: Session(ANA, CLERK[2], Role.CLERK, STATION, clock.now()),
            ZHANG: Session(ZHANG, CLERK2[2], Role.CLERK, STATION, clock.now()),
            OLGA: Session(OLGA, SUPERVISOR[2], Role.SUPERVISOR, STATION, clock.now()),
        }
        self.rmas: dict[str, ReturnAuthorization] = {}

    def tick(self, when: datetime, who: str | None = None) -> Session:
        self.clock.current = when
        if who is not None:
            self.ledger.events.append((who, when))
        return self.sessions[who or ANA]

    def rma(self, number: str, customer: Any, age_days: int, *lines: tuple[str, int, ReturnReason],
            serial: str | None = None) -> str:  # fmt: skip
        rma = ReturnAuthorization(
            number, f"SO-{number[-3:]}", customer, date(2026, 1, 10),
            at(28, 12, 0) - timedelta(days=age_days),
            tuple(DeclaredLine(n, sku, qty, why, serial=serial)
                  for n, (sku, qty, why) in enumerate(lines, 1)),
        )  # fmt: skip
        with self.s.uow_factory() as uow:
            uow.rmas.add(rma)
            uow.commit()
        self.rmas[number] = rma
        return number

    def open(self, who: str, when: datetime, rma: str | None) -> str:
        session = self.tick(when, who)
        if rma is None:
            receipt = self.s.receiving.open_blind(session, "CMD-BLIND")
        else:
            receipt = self.s.receiving.open_parcel(session, rma, None, rma)
        self.ledger.returns[receipt.id] = ReturnFact(receipt.id, rma, who, when)
        return receipt.id

    def scan(self, who: str, when: datetime, receipt: str, sku: str, serial: str | None = None
             ) -> str:  # fmt: skip
        product = PRODUCTS[sku]
        session = self.tick(when, who)
        unit = self.s.receiving.record_item(
            session, receipt, item_code(product), gtin14=product.gtins[0], serial=serial
        )
        return unit.id

    def unscan(self, who: str, when: datetime, receipt: str, cancel: bool = False) -> None:
        """Undo the last scan (or cancel the unit waiting): the unit and its scan are gone."""
        self.tick(when)
        session = self.sessions[who]
        if cancel:
            unit = self.s.receiving.cancel_unit(session, receipt)
        else:
            unit = self.s.receiving.undo_last_scan(session, receipt)
        scanned = [e for e in self.ledger.events if e == (who, unit.scanned_at)]
        self.ledger.events.remove(scanned[-1])
        self.ledger.audit.append(("unit_cancelled" if cancel else "scan_undone", who, when))

    def grade(self, who: str, when: datetime, receipt: str, grade: str, note: str = "") -> str:
        session = self.tick(when, who)
        try:
            unit = self.s.inspection.grade(session, receipt, grade, note)
        except DeskError as refused:  # a hygiene item: its questions come first (all OK)
            assert refused.code is ErrorCode.CHECKS_UNANSWERED
            self.s.inspection.pass_all_checks(session, receipt)
            unit = self.s.inspection.grade(session, receipt, grade, note)
        inspection = unit.inspection
        assert inspection is not None
        decision = inspection.decision
        rma = self.ledger.returns[receipt].rma
        line = self.rmas[rma].line(unit.line_no) if rma and unit.line_no else None
        self.ledger.units[unit.id] = UnitFact(
            receipt, rma, unit.sku, line.reason.value if line else "undeclared", grade,
            decision.disposition.value, decision.returns_to_stock, decision.refund.kind.value,
            decision.refund.percent, inspection.window, who, when, lpn=unit.lpn,
        )  # fmt: skip
        if unit.lpn and self.s.config.auto_print:
            self.ledger.labels.append((unit.lpn, when, False))
        return unit.id

    def override(self, when: datetime, receipt: str, unit_id: str, to: Disposition) -> None:
        self.tick(when)  # a supervisor's override is not clerk activity
        self.s.inspection.override(self.sessions[OLGA], receipt, to, "customer promised")
        fact = self.ledger.units[unit_id]
        fact.disposition, fact.to_stock, fact.override_at = to.value, to.returns_to_stock, when
        self.ledger.audit.append(("disposition_overridden", OLGA, when))
        if fact.lpn and self.s.config.auto_print:  # not put away yet: a label for the new bin
            self.ledger.labels.append((fact.lpn, when, False))

    def reprint(self, who: str, when: datetime, unit_id: str) -> None:
        self.tick(when)
        session = self.sessions[who]
        lpn = self.ledger.units[unit_id].lpn
        assert lpn is not None
        self.s.inventory.reprint(session, lpn)
        self.ledger.labels.append((lpn, when, True))

    def complete(self, who: str, when: datetime, receipt: str) -> set[str]:
        session = self.tick(when, who)
        done = self.s.receiving.complete(session, receipt)
        fact = self.ledger.returns[receipt]
        fact.status, fact.closed_at = "completed", when
        fact.flags = {f.kind.value for f in done.flags}
        return fact.flags

    def void(self, when: datetime, receipt: str) -> None:
        self.tick(when, OLGA)
        self.s.receiving.void(self.sessions[OLGA], receipt, "opened on the wrong RMA")
        fact = self.ledger.returns[receipt]
        fact.status, fact.closed_at = "voided", when
        self.ledger.audit.append(("return_voided", OLGA, when))

    def set_aside(self, who: str, when: datetime, receipt: str) -> None:
        session = self.tick(when, who)
        self.s.receiving.set_aside(session, receipt, "CMD-SET-ASIDE", "box soaked, for review")
        fact = self.ledger.returns[receipt]
        fact.status, fact.closed_at = "set_aside", when
        self.ledger.audit.append(("parcel_set_aside", who, when))


def play_night_shift(services: Services, clock: FixedClock) -> ShiftScript:
    """The known shift (see the module docstring), with returns just before and after it."""
    seed(services.uow_factory, services.hasher, at(28, 12, 0))
    services.print_queue.store.clock = clock.now  # label jobs on the desk's clock
    p = ShiftScript(services, clock)
    D, C, S = ReturnReason.DEFECTIVE, ReturnReason.CHANGED_MIND, ReturnReason.SIZE_FIT
    E, M, J, K = EARBUDS.sku, MUG.sku, JACKET.sku, CREAM.sku
    # before the shift (the late shift: the previous period of equal length, for trends)
    r = p.open(ANA, at(28, 21, 30), p.rma("RMA-P01", STANDARD, 3, (M, 1, C)))
    p.scan(ANA, at(28, 21, 31), r, M)
    p.grade(ANA, at(28, 21, 33), r, "B")
    p.complete(ANA, at(28, 21, 34), r)
    r = p.open(ANA, at(28, 21, 50), p.rma("RMA-P02", STANDARD, 3, (E, 1, D)))
    p.scan(ANA, at(28, 21, 51), r, E)
    p.grade(ANA, at(28, 21, 53), r, "C")
    p.complete(ANA, at(28, 21, 59), r)
    # the shift
    r1 = p.open(ANA, at(28, 22, 5), p.rma("RMA-T01", GOLD, 6, (E, 1, D), (M, 1, C)))
    p.scan(ANA, at(28, 22, 6), r1, E)
    earbuds = p.grade(ANA, at(28, 22, 8), r1, "A", "left earbud crackles")
    p.scan(ANA, at(28, 22, 9), r1, M)
    p.grade(ANA, at(28, 22, 11), r1, "B")
    p.complete(ANA, at(28, 22, 12), r1)
    r = p.open(ANA, at(28, 22, 20), p.rma("RMA-T02", STANDARD, 40, (J, 2, S)))
    p.scan(ANA, at(28, 22, 21), r, J)
    p.grade(ANA, at(28, 22, 23), r, "B")
    p.scan(ANA, at(28, 22, 24), r, J)
    p.grade(ANA, at(28, 22, 31), r, "C")  # a 7-minute gap: capped at 5
    p.complete(ANA, at(28, 22, 32), r)
    r = p.open(ZHANG, at(28, 22, 40), p.rma("RMA-T03", GOLD, 50, (E, 1, D), serial="SN4471002"))
    p.scan(ZHANG, at(28, 22, 41), r, E, serial="SN9999999")
    p.grade(ZHANG, at(28, 22, 44), r, "B")
    p.complete(ZHANG, at(28, 22, 45), r)
    r = p.open(ZHANG, at(28, 23, 10), p.rma("RMA-T04", STANDARD, 4, (E, 1, D), (M, 1, C)))
    p.scan(ZHANG, at(28, 23, 11), r, K)  # face cream instead of the earbuds; no mug
    p.grade(ZHANG, at(28, 23, 12), r, "A")
    p.complete(ZHANG, at(28, 23, 13), r)
    r = p.open(ANA, at(28, 23, 30), p.rma("RMA-T05", STANDARD, 4, (M, 1, C)))
    p.complete(ANA, at(28, 23, 31), r)  # an empty box
    p.reprint(ANA, at(29, 0, 5), earbuds)
    r = p.open(ANA, at(29, 0, 15), p.rma("RMA-T06", STANDARD, 5, (E, 1, D)))
    p.scan(ANA, at(29, 0, 16), r, E)
    unit = p.grade(ANA, at(29, 0, 18), r, "D")
    p.override(at(29, 0, 20), r, unit, Disposition.RESTOCK_OPEN_BOX)
    p.complete(ANA, at(29, 0, 21), r)
    r = p.open(ZHANG, at(29, 0, 40), p.rma("RMA-T07", STANDARD, 10, (J, 2, S)))
    p.scan(ZHANG, at(29, 0, 41), r, J)
    p.grade(ZHANG, at(29, 0, 42), r, "A")
    p.scan(ZHANG, at(29, 0, 43), r, J)
    p.unscan(ZHANG, at(29, 0, 44), r)
    p.complete(ZHANG, at(29, 0, 45), r)  # one jacket short
    r = p.open(ZHANG, at(29, 1, 30), p.rma("RMA-T08", STANDARD, 2, (M, 1, C)))
    p.scan(ZHANG, at(29, 1, 31), r, M)
    p.grade(ZHANG, at(29, 1, 33), r, "B")
    p.void(at(29, 1, 50), r)  # 01:50 CET; the clocks jump at 02:00 to 03:00 CEST
    r = p.open(ANA, at(29, 3, 30), None)  # blind
    p.scan(ANA, at(29, 3, 31), r, E)
    p.grade(ANA, at(29, 3, 33), r, "B")
    p.complete(ANA, at(29, 3, 34), r)
    r = p.open(ANA, at(29, 4, 0), p.rma("RMA-T10", GOLD, 3, (J, 1, S)))
    p.set_aside(ANA, at(29, 4, 2), r)
    r = p.open(ZHANG, at(29, 5, 50), p.rma("RMA-T11", STANDARD, 2, (M, 1, C)))
    p.scan(ZHANG, at(29, 5, 51), r, M)
    p.unscan(ZHANG, at(29, 5, 52), r, cancel=True)
    p.scan(ZHANG, at(29, 5, 53), r, M)
    p.grade(ZHANG, at(29, 5, 55), r, "A")
    p.complete(ZHANG, at(29, 5, 59), r)
    # after the shift
    r = p.open(ANA, at(29, 6, 5), p.rma("RMA-T12", STANDARD, 2, (E, 1, D)))
    p.scan(ANA, at(29, 6, 6), r, E)
    p.grade(ANA, at(29, 6, 7), r, "A")
    p.complete(ANA, at(29, 6, 8), r)
    assert services.print_queue.wait_idle(20), "labels still printing"
    return p


@contextmanager
def night_shift_store(data_dir: Path) -> Iterator[tuple[Services, ShiftScript]]:
    """A fresh station store with the known shift played into it (for module fixtures)."""
    clock = FixedClock(at(28, 12, 0))
    config = StationConfig(
        station_id=STATION, site_name="Returns dock A — 退货", site_timezone="Europe/Berlin",
        data_dir=data_dir, log_dir=data_dir / "logs", sound=False, source=data_dir / "station.toml",
    )  # fmt: skip
    hasher = Argon2PinHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    services = bootstrap(config, clock=clock, hasher=hasher)
    try:
        yield services, play_night_shift(services, clock)
    finally:
        services.close()

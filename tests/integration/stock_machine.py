"""A desk driven through any sequence of scan, grade, undo (with or without a supervisor's
approval), cancel, override, void, complete, put-away and move — over the real services and a
real SQLite file — beside a model of the units that physically exist.

The model knows only physical facts: a unit graded is a thing with a label, in returns
staging; a put-away or move takes it to the bin the service accepted; an undo the desk
carried out, or a void, takes it out of the world; a refused step changes nothing. After every
step `check` proves the ledger agrees with it: on-hand summed in SQL, summed from the movement
rows in Python, and summed from the `stock.moved` events the central side will receive; each
LPN where the model has it (or nowhere); the returns' graded units the same set of things.

Used by the state-machine test and by the central test (which pushes the same outbox).
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from hypothesis import currently_in_test_context, event
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import select

from receiving_desk.adapters.event_codec import Stored, deserialise
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.barcodes import make_lpn
from receiving_desk.domain.catalog import Product
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.events import StockMoved
from receiving_desk.domain.inventory import Movement, MoveReason, StockKey, Zone, on_hand
from receiving_desk.domain.receipt import ReceiptStatus
from receiving_desk.domain.rules import Disposition
from receiving_desk.domain.users import Session
from receiving_desk.services.desk import Desk
from receiving_desk.services.desk_events import DeskResult, Event
from receiving_desk.services.desk_view import Step
from tests.conftest import FixedClock
from tests.seed import (
    CLERK,
    EARBUDS,
    JACKET,
    LOCATIONS,
    MUG,
    PRODUCTS,
    RMA1,
    RMA2,
    RMA3,
    SUPERVISOR,
    item_code,
    seed,
)

STAGING = next(loc.code for loc in LOCATIONS if loc.zone is Zone.RETURNS_STAGING)
BINS = [loc.code for loc in LOCATIONS if loc.zone is not Zone.RETURNS_STAGING]
START = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)
WRONG_PIN = "0" * 6  # no seeded user has it


def _config(root: Path, station: str = "TEST-01") -> StationConfig:
    return StationConfig(
        station_id=station,
        site_timezone="Europe/Berlin",
        data_dir=root / "data",
        log_dir=root / "logs",
        sound=False,
        source=root / "station.toml",
    )


def _hasher() -> Argon2PinHasher:
    return Argon2PinHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


_TEMPLATE: Path | None = None


def note(what: str) -> None:
    """A path taken, for hypothesis' statistics (a scripted run has none to report to)."""
    if currently_in_test_context():
        event(what)


def template_store() -> Path:
    """A migrated, seeded store made once per process; each run starts from a copy."""
    global _TEMPLATE
    if _TEMPLATE is None:
        root = Path(tempfile.mkdtemp(prefix="stock-template-"))
        built = bootstrap(_config(root), clock=FixedClock(START), hasher=_hasher())
        seed(built.uow_factory, built.hasher, START)
        built.close()
        _TEMPLATE = root / "data"
    return _TEMPLATE


@dataclass
class Thing:
    """A unit that physically exists: what its label says and where it is."""

    sku: str
    grade: str
    location: str
    receipt_id: str


def _all_rows(services: Services) -> list[Movement]:
    with services.engine.connect() as conn:
        rows = conn.execute(select(tables.stock_movements)).mappings().all()
    return [
        Movement(
            r["id"],
            r["lpn"],
            r["sku"],
            r["quantity"],
            r["grade"],
            r["from_location"],
            r["to_location"],
            MoveReason(r["reason"]),
            r["user_id"],
            r["at"],
            r["receipt_id"],
        )
        for r in rows
    ]


def outbox_movements(services: Services) -> list[StockMoved]:
    """The stock.moved events as the central side will read them (decoded from the outbox)."""
    with services.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, seq, created_at, topic, version, key, payload FROM outbox "
            "WHERE topic = 'stock.moved' ORDER BY seq"
        ).all()
    events = [
        deserialise(Stored(i, seq, datetime.fromisoformat(at), t, v, k, p))
        for i, seq, at, t, v, k, p in rows
    ]
    assert all(isinstance(e, StockMoved) for e in events)
    return [e for e in events if isinstance(e, StockMoved)]


def events_on_hand(events: list[StockMoved]) -> dict[StockKey, int]:
    stock: Counter[StockKey] = Counter()
    for e in events:
        stock[(e.sku, e.to_location, e.grade or "")] += e.quantity
        if e.from_location is not None:
            stock[(e.sku, e.from_location, e.grade or "")] -= e.quantity
    return {k: q for k, q in stock.items() if q}


class StockMachine(RuleBasedStateMachine):
    def __init__(self, station: str = "TEST-01") -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="stock-machine-"))
        shutil.copytree(template_store(), self.root / "data")
        self.clock = FixedClock(START)
        config = _config(self.root, station)
        self.services = bootstrap(config, clock=self.clock, hasher=_hasher())
        self.desk: Desk = self.services.new_desk()
        self.things: dict[str, Thing] = {}  # LPN -> the unit, while it exists
        self.issued: set[str] = set()  # every LPN the desk ever gave
        self.next_rma = 900
        self.approvals = 0  # undos carried out on a supervisor's approval
        self.wrong_pins = 0  # in a row: kept under the lockout, which would stop the run
        self.login(CLERK)
        self.shown = self.desk.view()  # the screen after the last step: what rules look at

    def teardown(self) -> None:
        self.services.close()
        shutil.rmtree(self.root, ignore_errors=True)

    # -- helpers -------------------------------------------------------------------------
    def login(self, who: tuple[str, str, str, object]) -> None:
        badge, pin = who[0], who[1]
        if self.desk.session is not None:
            self.desk.logout()
        self.desk.scan(badge)
        self.desk.submit_pin(pin)
        assert self.desk.session is not None

    @property
    def session(self) -> Session:
        return self.desk.require_session()

    def step(self) -> Step:
        return self.shown.step

    def parcel_open(self) -> bool:
        return self.shown.parcel is not None

    def approving(self) -> bool:
        return self.step() in (Step.APPROVE_BADGE, Step.APPROVE_PIN)

    def tick(self) -> None:
        self.clock.advance(seconds=7)

    # -- rules ---------------------------------------------------------------------------
    # Scanner commands wherever the desk has one; a step the desk refuses must say why (the
    # codes allowed below) and change nothing, which the invariant then proves.
    def attempt(self, code: str, *allowed: ErrorCode) -> DeskResult | None:
        waiting = self.desk.view().step in (Step.APPROVE_BADGE, Step.APPROVE_PIN)
        try:
            result = self.desk.scan(code)
        except DeskError as refused:
            if waiting:  # nothing slips under a pending approval
                assert refused.code is ErrorCode.APPROVAL_PENDING, refused
            else:
                assert refused.code in allowed, refused
            note(f"refused: {refused.code.value}")
            return None
        assert not waiting or code == "CMD-CANCEL", "a scan slipped under a pending approval"
        return result

    def next_parcel(self) -> None:
        """The dock never runs dry: the next parcel, received blind (an unknown RMA)."""
        self.open_parcel(None)

    @initialize(rma=st.sampled_from([RMA1, RMA2, RMA3, None]))
    def first_parcel(self, rma: str | None) -> None:
        self.open_parcel(rma)
        self.shown = self.desk.view()

    @rule(rma=st.sampled_from([RMA1, RMA2, RMA3, None]))
    def open_parcel(self, rma: str | None) -> None:
        self.tick()
        if rma is None:  # an RMA number nobody issued: received blind
            self.next_rma += 1
            rma = f"RMA-2026-000{self.next_rma}"
        result = self.attempt(
            rma, ErrorCode.RMA_CLOSED, ErrorCode.PARCEL_ALREADY_OPEN, ErrorCode.RMA_NOT_FOUND
        )
        if result is not None and result.event is Event.NO_RMA_FOUND:
            assert self.attempt("CMD-BLIND") is not None
        if result is not None:
            assert self.desk.view().parcel is not None

    @rule(product=st.sampled_from(PRODUCTS))
    def scan_item(self, product: Product) -> None:
        self.tick()
        self.attempt(item_code(product), ErrorCode.WRONG_STEP)

    @rule(product=st.sampled_from(PRODUCTS), grade=st.sampled_from(["A", "B", "C", "D"]))
    def receive_unit(self, product: Product, grade: str) -> None:
        """The common case in one step: an item scanned and graded."""
        if self.attempt(item_code(product), ErrorCode.WRONG_STEP) is not None:
            self.shown = self.desk.view()
            self.grade(grade)

    @rule(grade=st.sampled_from(["A", "B", "C", "D"]))
    def grade(self, grade: str) -> None:
        self.tick()
        nothing = (ErrorCode.NO_OPEN_PARCEL, ErrorCode.NO_UNIT_TO_GRADE)
        if self.attempt("CMD-CHK-ALL-OK", *nothing) is None:
            return
        result = self.attempt(
            f"CMD-GRADE-{grade}",
            ErrorCode.GRADE_NOT_ALLOWED,
            ErrorCode.DISPOSITION_CHANGE_NEEDS_OVERRIDE,
        )
        if result is None:
            return
        parcel = result.view.parcel
        assert parcel is not None
        unit = next(u for u in parcel.units if u.seq == result.params["seq"])
        assert unit.lpn is not None and unit.lpn not in self.issued
        self.issued.add(unit.lpn)
        self.things[unit.lpn] = Thing(unit.sku, grade, STAGING, parcel.receipt_id)
        note("graded")

    @rule(then=st.sampled_from(["approve", "wrong PIN", "keep", "leave pending"]))
    def undo(self, then: str) -> None:
        self.tick()
        parcel = self.shown.parcel
        last = parcel.units[-1] if parcel and parcel.units else None
        result = self.attempt("CMD-UNDO", ErrorCode.NO_OPEN_PARCEL, ErrorCode.NOTHING_TO_UNDO)
        if result is None:
            return
        assert last is not None
        if result.event is Event.APPROVAL_NEEDED:
            assert last.lpn is not None and last.lpn in self.things  # labelled or shelved
            assert result.view.step is Step.APPROVE_BADGE
            note(f"undo asks a supervisor: {result.params['why']}")
            if then == "keep":
                self.keep_the_unit()
            elif then != "leave pending":  # else: the next steps find the question open
                self.supervisor_answers(last.lpn, then == "approve")
            return
        assert result.event is Event.SCAN_UNDONE
        if last.lpn is not None:
            del self.things[last.lpn]

    @precondition(lambda self: self.step() is Step.APPROVE_BADGE)
    @rule(good_pin=st.booleans())
    def supervisor_approves(self, good_pin: bool) -> None:
        self.tick()
        parcel = self.shown.parcel
        assert parcel is not None and parcel.units[-1].lpn is not None
        self.supervisor_answers(parcel.units[-1].lpn, good_pin)

    def supervisor_answers(self, lpn: str, good_pin: bool) -> None:
        """The supervisor's badge at the clerk's desk, then their PIN (right or wrong)."""
        clerk = self.session
        self.desk.scan(SUPERVISOR[0])
        assert self.desk.view().step is Step.APPROVE_PIN and self.desk.session == clerk
        good_pin = good_pin or self.wrong_pins >= 3  # stay under the badge's lockout
        try:
            result = self.desk.submit_pin(SUPERVISOR[1] if good_pin else WRONG_PIN)
        except DeskError as refused:
            assert refused.code is ErrorCode.BAD_CREDENTIALS and not good_pin
            assert self.desk.view().step is Step.APPROVE_BADGE  # back to the badge
            self.wrong_pins += 1
            note("approval refused: wrong PIN")
            return
        self.wrong_pins = 0
        assert result.event is Event.SCAN_UNDONE and self.desk.session == clerk
        del self.things[lpn]
        self.approvals += 1
        note("undo approved by a supervisor")

    @precondition(lambda self: self.approving())
    @rule()
    def keep_the_unit(self) -> None:
        self.desk.scan("CMD-CANCEL")
        assert self.desk.view().approval is None

    @rule()
    def cancel_unit(self) -> None:
        self.tick()  # the waiting unit was never graded: it has no stock to reverse
        self.attempt("CMD-CANCEL-UNIT", ErrorCode.NO_OPEN_PARCEL, ErrorCode.NO_UNIT_TO_GRADE)

    @rule(disposition=st.sampled_from(list(Disposition)))
    def supervisor_overrides(self, disposition: Disposition) -> None:
        self.tick()
        self.login(SUPERVISOR)  # the clerk's session (and any pending approval) ends
        try:
            self.desk.start_override(disposition)
            self.desk.override_reason("found on a second look")
            note("overridden")
        except DeskError as refused:
            assert refused.code in (ErrorCode.NOTHING_TO_OVERRIDE, ErrorCode.NO_OPEN_PARCEL)
            self.desk.cancel()
        finally:
            self.login(CLERK)

    @rule()
    def supervisor_voids(self) -> None:
        self.tick()
        parcel = self.shown.parcel
        self.login(SUPERVISOR)
        try:
            self.desk.void("opened on the wrong RMA")
        except DeskError as refused:
            assert refused.code is ErrorCode.NO_OPEN_PARCEL and parcel is None
        else:
            assert parcel is not None
            gone = [lpn for lpn, t in self.things.items() if t.receipt_id == parcel.receipt_id]
            for lpn in gone:
                del self.things[lpn]
            note(f"void took {min(len(gone), 2)}+ units out")
        finally:
            self.login(CLERK)
        self.next_parcel()

    @rule()
    def complete(self) -> None:
        self.tick()
        result = self.attempt("CMD-COMPLETE", ErrorCode.NO_OPEN_PARCEL, ErrorCode.UNITS_NOT_GRADED)
        if result is not None and result.event is Event.CONFIRM_NEEDED:
            self.attempt("CMD-CONFIRM")
        if result is not None:
            assert self.desk.view().parcel is None
            note("completed")
            self.next_parcel()

    @precondition(lambda self: bool(self.issued))
    @rule(data=st.data(), to=st.sampled_from(BINS))
    def put_away_or_move(self, data: st.DataObject, to: str) -> None:
        self.move(data.draw(st.sampled_from(sorted(self.issued))), to)

    def move(self, lpn: str, to: str) -> None:
        self.tick()
        try:
            self.services.inventory.put_away(self.session, [lpn], to)
        except DeskError as refused:
            if lpn in self.things:
                assert refused.code is ErrorCode.WRONG_BIN  # staged: another zone
            else:
                assert refused.code is ErrorCode.LPN_REVERSED  # no longer exists
            note(f"put-away refused: {refused.code.value}")
            return
        assert lpn in self.things, "a reversed LPN was moved"
        self.things[lpn].location = to

    # -- the invariant -------------------------------------------------------------------
    def physical(self) -> dict[StockKey, int]:
        return dict(Counter((t.sku, t.location, t.grade) for t in self.things.values()))

    @invariant()
    def stock_adds_up(self) -> None:
        check(self.services, self.things, self.issued)
        self.shown = self.desk.view()


def check(services: Services, things: dict[str, Thing], issued: set[str]) -> None:
    """Ledger, movements, events and receipts all say what physically exists."""
    physical = dict(Counter((t.sku, t.location, t.grade) for t in things.values()))
    with services.uow_factory() as uow:
        assert uow.inventory.on_hand() == physical
        for lpn in issued:
            where = things[lpn].location if lpn in things else None
            assert uow.inventory.lpn_location(lpn) == where, lpn
    assert on_hand(_all_rows(services)) == physical
    assert events_on_hand(outbox_movements(services)) == physical
    with services.engine.connect() as conn:
        graded = conn.execute(
            select(tables.received_units.c.lpn)
            .join(tables.receipts, tables.receipts.c.id == tables.received_units.c.receipt_id)
            .where(
                tables.received_units.c.lpn.is_not(None),
                tables.receipts.c.status != ReceiptStatus.VOIDED.value,
            )
        ).scalars()
        assert set(graded) == set(things)


def scripted_shift(m: StockMachine, after: Callable[[], None]) -> None:
    """The paths the random runs may or may not reach, taken for certain, `after` called
    after every step: put away, undo refused / kept / approved (labelled and shelved), a
    re-grade to another zone refused, override, complete, void of staged and shelved units,
    and a move of shelved stock. Ends with one unit on hand: LPN 3 in BIN-RP-01."""

    def then(step: Callable[[], object]) -> None:
        step()
        after()

    then(lambda: m.first_parcel(RMA1))
    then(lambda: m.receive_unit(EARBUDS, "A"))  # open box
    earbuds = make_lpn(1)
    then(lambda: m.move(earbuds, "BIN-LQ-01"))  # wrong zone: refused
    then(lambda: m.move(earbuds, "BIN-OB-01"))
    then(lambda: m.receive_unit(MUG, "C"))
    then(lambda: m.undo("keep"))
    assert m.desk.view().approval is None and len(m.things) == 2
    then(lambda: m.undo("wrong PIN"))
    assert m.desk.view().step is Step.APPROVE_BADGE
    then(lambda: m.supervisor_approves(True))  # the mug, labelled: undone
    then(lambda: m.undo("approve"))  # the earbuds, on the shelf: undone
    assert m.approvals == 2 and m.things == {}
    then(lambda: m.scan_item(EARBUDS))  # scanned again: its zone not changed by a grade
    m.desk.scan("CMD-CHK-ALL-OK")
    with pytest.raises(DeskError) as refused:
        m.desk.scan("CMD-GRADE-D")
    assert refused.value.code is ErrorCode.DISPOSITION_CHANGE_NEEDS_OVERRIDE
    after()
    assert m.desk.view().step is Step.GRADE_UNIT and m.things == {}
    then(m.cancel_unit)
    then(lambda: m.receive_unit(EARBUDS, "A"))  # as before
    regraded = make_lpn(3)
    then(lambda: m.supervisor_overrides(Disposition.REFURBISH))
    then(lambda: m.move(regraded, "BIN-RF-01"))
    then(m.complete)
    then(lambda: m.receive_unit(JACKET, "B"))
    then(lambda: m.receive_unit(MUG, "C"))
    jacket = make_lpn(4)
    destination = m.desk.view().parcel.units[0].destination  # type: ignore[union-attr]
    assert destination is not None
    then(lambda: m.move(jacket, destination))
    then(m.supervisor_voids)  # one shelved, one staged: both out
    then(lambda: m.move(jacket, "BIN-OB-02"))  # reversed: refused
    then(lambda: m.move(regraded, "BIN-RP-01"))  # shelved stock moves on
    assert {lpn: (t.sku, t.location) for lpn, t in m.things.items()} == {
        regraded: (EARBUDS.sku, "BIN-RP-01")
    }

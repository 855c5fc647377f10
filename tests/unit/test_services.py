"""The use cases over in-memory fakes: logic, permissions, what gets audited and sent."""

from __future__ import annotations

import pytest

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.receipt import MatchStatus, ReceiptStatus
from receiving_desk.domain.rma import RmaStatus
from receiving_desk.domain.rules import Disposition
from receiving_desk.services.desk_events import Event
from receiving_desk.services.desk_view import Step
from receiving_desk.services.receiving import ReceivingService
from tests.conftest import FixedClock
from tests.fakes import FakeStore, FakeUnitOfWork
from tests.seed import CREAM, EARBUDS, JACKET, MUG, RMA1, RMA2, TRACKING2, item_code
from tests.unit.conftest import login, make_desk


def test_a_whole_return(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    opened = desk.scan(RMA1)
    assert opened.event is Event.PARCEL_OPENED and opened.view.step is Step.SCAN_ITEM
    assert opened.view.parcel is not None and opened.view.parcel.window.days_since_delivery == 6
    added = desk.scan(item_code(EARBUDS))
    assert added.params["match"] == "matched" and added.view.step is Step.GRADE_UNIT
    graded = desk.grade("A")
    assert graded.view.parcel is not None
    assert graded.view.parcel.units[0].disposition is Disposition.RESTOCK_OPEN_BOX
    desk.scan(item_code(MUG))
    desk.grade("C")
    done = desk.complete()
    assert done.event is Event.RETURN_COMPLETED and done.view.step is Step.SCAN_PARCEL
    (receipt,) = store.receipts.values()
    assert receipt.status is ReceiptStatus.COMPLETED
    assert [u.inspection.decision.disposition for u in receipt.units if u.inspection] == [
        Disposition.RESTOCK_OPEN_BOX,
        Disposition.LIQUIDATE,
    ]
    assert all(
        u.inspection and u.inspection.decision.rule_version == "2026.12-1" for u in receipt.units
    )
    assert store.rmas[RMA1].status is RmaStatus.RECEIVED
    assert [event.TOPIC for event in store.outbox] == [
        "return.received",
        "stock.moved",  # into returns staging, in the grading transaction
        "unit.inspected",
        "stock.moved",
        "unit.inspected",
        "return.completed",
    ]
    assert [e.action for e in store.audit] == ["login", "parcel_opened", "return_completed"]


def test_parcel_found_by_tracking_number(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    result = desk.scan(TRACKING2)
    assert result.view.parcel is not None and result.view.parcel.rma_number == RMA2
    assert not result.view.parcel.window.inside  # 40 days, standard tier: 30


def test_item_not_on_the_rma_is_received_and_flagged(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    result = desk.scan(item_code(CREAM))
    assert result.params["match"] == MatchStatus.NOT_ON_RMA.value
    assert result.view.parcel is not None and result.view.parcel.units[0].line_no is None


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("HELLO-WORLD", ErrorCode.UNKNOWN_ITEM),
        ("5901234123458", ErrorCode.BAD_CHECK_DIGIT),  # EAN-13 with a wrong check digit
        ("4006381333931", ErrorCode.UNKNOWN_ITEM),  # valid GTIN, not in the catalog
        ("\x00\x13", ErrorCode.NOISE),
    ],
)
def test_bad_item_scans_change_nothing(
    store: FakeStore, clock: FixedClock, code: str, error: ErrorCode
) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    before = len(store.outbox), len(store.audit)
    with pytest.raises(DeskError) as err:
        desk.scan(code)
    assert err.value.code is error
    (receipt,) = store.receipts.values()
    assert receipt.units == [] and (len(store.outbox), len(store.audit)) == before


def test_scans_before_login_are_refused(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    with pytest.raises(DeskError) as err:
        desk.scan(RMA1)
    assert err.value.code is ErrorCode.WRONG_STEP
    assert store.receipts == {}


def test_wrong_pin_is_refused_counted_and_locks_after_five(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = make_desk(store, clock)
    for _ in range(5):
        desk.scan("BADGE-C001")
        with pytest.raises(DeskError) as err:
            desk.submit_pin("0000")
        assert err.value.code is ErrorCode.BAD_CREDENTIALS
    desk.scan("BADGE-C001")
    with pytest.raises(DeskError) as err:
        desk.submit_pin("111111")  # right PIN, but locked
    assert err.value.code is ErrorCode.ACCOUNT_LOCKED
    clock.advance(minutes=6)
    login(desk)
    assert desk.session is not None and desk.session.name == "Ana Lima"
    actions = [e.action for e in store.audit]
    assert actions.count("login_failed") == 5 and actions[-2:] == ["login_refused_locked", "login"]
    assert all("111111" not in str(e.details) and "0000" not in str(e.details) for e in store.audit)


def test_clerk_cannot_void_supervisor_can(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    with pytest.raises(DeskError) as err:
        desk.void("wrong parcel")
    assert err.value.code is ErrorCode.PERMISSION_DENIED
    assert next(iter(store.receipts.values())).status is ReceiptStatus.OPEN
    desk.logout()
    login(desk, "BADGE-S001", "222222")  # the open return resumes for the supervisor
    result = desk.void("opened on the wrong RMA")
    assert result.event is Event.RETURN_VOIDED
    assert next(iter(store.receipts.values())).status is ReceiptStatus.VOIDED
    voided = [e for e in store.audit if e.action == "return_voided"]
    assert voided[0].details["reason"] == "opened on the wrong RMA"
    assert voided[0].user_id == "U-BADGE-S001"


def test_an_interrupted_return_resumes_on_the_next_login(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    fresh = make_desk(store, clock)  # the app was closed; a new desk object starts
    login(fresh, "BADGE-C002", "111222")
    view = fresh.view()
    assert view.step is Step.GRADE_UNIT
    assert view.parcel is not None and view.parcel.rma_number == RMA1
    assert [u.sku for u in view.parcel.units] == [EARBUDS.sku]


def test_a_parcel_open_at_one_station_cannot_be_opened_at_another(
    store: FakeStore, clock: FixedClock
) -> None:
    one, two = make_desk(store, clock, "S1"), make_desk(store, clock, "S2")
    login(one)
    login(two, "BADGE-C002", "111222")
    one.scan(RMA1)
    with pytest.raises(DeskError) as err:
        two.scan(RMA1)
    assert err.value.code is ErrorCode.PARCEL_ALREADY_OPEN
    assert err.value.params["station"] == "S1"


def test_complete_twice_and_closed_rma_are_refused(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    for product, grade in ((EARBUDS, "A"), (MUG, "B")):
        desk.scan(item_code(product))
        desk.grade(grade)
    receipt_id = desk.view().parcel.receipt_id  # type: ignore[union-attr]
    desk.complete()
    with pytest.raises(DeskError) as err:
        desk.complete()
    assert err.value.code is ErrorCode.NO_OPEN_PARCEL
    session = desk.session
    assert session is not None
    services = ReceivingService(lambda: FakeUnitOfWork(store), clock)
    with pytest.raises(DeskError) as err:
        services.complete(session, receipt_id)
    assert err.value.code is ErrorCode.RETURN_NOT_OPEN
    with pytest.raises(DeskError) as err:
        desk.scan(RMA1)
    assert err.value.code is ErrorCode.RMA_CLOSED


def test_complete_with_ungraded_units_is_refused(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA2)
    desk.scan(item_code(JACKET))
    with pytest.raises(DeskError) as err:
        desk.complete()
    assert err.value.code is ErrorCode.UNITS_NOT_GRADED


def test_command_barcodes_drive_grading_completion_and_logout(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA2)
    desk.scan(item_code(JACKET))
    assert desk.scan("CMD-GRADE-B").event is Event.UNIT_GRADED
    assert desk.scan("CMD-COMPLETE").event is Event.CONFIRM_NEEDED  # one jacket short
    assert desk.scan("CMD-CONFIRM").event is Event.RETURN_COMPLETED
    assert store.rmas[RMA2].status is RmaStatus.OPEN  # one of two jackets: RMA stays open
    assert desk.scan("CMD-LOGOUT").view.step is Step.SCAN_BADGE


def test_undo_last_scan_is_audited(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(CREAM))
    result = desk.scan("CMD-UNDO")
    assert result.event is Event.SCAN_UNDONE
    assert result.view.parcel is not None and result.view.parcel.units == ()
    undone = [e for e in store.audit if e.action == "scan_undone"]
    assert undone[0].details["sku"] == CREAM.sku

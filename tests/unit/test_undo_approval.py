"""Undo, cancel and void reverse stock in the ledger; undoing a unit already labelled or put
away waits for a supervisor's badge and PIN at the clerk's desk (the clerk stays logged in),
and both the approval and a refusal are audited with both users."""

from __future__ import annotations

import pytest

from receiving_desk.domain.barcodes import make_lpn
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.events import StockMoved, UnitWithdrawn
from receiving_desk.domain.inventory import MoveReason, on_hand
from receiving_desk.services.desk import Desk
from receiving_desk.services.desk_events import Event
from receiving_desk.services.desk_view import Step
from tests.conftest import FixedClock
from tests.fakes import FakeStore
from tests.seed import CLERK, CLERK2, EARBUDS, MUG, RMA1, SUPERVISOR, item_code
from tests.unit.conftest import login, make_desk

WRONG_PIN = "0" * 6


def clerk_desk(store: FakeStore, clock: FixedClock) -> Desk:
    desk = make_desk(store, clock)
    login(desk, CLERK[0], CLERK[1])
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    desk.grade("A")  # electronics A: open box, LPN 1
    return desk


def actions(store: FakeStore) -> list[str]:
    return [e.action for e in store.audit]


def test_undoing_an_unlabelled_graded_unit_books_a_reversal_not_a_delete(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = clerk_desk(store, clock)
    store.labels.clear()  # no label job: a desk whose restock labels are not printed on grading
    result = desk.scan("CMD-UNDO")
    assert result.event is Event.SCAN_UNDONE
    lpn = make_lpn(1)
    assert [(m.reason, m.quantity, m.to_location) for m in store.movements] == [
        (MoveReason.RECEIVED, 1, "BIN-STAGE-01"),
        (MoveReason.REVERSED, -1, "BIN-STAGE-01"),
    ]
    assert on_hand(store.movements) == {}
    moved = [e for e in store.outbox if isinstance(e, StockMoved)]
    assert [(e.lpn, e.reason, e.quantity) for e in moved] == [
        (lpn, MoveReason.RECEIVED, 1),
        (lpn, MoveReason.REVERSED, -1),
    ]
    assert any(isinstance(e, UnitWithdrawn) for e in store.outbox)
    undone = store.audit[-1]
    assert (undone.action, undone.details["stock_reversed_at"]) == ("scan_undone", "BIN-STAGE-01")
    with pytest.raises(DeskError) as err:  # the LPN no longer exists: nothing to put away
        desk.scan(lpn)
    assert err.value.code is ErrorCode.LPN_REVERSED


def test_a_labelled_unit_waits_for_a_supervisor_badge_and_pin_the_clerk_stays(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = clerk_desk(store, clock)
    store.labelled.add(make_lpn(1))  # its label went to the printer
    clerk = desk.session
    asked = desk.scan("CMD-UNDO")
    assert asked.event is Event.APPROVAL_NEEDED and asked.params["why"] == "label_printed"
    assert asked.view.step is Step.APPROVE_BADGE and asked.view.approval is not None
    assert asked.view.session == clerk
    assert actions(store)[-1] == "undo_refused"
    assert len(store.movements) == 1  # nothing reversed yet
    with pytest.raises(DeskError) as err:  # nothing else slips under the question
        desk.scan(item_code(MUG))
    assert err.value.code is ErrorCode.APPROVAL_PENDING

    assert desk.scan(SUPERVISOR[0]).view.step is Step.APPROVE_PIN
    with pytest.raises(DeskError) as err:
        desk.submit_pin(WRONG_PIN)
    assert err.value.code is ErrorCode.BAD_CREDENTIALS
    refused = store.audit[-1]
    assert (refused.action, refused.user_id) == ("approval_refused", clerk.user_id)  # type: ignore[union-attr]
    assert refused.details["approver_id"] == f"U-{SUPERVISOR[0]}"
    assert desk.view().step is Step.APPROVE_BADGE  # a wrong PIN starts over with the badge
    assert store.users[f"U-{SUPERVISOR[0]}"].failed_logins == 1  # counts towards the lockout

    desk.scan(SUPERVISOR[0])
    done = desk.submit_pin(SUPERVISOR[1])
    assert done.event is Event.SCAN_UNDONE
    assert done.params["approved_by"] == SUPERVISOR[2]
    assert desk.session == clerk and done.view.step is Step.SCAN_ITEM
    granted, undone = store.audit[-2:]
    assert (granted.action, granted.user_id) == ("approval_granted", clerk.user_id)  # type: ignore[union-attr]
    assert granted.details["approved_by"] == f"U-{SUPERVISOR[0]}"
    assert (undone.action, undone.user_id) == ("scan_undone", clerk.user_id)  # type: ignore[union-attr]
    assert undone.details["approved_by"] == f"U-{SUPERVISOR[0]}"
    assert undone.details["why_approval"] == "label_printed"
    assert on_hand(store.movements) == {}
    assert store.users[f"U-{SUPERVISOR[0]}"].failed_logins == 0


def test_an_approval_is_for_one_action_and_a_clerk_cannot_give_one(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = clerk_desk(store, clock)
    desk.scan(item_code(MUG))
    desk.grade("C")  # LPN 2
    store.labelled |= {make_lpn(1), make_lpn(2)}
    desk.scan("CMD-UNDO")
    desk.scan(CLERK2[0])
    with pytest.raises(DeskError) as err:
        desk.submit_pin(CLERK2[1])
    assert err.value.code is ErrorCode.PERMISSION_DENIED
    assert store.audit[-1].details["refused"] == "role"
    desk.scan(SUPERVISOR[0])
    assert desk.submit_pin(SUPERVISOR[1]).params["sku"] == MUG.sku
    again = desk.scan("CMD-UNDO")  # the next labelled unit asks again
    assert again.event is Event.APPROVAL_NEEDED and again.params["sku"] == EARBUDS.sku
    kept = desk.scan("CMD-CANCEL")  # the clerk keeps the unit: nothing undone
    assert kept.view.step is Step.SCAN_ITEM and kept.view.approval is None
    assert on_hand(store.movements) == {(EARBUDS.sku, "BIN-STAGE-01", "A"): 1}


def test_a_supervisor_undoes_a_shelved_unit_without_asking_and_a_clerk_is_asked_why(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = clerk_desk(store, clock)
    desk.scan("BIN-OB-01")  # put away
    asked = desk.scan("CMD-UNDO")
    assert asked.params["why"] == "put_away"
    desk.scan("CMD-CANCEL")
    desk.logout()
    login(desk, SUPERVISOR[0], SUPERVISOR[1])  # resumes the open return
    assert desk.scan("CMD-UNDO").event is Event.SCAN_UNDONE
    assert store.movements[-1].to_location == "BIN-OB-01"  # taken out where it was
    assert on_hand(store.movements) == {}


def test_regrading_a_shelved_unit_to_another_zone_needs_the_override(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = clerk_desk(store, clock)
    desk.scan("BIN-OB-01")  # open box, on the shelf
    desk.scan("CMD-UNDO")
    desk.scan(SUPERVISOR[0])
    desk.submit_pin(SUPERVISOR[1])
    desk.scan(item_code(EARBUDS))  # the same item, scanned again
    desk.scan("CMD-CHK-ALL-OK")
    with pytest.raises(DeskError) as err:
        desk.grade("D")  # would send it elsewhere: not by a grade alone
    assert err.value.code is ErrorCode.DISPOSITION_CHANGE_NEEDS_OVERRIDE
    assert err.value.params["was"] == "open_box"
    assert desk.view().step is Step.GRADE_UNIT  # nothing recorded
    assert desk.grade("A").event is Event.UNIT_GRADED  # as before: fine


def test_voiding_a_return_reverses_every_unit_where_it_is(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = clerk_desk(store, clock)
    desk.scan("BIN-OB-01")
    desk.scan(item_code(MUG))
    desk.grade("C")  # stays in staging
    desk.logout()
    login(desk, SUPERVISOR[0], SUPERVISOR[1])
    desk.void("opened on the wrong RMA")
    assert on_hand(store.movements) == {}
    reversed_ = [(m.lpn, m.to_location) for m in store.movements if m.reason is MoveReason.REVERSED]
    assert reversed_ == [(make_lpn(1), "BIN-OB-01"), (make_lpn(2), "BIN-STAGE-01")]
    assert store.audit[-1].details["stock_reversed"] == [make_lpn(1), make_lpn(2)]


def test_the_approval_by_scanner_alone_badge_then_a_pin_barcode(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = clerk_desk(store, clock)
    store.labelled.add(make_lpn(1))
    clerk = desk.session
    desk.scan("CMD-UNDO")
    with pytest.raises(DeskError) as err:  # a PIN barcode before any badge: not taken
        desk.scan(f"PIN-{SUPERVISOR[1]}")
    assert err.value.code is ErrorCode.APPROVAL_PENDING
    desk.scan(CLERK2[0])
    assert desk.scan(SUPERVISOR[0]).view.step is Step.APPROVE_PIN  # the later badge counts
    done = desk.scan(f"PIN-{SUPERVISOR[1]}")
    assert done.event is Event.SCAN_UNDONE and desk.session == clerk
    assert SUPERVISOR[1] not in str(store.audit[-2].details)  # the PIN is never recorded
    assert on_hand(store.movements) == {}

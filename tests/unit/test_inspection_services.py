"""Inspection, unexpected parcels and overrides over in-memory fakes."""

from __future__ import annotations

import pytest

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.receipt import ReceiptStatus
from receiving_desk.domain.rules import Disposition, RefundKind
from receiving_desk.services.desk_events import Event
from receiving_desk.services.desk_view import Step
from tests.conftest import FixedClock
from tests.fakes import FakeStore
from tests.seed import CREAM, EARBUDS, MUG, RMA1, RMA2, RMA3, SOLD_SERIAL, item_code
from tests.unit.conftest import login, make_desk


def only_receipt(store: FakeStore):  # type: ignore[no-untyped-def]
    (receipt,) = store.receipts.values()
    return receipt


def test_checklist_answers_are_saved_as_given_and_go_into_the_inspection(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    view = desk.scan(item_code(EARBUDS)).view
    assert view.parcel is not None
    assert [c.code for c in view.parcel.checklist][:2] == ["seal_intact", "serial_matches"]
    assert desk.scan("CMD-CHK-SEAL-INTACT-N").params == {
        "check": "Factory seal intact",
        "passed": False,
    }
    assert only_receipt(store).units[0].checklist == {"seal_intact": False}  # committed
    assert desk.scan("CMD-CHK-ALL-OK").params == {"count": 6}
    desk.scan("CMD-COND-BOX-DAMAGED")
    assert only_receipt(store).units[0].conditions == {"box_damaged"}
    desk.scan("CMD-COND-BOX-DAMAGED")  # scanning it again takes it back
    desk.scan("CMD-COND-SCRATCHED")
    desk.grade("B", note="scuff on the case")
    inspection = only_receipt(store).units[0].inspection
    assert inspection is not None
    assert dict(inspection.checklist)["seal_intact"] is False
    assert dict(inspection.checklist)["powers_on"] is True
    assert inspection.condition_codes == ("scratched",)
    assert inspection.note == "scuff on the case"
    assert inspection.window == "inside"


def test_a_check_of_another_category_and_an_unknown_condition_are_refused(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(MUG))  # home goods have no "powers on" question
    with pytest.raises(DeskError) as err:
        desk.scan("CMD-CHK-POWERS-ON-Y")
    assert err.value.code is ErrorCode.UNKNOWN_CHECK
    with pytest.raises(DeskError) as err:
        desk.scan("CMD-COND-ALIENS")
    assert err.value.code is ErrorCode.UNKNOWN_CONDITION


def test_an_unsealed_hygiene_item_is_destroyed_without_refund(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(CREAM))
    desk.scan("CMD-CHK-HYGIENE-SEAL-N")
    with pytest.raises(DeskError) as refused:  # beauty: its whole checklist, answered first
        desk.grade("A")
    assert refused.value.code is ErrorCode.CHECKS_UNANSWERED
    assert refused.value.params["checks"] == ["Factory seal intact", "No signs of use"]
    desk.scan("CMD-CHK-ALL-OK")
    unit = desk.grade("A").view.parcel.units[0]  # type: ignore[union-attr]
    assert unit.disposition is Disposition.DESTROY
    assert unit.decision is not None and unit.decision.rule_id == "hygiene-unsealed"
    assert unit.decision.refund.kind is RefundKind.NONE


def test_override_needs_a_supervisor_and_a_reason(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    desk.grade("C")
    with pytest.raises(DeskError) as err:
        desk.scan("CMD-OVERRIDE-REFURBISH")
    assert err.value.code is ErrorCode.PERMISSION_DENIED
    desk.logout()
    login(desk, "BADGE-S001", "222222")
    assert desk.scan("CMD-OVERRIDE-DONATE").view.step is Step.OVERRIDE_REASON
    with pytest.raises(DeskError) as err:
        desk.override_reason("   ")
    assert err.value.code is ErrorCode.REASON_REQUIRED
    result = desk.scan("charity drive agreed with the vendor")  # typed reason
    assert result.event is Event.OVERRIDDEN
    unit = only_receipt(store).units[0]
    assert unit.inspection is not None and unit.inspection.override is not None
    assert unit.inspection.disposition is Disposition.DONATE
    assert unit.inspection.decision.disposition is Disposition.REFURBISH  # proposal kept
    (audit,) = [e for e in store.audit if e.action == "disposition_overridden"]
    assert audit.details["reason"] == "charity drive agreed with the vendor"
    assert audit.details["proposed"] == "refurbish"


def test_no_rma_found_then_look_up_by_order_customer_or_serial(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = make_desk(store, clock)
    login(desk)
    result = desk.scan("RMA-2026-999999")
    assert (result.event, result.view.step) == (Event.NO_RMA_FOUND, Step.UNEXPECTED)
    assert result.view.unexpected_code == "RMA-2026-999999"
    several = desk.scan("C1")  # customer C1 (gold) has two open RMAs
    assert several.event is Event.SEVERAL_RMAS
    assert several.view.candidates == (RMA1, RMA3)
    opened = desk.scan(RMA3)
    assert opened.view.parcel is not None and opened.view.parcel.rma_number == RMA3
    desk.logout()

    other = make_desk(store, clock, "S2")
    login(other, "BADGE-C002", "111222")
    other.scan("1Z999AA10123456784")  # a valid UPS number with no RMA
    assert other.scan("SO-1002").view.parcel.rma_number == RMA2  # type: ignore[union-attr]
    other.scan("CMD-SET-ASIDE")
    with pytest.raises(DeskError) as err:
        other.scan("ZZZ-NOTHING")  # not a parcel code, nothing unexpected pending
    assert err.value.code is ErrorCode.WRONG_STEP
    other.scan("1Z999AA10123456784")
    with pytest.raises(DeskError) as err:
        other.scan("SO-0000")
    assert err.value.code is ErrorCode.NO_RMA_FOR_LOOKUP
    with pytest.raises(DeskError) as err:  # the serial's RMA is open at station S1
        other.scan(SOLD_SERIAL)
    assert err.value.code is ErrorCode.PARCEL_ALREADY_OPEN
    assert err.value.params == {"rma": RMA3, "station": "S1"}


def test_blind_receipt_and_set_aside(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan("1Z999AA10123456784")
    opened = desk.scan("CMD-BLIND")
    assert opened.event is Event.BLIND_OPENED
    assert opened.view.parcel is not None and opened.view.parcel.rma_number is None
    desk.scan(item_code(MUG))
    desk.grade("A")
    asked = desk.complete()  # a blind receipt is a discrepancy: completing asks first
    assert asked.event is Event.CONFIRM_NEEDED and asked.view.step is Step.CONFIRM_COMPLETE
    assert [f.kind.value for f in asked.view.confirm.flags] == ["no_rma"]  # type: ignore[union-attr]
    done = desk.scan("CMD-CONFIRM")
    assert done.params["flags"] == 1
    blind = next(r for r in store.receipts.values() if r.rma_number is None)
    assert [f.kind.value for f in blind.flags] == ["no_rma"]

    desk.scan("1Z5R89390357567127")  # RMA2's parcel, opened, then parked
    parked = desk.scan("CMD-SET-ASIDE")
    assert parked.event is Event.SET_ASIDE and parked.view.step is Step.SCAN_PARCEL
    statuses = sorted(r.status.value for r in store.receipts.values())
    assert statuses == [ReceiptStatus.COMPLETED.value, ReceiptStatus.SET_ASIDE.value]
    assert [e.action for e in store.audit].count("parcel_set_aside") == 1


def test_cancel_unit_and_next(store: FakeStore, clock: FixedClock) -> None:
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    with pytest.raises(DeskError) as err:
        desk.scan("CMD-NEXT")
    assert err.value.code is ErrorCode.UNITS_NOT_GRADED
    cancelled = desk.scan("CMD-CANCEL-UNIT")
    assert cancelled.event is Event.UNIT_CANCELLED
    assert cancelled.view.parcel is not None and cancelled.view.parcel.units == ()
    assert desk.scan("CMD-NEXT").event is Event.NEXT_UNIT
    assert [e.action for e in store.audit][-1] == "unit_cancelled"

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.receipt import (
    Inspection,
    LineState,
    MatchStatus,
    ParcelReceipt,
    ReceiptStatus,
)
from receiving_desk.domain.rules import Decision, Disposition, Refund
from tests.seed import CREAM, EARBUDS, JACKET, MUG, RMA1, RMA2, rmas

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
RMA_1, RMA_2, _ = rmas(NOW)


def receipt(rma_number: str = RMA1) -> ParcelReceipt:
    return ParcelReceipt("r1", rma_number, "S1", "u1", NOW, rma_number)


def inspection(grade: str = "A") -> Inspection:
    decision = Decision(Disposition.RESTOCK_NEW, True, Refund.full(), "x", "v", "y")
    return Inspection(grade, (), "", "u1", NOW, decision)


def test_items_on_the_rma_match_their_lines_in_order() -> None:
    r = receipt()
    u1 = r.add_unit("u1", RMA_1, MUG, "c", None, NOW, "u1")
    u2 = r.add_unit("u2", RMA_1, EARBUDS, "c", None, NOW, "u1")
    assert (u1.line_no, u1.match, u2.line_no, u2.match) == (
        2,
        MatchStatus.MATCHED,
        1,
        MatchStatus.MATCHED,
    )
    assert [p.state for p in r.progress(RMA_1)] == [LineState.RECEIVED, LineState.RECEIVED]


def test_item_not_on_the_rma_is_recorded_as_such() -> None:
    r = receipt()
    unit = r.add_unit("u1", RMA_1, CREAM, "c", None, NOW, "u1")
    assert (unit.line_no, unit.match) == (None, MatchStatus.NOT_ON_RMA)
    assert [p.received for p in r.progress(RMA_1)] == [0, 0]


def test_quantity_beyond_the_declared_is_over() -> None:
    r = receipt(RMA2)
    first = r.add_unit("u1", RMA_2, JACKET, "c", None, NOW, "u1")
    assert r.progress(RMA_2)[0].state is LineState.PARTIAL
    second = r.add_unit("u2", RMA_2, JACKET, "c", None, NOW, "u1")
    third = r.add_unit("u3", RMA_2, JACKET, "c", None, NOW, "u1")
    assert [first.match, second.match, third.match] == [
        MatchStatus.MATCHED,
        MatchStatus.MATCHED,
        MatchStatus.OVER_QUANTITY,
    ]
    assert r.progress(RMA_2)[0].state is LineState.RECEIVED


def test_grading_follows_scan_order_and_completion_needs_every_grade() -> None:
    r = receipt()
    r.add_unit("u1", RMA_1, EARBUDS, "c", None, NOW, "u1")
    r.add_unit("u2", RMA_1, MUG, "c", None, NOW, "u1")
    assert r.unit_to_grade is not None and r.unit_to_grade.id == "u1"
    r.record_inspection("u1", inspection())
    assert r.unit_to_grade is not None and r.unit_to_grade.id == "u2"
    with pytest.raises(DeskError) as err:
        r.complete(NOW, "u1", [])
    assert err.value.code is ErrorCode.UNITS_NOT_GRADED and err.value.params["count"] == 1
    r.record_inspection("u2", inspection("C"))
    r.complete(NOW, "u1", [])
    assert r.status is ReceiptStatus.COMPLETED and r.completed_at == NOW


def test_a_completed_return_cannot_change_or_complete_again() -> None:
    r = receipt()
    r.complete(NOW, "u1", [])
    for action in (
        lambda: r.complete(NOW, "u1", []),
        lambda: r.add_unit("u9", RMA_1, MUG, "c", None, NOW, "u1"),
        lambda: r.void(NOW, "u1", "wrong parcel"),
        r.remove_last_unit,
    ):
        with pytest.raises(DeskError) as err:
            action()
        assert err.value.code is ErrorCode.RETURN_NOT_OPEN


def test_void_needs_a_reason() -> None:
    r = receipt()
    with pytest.raises(DeskError) as err:
        r.void(NOW, "s1", "   ")
    assert err.value.code is ErrorCode.REASON_REQUIRED
    r.void(NOW, "s1", " opened on the wrong RMA ")
    assert (r.status, r.void_reason) == (ReceiptStatus.VOIDED, "opened on the wrong RMA")


def test_undo_removes_the_last_scan_and_frees_its_line() -> None:
    r = receipt()
    r.add_unit("u1", RMA_1, EARBUDS, "c", None, NOW, "u1")
    removed = r.remove_last_unit()
    assert removed.id == "u1" and r.units == []
    assert r.progress(RMA_1)[0].state is LineState.PENDING
    with pytest.raises(DeskError) as err:
        r.remove_last_unit()
    assert err.value.code is ErrorCode.NOTHING_TO_UNDO

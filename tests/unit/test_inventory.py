"""The stock ledger: LPNs, put-away, moves; stock on hand is always the sum of movements."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from receiving_desk.domain.barcodes import ScanKind, interpret, make_lpn
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.inventory import MoveReason, Zone, on_hand
from receiving_desk.services.desk_events import Event
from tests.conftest import FixedClock
from tests.fakes import FakeStore, FakeUnitOfWork
from tests.seed import EARBUDS, JACKET, MUG, RMA1, RMA2, item_code, seed
from tests.unit.conftest import PlainHasher, login, make_desk


def graded(store: FakeStore, clock: FixedClock):  # type: ignore[no-untyped-def]
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA1)
    desk.scan(item_code(EARBUDS))
    desk.grade("A")  # electronics A: open box
    desk.scan(item_code(MUG))
    desk.grade("C")  # home C: liquidate
    return desk


def test_grading_gives_an_lpn_a_destination_and_books_the_unit_into_staging(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = graded(store, clock)
    units = desk.view().parcel.units  # type: ignore[union-attr]
    assert [u.lpn for u in units] == [make_lpn(1), make_lpn(2)]
    assert [u.destination for u in units] == ["BIN-OB-01", "BIN-LQ-01"]
    assert all(u.staged and u.location == "BIN-STAGE-01" for u in units)
    assert [(m.lpn, m.from_location, m.to_location, m.reason) for m in store.movements] == [
        (make_lpn(1), None, "BIN-STAGE-01", MoveReason.RECEIVED),
        (make_lpn(2), None, "BIN-STAGE-01", MoveReason.RECEIVED),
    ]


def test_scanning_the_destination_bin_puts_the_unit_away(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = graded(store, clock)
    result = desk.scan("BIN-LQ-01")  # the last graded unit (the mug) goes to liquidation
    assert (result.event, result.params["lpns"]) == (Event.PUT_AWAY, [make_lpn(2)])
    assert on_hand(store.movements) == {
        (EARBUDS.sku, "BIN-STAGE-01", "A"): 1,
        (MUG.sku, "BIN-LQ-01", "C"): 1,
    }
    # Another open-box shelf is fine for the earbuds; a liquidation bin is not.
    desk.scan(make_lpn(1))
    with pytest.raises(DeskError) as err:
        desk.scan("BIN-LQ-01")
    assert err.value.code is ErrorCode.WRONG_BIN
    assert err.value.params["expected"] == "BIN-OB-01"
    assert desk.scan("BIN-OB-02").params["bin"] == "BIN-OB-02"
    assert store.audit[-1].details["other_bin"] is True


def test_a_bin_that_does_not_exist_and_an_lpn_with_a_wrong_check_char(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = graded(store, clock)
    with pytest.raises(DeskError) as err:
        desk.scan("BIN-Z-99")
    assert err.value.code is ErrorCode.UNKNOWN_BIN
    good = make_lpn(1)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    assert interpret(bad).kind is ScanKind.INVALID
    with pytest.raises(DeskError) as err:
        desk.scan(bad)
    assert err.value.code is ErrorCode.BAD_CHECK_DIGIT
    with pytest.raises(DeskError) as err:
        desk.scan(make_lpn(77))  # well formed, never issued
    assert err.value.code is ErrorCode.UNKNOWN_LPN


def test_a_cart_of_lpns_is_put_away_in_one_scan_and_moved_later(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = graded(store, clock)
    desk.scan(make_lpn(1))
    assert desk.scan(make_lpn(1)).params["count"] == 1  # scanning twice adds once
    desk.scan("BIN-OB-01")
    desk.scan(make_lpn(1))
    moved = desk.scan("BIN-OB-02")
    assert moved.params["lpns"] == [make_lpn(1)]
    reasons = [m.reason for m in store.movements if m.lpn == make_lpn(1)]
    assert reasons == [MoveReason.RECEIVED, MoveReason.PUT_AWAY, MoveReason.MOVED]
    assert on_hand(store.movements)[(EARBUDS.sku, "BIN-OB-02", "A")] == 1


def test_reprint_is_audited(store: FakeStore, clock: FixedClock) -> None:
    desk = graded(store, clock)
    result = desk.scan("CMD-REPRINT")
    assert (result.event, result.params["lpn"]) == (Event.REPRINTED, make_lpn(2))
    assert store.audit[-1].action == "label_reprinted"


@settings(
    max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(
    steps=st.lists(
        st.tuples(
            st.integers(0, 3),
            st.sampled_from(
                ["BIN-OB-01", "BIN-OB-02", "BIN-LQ-01", "BIN-RF-01", "BIN-A-01-01", "BIN-NOPE"]
            ),
        ),
        max_size=12,
    )
)
def test_any_sequence_of_moves_keeps_stock_balanced_and_non_negative(
    steps: list[tuple[int, str]], clock: FixedClock
) -> None:
    store = FakeStore()
    seed(lambda: FakeUnitOfWork(store), PlainHasher(), clock.now())
    desk = make_desk(store, clock)
    login(desk)
    desk.scan(RMA2)
    for _ in range(2):
        desk.scan("0" + item_code(JACKET))
        desk.grade("B")
    lpns = [make_lpn(1), make_lpn(2)]
    for which, bin_code in steps:
        if which < 2:
            desk.scan(lpns[which])
        try:
            desk.scan(bin_code)
        except DeskError as error:  # refused moves change nothing
            assert error.code in (
                ErrorCode.WRONG_BIN,
                ErrorCode.UNKNOWN_BIN,
                ErrorCode.NOTHING_TO_PUT_AWAY,
            )
            desk.cancel()
        stock = on_hand(store.movements)
        assert all(q > 0 for q in stock.values())
        assert sum(stock.values()) == 2  # two units received, none created or lost
        for lpn in lpns:  # every unit is in exactly one place
            assert sum(1 for m in store.movements if m.lpn == lpn and m.from_location is None) == 1
    # A unit leaves staging only for its destination zone (liquidation for apparel B).
    for lpn in lpns:
        first_shelf = next(
            (m for m in store.movements if m.lpn == lpn and m.reason is MoveReason.PUT_AWAY), None
        )
        if first_shelf is not None:
            assert store.locations[first_shelf.to_location].zone is Zone.LIQUIDATION

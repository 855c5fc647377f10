"""A whole return with the scanner alone: the PIN from a badge card's second barcode (or with
the badge in one scan), grade digits from a printed grading sheet, command barcodes for the
rest. A scanned PIN never reaches an error, an audit entry or a field of the return."""

from __future__ import annotations

from dataclasses import replace

import pytest

from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.pin_scans import MASK, read_pin_scan, redacted
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.services.desk import Desk
from receiving_desk.services.desk_events import Event
from receiving_desk.services.desk_view import Step
from tests.conftest import FixedClock
from tests.fakes import FakeStore
from tests.seed import CLERK, CREAM, EARBUDS, MUG, RMA1, SUPERVISOR, item_code
from tests.unit.conftest import make_desk

BADGE, PIN = CLERK[0], CLERK[1]
TOGETHER = DeskPatterns(badge_pin_separator="*")  # a reader that sends badge*PIN


def _desk(store: FakeStore, clock: FixedClock, patterns: DeskPatterns | None = None) -> Desk:
    desk = make_desk(store, clock)
    if patterns is not None:
        desk._patterns = patterns
    return desk


def _no_secret(store: FakeStore, *secrets: str) -> None:
    for entry in store.audit:
        text = f"{entry.action} {entry.subject} {entry.details}"
        assert not any(s in text for s in secrets), text


def test_pin_scans_are_read_and_masked_by_their_shape() -> None:
    plain = DeskPatterns()
    assert read_pin_scan(f"PIN-{PIN}", plain) == read_pin_scan(f"]C0PIN-{PIN}\r\n", plain)
    assert read_pin_scan(f"PIN-{PIN}", plain).pin == PIN  # type: ignore[union-attr]
    assert read_pin_scan(f"{BADGE}*{PIN}", plain) is None  # no separator at this site
    together = read_pin_scan(f"{BADGE}*{PIN}", TOGETHER)
    assert together is not None and (together.badge, together.pin) == (BADGE, PIN)
    assert read_pin_scan(f"NOT-A-BADGE*{PIN}", TOGETHER) is None  # only after a real badge
    assert redacted(f"PIN-{PIN}", plain) == f"PIN-{MASK}"
    assert redacted(f"{BADGE}*{PIN}", TOGETHER) == f"{BADGE}*{MASK}"
    assert redacted(RMA1, TOGETHER) is None
    assert PIN not in repr(together)


def test_badge_then_pin_card_logs_in(store: FakeStore, clock: FixedClock) -> None:
    desk = _desk(store, clock)
    assert desk.scan(BADGE, "]C0").view.step is Step.ENTER_PIN
    result = desk.scan(f"PIN-{PIN}", "]C0")
    assert result.event is Event.LOGGED_IN and desk.session is not None
    assert desk.session.name == "Ana Lima"
    _no_secret(store, PIN)


def test_badge_and_pin_in_one_scan_log_in(store: FakeStore, clock: FixedClock) -> None:
    desk = _desk(store, clock, TOGETHER)
    result = desk.scan(f"{BADGE}*{PIN}", "]C0")
    assert result.event is Event.LOGGED_IN and result.view.step is Step.SCAN_PARCEL
    _no_secret(store, PIN)


def test_a_wrong_scanned_pin_is_refused_without_naming_it(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = _desk(store, clock)
    wrong = PIN[::-1] + "7"
    desk.scan(BADGE)
    with pytest.raises(DeskError) as err:
        desk.scan(f"PIN-{wrong}")
    assert err.value.code is ErrorCode.BAD_CREDENTIALS
    assert wrong not in str(err.value) and wrong not in repr(err.value.params)
    assert [e.action for e in store.audit] == ["login_failed"]
    _no_secret(store, wrong)


@pytest.mark.parametrize("step", ["no badge", "parcel open", "override reason", "confirm"])
def test_a_pin_scanned_at_any_other_step_is_refused_masked(
    store: FakeStore, clock: FixedClock, step: str
) -> None:
    desk = _desk(store, clock)
    if step != "no badge":
        desk.scan(SUPERVISOR[0])
        desk.scan(f"PIN-{SUPERVISOR[1]}")
        desk.scan(RMA1)
        desk.scan(item_code(EARBUDS))
        desk.scan("CMD-GRADE-A")
    if step == "override reason":
        desk.scan("CMD-OVERRIDE-LIQUIDATE")
    if step == "confirm":
        assert desk.scan("CMD-COMPLETE").event is Event.CONFIRM_NEEDED  # MUG still missing
    before = len(store.audit)
    with pytest.raises(DeskError) as err:
        desk.scan(f"PIN-{PIN}")
    assert err.value.code is ErrorCode.WRONG_STEP
    assert err.value.params["code"] == f"PIN-{MASK}"
    assert PIN not in str(err.value)
    assert len(store.audit) == before  # nothing recorded: no reason, no item, no login
    if step == "override reason":
        assert desk.view().step is Step.OVERRIDE_REASON  # still waiting for a real reason
    _no_secret(store, PIN)


def test_cancel_barcode_drops_a_badge_scanned_by_mistake(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = _desk(store, clock)
    desk.scan(BADGE)
    assert desk.scan("CMD-CANCEL").view.step is Step.SCAN_BADGE
    with pytest.raises(DeskError) as err:
        desk.scan(f"PIN-{PIN}")
    assert err.value.code is ErrorCode.WRONG_STEP


def test_grade_digits_from_a_grading_sheet_follow_the_units_scale(
    store: FakeStore, clock: FixedClock
) -> None:
    desk = _desk(store, clock)
    desk.scan(BADGE)
    desk.scan(f"PIN-{PIN}")
    desk.scan(RMA1)
    with pytest.raises(DeskError) as err:
        desk.scan("1")  # nothing scanned yet: not an item "1"
    assert err.value.code is ErrorCode.NO_UNIT_TO_GRADE
    desk.scan(item_code(EARBUDS))  # electronics: the default scale A, B, C, D, SCRAP
    graded = desk.scan("2", "]C0")
    assert (graded.event, graded.params["grade"]) == (Event.UNIT_GRADED, "B")
    desk.scan(item_code(CREAM))  # beauty: A, B, SCRAP
    with pytest.raises(DeskError) as err:
        desk.scan("4")
    assert (err.value.code, err.value.params) == (ErrorCode.GRADE_NOT_ALLOWED, {"grade": "4"})
    desk.scan("CMD-CHK-ALL-OK")  # beauty needs its checklist answered before any grade
    assert desk.scan("3").params["grade"] == "SCRAP"


def test_a_whole_return_by_scanner_alone(store: FakeStore, clock: FixedClock) -> None:
    desk = _desk(store, clock, replace(DeskPatterns(), badge_pin_separator="/"))
    scans = [
        (f"{BADGE}/{PIN}", Event.LOGGED_IN),
        (RMA1, Event.PARCEL_OPENED),
        (item_code(EARBUDS), Event.UNIT_ADDED),
        ("CMD-CHK-ALL-OK", Event.ALL_CHECKS_PASSED),
        ("1", Event.UNIT_GRADED),
        (item_code(MUG), Event.UNIT_ADDED),
        ("3", Event.UNIT_GRADED),
        ("CMD-COMPLETE", Event.RETURN_COMPLETED),
        ("CMD-LOGOUT", Event.LOGGED_OUT),
    ]
    assert [desk.scan(code, "]C0").event for code, _ in scans] == [e for _, e in scans]
    _no_secret(store, PIN)

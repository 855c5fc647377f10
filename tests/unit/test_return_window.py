from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from receiving_desk.domain.return_window import evaluate_window

BERLIN = ZoneInfo("Europe/Berlin")
CHICAGO = ZoneInfo("America/Chicago")


def test_last_day_inside_and_first_day_outside() -> None:
    delivered = datetime(2026, 10, 1, 10, 0, tzinfo=UTC)
    last = evaluate_window(delivered, datetime(2026, 10, 31, 21, 59, tzinfo=UTC), BERLIN, 30)
    assert (last.days_since_delivery, last.inside, last.days_left) == (30, True, 0)
    # 22:00 UTC on 31 Oct is already 1 Nov in Berlin (CET, UTC+1 after the DST change).
    first = evaluate_window(delivered, datetime(2026, 10, 31, 23, 0, tzinfo=UTC), BERLIN, 30)
    assert (first.days_since_delivery, first.inside, first.days_left) == (31, False, -1)


def test_days_are_counted_on_the_site_calendar_not_in_24_hour_blocks() -> None:
    # Delivered 23:30 local (Chicago): that is the 5th there, though already the 6th in UTC.
    delivered = datetime(2026, 3, 6, 5, 30, tzinfo=UTC)  # 23:30 CST on 5 March
    now = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)  # 09:00 CST on 6 March
    assert evaluate_window(delivered, now, CHICAGO, 30).days_since_delivery == 1
    assert evaluate_window(delivered, now, ZoneInfo("UTC"), 30).days_since_delivery == 0


def test_daylight_saving_change_does_not_shift_the_count() -> None:
    delivered = datetime(2026, 3, 7, 18, 0, tzinfo=CHICAGO)  # day before DST starts
    now = datetime(2026, 3, 9, 0, 30, tzinfo=CHICAGO)  # 23-hour day in between
    assert evaluate_window(delivered, now, CHICAGO, 30).days_since_delivery == 2


def test_same_day_is_day_zero() -> None:
    t = datetime(2026, 5, 5, 8, 0, tzinfo=UTC)
    assert evaluate_window(t, t, BERLIN, 0).inside


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        evaluate_window(datetime(2026, 1, 1), datetime(2026, 1, 2, tzinfo=UTC), BERLIN, 30)

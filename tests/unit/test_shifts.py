"""Shifts: configuration, and the UTC interval of a shift on a date across midnight and DST."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from receiving_desk.domain.shifts import (
    DEFAULT_SHIFTS,
    Period,
    Shift,
    day_period,
    find_shift,
    parse_clock,
    shift_at,
    shifts_from_config,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
EARLY, LATE, NIGHT = DEFAULT_SHIFTS


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def test_default_shifts_on_a_winter_day_in_berlin() -> None:
    day = date(2026, 1, 15)
    assert EARLY.period_on(day, BERLIN) == Period(utc(2026, 1, 15, 5), utc(2026, 1, 15, 13))
    assert LATE.period_on(day, BERLIN) == Period(utc(2026, 1, 15, 13), utc(2026, 1, 15, 21))
    assert not LATE.crosses_midnight and NIGHT.crosses_midnight
    assert NIGHT.period_on(day, BERLIN) == Period(utc(2026, 1, 15, 21), utc(2026, 1, 16, 5))


def test_a_night_shift_with_the_spring_forward_change_lasts_seven_hours() -> None:
    night = NIGHT.period_on(date(2026, 3, 28), BERLIN)  # clocks go 02:00 -> 03:00 on the 29th
    assert night == Period(utc(2026, 3, 28, 21), utc(2026, 3, 29, 4))
    assert night.length == timedelta(hours=7)
    assert EARLY.period_on(date(2026, 3, 29), BERLIN).start == night.end  # 06:00 CEST


def test_a_night_shift_with_the_fall_back_change_lasts_nine_hours() -> None:
    night = NIGHT.period_on(date(2026, 10, 24), BERLIN)  # 03:00 -> 02:00 on the 25th
    assert night == Period(utc(2026, 10, 24, 20), utc(2026, 10, 25, 5))
    assert night.length == timedelta(hours=9)


def test_new_york_changes_on_its_own_date() -> None:
    night = NIGHT.period_on(date(2026, 3, 7), NEW_YORK)  # 2026-03-08 02:00 EST -> 03:00 EDT
    assert night == Period(utc(2026, 3, 8, 3), utc(2026, 3, 8, 10))
    assert NIGHT.period_on(date(2026, 3, 28), NEW_YORK).length == timedelta(hours=8)


def test_a_start_inside_the_gap_moves_forward_and_a_repeated_time_means_the_first() -> None:
    odd = Shift("odd", time(2, 30), time(10))
    spring = odd.period_on(date(2026, 3, 29), BERLIN)
    assert spring.start == utc(2026, 3, 29, 1, 30)  # 02:30 does not exist: as 03:30 CEST
    autumn = odd.period_on(date(2026, 10, 25), BERLIN)
    assert autumn.start == utc(2026, 10, 25, 0, 30)  # 02:30 CEST, the first of the two


def test_previous_period_has_equal_length_and_ends_where_this_starts() -> None:
    night = NIGHT.period_on(date(2026, 3, 28), BERLIN)
    before = night.previous()
    assert before.end == night.start and before.length == night.length == timedelta(hours=7)
    assert night.contains(night.start) and not night.contains(night.end)


def test_whole_days_follow_the_site_calendar() -> None:
    days = day_period(date(2026, 3, 29), date(2026, 3, 29), BERLIN)
    assert days == Period(utc(2026, 3, 28, 23), utc(2026, 3, 29, 22))
    assert days.length == timedelta(hours=23)
    with pytest.raises(ValueError):
        day_period(date(2026, 3, 2), date(2026, 3, 1), BERLIN)


def test_shifts_come_from_shift_tables_in_the_station_file() -> None:
    raw = tomllib.loads(
        '[[shift]]\nname = "day"\nstart = "07:30"\nend = "19:30"\n\n'
        '[[shift]]\nname = "night"\nstart = 19:30:00\nend = "07:30"\n'
    )
    shifts = shifts_from_config(raw["shift"])
    assert shifts == (Shift("day", time(7, 30), time(19, 30)),
                      Shift("night", time(19, 30), time(7, 30)))  # fmt: skip
    assert find_shift(shifts, " NIGHT ").crosses_midnight
    assert shifts_from_config([]) == DEFAULT_SHIFTS


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([{"name": "a", "start": "25:00", "end": "06:00"}], "not a time of day"),
        ([{"name": "a", "start": "6:5", "end": "06:00"}], "not a time of day"),
        ([{"name": "a", "start": "06:00", "end": "06:00"}], "same time"),
        ([{"name": "a", "start": "06:00"}], "needs 'end'"),
        ([{"name": "a", "start": "06:00", "end": "07:00", "colour": "red"}], "unknown"),
        ([{"name": "a", "start": "06:00", "end": "07:00"}] * 2, "same name"),
        ([{"name": " ", "start": "06:00", "end": "07:00"}], "needs a name"),
    ],
)
def test_bad_shift_settings_are_refused_with_the_reason(
    entries: list[dict[str, object]], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        shifts_from_config(entries)


def test_an_unknown_shift_name_lists_the_configured_ones() -> None:
    with pytest.raises(ValueError, match="early, late, night"):
        find_shift(DEFAULT_SHIFTS, "graveyard")


def test_the_shift_of_an_instant_after_midnight_is_the_night_that_began_the_day_before() -> None:
    assert shift_at(DEFAULT_SHIFTS, utc(2026, 3, 29, 1, 30), BERLIN) == (NIGHT, date(2026, 3, 28))
    assert shift_at(DEFAULT_SHIFTS, utc(2026, 3, 28, 13), BERLIN) == (LATE, date(2026, 3, 28))
    assert parse_clock("06:00") == time(6)


@given(st.dates(date(2020, 1, 1), date(2035, 12, 31)),
       st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Shanghai", "UTC"]))  # fmt: skip
def test_the_default_shifts_tile_every_day_without_gap_or_overlap(day: date, zone: str) -> None:
    tz = ZoneInfo(zone)
    early, late, night = (s.period_on(day, tz) for s in DEFAULT_SHIFTS)
    assert early.end == late.start and late.end == night.start
    assert night.end == EARLY.period_on(day + timedelta(days=1), tz).start
    for period in (early, late, night):
        assert timedelta(hours=7) <= period.length <= timedelta(hours=9)
    assert early.start.astimezone(tz).time() == time(6)

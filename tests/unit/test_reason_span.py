"""Reasons over clean days from running monthly totals: totals(B) - totals(A) plus and minus
the days between must count every day of the runs once and no other day."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest

from receiving_desk.adapters.reports.rollup_source import reason_span

DAY = timedelta(days=1)


def counted(runs: tuple[tuple[date, date], ...]) -> Counter[date]:
    """How often each day is counted by the span (each day of a month run through the totals)."""
    span = reason_span(runs)
    assert span is not None
    times: Counter[date] = Counter()
    (end, plus), (start, minus) = span.totals
    assert (plus, minus) == (1, -1)
    day = date.fromisoformat(f"{start}-01")
    while day < date.fromisoformat(f"{end}-01"):
        times[day] += 1
        day += DAY
    for a, b, sign in span.days:
        while a < b:
            times[a] += sign
            a += DAY
    return +times  # days counted zero times dropped


def days_of(runs: tuple[tuple[date, date], ...]) -> Counter[date]:
    times: Counter[date] = Counter()
    for a, b in runs:
        while a < b:
            times[a] += 1
            a += DAY
    return times


def test_a_local_month_is_one_month_of_totals_less_its_last_day() -> None:
    runs = ((date(2026, 6, 1), date(2026, 6, 30)),)  # Berlin's June: the 30th is an edge
    span = reason_span(runs)
    assert span is not None
    assert span.totals == (("2026-07", 1), ("2026-06", -1))
    assert span.days == ((date(2026, 6, 30), date(2026, 7, 1), -1),)
    assert counted(runs) == days_of(runs)


def test_a_short_range_reads_its_days() -> None:
    assert reason_span(((date(2026, 6, 10), date(2026, 6, 17)),)) is None


@pytest.mark.parametrize("seed", range(60))
def test_any_runs_with_dirty_days_are_counted_exactly_once(seed: int) -> None:
    rng = random.Random(seed)
    start = date(2025, 11, 1) + timedelta(days=rng.randrange(60))
    length = rng.randrange(1, 400)
    dirty = {start + timedelta(days=rng.randrange(length)) for _ in range(rng.randrange(6))}
    runs: list[tuple[date, date]] = []
    day = start
    while day < start + timedelta(days=length):
        if day not in dirty:
            if runs and runs[-1][1] == day:
                runs[-1] = (runs[-1][0], day + DAY)
            else:
                runs.append((day, day + DAY))
        day += DAY
    if not runs:
        return
    span = reason_span(tuple(runs))
    if span is None:
        assert length < 62  # only short ranges read their days (half a month off each end)
        return
    assert counted(tuple(runs)) == days_of(tuple(runs))

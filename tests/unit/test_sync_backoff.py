"""The one retry policy as the central syncer uses it: exponential, jittered, capped, never 0."""

from __future__ import annotations

import pytest

from receiving_desk.adapters.retry import Backoff


@pytest.mark.parametrize("draw", [0.0, 0.5, 0.999999])
def test_delays_double_then_stop_at_the_cap(draw: float) -> None:
    backoff = Backoff(base=1.0, cap=60.0, rng=lambda: draw)
    ceilings = [1, 2, 4, 8, 16, 32, 60, 60, 60]
    delays = [backoff.delay(n) for n in range(1, 10)]
    assert delays == [pytest.approx(c / 2 + draw * c / 2) for c in ceilings]


def test_jitter_spreads_desks_between_half_and_all_of_the_ceiling() -> None:
    draws = iter([0.0, 0.25, 1.0])
    backoff = Backoff(base=2.0, cap=100.0, rng=lambda: next(draws))
    assert [backoff.delay(3) for _ in range(3)] == [4.0, 5.0, 8.0]


def test_a_huge_failure_count_stays_at_the_cap() -> None:
    backoff = Backoff(base=0.5, cap=30.0, rng=lambda: 1.0)
    assert backoff.delay(10_000) == 30.0
    assert backoff.delay(0) == 0.5  # defensive: treated as the first retry

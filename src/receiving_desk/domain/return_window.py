"""Return-window arithmetic.

Days are counted on the site's calendar, not in 24-hour blocks: a parcel delivered at 23:30
local time was delivered that day, and "day 30" ends at local midnight. A timestamp is turned
into a local date with the site's time zone before anything is subtracted.

How many days a unit gets (category, loyalty tier, leniency) is rule data: see
`RuleSet.window_for` in `rules.py`, which builds its verdict with `evaluate_window`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class WindowVerdict:
    days_since_delivery: int
    window_days: int
    lenient_days: int = 0  # extra days accepted by tier leniency beyond window_days

    @property
    def inside(self) -> bool:
        return self.days_since_delivery <= self.window_days

    @property
    def accepted_by_leniency(self) -> bool:
        return not self.inside and self.days_since_delivery <= self.window_days + self.lenient_days

    @property
    def outside(self) -> bool:
        return not self.inside and not self.accepted_by_leniency

    @property
    def days_left(self) -> int:
        """Days left inside the window proper (negative once past it; leniency not counted)."""
        return self.window_days - self.days_since_delivery


WindowState = WindowVerdict  # the name before rules v2; kept for existing callers


def calendar_days(delivered_at: datetime, now: datetime, site_tz: ZoneInfo) -> int:
    """Whole site-calendar days from delivery to now (same local day = 0)."""
    if delivered_at.tzinfo is None or now.tzinfo is None:
        raise ValueError("delivered_at and now must be timezone-aware")
    delivered_day = delivered_at.astimezone(site_tz).date()
    today = now.astimezone(site_tz).date()
    return (today - delivered_day).days


def evaluate_window(
    delivered_at: datetime,
    now: datetime,
    site_tz: ZoneInfo,
    window_days: int,
    lenient_days: int = 0,
) -> WindowVerdict:
    return WindowVerdict(calendar_days(delivered_at, now, site_tz), window_days, lenient_days)

"""Return-window arithmetic.

Days are counted on the site's calendar, not in 24-hour blocks: a parcel delivered at 23:30
local time was delivered that day, and "day 30" ends at local midnight. A timestamp is turned
into a local date with the site's time zone before anything is subtracted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class WindowState:
    days_since_delivery: int
    window_days: int

    @property
    def inside(self) -> bool:
        return self.days_since_delivery <= self.window_days

    @property
    def days_left(self) -> int:
        return self.window_days - self.days_since_delivery


def evaluate_window(
    delivered_at: datetime, now: datetime, site_tz: ZoneInfo, window_days: int
) -> WindowState:
    if delivered_at.tzinfo is None or now.tzinfo is None:
        raise ValueError("delivered_at and now must be timezone-aware")
    delivered_day = delivered_at.astimezone(site_tz).date()
    today = now.astimezone(site_tz).date()
    return WindowState((today - delivered_day).days, window_days)

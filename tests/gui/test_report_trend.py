"""The trend chart's buckets: hours for a shift, the site's calendar days for a range (a day
with the clocks going forward is one bucket of 23 hours)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from receiving_desk.domain.shifts import day_period
from receiving_desk.gui.report_charts import trend_buckets
from receiving_desk.services.reports import Report, ReportFilter

TZ = ZoneInfo("Europe/Berlin")


def report(period_days: tuple[date, date], trend: list[tuple[datetime, int]]) -> Report:
    period = day_period(*period_days, TZ)
    return Report(site="", scope="", filter=ReportFilter(period), timezone="Europe/Berlin",
                  generated_at=period.end, source="", trend=tuple(trend))  # fmt: skip


def test_a_range_is_counted_per_local_day_across_the_dst_change() -> None:
    r = report(
        (date(2026, 3, 28), date(2026, 3, 30)),
        [
            (datetime(2026, 3, 27, 23, tzinfo=UTC), 2),  # 00:00 CET on the 28th
            (datetime(2026, 3, 28, 22, tzinfo=UTC), 3),  # 23:00 CET on the 28th
            (datetime(2026, 3, 28, 23, tzinfo=UTC), 4),  # 00:00 CET on the 29th
            (datetime(2026, 3, 29, 21, tzinfo=UTC), 5),  # 23:00 CEST on the 29th
            (datetime(2026, 3, 29, 22, tzinfo=UTC), 6),  # 00:00 CEST on the 30th
        ],
    )
    labels, units = trend_buckets(r)
    assert labels == ["03-28", "03-29", "03-30"]
    assert units == [5, 9, 6]


def test_a_day_is_counted_per_hour_with_empty_hours_shown() -> None:
    r = report((date(2026, 6, 15), date(2026, 6, 15)),
               [(datetime(2026, 6, 15, 6, tzinfo=UTC), 7)])  # fmt: skip
    labels, units = trend_buckets(r)
    assert len(labels) == 24 and labels[0] == "00:00" and labels[8] == "08:00"
    assert units[8] == 7 and sum(units) == 7

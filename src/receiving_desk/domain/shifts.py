"""Shifts: named spans of the site's clock, and the UTC interval a shift covers on a date.

A shift is configured as wall-clock times in the site's time zone ("22:00" to "06:00"). The
shift *on* a date starts on that date; if its end is not after its start it crosses midnight
and ends on the next day. The interval is converted to UTC per date, so a daylight-saving
change inside a shift makes it an hour shorter or longer, exactly as the clerks lived it.

Wall-clock times that do not exist on a date (inside a spring-forward gap) are moved forward
by the gap's length (PEP 495 with fold=0, as java.time does); times that occur twice (fall
back) mean their first occurrence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.file_problems import _t as _t


@dataclass(frozen=True)
class Period:
    """A half-open UTC interval [start, end)."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("a period needs timezone-aware datetimes")
        if self.end <= self.start:
            raise ValueError("a period must end after it starts")

    @property
    def length(self) -> timedelta:
        return self.end - self.start

    def previous(self) -> Period:
        """The period of equal length just before this one (for trends)."""
        return Period(self.start - self.length, self.start)

    def contains(self, instant: datetime) -> bool:
        return self.start <= instant < self.end


@dataclass(frozen=True)
class Shift:
    name: str
    start: time
    end: time

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise SettingProblem(_t("a shift needs a name"))
        if self.start == self.end:
            raise SettingProblem(
                _t("shift {name}: start and end are the same time"), name=repr(self.name)
            )

    @property
    def crosses_midnight(self) -> bool:
        return self.end <= self.start

    def period_on(self, day: date, tz: ZoneInfo) -> Period:
        """The UTC interval of this shift starting on `day` (site calendar)."""
        end_day = day + timedelta(days=1) if self.crosses_midnight else day
        return Period(_utc(day, self.start, tz), _utc(end_day, self.end, tz))

    def label(self) -> str:
        return f"{self.name} {self.start:%H:%M}–{self.end:%H:%M}"

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> Shift:
        unknown = set(values) - {"name", "start", "end"}
        if unknown:
            raise SettingProblem(
                _t("unknown shift setting(s): {keys}"), keys=", ".join(sorted(unknown))
            )
        try:
            name, start, end = values["name"], values["start"], values["end"]
        except KeyError as exc:
            raise SettingProblem(_t("a shift needs {key}"), key=repr(exc.args[0])) from exc
        if not isinstance(name, str):
            raise SettingProblem(_t("shift name must be a string"))
        return cls(name, parse_clock(start, name), parse_clock(end, name))


def _utc(day: date, clock: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def parse_clock(value: object, shift: str = "") -> time:
    """ "HH:MM" (24-hour) as a time; a TOML local time is accepted as well."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, str):
        hours, sep, minutes = value.strip().partition(":")
        if sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2:
            h, m = int(hours), int(minutes)
            if 0 <= h <= 23 and 0 <= m <= 59:
                return time(h, m)
    raise SettingProblem(
        _t("shift {name}: {value} is not a time of day (HH:MM)"),
        name=repr(shift),
        value=repr(value),
    )


DEFAULT_SHIFTS = (
    Shift("early", time(6), time(14)),
    Shift("late", time(14), time(22)),
    Shift("night", time(22), time(6)),
)


def shifts_from_config(entries: Iterable[Mapping[str, Any]]) -> tuple[Shift, ...]:
    """`[[shift]]` tables as shifts; an empty list means the defaults."""
    shifts = tuple(Shift.from_dict(entry) for entry in entries)
    names = [s.name for s in shifts]
    if len(set(names)) != len(names):
        raise SettingProblem(_t("two shifts have the same name"))
    return shifts or DEFAULT_SHIFTS


def find_shift(shifts: Sequence[Shift], name: str) -> Shift:
    for shift in shifts:
        if shift.name.casefold() == name.strip().casefold():
            return shift
    known = ", ".join(s.name for s in shifts)
    raise SettingProblem(_t("no shift named {name} (configured: {known})"), name=repr(name),
                         known=known)  # fmt: skip


def shift_at(shifts: Sequence[Shift], instant: datetime, tz: ZoneInfo) -> tuple[Shift, date]:
    """The shift (and its start date) that `instant` falls in; the first configured shift
    of the day when the shifts leave a gap there."""
    local_day = instant.astimezone(tz).date()
    for day in (local_day, local_day - timedelta(days=1)):
        for shift in shifts:
            if shift.period_on(day, tz).contains(instant):
                return shift, day
    return shifts[0], local_day


def day_period(first: date, last: date, tz: ZoneInfo) -> Period:
    """Whole site-calendar days from `first` to `last`, inclusive."""
    if last < first:
        raise SettingProblem(_t("the range ends ({last}) before it starts ({first})"),
                             first=first.isoformat(), last=last.isoformat())  # fmt: skip
    return Period(_utc(first, time(0), tz), _utc(last + timedelta(days=1), time(0), tz))


def shift_title(shift: Shift, day: date) -> str:
    """How a shift report names what it covers."""
    return f"Shift {shift.label()} starting {day:%a %Y-%m-%d}"


def range_title(period: Period, tz: ZoneInfo) -> str:
    start, end = period.start.astimezone(tz), period.end.astimezone(tz)
    if start.time() == end.time() == time(0):
        last = end.date() - timedelta(days=1)
        return (
            f"{start:%Y-%m-%d}" if last == start.date() else f"{start:%Y-%m-%d} – {last:%Y-%m-%d}"
        )
    return f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}"


def latest_start(shift: Shift, now: datetime, tz: ZoneInfo) -> date:
    """The date of the latest occurrence of `shift` that has started by `now`."""
    today = now.astimezone(tz).date()
    for day in (today, today - timedelta(days=1)):
        if shift.period_on(day, tz).start <= now:
            return day
    return today - timedelta(days=2)

"""A generated year (benchmarks/reports_data.py: overrides, voids, set-asides, undone scans,
shifts over midnight, the spring DST change; the generated parcels run out before the autumn
one) reported over periods from a shift to the whole year: every figure equals a plain
recount of the raw rows, done here in Python."""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from receiving_desk.adapters.reports import RollupReportSource, SqlReportSource, open_local_source
from receiving_desk.adapters.rollups.refresh import refresh_store
from receiving_desk.adapters.store.engine import create_store_engine
from receiving_desk.domain.shifts import DEFAULT_SHIFTS, Period, day_period, find_shift
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.reports import (
    CancelToken,
    Drill,
    Report,
    ReportFilter,
    drill_down,
    run_report,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from reports_load import load_sqlite  # the benchmark's generator and loader

TZ = ZoneInfo("Europe/Berlin")
NIGHT = find_shift(DEFAULT_SHIFTS, "night")
PERIODS = {
    "night over spring forward": NIGHT.period_on(date(2026, 3, 28), TZ),
    "a day": day_period(date(2026, 6, 15), date(2026, 6, 15), TZ),
    "a month": day_period(date(2026, 6, 1), date(2026, 6, 30), TZ),
    "the year": day_period(date(2025, 11, 22), date(2026, 11, 21), TZ),
}
SESSION = Session("t", "t", Role.SUPERVISOR, "DOCK-01", datetime(2026, 11, 22, tzinfo=UTC))
RESTOCK = {"restock_new", "restock_open_box"}


@dataclass(frozen=True)
class Row:
    at: datetime
    inspector: str
    grade: str
    disposition: str
    override: str | None
    to_stock: bool
    refund_kind: str
    percent: int
    value: int
    station: str
    status: str


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Row]]]:
    path = tmp_path_factory.mktemp("year") / "desk.sqlite3"
    load_sqlite(path, 6_000)
    engine = create_store_engine(path)
    assert refresh_store(engine) > 300  # every generated day but today's
    engine.dispose()
    db = sqlite3.connect(path)
    rows = [
        Row(datetime.fromisoformat(r[0]), r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7],
            r[8] or 0, r[9], r[10])
        for r in db.execute(
            "SELECT i.inspected_at, i.inspector_id, i.grade, i.disposition, "
            "i.override_disposition, i.returns_to_stock, i.refund_kind, i.refund_percent, "
            "p.unit_value_cents, r.station_id, r.status FROM inspections i "
            "JOIN received_units u ON u.id = i.unit_id JOIN receipts r ON r.id = u.receipt_id "
            "LEFT JOIN products p ON p.sku = u.sku"
        )
    ]  # fmt: skip
    db.close()
    yield path, rows


@pytest.fixture(scope="module")
def source(year: tuple[Path, list[Row]]) -> Iterator[SqlReportSource]:
    src = open_local_source(year[0])
    assert isinstance(src, RollupReportSource)
    yield src
    src.close()


def report(source: SqlReportSource, period: Period, station: str | None = None) -> Report:
    f = ReportFilter(period, station)
    return run_report(SESSION, source, f, site="", scope="", timezone="Europe/Berlin",
                      now=SESSION.started_at, standalone=True)  # fmt: skip


def recount(rows: list[Row], period: Period, station: str | None = None) -> dict[str, object]:
    live = [r for r in rows if period.contains(r.at) and r.status != "voided"
            and station in (None, r.station)]  # fmt: skip
    stocked = [r for r in live if (r.override in RESTOCK if r.override else r.to_stock)]
    refund = Decimal(sum(r.value * r.percent for r in live)) / 10000
    hours = Counter(r.at.replace(minute=0, second=0, microsecond=0) for r in live)
    return {
        "units": len(live),
        "grades": Counter(r.grade for r in live),
        "dispositions": Counter(r.override or r.disposition for r in live),
        "stock units": len(stocked),
        "stock value": Decimal(sum(r.value for r in stocked)) / 100,
        "refund value": refund.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
        "overridden": sum(1 for r in live if r.override),
        "clerks": Counter(r.inspector for r in live),
        "hours": hours,
    }


@pytest.mark.parametrize("name", list(PERIODS))
def test_every_period_equals_a_plain_recount_of_the_raw_rows(
    year: tuple[Path, list[Row]], source: SqlReportSource, name: str
) -> None:
    period = PERIODS[name]
    for station in (None, "DOCK-03"):
        r = report(source, period, station)
        want = recount(year[1], period, station)
        assert want["units"] or station, name  # the period has units to count
        assert r.figure("Units inspected") == want["units"]
        grades = {row[0]: row[1] for row in r.table("grades").rows}
        assert grades == dict(want["grades"])  # type: ignore[call-overload]
        dispositions = {row[0]: row[1] for row in r.table("dispositions").rows}
        assert dispositions == dict(want["dispositions"])  # type: ignore[call-overload]
        assert r.figure("Units returned to stock") == want["stock units"]
        assert r.figure("Value returned to stock") == want["stock value"]
        assert r.figure("Refund value") == want["refund value"]
        overridden = sum(
            g.overridden for g in source.clerk_grades(ReportFilter(period, station), CancelToken())
        )
        assert overridden == want["overridden"]
        clerks = dict(want["clerks"])  # type: ignore[call-overload]
        assert sum(row[1] for row in r.table("clerks").rows) == sum(clerks.values())
        assert dict(r.trend) == dict(want["hours"])  # type: ignore[call-overload]


def test_the_year_has_the_edge_cases(year: tuple[Path, list[Row]]) -> None:
    rows = year[1]
    assert any(r.override for r in rows) and any(r.status == "voided" for r in rows)
    db = sqlite3.connect(year[0])
    try:
        query = "SELECT status, count(*) FROM receipts GROUP BY status"
        states = dict(db.execute(query).fetchall())
        undone = db.execute("SELECT count(*) FROM audit_log WHERE action = 'scan_undone'")
        assert states.get("set_aside") and states.get("voided") and undone.fetchone()[0]
    finally:
        db.close()


@pytest.mark.parametrize(
    "drill",
    [
        Drill("grade", "C"),
        Drill("override"),
        Drill("void"),
        Drill("reason_category", "electronics\tdefective"),
    ],
    ids=lambda d: d.metric,
)
def test_drill_down_pages_are_slices_of_the_whole_list(
    source: SqlReportSource, drill: Drill
) -> None:
    f = ReportFilter(PERIODS["the year"])
    whole = drill_down(SESSION, source, f, drill)
    assert len(whole) > 10, drill  # more than a page or two to cut
    pages = [drill_down(SESSION, source, f, drill, limit=4, offset=n)
             for n in range(0, len(whole) + 4, 4)]  # fmt: skip
    assert [row for page in pages for row in page] == whole
    assert pages[-1] == []  # past the end: nothing

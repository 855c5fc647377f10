"""The shift report against an independent count of a known shift (tests/integration/
reports_shift.py), on the real SQLite store: every figure, every drill-down."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from receiving_desk.adapters.reports import SqlReportSource, open_local_source
from receiving_desk.bootstrap import Services
from receiving_desk.domain.errors import DeskError
from receiving_desk.domain.shifts import DEFAULT_SHIFTS, find_shift
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.reports import (
    CancelToken,
    Drill,
    Report,
    ReportCancelled,
    ReportFilter,
    drill_down,
    run_report,
)
from tests.integration.reports_ledger import (
    ANA,
    NAMES,
    OLGA,
    SHIFT_DAY,
    STATION,
    TZ,
    at,
    check_report,
)
from tests.integration.reports_shift import ShiftScript, night_shift_store

SUPERVISOR = Session(OLGA, NAMES[OLGA], Role.SUPERVISOR, STATION, datetime(2026, 3, 29, tzinfo=UTC))
NIGHT = find_shift(DEFAULT_SHIFTS, "night").period_on(SHIFT_DAY, TZ)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, ShiftScript]]:
    with night_shift_store(tmp_path_factory.mktemp("night")) as played:
        yield played


@pytest.fixture
def played(store: tuple[Services, ShiftScript]) -> ShiftScript:
    return store[1]


@pytest.fixture
def source(store: tuple[Services, ShiftScript]) -> Iterator[SqlReportSource]:
    src = open_local_source(store[0].config.database_path)
    yield src
    src.close()


def report(source: SqlReportSource, f: ReportFilter) -> Report:
    return run_report(
        SUPERVISOR, source, f, site="Dock", scope="night", timezone="Europe/Berlin",
        now=at(29, 6, 30),
    )  # fmt: skip


def test_the_night_shift_crosses_midnight_and_the_spring_forward_change() -> None:
    assert NIGHT.start == datetime(2026, 3, 28, 21, 0, tzinfo=UTC)  # 22:00 CET
    assert NIGHT.end == datetime(2026, 3, 29, 4, 0, tzinfo=UTC)  # 06:00 CEST
    assert NIGHT.length == timedelta(hours=7)


def test_every_figure_of_the_shift_matches_the_independent_count(
    played: ShiftScript, source: SqlReportSource
) -> None:
    r = report(source, ReportFilter(NIGHT))
    want = played.ledger.expected(NIGHT)
    # the known shift, spelled out, so the ledger itself is checked too
    assert want["units"] == 10 and want["parcels"] == Counter(completed=9, voided=1, set_aside=1)
    assert want["grades"] == Counter(A=4, B=4, C=1, D=1)
    assert want["flags"] == {
        "outside_window": 1, "accepted_by_leniency": 1, "serial_mismatch": 1, "wrong_item": 1,
        "missing_item": 1, "empty_box": 1, "quantity_short": 1, "no_rma": 1,
    }  # fmt: skip
    assert want["audit"] == Counter(
        scan_undone=1, unit_cancelled=1, return_voided=1, parcel_set_aside=1,
        disposition_overridden=1,
    )  # fmt: skip
    assert (want["labels"], want["reprints"]) == (13, 1)  # 11 graded, 1 override, 1 reprint
    assert want["active"][ANA] == 55 * 60  # worked out by hand
    check_report(r, want)
    backlog = r.figure("Sync backlog")
    assert isinstance(backlog, int) and backlog > 0


def test_a_clerks_report_counts_only_that_clerk(
    played: ShiftScript, source: SqlReportSource
) -> None:
    r = report(source, ReportFilter(NIGHT, clerk=ANA))
    check_report(r, played.ledger.expected(NIGHT, clerk=ANA))


def test_another_station_sees_nothing(source: SqlReportSource) -> None:
    r = report(source, ReportFilter(NIGHT, station="OTHER-99"))
    assert r.figure("Units inspected") == 0 and r.figure("Parcels received") == 0
    assert r.figure("Labels printed") == 0


def test_trend_compares_with_the_previous_period_of_equal_length(
    played: ShiftScript, source: SqlReportSource
) -> None:
    r = report(source, ReportFilter(NIGHT))
    before = played.ledger.expected(NIGHT.previous())["reasons_product"]
    assert before == Counter({("HM-00002", "changed_mind"): 1, ("EL-00001", "defective"): 1})
    table = r.table("reasons_by_product")
    got = {(row[0], row[2]): (row[3], row[4], row[5], row[6]) for row in table.rows}
    assert got[("EL-00001", "defective")] == (3, 1, 2, "up")
    assert got[("HM-00002", "changed_mind")] == (2, 1, 1, "up")
    assert got[("EL-00001", "undeclared")] == (1, 0, 1, "new")


def test_trend_previous_period_and_clerk_figures_add_up(
    played: ShiftScript, source: SqlReportSource
) -> None:
    r = report(source, ReportFilter(NIGHT))
    assert sum(n for _, n in r.trend) == r.figure("Units inspected") == 10
    assert all(NIGHT.start - timedelta(hours=1) < hour < NIGHT.end for hour, _ in r.trend)
    live = [
        u
        for u in played.ledger.units.values()
        if NIGHT.contains(u.inspected_at) and played.ledger.returns[u.receipt_id].status != "voided"
    ]
    by_hour = Counter(u.inspected_at.replace(minute=0, second=0, microsecond=0) for u in live)
    assert dict(r.trend) == dict(by_hour)
    assert r.previous_summary is not None
    before = {row[0]: row[1] for row in r.previous_summary.rows}
    assert before["Units inspected"] == played.ledger.expected(NIGHT.previous())["units"]
    clerks = {row[0]: row for row in r.table("clerks").rows}
    want = played.ledger.expected(NIGHT)
    ana = clerks[NAMES[ANA]]
    assert ana[1] == want["clerk_units"][ANA] == 6
    assert ana[4] == (Decimal(want["active"][ANA]) / 60 / 6).quantize(Decimal("0.1"))
    assert ana[5] == Decimal("16.7")  # one of her six units was overridden
    grades = Counter(u.grade for u in live if u.inspector == ANA)
    assert ana[6] == " · ".join(f"{g} {Decimal(100 * n / 6).quantize(Decimal('0.1'))}%"
                                for g, n in sorted(grades.items()))  # fmt: skip


def test_a_product_drills_down_to_its_returns_with_the_notes_behind_them(
    source: SqlReportSource,
) -> None:
    rows = drill_down(SUPERVISOR, source, ReportFilter(NIGHT), Drill("product", "EL-00001"))
    assert sum(r.units for r in rows) == 4  # three defective earbuds and one undeclared
    assert any("left earbud crackles" in r.notes for r in rows)


def test_every_number_drills_down_to_exactly_the_returns_behind_it(
    played: ShiftScript, source: SqlReportSource
) -> None:
    f = ReportFilter(NIGHT)
    r = report(source, f)
    ledger = played.ledger
    want = ledger.expected(NIGHT)
    checked = 0
    for table in r.tables:
        for i, row in enumerate(table.rows):
            for j, value in enumerate(row):
                drill = table.drill_at(i, j)
                if drill is None:
                    continue
                behind = drill_down(SUPERVISOR, source, f, drill)
                assert behind, (table.name, row)
                if drill.metric in ("receipt",):
                    assert len(behind) == 1
                elif isinstance(value, Decimal):  # a value: the same returns as its units
                    pass
                elif drill.metric in ("parcels", "flag", "void", "audit"):
                    assert len(behind) == value, (table.name, row)
                else:  # unit counts: the units listed add up to the number
                    assert sum(b.units for b in behind) == value, (table.name, row)
                checked += 1
    assert checked > 40
    outside = drill_down(SUPERVISOR, source, f, Drill("window", "outside"))
    assert [b.rma for b in outside] == ["RMA-T02"] and outside[0].units == 2
    fraud = drill_down(SUPERVISOR, source, f, Drill("flag", "fraud"))
    assert [b.rma for b in fraud] == ["RMA-T03", "RMA-T04", "RMA-T05"]
    units = drill_down(SUPERVISOR, source, f, Drill("units"))
    assert {b.receipt_id: b.units for b in units} == dict(want["units_by_receipt"])
    previous = drill_down(SUPERVISOR, source, f, Drill("reason_product", "EL-00001\tdefective",
                                                          previous=True))  # fmt: skip
    assert [b.rma for b in previous] == ["RMA-P02"]
    assert ledger.returns  # the ledger was used


def test_a_clerk_may_not_run_reports(source: SqlReportSource) -> None:
    clerk = Session(ANA, NAMES[ANA], Role.CLERK, STATION, SUPERVISOR.started_at)
    with pytest.raises(DeskError):
        run_report(clerk, source, ReportFilter(NIGHT), site="", scope="", timezone="UTC",
                   now=SUPERVISOR.started_at)  # fmt: skip
    with pytest.raises(DeskError):
        drill_down(clerk, source, ReportFilter(NIGHT), Drill("units"))


def test_a_cancelled_report_stops_and_produces_nothing(source: SqlReportSource) -> None:
    token = CancelToken()
    seen: list[str] = []

    def progress(done: int, total: int, step: str) -> None:
        seen.append(step)
        if done == 3:
            token.cancel()

    with pytest.raises(ReportCancelled):
        run_report(SUPERVISOR, source, ReportFilter(NIGHT), site="", scope="",
                   timezone="UTC", now=SUPERVISOR.started_at, progress=progress,
                   cancel=token)  # fmt: skip
    assert seen == ["parcels", "units", "clerks", "clerk mix"]

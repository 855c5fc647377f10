"""THE scripted shift of blind audits: three clerks grade with known confusion patterns, each
unit graded first by one clerk and blind by the next, plus a gold set every clerk grades; the
report (real store, real services, the report source the screen, PDF and CSV read) gives the
kappas, agreement shares and confusions an independent computation here gives, to three
decimals. The independent side works from the script's own record, not from the store, and
with the textbook formulas written another way (weighted kappa as 1 - sum(w*O)/sum(w*E)
with squared distances; Fleiss' kappa from the category-count matrix)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from receiving_desk.adapters.pepper import create_pepper
from receiving_desk.adapters.reports import open_local_source
from receiving_desk.adapters.reports.csv_export import table_rows
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.audit_sampling import AuditSettings
from receiving_desk.domain.shifts import Period
from receiving_desk.domain.users import Role, Session, User
from receiving_desk.services.reports import Report, ReportFilter, run_report
from tests.conftest import FixedClock
from tests.seed import CLERK, CLERK2, EARBUDS, MUG, SUPERVISOR, seed

SCALE = ("A", "B", "C", "D", "SCRAP")
CLERK3 = ("BADGE-C003", "333333", "Kim Min-jun", Role.CLERK)
START = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)  # the morning shift, UTC site


def precise(grade: str, n: int) -> str:
    return grade


def lenient_b_to_c(grade: str, n: int) -> str:
    """Grades every B a C, and every other D a SCRAP."""
    if grade == "B":
        return "C"
    if grade == "D" and n % 2 == 0:
        return "SCRAP"
    return grade


def generous_a_b(grade: str, n: int) -> str:
    """Grades every A a B, and every third C a B."""
    if grade == "A":
        return "B"
    if grade == "C" and n % 3 == 0:
        return "B"
    return grade


@dataclass(frozen=True)
class Clerk:
    badge: tuple[str, str, str, Role]
    grades: Callable[[str, int], str]

    @property
    def name(self) -> str:
        return self.badge[2]


CLERKS = (Clerk(CLERK, precise), Clerk(CLERK2, lenient_b_to_c), Clerk(CLERK3, generous_a_b))
UNITS = 45  # true grades cycle through the scale: 9 of each
GOLD_TRUE = ("B", "C")  # the supervisor's gold units (graded by the supervisor as true)


@dataclass(frozen=True)
class Given:
    lpn: str
    category: str
    kind: str
    first: str  # grader name
    first_grade: str
    second: str
    grade: str
    at: datetime


@pytest.fixture(scope="module")
def shift(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, list[Given]]]:
    from argon2 import PasswordHasher

    tmp = tmp_path_factory.mktemp("agreement")
    create_pepper(tmp / "pepper")
    clock = FixedClock(START)
    config = StationConfig(
        station_id="TEST-01", data_dir=tmp / "data", sound=False, source=tmp / "station.toml",
        auto_print=False,
        # every clerk's unit by their own share; the supervisor's (gold) units not sampled
        audit=AuditSettings(
            enabled=True, percent=0.0, clerks={f"U-{c.badge[0]}": 100.0 for c in CLERKS}
        ),
    )  # fmt: skip
    hasher = Argon2PinHasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    services = bootstrap(config, clock=clock, hasher=hasher)
    seed(services.uow_factory, services.hasher, clock.now())
    with services.uow_factory() as uow:
        uow.users.add(
            User(f"U-{CLERK3[0]}", CLERK3[0], CLERK3[2], CLERK3[3], hasher.hash(CLERK3[1]))
        )
        uow.commit()
    sessions = {c.name: services.auth.login(c.badge[0], c.badge[1]) for c in CLERKS}
    boss = services.auth.login(SUPERVISOR[0], SUPERVISOR[1])
    given: list[Given] = []
    try:
        for n in range(UNITS):
            truth = SCALE[n % len(SCALE)]
            first, second = CLERKS[n % 3], CLERKS[(n + 1) % 3]
            product = EARBUDS if n % 2 == 0 else MUG
            first_grade = first.grades(truth, n)
            lpn = graded_unit(services, sessions[first.name], product.sku, first_grade, n)
            clock.advance(minutes=4)
            grade = second.grades(truth, n)
            services.audits.grade_blind(sessions[second.name], lpn, grade)
            given.append(
                Given(lpn, product.category, "blind", first.name, first_grade, second.name, grade,
                      clock.now())
            )  # fmt: skip
            clock.advance(minutes=7)
        for g, truth in enumerate(GOLD_TRUE):
            lpn = graded_unit(services, boss, EARBUDS.sku, truth, 100 + g)
            services.audits.mark_gold(boss, lpn, truth)
            for k, clerk in enumerate(CLERKS):
                clock.advance(minutes=3)
                grade = clerk.grades(truth, k)
                services.audits.grade_blind(sessions[clerk.name], lpn, grade)
                given.append(
                    Given(lpn, EARBUDS.category, "gold", SUPERVISOR[2], truth, clerk.name, grade,
                          clock.now())
                )  # fmt: skip
        yield services, given
    finally:
        services.close()


def graded_unit(services: Services, session: Session, sku: str, grade: str, n: int) -> str:
    receipt = services.receiving.open_blind(session, f"PARCEL-{n:04d}")
    services.receiving.record_item(session, receipt.id, f"SKU {sku}", sku=sku)
    services.inspection.pass_all_checks(session, receipt.id)
    unit = services.inspection.grade(session, receipt.id, grade)
    services.receiving.complete(session, receipt.id)
    assert unit.lpn is not None
    return unit.lpn


@pytest.fixture(scope="module")
def report(shift: tuple[Services, list[Given]]) -> Report:
    services, _ = shift
    boss = services.auth.login(SUPERVISOR[0], SUPERVISOR[1])
    source = open_local_source(services.config.database_path)
    try:
        period = Period(START, START + timedelta(hours=12))
        return run_report(
            boss, source, ReportFilter(period), site="Dock", scope="morning", timezone="UTC",
            now=START + timedelta(hours=12),
        )  # fmt: skip
    finally:
        source.close()


# -- the independent side ------------------------------------------------------------------
def cohen_quadratic(pairs: list[tuple[str, str]]) -> float:
    k = len(SCALE)
    idx = {g: i for i, g in enumerate(SCALE)}
    observed = [[0.0] * k for _ in range(k)]
    for a, b in pairs:
        observed[idx[a]][idx[b]] += 1
    n = len(pairs)
    rows = [sum(observed[i]) for i in range(k)]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    num = sum((i - j) ** 2 * observed[i][j] for i in range(k) for j in range(k))
    den = sum((i - j) ** 2 * rows[i] * cols[j] / n for i in range(k) for j in range(k))
    return 1 - num / den


def fleiss(units: dict[str, list[str]]) -> float:
    matrix = [[ratings.count(g) for g in SCALE] for ratings in units.values()]
    total = sum(sum(row) for row in matrix)
    p_j = [sum(row[j] for row in matrix) / total for j in range(len(SCALE))]
    p_i = [(sum(c * c for c in row) - sum(row)) / (sum(row) * (sum(row) - 1)) for row in matrix]
    p_bar = sum(p_i) / len(p_i)
    p_e = sum(p * p for p in p_j)
    return (p_bar - p_e) / (1 - p_e)


def three(x: float) -> Decimal:
    return Decimal(f"{x:.3f}")


def figure(report: Report, label: str) -> object:
    rows = {r[0]: r[1] for r in report.table("agreement_summary").rows}
    return rows[label]


def test_the_script_has_the_confusions_it_was_written_with(
    shift: tuple[Services, list[Given]],
) -> None:
    _, given = shift
    assert len(given) == UNITS + len(GOLD_TRUE) * len(CLERKS)
    swaps = Counter(frozenset((g.first_grade, g.grade)) for g in given if g.first_grade != g.grade)
    assert swaps.most_common(1)[0][0] == frozenset({"B", "C"})  # the designed top confusion


def test_overall_and_fleiss_kappa_match_the_independent_computation(
    shift: tuple[Services, list[Given]], report: Report
) -> None:
    _, given = shift
    pairs = [(g.first_grade, g.grade) for g in given]
    units: dict[str, list[str]] = {}
    for g in given:
        units.setdefault(g.lpn, [g.first_grade]).append(g.grade)
    assert figure(report, "Weighted kappa (quadratic), all pairs") == three(cohen_quadratic(pairs))
    assert figure(report, "Fleiss' kappa, all graders") == three(fleiss(units))
    assert figure(report, "Blind audits") == UNITS
    assert figure(report, "Gold calibration grades") == len(GOLD_TRUE) * len(CLERKS)
    agreed = sum(a == b for a, b in pairs)
    assert figure(report, "Agreement %") == Decimal(100 * agreed / len(pairs)).quantize(
        Decimal("0.1")
    )


def test_every_pair_of_clerks_and_every_category_matches(
    shift: tuple[Services, list[Given]], report: Report
) -> None:
    _, given = shift
    by_pair: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    by_category: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for g in given:
        a, b = sorted((g.first, g.second))
        by_pair[(a, b)].append(
            (g.first_grade, g.grade) if a == g.first else (g.grade, g.first_grade)
        )
        by_category[g.category].append((g.first_grade, g.grade))
    table = report.table("agreement_pairs")
    reported = {(r[0], r[1]): (r[2], r[4]) for r in table.rows}
    assert set(reported) == set(by_pair)
    assert len(reported) == 6  # three clerk pairs, and each clerk with the supervisor (gold)
    for key, pairs in by_pair.items():
        assert reported[key] == (len(pairs), three(cohen_quadratic(pairs))), key
    categories = {r[0]: r[4] for r in report.table("agreement_categories").rows}
    assert categories == {c: three(cohen_quadratic(p)) for c, p in by_category.items()}


def test_confusions_clerks_hours_and_gold(
    shift: tuple[Services, list[Given]], report: Report
) -> None:
    _, given = shift
    order = {g: i for i, g in enumerate(SCALE)}
    swaps = Counter(
        tuple(sorted((g.first_grade, g.grade), key=order.__getitem__))
        for g in given
        if g.first_grade != g.grade
    )
    rows = report.table("agreement_confusions").rows
    assert rows[0][0] == "B ↔ C"
    assert {str(r[0]): r[1] for r in rows} == {f"{a} ↔ {b}": n for (a, b), n in swaps.items()}

    per_clerk: dict[str, list[bool]] = defaultdict(list)
    per_hour: dict[str, list[bool]] = defaultdict(list)
    for g in given:
        same = g.first_grade == g.grade
        per_clerk[g.first].append(same)
        per_clerk[g.second].append(same)
        per_hour[g.at.strftime("%H:00")].append(same)
    clerks = {r[0]: (r[1], r[2]) for r in report.table("agreement_clerks").rows}
    assert clerks == {c: (len(v), sum(v)) for c, v in per_clerk.items()}
    hours = {r[0]: (r[1], r[2]) for r in report.table("agreement_hours").rows}
    assert hours == {h: (len(v), sum(v)) for h, v in per_hour.items()}
    assert len(hours) >= 6  # the shift's drift is seen hour by hour

    gold = {r[0]: (r[1], r[2]) for r in report.table("agreement_gold").rows}
    assert gold == {
        c.name: (len(GOLD_TRUE), sum(c.grades(t, k) == t for t in GOLD_TRUE))
        for k, c in enumerate(CLERKS)
    }
    # The same figures go to the CSV as they are.
    csv_rows = table_rows(report.table("agreement_pairs"))
    assert any(row[-1] == str(reported_kappa) for row in csv_rows
               for reported_kappa in [report.table("agreement_pairs").rows[0][4]])  # fmt: skip

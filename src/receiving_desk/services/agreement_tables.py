"""The report's tables of grader agreement, from blind re-inspection audits.

Every blind grade is compared with its unit's first grade (a pair of graders); a gold unit's
calibration grades with the supervisor's. Kappas (domain/agreement.py): Cohen's weighted
kappa with QUADRATIC weights on the ordinal scale for pairs (and per category, and over all
pairs), Fleiss' kappa over every unit graded by two or more graders. Kappas are written to
three decimals; None ("—") where they are undefined.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from receiving_desk.domain.agreement import (
    Weighting,
    confusions,
    fleiss_kappa,
    share_agreed,
    weighted_kappa,
)
from receiving_desk.services.report_model import AuditPair, ReportTable, Value

DEFAULT_SCALE = ("A", "B", "C", "D", "SCRAP")  # best first, as the default rules write it
WEIGHTING = Weighting.QUADRATIC
KAPPA = Decimal("0.001")
PERCENT = Decimal("0.1")


def kappa_value(kappa: float | None) -> Decimal | None:
    return None if kappa is None else Decimal(repr(kappa)).quantize(KAPPA, ROUND_HALF_UP)


def _percent(part: int, whole: int) -> Decimal | None:
    return (Decimal(100 * part) / whole).quantize(PERCENT, ROUND_HALF_UP) if whole else None


def ordinal_scale(pairs: Iterable[AuditPair], scale: Sequence[str]) -> tuple[str, ...]:
    """The scale, then any grade the audits hold that it does not name (a category's own)."""
    known = list(scale)
    extra = sorted({g for p in pairs for g in (p.first_grade, p.grade)} - set(known))
    return (*known, *extra)


def _table(
    name: str, title: str, columns: tuple[str, ...], rows: Iterable[tuple[Value, ...]]
) -> ReportTable:
    return ReportTable(name, title, columns, tuple(rows))


def agreement_tables(
    pairs: Sequence[AuditPair], tz: ZoneInfo, scale: Sequence[str] = DEFAULT_SCALE
) -> tuple[ReportTable, ...]:
    ordinal = ordinal_scale(pairs, scale)
    blind = [p for p in pairs if p.kind == "blind"]
    gold = [p for p in pairs if p.kind == "gold"]
    grades = [(p.first_grade, p.grade) for p in pairs]

    # Fleiss: each unit's grades — its first (or the supervisor's gold) and every other.
    per_unit: dict[str, list[str]] = {}
    for p in pairs:
        per_unit.setdefault(p.lpn, [p.first_grade]).append(p.grade)

    n, same = share_agreed(grades)
    summary = _table(
        "agreement_summary",
        "Grader agreement (blind audits)",
        ("Figure", "Value"),
        (
            ("Blind audits", len(blind)),
            ("Gold calibration grades", len(gold)),
            ("Agreement %", _percent(same, n)),
            ("Weighted kappa (quadratic), all pairs", kappa_value(weighted_kappa(grades, ordinal))),
            ("Fleiss' kappa, all graders", kappa_value(fleiss_kappa(per_unit.values(), ordinal))),
        ),
    )

    by_clerk: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_pair: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    by_category: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_hour: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for p in pairs:
        g = (p.first_grade, p.grade)
        by_clerk[p.first_grader].append(g)
        if p.grader != p.first_grader:
            by_clerk[p.grader].append(g)
        # an unordered pair of graders; grades kept in the same order as their names
        if p.first_grader <= p.grader:
            by_pair[(p.first_grader, p.grader)].append(g)
        else:
            by_pair[(p.grader, p.first_grader)].append((p.grade, p.first_grade))
        by_category[p.category].append(g)
        by_hour[p.graded_at.astimezone(tz).strftime("%H:00")].append(g)

    def agreement(groups: dict[str, list[tuple[str, str]]]) -> list[tuple[Value, ...]]:
        rows: list[tuple[Value, ...]] = []
        for key in sorted(groups):
            count, agreed = share_agreed(groups[key])
            rows.append((key, count, agreed, _percent(agreed, count)))
        return rows

    pair_rows: list[tuple[Value, ...]] = []
    for (a, b), graded in sorted(by_pair.items()):
        count, agreed = share_agreed(graded)
        kappa = kappa_value(weighted_kappa(graded, ordinal))
        pair_rows.append((a, b, count, _percent(agreed, count), kappa))
    category_rows = [
        (*row, kappa_value(weighted_kappa(by_category[str(row[0])], ordinal)))
        for row in agreement(by_category)
    ]
    differing = n - same
    confusion_rows = [
        (f"{hi} ↔ {lo}", count, _percent(count, differing))
        for hi, lo, count in confusions(grades, ordinal)
    ]
    gold_rows: list[tuple[Value, ...]] = []
    by_gold_clerk: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for p in gold:
        by_gold_clerk[p.grader].append((p.first_grade, p.grade))
    for clerk in sorted(by_gold_clerk):
        count, agreed = share_agreed(by_gold_clerk[clerk])
        gold_rows.append((clerk, count, agreed, _percent(agreed, count)))

    agreement_columns = ("Audits", "Agreed", "Agreement %")
    return (
        summary,
        _table("agreement_clerks", "Agreement per clerk", ("Clerk", *agreement_columns),
               agreement(by_clerk)),
        _table("agreement_pairs", "Agreement per pair of clerks",
               ("Clerk", "Other clerk", "Audits", "Agreement %", "Weighted kappa"), pair_rows),
        _table("agreement_categories", "Agreement per category",
               ("Category", *agreement_columns, "Weighted kappa"), category_rows),
        _table("agreement_confusions", "Most frequent grade confusions",
               ("Grades", "Times", "Share of disagreements %"), confusion_rows),
        _table("agreement_hours", "Agreement by hour of the shift",
               ("Hour", *agreement_columns), agreement(by_hour)),
        _table("agreement_gold", "Gold set: clerks against the supervisor's grade",
               ("Clerk", "Gold units", "Agreed", "Agreement %"), gold_rows),
    )  # fmt: skip

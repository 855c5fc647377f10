"""Reason analytics: which products' defect returns stand out from their category's."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

from receiving_desk.services.report_tables import ReportFacts, build_tables
from receiving_desk.services.reports import Drill, ReasonCount


def outliers(reasons: list[ReasonCount]) -> list[tuple[object, ...]]:
    tables = build_tables(ReportFacts(reasons=reasons), ZoneInfo("UTC"))
    return [row for table in tables if table.name == "reason_outliers" for row in table.rows]


def test_a_product_with_far_more_defect_returns_than_its_category_stands_out() -> None:
    facts = [
        ReasonCount("EL-1", "Earbuds", "electronics", "defective", 9),
        ReasonCount("EL-1", "Earbuds", "electronics", "changed_mind", 1),
        *(
            ReasonCount(f"EL-{n}", f"Thing {n}", "electronics", "changed_mind", 9)
            for n in range(2, 8)
        ),
        *(ReasonCount(f"EL-{n}", f"Thing {n}", "electronics", "defective", 1) for n in range(2, 8)),
        ReasonCount("AP-1", "Jacket", "apparel", "size_fit", 20),
    ]
    rows = outliers(facts)
    assert [r[0] for r in rows] == ["EL-1"]
    _, _, category, units, defects, own, base = rows[0]
    assert (category, units, defects, own) == ("electronics", 10, 9, Decimal("90.0"))
    assert base == Decimal("21.4")  # 15 of the category's 70 units
    table = build_tables(ReportFacts(reasons=facts), ZoneInfo("UTC"))[-4]
    assert table.name == "reason_outliers" and table.drill_at(0, 3) == Drill("product", "EL-1")


def test_few_returns_or_an_ordinary_share_do_not_stand_out() -> None:
    facts = [
        ReasonCount("EL-1", "Earbuds", "electronics", "defective", 2),  # too few to tell
        ReasonCount("EL-2", "Speaker", "electronics", "defective", 3),
        ReasonCount("EL-2", "Speaker", "electronics", "changed_mind", 7),
        ReasonCount("EL-3", "Charger", "electronics", "defective", 3),
        ReasonCount("EL-3", "Charger", "electronics", "changed_mind", 7),
    ]
    assert outliers(facts) == []

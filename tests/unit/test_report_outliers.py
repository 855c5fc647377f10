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
    tables = build_tables(ReportFacts(reasons=facts), ZoneInfo("UTC"))
    table = next(t for t in tables if t.name == "reason_outliers")
    assert table.drill_at(0, 3) == Drill("product", "EL-1")


def test_few_returns_or_an_ordinary_share_do_not_stand_out() -> None:
    facts = [
        ReasonCount("EL-1", "Earbuds", "electronics", "defective", 2),  # too few to tell
        ReasonCount("EL-2", "Speaker", "electronics", "defective", 3),
        ReasonCount("EL-2", "Speaker", "electronics", "changed_mind", 7),
        ReasonCount("EL-3", "Charger", "electronics", "defective", 3),
        ReasonCount("EL-3", "Charger", "electronics", "changed_mind", 7),
    ]
    assert outliers(facts) == []


def test_csv_cells_that_would_be_formulas_are_neutralised() -> None:
    import csv
    import io

    from receiving_desk.adapters.reports import csv_export

    attacks = ['=HYPERLINK("http://evil.example","x")', "+1+cmd|' /C calc'!A0", "-2+3",
               "@SUM(A1:A9)", "\tTAB", "\rCR"]  # fmt: skip
    for cell in attacks:
        assert csv_export.neutralised(cell) == "'" + cell
    for kept in ("-12.50", "+3", "1e-5", "Ana Lima", "BIN-A-01", "", "a=b"):
        assert csv_export.neutralised(kept) == kept  # data, not formulas
    raw = csv_export._csv_bytes(("Customer", "Value"), [[a, "-1.00"] for a in attacks])
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert all(r[0].startswith("'") and r[1] == "-1.00" for r in rows[1:])

"""Every kind of bad reference row is named with its line and column, and every problem of a
row is found (not only the first)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from receiving_desk.domain.reference_rows import (
    BinRecord,
    Checker,
    CustomerRecord,
    Kind,
    Problem,
    ProductRecord,
    RmaLineRecord,
)

CATEGORIES = ("electronics", "home")
PRODUCT = {
    "sku": "EL-1",
    "description": "Earbuds",
    "category": "electronics",
    "unit_value": "19.99",
    "home_bin": "BIN-A",
    "gtins": "9506000000015",
}
LINE = {
    "rma_number": "RMA-1",
    "order_number": "SO-1",
    "customer_id": "C1",
    "order_date": "2026-11-01",
    "delivered_at": "2026-11-03T10:00:00+02:00",
    "line_no": "1",
    "sku": "EL-1",
    "quantity": "1",
    "reason": "defective",
    "tracking_numbers": "TRK-1 TRK-2",
}


def _problems(kind: Kind, *rows: dict[str, str], **known: set[str]) -> list[tuple[int, str, str]]:
    checker = Checker(
        CATEGORIES,
        customers=lambda c: c in known.get("customers", {"C1"}),
        skus=lambda s: s in known.get("skus", {"EL-1"}),
    )
    checked = checker.check(kind, [(n + 2, row) for n, row in enumerate(rows)])
    return [(p.line, p.column, p.message) for p in checked.problems]


def test_good_rows_become_records() -> None:
    checker = Checker(CATEGORIES, customers=lambda c: True, skus=lambda s: True)
    products = checker.check(Kind.PRODUCTS, [(2, PRODUCT | {"unit_value": "19,99"})])
    assert products.records == [
        ProductRecord("EL-1", "Earbuds", "electronics", 1999, "BIN-A", ("09506000000015",))
    ]
    lines = checker.check(Kind.RMAS, [(2, LINE)])
    assert lines.records == [
        RmaLineRecord(
            "RMA-1", "SO-1", "C1", date(2026, 11, 1), datetime(2026, 11, 3, 8, tzinfo=UTC),
            1, "EL-1", 1, "defective", "", None, ("TRK-1", "TRK-2"),
        )
    ]  # fmt: skip
    customers = checker.check(Kind.CUSTOMERS, [(2, {"id": "C1", "name": "Ana", "tier": "GOLD"})])
    assert customers.records == [CustomerRecord("C1", "Ana", "gold")]
    bins = checker.check(Kind.BINS, [(2, {"code": "BIN-A", "zone": "sellable"})])
    assert bins.records == [BinRecord("BIN-A", "sellable", "")]


@pytest.mark.parametrize(
    ("change", "column", "message"),
    [
        ({"gtins": "9506000000014"}, "gtins", "9506000000014: check digit 4, expected 5"),
        ({"gtins": "950600001"}, "gtins", "'950600001' is not a GTIN"),
        ({"category": "gadgets"}, "category", "'gadgets' is not a category of the rules"),
        ({"unit_value": "12.345"}, "unit_value", "'12.345' is not an amount"),
        ({"unit_value": "-1"}, "unit_value", "'-1' is not an amount"),
        ({"sku": " "}, "sku", "empty"),
        ({"home_bin": ""}, "home_bin", "empty"),
        ({"sku": "X" * 65}, "sku", "longer than 64 characters"),
    ],
)
def test_each_bad_product_cell_is_named(change: dict[str, str], column: str, message: str) -> None:
    [(line, col, text)] = _problems(Kind.PRODUCTS, PRODUCT | change)
    assert (line, col) == (2, column) and text.startswith(message)


@pytest.mark.parametrize(
    ("change", "column", "message"),
    [
        ({"order_date": "01/11/2026"}, "order_date", "'01/11/2026' is not a date (YYYY-MM-DD)"),
        ({"delivered_at": "2026-11-03 10:00"}, "delivered_at", "'2026-11-03 10:00' has no time"),
        ({"delivered_at": "2026-10-30T10:00Z"}, "delivered_at", "before the order date"),
        ({"quantity": "0"}, "quantity", "'0' is not a whole number of 1 or more"),
        ({"line_no": "one"}, "line_no", "'one' is not a whole number"),
        ({"reason": "meh"}, "reason", "'meh' is not one of "),
        ({"customer_id": "C9"}, "customer_id", "'C9' is not a known customer"),
        ({"sku": "NOPE"}, "sku", "'NOPE' is not a known product"),
    ],
)
def test_each_bad_rma_cell_is_named(change: dict[str, str], column: str, message: str) -> None:
    [(line, col, text)] = _problems(Kind.RMAS, LINE | change)
    assert (line, col) == (2, column) and text.startswith(message)


def test_tiers_and_zones_are_checked() -> None:
    assert _problems(Kind.CUSTOMERS, {"id": "C1", "name": "A", "tier": "bronze"}) == [
        (2, "tier", "'bronze' is not one of gold, platinum, silver, standard")
    ]
    assert _problems(Kind.BINS, {"code": "B", "zone": "attic"})[0][:2] == (2, "zone")


def test_every_problem_of_a_row_is_reported() -> None:
    bad = PRODUCT | {"category": "gadgets", "unit_value": "abc", "gtins": "123"}
    assert [c for _, c, _ in _problems(Kind.PRODUCTS, bad)] == ["category", "unit_value", "gtins"]


def test_duplicate_keys_name_the_first_line_even_when_that_row_is_bad() -> None:
    problems = _problems(
        Kind.PRODUCTS, PRODUCT | {"category": "x"}, PRODUCT | {"gtins": ""}, PRODUCT | {"gtins": ""}
    )
    assert problems[1:] == [
        (3, "sku", "EL-1 already on line 2"),
        (4, "sku", "EL-1 already on line 2"),
    ]
    lines = _problems(Kind.RMAS, LINE, LINE | {"line_no": "01"})
    assert lines == [(3, "rma_number/line_no", "RMA-1/1 already on line 2")]


def test_one_gtin_on_two_products_is_refused() -> None:
    problems = _problems(Kind.PRODUCTS, PRODUCT, PRODUCT | {"sku": "EL-2"})
    assert problems == [(3, "gtins", "09506000000015 already belongs to EL-1 on line 2")]


def test_lines_of_one_rma_must_agree_on_the_rma() -> None:
    second = LINE | {"line_no": "2", "order_number": "SO-2"}
    assert _problems(Kind.RMAS, LINE, second) == [
        (3, "order_number", "differs from line 2 of RMA-1")
    ]


def test_problem_text_is_file_line_column_problem() -> None:
    assert Problem(7, "tier", "bad").describe("c.csv") == "c.csv:7: tier: bad"
    assert Problem(1, "", "empty file").describe("c.csv") == "c.csv:1: empty file"

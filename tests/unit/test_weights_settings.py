"""What weighing is configured with: `[[scale]]` in the station file (each problem named with
its line), `[weights]` in the rules file, the products file's `weight_grams` column, and the
flags weights raise on a return."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from receiving_desk.config import ConfigError, load_config
from receiving_desk.domain.catalog import Product
from receiving_desk.domain.flags import FlagKind
from receiving_desk.domain.receipt import MatchStatus, ParcelReceipt, ReceivedUnit
from receiving_desk.domain.reference_kinds import Kind
from receiving_desk.domain.reference_rows import Checker, ProductRecord
from receiving_desk.domain.rma import (
    Customer,
    DeclaredLine,
    LoyaltyTier,
    ReturnAuthorization,
    ReturnReason,
)
from receiving_desk.domain.rules_file import RulesFileError, parse_rules
from receiving_desk.domain.weight_checks import weight_flags
from receiving_desk.domain.weights import WeightPolicy
from receiving_desk.resources import resource


def station(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_scale_is_read_from_the_station_file(tmp_path: Path) -> None:
    path = station(
        tmp_path,
        '[station]\nstation_id = "D1"\n\n[[scale]]\nname = "bench"\nprotocol = "continuous"\n'
        'usb_vid = "0403"\nusb_pid = 0x6001\nbaudrate = 2400\nsettle_ms = 1500\n',
    )
    (scale,) = load_config(path).scales
    assert (scale.name, scale.protocol, scale.usb_vid, scale.usb_pid) == (
        "bench", "continuous", 0x0403, 0x6001,
    )  # fmt: skip
    assert (scale.baudrate, scale.poll_ms, scale.settle_ms, scale.port) == (2400, 200, 1500, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[scale]]\nname = "a"\nport = "/x"\nprotocol = "sics"\n', "4: [[scale]] scale 'a':"),
        ('[[scale]]\nname = "a"\nport = "/x"\n\npoll_ms = 5\n', "5: [[scale]] scale 'a': poll_ms"),
        ('[[scale]]\nname = "a"\n', "1: [[scale]] scale 'a': set port or usb_vid"),
        ('[[scale]]\nname = "a"\nport = "/x"\ntare = 5\n', "4: [[scale]] unknown scale setting"),
        ('[[scale]]\nname = "a"\nport = "/x"\nbaudrate = "fast"\n', "4: [[scale]] scale 'a': baud"),
        (
            '[[scale]]\nname = "a"\nport = "/x"\n\n[[scale]]\nname = "a"\nport = "/y"\n',
            "6: [[scale]] 'a' is named twice",
        ),
        ("scale = 1\n", "1: scale must be written as [[scale]] tables"),
    ],
)
def test_a_bad_scale_setting_is_named_with_its_line(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = station(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(f"{path}:{expected}")


RULES = resource("rules", "returns.toml").read_text(encoding="utf-8")


def test_the_shipped_rules_give_each_category_its_weight_tolerance() -> None:
    weights = parse_rules(RULES, Path("returns.toml")).weights
    assert weights.expected(900, "apparel").tolerance == 135  # 15 %
    assert weights.expected(680, "books").tolerance == 34  # 5 %
    assert weights.expected(1600, "home").tolerance == 160  # the default 10 %
    assert weights.expected(40, "beauty").tolerance == 20  # never tighter than 20 g
    assert weights.packaging_grams == 250


@pytest.mark.parametrize(
    ("written", "wrong", "problem"),
    [
        ("tolerance_percent = 10 ", "tolerance_percent = 150 ", "must be 0..100 percent, not 150"),
        ("min_grams = 20 ", 'min_grams = "20 g" ', "'min_grams' must be a whole number of grams"),
        ("packaging_grams = 250 ", "packaging = 250 ", "unknown"),
        ("apparel = 15 ", "shoes = 15 ", "shoes"),
    ],
)
def test_a_bad_weights_section_is_named_with_its_line(
    written: str, wrong: str, problem: str
) -> None:
    assert RULES.count(written) == 1
    with pytest.raises(RulesFileError) as caught:
        parse_rules(RULES.replace(written, wrong), Path("returns.toml"))
    line = RULES[: RULES.index(written)].count("\n") + 1
    assert caught.value.line == line
    assert problem in caught.value.problem


def test_the_products_file_carries_an_optional_weight_per_unit() -> None:
    checker = Checker({"apparel"})
    base = {
        "sku": "AP-1", "description": "Jacket", "category": "apparel", "unit_value": "10.00",
        "home_bin": "BIN-1", "gtins": "",
    }  # fmt: skip
    rows = [{**base, "weight_grams": "900"}, {**base, "sku": "AP-2"}]
    rows.append({**base, "sku": "AP-3", "weight_grams": "0.9"})
    checked = checker.check(Kind.PRODUCTS, enumerate(rows, start=2))
    products = [r for r in checked.records if isinstance(r, ProductRecord)]
    assert [r.weight_grams for r in products] == [900, None]
    (problem,) = checked.problems
    assert (problem.line, problem.column) == (4, "weight_grams")
    assert "is not a weight in whole grams" in problem.message


JACKET = Product("AP-1", "Jacket", "apparel", Decimal(10), "BIN-1", (), weight_grams=900)
CABLE = Product("EL-9", "Cable", "electronics", Decimal(5), "BIN-2", ())  # no weight known
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def rma(*lines: DeclaredLine) -> ReturnAuthorization:
    customer = Customer("C1", "A", LoyaltyTier.STANDARD)
    return ReturnAuthorization("RMA-1", "SO-1", customer, date(2026, 11, 1), NOW, lines)


def unit(seq: int, product: Product, grams: int | None) -> ReceivedUnit:
    return ReceivedUnit(
        f"u{seq}", seq, "x", product.sku, None, 1, MatchStatus.MATCHED, NOW, "clerk",
        weighed_grams=grams,
    )  # fmt: skip


def lookup(sku: str) -> Product | None:
    return {p.sku: p for p in (JACKET, CABLE)}.get(sku)


def test_weights_raise_flags_with_their_evidence() -> None:
    policy = WeightPolicy(category_percent={"apparel": 15})
    receipt = ParcelReceipt("r1", "RMA-1", "D1", "clerk", NOW, "RMA-1", parcel_grams=5000)
    receipt.units = [unit(1, JACKET, 600), unit(2, JACKET, 910)]
    two = rma(DeclaredLine(1, "AP-1", 2, ReturnReason.SIZE_FIT))
    flags = weight_flags(receipt, two, lookup, policy)
    assert [(f.kind, f.unit_seq) for f in flags] == [
        (FlagKind.TOO_HEAVY, None),  # 1800 g + 250 g packaging ±15 %: a brick
        (FlagKind.TOO_LIGHT, 1),  # 600 g of a 900 g jacket
    ]
    assert flags[0].evidence == {
        "weighed": "parcel", "grams": 5000, "expected": 2050, "low": 1742, "high": 2358,
        "declared_lines": 1,
    }  # fmt: skip
    receipt.parcel_grams = 255
    assert next(f.kind for f in weight_flags(receipt, two, lookup, policy)) is FlagKind.EMPTY_BOX


def test_nothing_is_judged_without_a_catalog_weight() -> None:
    receipt = ParcelReceipt("r1", "RMA-1", "D1", "clerk", NOW, "RMA-1", parcel_grams=10)
    receipt.units = [unit(1, CABLE, 5000)]
    mixed = rma(
        DeclaredLine(1, "AP-1", 1, ReturnReason.SIZE_FIT),
        DeclaredLine(2, "EL-9", 1, ReturnReason.DEFECTIVE),
    )
    assert weight_flags(receipt, mixed, lookup, WeightPolicy()) == []
    assert weight_flags(receipt, None, lookup, WeightPolicy()) == []  # a blind receipt

"""The site's own codes always scan: every bin, badge, RMA and LPN the demo, the tests and a
station's [barcodes] patterns produce is read back as what it is, at the steps it is scanned."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from receiving_desk.config import ConfigError, StationConfig, load_config
from receiving_desk.domain.barcodes import DeskPatterns, make_lpn
from receiving_desk.domain.barcodes.site_codes import CodeKind, problem, unscannable
from receiving_desk.resources import resource
from tests.seed import CLERK, CLERK2, LOCATIONS, PRODUCTS, RMA1, RMA2, SUPERVISOR


def _column(name: str, column: str) -> list[str]:
    with resource("demo", name).open(encoding="utf-8", newline="") as f:
        return sorted({row[column] for row in csv.DictReader(f) if row[column]})


def test_the_demo_and_test_codes_scan_with_the_default_patterns() -> None:
    patterns = DeskPatterns()
    bins = {*_column("bins.csv", "code"), *_column("products.csv", "home_bin")}
    bins |= {loc.code for loc in LOCATIONS} | {p.home_bin for p in PRODUCTS}
    assert {"BIN-SCRAP-01", "BIN-STAGE-01"} <= bins  # the two the old pattern refused
    assert unscannable(CodeKind.BIN, sorted(bins), patterns) == []
    badges = [CLERK[0], CLERK2[0], SUPERVISOR[0]]
    assert unscannable(CodeKind.BADGE, badges, patterns) == []
    rmas = [*_column("rmas.csv", "rma_number"), RMA1, RMA2]
    assert unscannable(CodeKind.RMA, rmas, patterns) == []
    lpns = [make_lpn(n) for n in (1, 99_999_999)]
    assert unscannable(CodeKind.LPN, lpns, patterns) == []


def test_a_code_that_would_not_scan_is_named_with_the_pattern() -> None:
    patterns = DeskPatterns()
    found = problem(CodeKind.BIN, "SHELF-12", patterns)
    assert found is not None and (found.code, found.pattern) == ("SHELF-12", patterns.bin)
    assert "'SHELF-12'" in str(found) and repr(patterns.bin) in str(found)
    # A bin the PIN reader would swallow, a badge read as a bin at the badge step.
    assert problem(CodeKind.BIN, "PIN-SHELF", patterns).read_as == "pin"  # type: ignore[union-attr]
    # Patterns that overlap: the desk takes the scan for a badge before a bin.
    badge_like_bin = DeskPatterns(badge=r"BIN-[A-Z]{2}")
    assert problem(CodeKind.BIN, "BIN-AB", badge_like_bin).read_as == "badge"  # type: ignore[union-attr]
    assert problem(CodeKind.BIN, "BIN-A-01", badge_like_bin) is None
    tight = DeskPatterns(bin=r"BIN-\d{2}")
    assert problem(CodeKind.BIN, "BIN-SCRAP-01", tight).read_as == "unknown"  # type: ignore[union-attr]


def test_barcodes_section_sets_the_patterns(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text(
        'lpn_prefix = "LPB"\n\n[barcodes]\nbin = "BIN-[A-Z0-9-]{1,20}"\n'
        'badge_pin_separator = "*"\n',
        encoding="utf-8",
    )
    patterns = load_config(path, environ={}).patterns
    assert patterns.bin == "BIN-[A-Z0-9-]{1,20}" and patterns.badge_pin_separator == "*"
    assert patterns.lpn.startswith("LPB") and patterns.pin_prefix == "PIN-"
    assert StationConfig().patterns.bin == DeskPatterns().bin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[barcodes]\nbin = "BIN-("\n', ":2: [barcodes] bin pattern 'BIN-('"),
        ('[barcodes]\n\nshelf = "S-.*"\n', ":3: [barcodes] unknown setting 'shelf'"),
        ("[barcodes]\nbadge = 7\n", ":2: [barcodes] badge must be a string"),
        ('barcodes = "BIN-.*"\n', ":1: [barcodes] must be a table"),
    ],
)
def test_a_bad_pattern_is_named_with_its_line(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    assert str(caught.value).startswith(f"{path}{expected}")

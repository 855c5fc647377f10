"""`receiving-desk import ...` into the local store: real files, real SQLite."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import bootstrap
from receiving_desk.cli import main
from receiving_desk.config import load_config
from receiving_desk.domain.barcodes import DeskPatterns

DATA = Path(__file__).parent.parent / "data" / "import"


def _run(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "store"), "import", *args])


def _rows(tmp_path: Path, table: str) -> list[tuple[object, ...]]:
    engine = create_engine(f"sqlite:///{tmp_path / 'store' / 'desk.sqlite3'}")
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(select(t.metadata.tables[table]))]
    engine.dispose()
    return sorted(rows, key=repr)


def _import_all(tmp_path: Path) -> None:
    for kind in ("customers", "products", "bins", "rmas"):
        assert _run(tmp_path, kind, str(DATA / f"{kind}.csv")) == 0


def test_sample_files_import_and_a_second_import_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _import_all(tmp_path)
    first = {name: _rows(tmp_path, name) for name in ("products", "product_gtins", "rma_lines")}
    assert len(first["products"]) == 4 and len(first["product_gtins"]) == 4
    # the BOM, ';' and a description spanning two lines inside quotes
    assert (
        "EL-10002",
        "Bluetooth speaker\n(outdoor)",
        "electronics",
        8900,
        "BIN-A-01-02",
        None,  # no weight_grams column: the weight is not known
    ) in first["products"]
    assert len(first["rma_lines"]) == 3 and _rows(tmp_path, "rma_tracking") == [
        ("1Z999AA10123456784", "RMA-2026-500001")
    ]
    capsys.readouterr()
    _import_all(tmp_path)
    out = capsys.readouterr().out
    assert out.count(", 0 rows changed") == 4, out
    assert {name: _rows(tmp_path, name) for name in first} == first
    # Every import is audited, with the rows it changed (none the second time).
    audited = [r for r in _rows(tmp_path, "audit_log") if r[4] == "reference_imported"]
    assert len(audited) == 8
    changes = sorted((r[6]["kind"], r[6]["changed"]) for r in audited)
    assert [c for c in changes if c[1] == 0] == sorted(
        (k, 0) for k in ("customers", "products", "bins", "rmas")
    )


def test_a_changed_row_updates_its_record(tmp_path: Path) -> None:
    _import_all(tmp_path)
    changed = tmp_path / "products.csv"
    text = (DATA / "products.csv").read_text(encoding="utf-8-sig")
    # a new price and one GTIN dropped from the speaker
    text = (
        text.replace("59,90", "54,90").replace("|00614141000029", "").replace("|614141000029", "")
    )
    changed.write_text(text, encoding="utf-8")
    assert _run(tmp_path, "products", str(changed)) == 0
    earbuds = ("EL-10001", "Wireless earbuds, black", "electronics", 5490, "BIN-A-01-01", None)
    assert earbuds in _rows(tmp_path, "products")
    assert [g for g, sku in _rows(tmp_path, "product_gtins") if sku == "EL-10002"] == [
        "09506001000021"
    ]


def test_a_file_with_problems_imports_nothing_and_names_every_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "customers.csv"
    bad.write_text("id;name;tier\nC1;Ana;gold\nC2;;bronze\nC1;Ana again;silver\n", "utf-8")
    assert _run(tmp_path, "customers", str(bad)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{bad}:3: name: empty",
        f"{bad}:3: tier: 'bronze' is not one of gold, platinum, silver, standard",
        f"{bad}:4: id: C1 already on line 2",
        f"{bad}: customers (csv), 3 rows: 3 problems, nothing imported",
    ]
    assert _rows(tmp_path, "customers") == []


def test_skip_bad_rows_imports_the_good_ones_and_says_what_was_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "customers.csv"
    bad.write_text("id,name,tier\nC1,Ana,gold\nC2,Bo,bronze\n", "utf-8")
    assert _run(tmp_path, "customers", str(bad), "--skip-bad-rows") == 0
    captured = capsys.readouterr()
    assert f"{bad}:3: tier:" in captured.err
    assert "skipped 1 bad row on lines 3" in captured.out
    assert _rows(tmp_path, "customers") == [("C1", "Ana", "gold")]


def test_dry_run_checks_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tmp_path, "bins", str(DATA / "bins.csv"), "--dry-run") == 0
    assert "6 valid, dry run: nothing written" in capsys.readouterr().out
    assert _rows(tmp_path, "locations") == []


def test_rma_lines_need_known_customers_and_products(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(tmp_path, "rmas", str(DATA / "rmas.csv")) == 1
    err = capsys.readouterr().err
    assert f"{DATA / 'rmas.csv'}:2: customer_id: 'C10001' is not a known customer" in err
    assert f"{DATA / 'rmas.csv'}:4: sku: 'HM-10004' is not a known product" in err


def test_shopify_product_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, "products", str(DATA / "shopify_products_export.csv")) == 0
    assert "(shopify-products), 3 rows" in capsys.readouterr().out
    assert _rows(tmp_path, "products") == [
        # Variant Grams: the weight the desk checks a returned unit against
        (
            "FW-20001-42-BLK",
            "Trail running shoe / 42 / Black",
            "footwear",
            11900,
            "BIN-F-01-01",
            780,
        ),
        (
            "FW-20001-43-BLK",
            "Trail running shoe / 43 / Black",
            "footwear",
            11900,
            "BIN-F-01-01",
            800,
        ),
        ("HM-20002", "Ceramic mug set", "home", 2450, "BIN-H-02-03", 1600),
    ]
    assert ("00614141000036", "HM-20002") in _rows(tmp_path, "product_gtins")


def test_shopify_problems_name_the_exports_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "products_export.csv"
    text = (DATA / "shopify_products_export.csv").read_text(encoding="utf-8")
    export.write_text(text.replace("9506002000020", "9506002000021"), encoding="utf-8")
    assert _run(tmp_path, "products", str(export)) == 1
    assert (
        f"{export}:3: Variant Barcode: 9506002000021: check digit 1, expected 0"
        in capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", ":1: empty file: a header row is needed"),
        (b"id,name\nC1,Ana\n", ":1: missing column(s): tier"),
        (b"id,name,tier\nC1,Ana,gold\nC2,Bo,gold,extra\n", ":3: 4 cells, the header has 3"),
        (b"id,name,tier\nC1,Ana,gold\nC2,Jos\xe9,gold\n", ":3: not UTF-8 text"),
    ],
)
def test_a_file_that_is_no_table_is_named_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, problem: str
) -> None:
    path = tmp_path / "customers.csv"
    path.write_bytes(content)
    assert _run(tmp_path, "customers", str(path)) == 1
    assert f"{path}{problem}" in capsys.readouterr().err


def test_line_numbers_count_lines_inside_quoted_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bins.csv"
    shutil.copy(DATA / "bins.csv", path)
    with path.open("a", encoding="utf-8") as f:
        f.write('BIN-Q,sellable,"two\nlines"\nBIN-R,attic,\n')
    assert _run(tmp_path, "bins", str(path)) == 1
    assert f"{path}:10: zone: 'attic'" in capsys.readouterr().err


def test_codes_the_desk_could_not_scan_are_refused_by_line_and_the_desk_still_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bin, a product's home bin or an RMA number the site's [barcodes] patterns would not
    scan is a problem of its row: nothing of the file is written, so the store never holds a
    code that would stop the desk's start; with the pattern widened the same files import."""
    _import_all(tmp_path)
    before = {name: _rows(tmp_path, name) for name in ("locations", "products", "rmas")}
    files = tmp_path / "files"
    files.mkdir()
    bins = files / "bins.csv"
    bins.write_text("code,zone\nBIN-D-01,sellable\nSHELF-12,sellable\n", encoding="utf-8")
    products = files / "products.csv"
    products.write_text(
        "sku,description,category,unit_value,home_bin\nEL-10001,Earbuds,electronics,59.90,"
        "shelf-9\n",
        encoding="utf-8",
    )
    rmas = files / "rmas.csv"
    text = (DATA / "rmas.csv").read_text("utf-8").replace("RMA-2026-500002", "RMA-26-0002")
    rmas.write_text(text, encoding="utf-8")
    capsys.readouterr()
    for kind, path in (("bins", bins), ("products", products), ("rmas", rmas)):
        assert _run(tmp_path, kind, str(path)) == 1, kind
    err = capsys.readouterr().err
    bin_pattern, rma_pattern = DeskPatterns().bin, DeskPatterns().rma
    assert (
        f"{bins}:3: code: bin 'SHELF-12' cannot be scanned at this desk: the site's bin pattern "
        f"is {bin_pattern}"
    ) in err
    assert f"{products}:2: home_bin: bin 'shelf-9' cannot be scanned" in err
    assert (
        f"{rmas}:4: rma_number: RMA number 'RMA-26-0002' cannot be scanned at this desk: the "
        f"site's RMA pattern is {rma_pattern}"
    ) in err
    assert "nothing imported" in err and "BIN-D-01" not in err  # the good row was not named
    assert {name: _rows(tmp_path, name) for name in before} == before
    # The desk starts on that store: nothing it holds is unscannable.
    station = tmp_path / "station.toml"
    station.write_text('[station]\nstation_id = "DESK-01"\n', encoding="utf-8")
    config = load_config(station, tmp_path / "store", environ={})
    bootstrap(config, hasher=Argon2PinHasher(pepper=b"p" * 32)).close()
    # A site whose shelves and RMA numbers are so says it in [barcodes]: the files import.
    station.write_text(
        '[station]\nstation_id = "DESK-01"\n\n[barcodes]\n'
        "bin = '(?:BIN|SHELF|shelf)-[A-Za-z0-9]{1,8}(?:-[A-Z0-9]{1,8}){0,3}'\n"
        "rma = 'RMA-(?:\\d{4}-\\d{6}|\\d{2}-\\d{4})'\n",
        encoding="utf-8",
    )
    wide = ["--config", str(station), "--data-dir", str(tmp_path / "store"), "import"]
    for kind, path in (("bins", bins), ("products", products), ("rmas", rmas)):
        assert main([*wide, kind, str(path)]) == 0, (kind, capsys.readouterr().err)
    codes = {r[0] for r in _rows(tmp_path, "locations")} | {
        r[4] for r in _rows(tmp_path, "products")
    }
    assert {"SHELF-12", "shelf-9"} <= codes
    assert "RMA-26-0002" in {r[0] for r in _rows(tmp_path, "rmas")}

"""`receiving-desk admin bins add|import|labels`: bins by an admin through the import path
(refusals audited), and bin labels in batches, as PDF pages whose barcodes scan back to the
bin codes, or as ZPL."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
import zxingcpp
from sqlalchemy import select

from receiving_desk.adapters.printing.png import rasterize
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import bootstrap
from receiving_desk.cli import main
from receiving_desk.config import StationConfig
from receiving_desk.services.demo_data import load_demo_data


@pytest.fixture
def store(tmp_path: Path) -> Path:
    config = StationConfig(station_id="BIN-01", data_dir=tmp_path, log_dir=tmp_path, sound=False)
    services = bootstrap(config)
    try:
        load_demo_data(services.uow_factory, services.hasher, services.clock.now())
    finally:
        services.close()
    return tmp_path


def _run(store: Path, monkeypatch: pytest.MonkeyPatch, pins: str, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(pins))
    return main(["--data-dir", str(store), "admin", *args])


def _table(store: Path, query: object) -> list[tuple[object, ...]]:
    config = StationConfig(station_id="BIN-01", data_dir=store, log_dir=store, sound=False)
    services = bootstrap(config)
    try:
        with services.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(query)]  # type: ignore[call-overload]
    finally:
        services.close()


def test_bins_added_and_imported_by_an_admin_only(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    admin = ("--as", "BADGE-A001", "bins")
    assert (
        _run(
            store,
            monkeypatch,
            "333333\n",
            *admin,
            "add",
            "--code",
            "BIN-Z-01",
            "--zone",
            "open_box",
        )
        == 0
    )
    assert (
        _run(store, monkeypatch, "333333\n", *admin, "add", "--code", "BIN-Z-02", "--zone", "attic")
        == 1
    )
    assert "zone: 'attic' is not one of" in capsys.readouterr().err
    clerk = ("--as", "BADGE-C001", "bins", "add", "--code", "BIN-Z-03", "--zone", "scrap")
    assert _run(store, monkeypatch, "111111\n", *clerk) == 1
    assert "not allowed for the role clerk" in capsys.readouterr().err
    csv = tmp_path / "bins.csv"
    csv.write_text("code;zone;description\nBIN-Y-01;repair;Bench 2\nBIN-Y-02;nowhere;\n", "utf-8")
    assert _run(store, monkeypatch, "333333\n", *admin, "import", str(csv)) == 1
    assert f"{csv}:3: zone: 'nowhere'" in capsys.readouterr().err
    assert _run(store, monkeypatch, "333333\n", *admin, "import", str(csv), "--skip-bad-rows") == 0

    loc = t.locations
    codes = ["BIN-Z-01", "BIN-Z-02", "BIN-Z-03", "BIN-Y-01", "BIN-Y-02"]
    rows = _table(store, select(loc.c.code, loc.c.zone).where(loc.c.code.in_(codes)))
    assert sorted(rows) == [("BIN-Y-01", "repair"), ("BIN-Z-01", "open_box")]
    audit = _table(store, select(t.audit_log.c.action, t.audit_log.c.subject))
    assert ("bin_added", "BIN-Z-01") in audit and ("refused", "BIN-Z-03") in audit
    assert ("bins_imported", str(csv)) in audit


def test_bin_labels_in_batches(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    out = tmp_path / "labels.pdf"
    zone = ("bins", "labels", "--zone", "open_box", "--dpi", "300")
    assert _run(store, monkeypatch, "", *zone, "--out", str(out), "--batch", "1") == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{tmp_path / 'labels-001.pdf'}: 1 bin label",
        f"{tmp_path / 'labels-002.pdf'}: 1 bin label",
    ]
    assert _run(store, monkeypatch, "", *zone, "--out", str(out)) == 0
    pages = rasterize(out.read_bytes(), 300)
    found = [[r.text for r in zxingcpp.read_barcodes(page)] for page in pages]
    assert found == [["BIN-OB-01"], ["BIN-OB-02"]]
    zpl = tmp_path / "labels.zpl"
    assert _run(store, monkeypatch, "", *zone, "--format", "zpl", "--out", str(zpl)) == 0
    data = zpl.read_bytes()
    assert data.count(b"^XA") == 2 and b"BIN-OB-01" in data and b"BIN-OB-02" in data
    assert (
        _run(store, monkeypatch, "", "bins", "labels", "--zone", "nowhere", "--out", str(zpl)) == 1
    )
    assert "no bins to label" in capsys.readouterr().err

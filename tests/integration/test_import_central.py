"""The same files imported into the central database (real PostgreSQL), then pulled by a desk;
a second import changes nothing centrally, so the next pull brings nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, select

from receiving_desk.adapters.central import reference_schema as c
from receiving_desk.adapters.central.schema import audit_entries
from receiving_desk.adapters.store import tables as t
from receiving_desk.cli import main
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import open_desk, runner

pytestmark = pytest.mark.postgres
DATA = Path(__file__).parent.parent / "data" / "import"
FILES = (
    ("customers", "customers.csv"),
    ("products", "products.csv"),
    ("products", "shopify_products_export.csv"),
    ("bins", "bins.csv"),
    ("rmas", "rmas.csv"),
)


def _import(url: URL, tmp_path: Path, kind: str, path: Path) -> int:
    central = url.render_as_string(hide_password=False)
    return main(
        ["--data-dir", str(tmp_path / "cli"), "import", kind, str(path), "--central-url", central]
    )


def _xids(engine: Engine) -> dict[str, list[int]]:
    with engine.connect() as conn:
        return {
            table.name: sorted(conn.execute(select(table.c.change_xid)).scalars())
            for table in (
                c.customers,
                c.products,
                c.product_gtins,
                c.rmas,
                c.rma_lines,
                c.locations,
            )
        }


def test_files_into_central_reach_a_desk_by_the_pull(
    central_url: URL, central_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind, name in FILES:
        assert _import(central_url, tmp_path, kind, DATA / name) == 0, capsys.readouterr().err
    desk = open_desk(tmp_path / "desk", "DESK-IMP")
    try:
        pulled = runner(desk, central_engine).pull()
        assert pulled.upserted["products"] == 7 and pulled.upserted["rma_lines"] == 3  # all new
        with desk.uow_factory() as uow:
            rma = uow.rmas.by_tracking("1Z999AA10123456784")
            assert rma is not None and rma.rma_number == "RMA-2026-500001"
            assert rma.customer.tier == "gold" and [line.sku for line in rma.lines] == [
                "EL-10001",
                "AP-10003",
            ]
            shoe = uow.catalog.by_gtin("09506002000020")
            assert shoe is not None and shoe.description == "Trail running shoe / 43 / Black"
            bin_ = uow.inventory.location("BIN-OB-01")
            assert bin_ is not None and bin_.zone == "open_box"

        before = _xids(central_engine)
        capsys.readouterr()
        for kind, name in FILES:
            assert _import(central_url, tmp_path, kind, DATA / name) == 0
        assert capsys.readouterr().out.count(", 0 rows changed") == len(FILES)
        # Untouched rows keep their change_xid: a desk's pull has nothing new from them. (How
        # many rows a pull re-reads also depends on other transactions running in the
        # cluster, so that count is not asserted.)
        assert _xids(central_engine) == before
        # Each import is audited centrally, in the merge's transaction, with what it changed.
        with central_engine.connect() as conn:
            audited = conn.execute(
                select(audit_entries.c.action, audit_entries.c.details).order_by(audit_entries.c.at)
            ).all()
        assert [a for a, _ in audited] == ["reference_imported"] * 2 * len(FILES)
        assert [d["kind"] for _, d in audited] == [k for k, _ in FILES] * 2
        assert all(d["changed"] == 0 for _, d in audited[len(FILES) :])
        assert audited[0][1]["changed"] > 0 and audited[0][1]["file"].endswith("customers.csv")

        changed = tmp_path / "customers.csv"
        changed.write_text(
            (DATA / "customers.csv")
            .read_text("utf-8")
            .replace("Maria Garcia,gold", "Maria Garcia,silver"),
            "utf-8",
        )
        assert _import(central_url, tmp_path, "customers", changed) == 0
        assert runner(desk, central_engine).pull().upserted["customers"] >= 1
        with desk.engine.connect() as conn:
            tier = conn.execute(select(t.customers.c.tier).where(t.customers.c.id == "C10001"))
            assert tier.scalar_one() == "silver"
    finally:
        desk.close()


def test_a_bad_file_writes_nothing_centrally(
    central_url: URL, central_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _import(central_url, tmp_path, "customers", DATA / "customers.csv") == 0
    assert _import(central_url, tmp_path, "products", DATA / "products.csv") == 0
    bad = tmp_path / "rmas.csv"
    text = (DATA / "rmas.csv").read_text("utf-8")
    bad.write_text(text.replace("changed_mind", "bored"), "utf-8")
    assert _import(central_url, tmp_path, "rmas", bad) == 1
    assert f"{bad}:4: reason: 'bored' is not one of" in capsys.readouterr().err
    with central_engine.connect() as conn:
        assert conn.execute(select(c.rmas.c.rma_number)).all() == []
        kinds = conn.execute(select(audit_entries.c.details["kind"].astext)).scalars().all()
        assert sorted(kinds) == ["customers", "products"]  # the refused file left no entry

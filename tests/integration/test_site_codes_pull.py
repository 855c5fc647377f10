"""A reference pull that would bring a bin or a badge the desk could not scan is refused whole,
with the code and the pattern named; the desk keeps what it had until it is corrected (the
code centrally, or the site's [barcodes] pattern)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, delete, insert, select, update

from receiving_desk.adapters.central import schema
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.adapters.central.syncer import Syncer
from receiving_desk.adapters.store import tables as t
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.site_codes import CodeKind, UnscannableCodesError
from receiving_desk.services.sync import SyncState
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import fast_hasher, open_desk, runner, seed_central
from tests.integration.printer_fixtures import wait_until
from tests.seed import MUG

pytestmark = pytest.mark.postgres


def _local(engine: Engine) -> tuple[set[str], set[str], str]:
    with engine.connect() as conn:
        bins = set(conn.execute(select(t.locations.c.code)).scalars())
        badges = set(conn.execute(select(t.users.c.badge)).scalars())
        mug = conn.execute(
            select(t.products.c.description).where(t.products.c.sku == MUG.sku)
        ).scalar_one()
    return bins, badges, mug


def test_a_pull_bringing_an_unscannable_bin_is_refused_whole(
    central_engine: Engine, tmp_path: Path
) -> None:
    seed_central(central_engine)
    desk = open_desk(tmp_path / "d1", "DESK-01")
    try:
        runner(desk, central_engine).pull()
        before = _local(desk.engine)
        with central_engine.begin() as conn:
            conn.execute(insert(schema.locations).values(code="SHELF-12", zone="sellable"))
            conn.execute(
                update(schema.products)
                .where(schema.products.c.sku == MUG.sku)
                .values(description="Mug set, blue")
            )
        for _ in range(2):  # refused again until corrected: nothing of it was kept
            with pytest.raises(UnscannableCodesError) as refused:
                runner(desk, central_engine).pull()
            (found,) = refused.value.problems
            assert (found.kind, found.code, found.pattern) == (
                CodeKind.BIN,
                "SHELF-12",
                DeskPatterns().bin,
            )
            assert "'SHELF-12'" in str(refused.value) and DeskPatterns().bin in str(refused.value)
            assert _local(desk.engine) == before  # the product change waits with the bin

        # A site whose shelves are named so says it in its [barcodes] pattern: accepted.
        shelves = DeskPatterns(bin=r"(?:BIN|SHELF)-[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){0,3}")
        runner(desk, central_engine, patterns=shelves).pull()
        bins, _, mug = _local(desk.engine)
        assert "SHELF-12" in bins and mug == "Mug set, blue"
    finally:
        desk.close()


def test_an_unscannable_badge_is_refused_and_a_corrected_one_arrives(
    central_engine: Engine, tmp_path: Path
) -> None:
    seed_central(central_engine)
    desk = open_desk(tmp_path / "d1", "DESK-01")
    try:
        runner(desk, central_engine).pull()
        user = {"id": "U-NEW", "name": "Kim", "role": "clerk", "pin_hash": fast_hasher().hash("0")}
        with central_engine.begin() as conn:
            conn.execute(insert(schema.users).values(badge="c-0042", **user))
        with pytest.raises(UnscannableCodesError) as refused:
            runner(desk, central_engine).pull()
        assert [(p.kind, p.code) for p in refused.value.problems] == [(CodeKind.BADGE, "c-0042")]
        with central_engine.begin() as conn:
            conn.execute(
                update(schema.users).where(schema.users.c.id == "U-NEW").values(badge="BADGE-K42")
            )
        runner(desk, central_engine).pull()
        assert "BADGE-K42" in _local(desk.engine)[1]
    finally:
        desk.close()


def test_the_syncer_shows_the_refused_code_and_recovers(
    central_engine: Engine, central_url: URL, tmp_path: Path
) -> None:
    seed_central(central_engine)
    desk = open_desk(tmp_path / "d1", "DESK-01")
    url = central_url.render_as_string(hide_password=False)
    settings = CentralSettings(
        url=url,
        sslmode="disable",  # the test server speaks no TLS
        pull_interval_s=0.2,
        backoff_base_s=0.1,
        backoff_cap_s=0.2,
    )
    syncer = Syncer(desk.engine, settings, "DESK-01", desk.clock, patterns=DeskPatterns())
    try:
        syncer.start()
        wait_until(lambda: syncer.status().last_pull_at is not None, timeout=30)
        with central_engine.begin() as conn:
            conn.execute(insert(schema.locations).values(code="bin-7", zone="sellable"))
        wait_until(lambda: bool(syncer.status().refused_codes), timeout=30)
        status = syncer.status()
        assert status.state is SyncState.OFFLINE
        assert [(p.code, p.read_as) for p in status.refused_codes] == [("bin-7", "unknown")]
        with central_engine.begin() as conn:
            conn.execute(delete(schema.locations).where(schema.locations.c.code == "bin-7"))
        wait_until(
            lambda: syncer.status().state is SyncState.ONLINE and not syncer.status().refused_codes,
            timeout=30,
        )
        assert "bin-7" not in _local(desk.engine)[0]
    finally:
        syncer.stop()
        desk.close()

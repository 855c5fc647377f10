"""A reference pull that would bring a bin, a badge or an open RMA the desk could not scan is
refused whole, with the codes (how many, the first few) and the pattern named; the desk keeps
what it had until it is corrected (the code centrally, or the site's [barcodes] pattern)."""

from __future__ import annotations

import contextlib
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine, delete, insert, select, update

from receiving_desk.adapters.central import schema
from receiving_desk.adapters.central.cli import sync_cli
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.adapters.central.syncer import Syncer
from receiving_desk.adapters.store import tables as t
from receiving_desk.config import load_config
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.barcodes.site_codes import CodeKind, UnscannableCodesError
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.users import Role, Session
from receiving_desk.services.sync import SyncState
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_worker import fast_hasher, open_desk, runner, seed_central
from tests.integration.printer_fixtures import wait_until
from tests.seed import GOLD, MUG

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
        sslmode="disable",  # the test server speaks no TLS
        url=url,
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


ODD_RMAS = [f"RMA-26-{n:04d}" for n in range(1, 6)]  # the merchant's new numbering


def _add_rmas(central: Engine, numbers: list[str], status: str = "open") -> None:
    with central.begin() as conn:
        for number in numbers:
            conn.execute(
                insert(schema.rmas).values(
                    rma_number=number, order_number=f"SO-{number}", customer_id=GOLD.id,
                    order_date=date(2026, 1, 5), delivered_at=datetime(2026, 1, 8, tzinfo=UTC),
                    status=status,
                )
            )  # fmt: skip
            conn.execute(
                insert(schema.rma_lines).values(
                    rma_number=number, line_no=1, sku=MUG.sku, quantity=1, reason="damaged"
                )
            )


def _rma_numbers(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(select(t.rmas.c.rma_number)).scalars())


def test_open_rmas_the_slips_would_not_find_refuse_the_pull_counted_and_named(
    central_engine: Engine, central_url: URL, tmp_path: Path
) -> None:
    """Five open RMAs whose numbers the site's RMA pattern does not take: the syncer's pull,
    the `sync` command and the administrator's pull from the setup page are each refused
    whole, naming how many and the first three; a cancelled one is never scanned again."""
    seed_central(central_engine)
    desk = open_desk(tmp_path / "d1", "DESK-01")
    try:
        runner(desk, central_engine).pull()
        before, rmas_before = _local(desk.engine), _rma_numbers(desk.engine)
        _add_rmas(central_engine, ODD_RMAS)
        _add_rmas(central_engine, ["RMA-OLD-7"], status="cancelled")
        with central_engine.begin() as conn:
            conn.execute(
                update(schema.products)
                .where(schema.products.c.sku == MUG.sku)
                .values(description="Mug set, blue")
            )
        with pytest.raises(UnscannableCodesError) as refused:
            runner(desk, central_engine).pull()
        assert [(p.kind, p.code) for p in refused.value.problems] == [
            (CodeKind.RMA, n) for n in ODD_RMAS
        ]
        said = str(refused.value)
        assert said.startswith("reference pull refused: 5 codes cannot be scanned: rma ")
        assert all(f"'{n}'" in said for n in ODD_RMAS[:3]) and "; and 2 more" in said
        assert ODD_RMAS[3] not in said and repr(DeskPatterns().rma) in said
        assert (_local(desk.engine), _rma_numbers(desk.engine)) == (before, rmas_before)

        # The administrator's pull from the setup page: the same refusal, as the desk's known
        # error with the facts a screen words, audited; nothing applied either.
        admin = Session("U-ADMIN", "Admin", Role.ADMIN, "DESK-01", datetime.now(UTC))
        values = {"url": central_url.render_as_string(hide_password=False), "sslmode": "disable"}
        assert desk.admin is not None
        with pytest.raises(DeskError) as by_hand:
            desk.admin.setup.pull_reference(admin, values)
        assert by_hand.value.code is ErrorCode.SITE_CODES_REFUSED
        assert by_hand.value.params == {
            "kind": "rma", "code": ODD_RMAS[0], "pattern": DeskPatterns().rma, "count": 5,
            "codes": ODD_RMAS[:3],
        }  # fmt: skip
        with desk.engine.connect() as conn:
            audited = conn.execute(
                select(t.audit_log.c.user_id, t.audit_log.c.details).where(
                    t.audit_log.c.action == "reference_pull_refused"
                )
            ).all()
        assert [(u, d["count"], d["codes"]) for u, d in audited] == [("U-ADMIN", 5, ODD_RMAS[:3])]
        assert (_local(desk.engine), _rma_numbers(desk.engine)) == (before, rmas_before)
    finally:
        desk.close()

    # The command line says the same and exits 1; the store still has what it had.
    station = tmp_path / "station.toml"
    url = central_url.render_as_string(hide_password=False)
    station.write_text(
        f'[station]\nstation_id = "DESK-01"\n\n[central]\nurl = "{url}"\nsslmode = "disable"\n',
        encoding="utf-8",
    )
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert sync_cli([], load_config(station, tmp_path / "d1", environ={}), io.StringIO()) == 1
    assert "reference pull refused: 5 codes cannot be scanned" in err.getvalue()
    assert f"'{ODD_RMAS[0]}'" in err.getvalue()

    # The site says its new numbering in [barcodes]: the same pull is taken, RMAs and all.
    numbering = DeskPatterns(rma=r"RMA-(?:\d{4}-\d{6}|\d{2}-\d{4})")
    desk = open_desk(tmp_path / "d1", "DESK-01")
    try:
        runner(desk, central_engine, patterns=numbering).pull()
        assert set(ODD_RMAS) | {"RMA-OLD-7"} <= _rma_numbers(desk.engine)
        assert _local(desk.engine)[2] == "Mug set, blue"
    finally:
        desk.close()

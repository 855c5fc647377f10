"""`receiving-desk central endpoints|sites|dead-letters|relay` on a real PostgreSQL, and the
fan-out when a real desk pushes its outbox as the least-privilege desk role."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import URL, create_engine

from receiving_desk.adapters.central import roles
from receiving_desk.adapters.central.cli import central_cli
from receiving_desk.adapters.central.relay import signing
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import admin_connect, libpq
from tests.integration.central_worker import clerk, open_desk, run_returns, runner, seed_central
from tests.integration.relay_fixtures import Receiver, Request, emit, serve
from tests.seed import EARBUDS, MUG, RMA1

pytestmark = pytest.mark.postgres


def _cli(url: URL, *argv: str, stdin: str = "") -> tuple[int, str]:
    from receiving_desk.adapters.central.relay.cli import relay_cli

    out = io.StringIO()
    full = [*argv, "--url", url.render_as_string(hide_password=False), "--by", "ops"]
    code = (
        relay_cli(full, out, io.StringIO(stdin)) if argv[0] != "relay" else central_cli(full, out)
    )
    return code, out.getvalue()


@pytest.fixture
def receiver() -> Iterator[tuple[Receiver, str]]:
    hook = Receiver(policy=lambda r, n: (200, True))
    for server in serve(hook):
        yield hook, server.url


def test_endpoints_sites_and_dead_letters_from_the_command_line(
    central_url: URL, receiver: tuple[Receiver, str], capsys: pytest.CaptureFixture[str]
) -> None:
    hook, target = receiver
    code, text = _cli(central_url, "endpoints", "add", "crm", "--target", target,
                      "--event", "received", "--site", "AMS", "--max-attempts", "1")  # fmt: skip
    assert code == 0 and "signing secret (shown once): whsec_" in text
    hook.secrets.append(text.rsplit(" ", 1)[1].strip())
    assert _cli(central_url, "sites", "assign", "AMS", "DESK-01")[0] == 0
    code, text = _cli(central_url, "endpoints", "rotate-secret", "crm", "--secret-stdin",
                      stdin="whsec_mine\n")  # fmt: skip
    assert code == 0 and "whsec_mine" in text and "for 24 h" in text
    code, listing = _cli(central_url, "endpoints", "list")
    assert "crm\twebhook\tenabled" in listing and "events=received" in listing
    assert "sites=AMS" in listing and "secrets=2" in listing
    with psycopg.connect(libpq(central_url), autocommit=True) as db:
        emit(db, "RMA-CLI", ["received"])
    code, text = _cli(central_url, "relay", "--once")
    assert code == 0
    assert "1 delivered, 0 failed" in capsys.readouterr().out
    (request,) = hook.requests
    assert request.signature.count("v1=") == 2  # new and old secret during the overlap
    signing.verify(request.signature, request.body, ["whsec_mine"])
    assert _cli(central_url, "endpoints", "disable", "crm") == (0, "endpoint crm disabled\n")
    shop = ("endpoints", "add", "shop", "--kind", "shopify", "--target", target)
    assert _cli(central_url, *shop)[0] == 2  # the access token must be given
    code, text = _cli(central_url, *shop, "--config", "map.refurbish=BROKEN", "--secret-stdin",
                      stdin="shpat_x\n")  # fmt: skip
    assert code == 2
    assert _cli(central_url, *shop, "--secret-stdin", stdin="shpat_x\n") == (
        0, "endpoint shop added with its access token\n")  # fmt: skip
    code, text = _cli(central_url, "endpoints", "disable", "nope")
    assert code == 2
    with psycopg.connect(libpq(central_url), autocommit=True) as db:
        actions = db.execute("SELECT actor, action FROM relay_audit ORDER BY id").fetchall()
    assert actions == [("ops", "endpoint_added"), ("ops", "site_assigned"),
                       ("ops", "secret_rotated"), ("ops", "endpoint_disabled"),
                       ("ops", "endpoint_added")]  # fmt: skip


def test_dead_letters_are_listed_redriven_and_discarded_from_the_command_line(
    central_url: URL, receiver: tuple[Receiver, str]
) -> None:
    hook, target = receiver
    refusing = {"RMA-D1", "RMA-D2"}

    def picky(r: Request, _n: int) -> tuple[int, bool]:
        return (400, False) if r.doc["return"]["key"] in refusing else (200, True)

    hook.policy = picky
    code, text = _cli(central_url, "endpoints", "add", "erp", "--target", target,
                      "--max-attempts", "1", "--event", "received")  # fmt: skip
    hook.secrets.append(text.rsplit(" ", 1)[1].strip())
    with psycopg.connect(libpq(central_url), autocommit=True) as db:
        for key in ("RMA-D1", "RMA-D2", "RMA-OK"):
            emit(db, key, ["received"])
    assert _cli(central_url, "relay", "--once")[0] == 0
    code, text = _cli(central_url, "dead-letters", "list")
    lines = sorted(text.splitlines(), key=lambda line: line.split("\t")[2])
    assert [line.split("\t")[2] for line in lines] == ["RMA-D1#1", "RMA-D2#1"]
    assert "status=400" in lines[0] and "HTTP 400" in lines[0]
    first, second = (line.split("\t")[0] for line in lines)
    refusing.clear()
    assert _cli(central_url, "dead-letters", "redrive", first) == (0, "1 dead letters re-driven\n")
    code, text = _cli(central_url, "dead-letters", "discard", second, "--reason", "test order")
    assert (code, text) == (0, "1 discarded\n")
    assert _cli(central_url, "relay", "--once")[0] == 0
    assert {d["return"]["key"] for d in hook.effects.values()} == {"RMA-D1", "RMA-OK"}
    assert _cli(central_url, "dead-letters", "list") == (0, "")


def test_a_desk_pushing_as_its_own_role_fans_events_out(central_url: URL, tmp_path: Path) -> None:
    group, login = f"rd_relay_g_{uuid.uuid4().hex[:8]}", f"rd_relay_d_{uuid.uuid4().hex[:8]}"
    engine = create_engine(central_url)
    try:
        seed_central(engine)
        with engine.begin() as conn:
            made = roles.desk_role_sql(group, str(central_url.database), login, "DESK-01", "NORTH")
            for statement in made:
                conn.exec_driver_sql(statement.as_string(None))
            conn.exec_driver_sql(
                "INSERT INTO relay_endpoints (id, kind, url, max_attempts, backoff_base_s, "
                "backoff_cap_s, timeout_s, concurrency) "
                "VALUES ('all', 'webhook', 'http://127.0.0.1:9/', 3, 1, 2, 1, 1)"
            )
        desk_engine = create_engine(central_url.set(username=login))
        desk = open_desk(tmp_path / "d1", "DESK-01")
        try:
            runner(desk, desk_engine).pull()
            run_returns(desk, clerk("DESK-01"), [(RMA1, [EARBUDS.sku, MUG.sku])])
            assert runner(desk, desk_engine).push_all() > 0
        finally:
            desk.close()
            desk_engine.dispose()
        with engine.connect() as conn:
            events = conn.exec_driver_sql("SELECT count(*) FROM status_events").scalar()
            rows = conn.exec_driver_sql(
                "SELECT count(*), min(return_seq), max(return_seq) FROM relay_deliveries"
            ).one()
            stream = conn.exec_driver_sql("SELECT pending FROM relay_streams").scalar()
        assert events and tuple(rows) == (events, 1, events) and stream == events
    finally:
        engine.dispose()
        with admin_connect(central_url) as conn:
            conn.execute(f'DROP OWNED BY "{login}", "{group}"')
            conn.execute(f'DROP ROLE "{login}"')
            conn.execute(f'DROP ROLE "{group}"')

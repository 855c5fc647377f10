"""Delivery guarantees of the relay on a real PostgreSQL and a real local HTTP receiver:
order per return under failures and two relays at once, exactly-once effect at a receiver
that deduplicates by idempotency key, dead letters and re-drive, an endpoint down for an
hour of events (an injected clock) and back."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest
from sqlalchemy import URL

from receiving_desk.adapters.central.relay import admin
from receiving_desk.adapters.central.relay.admin import EndpointSpec
from receiving_desk.adapters.central.relay.relay import Relay, RelaySettings
from receiving_desk.adapters.central.relay.transport import Transport
from receiving_desk.adapters.central.relay.webhook import WebhookSender
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import libpq
from tests.integration.relay_fixtures import TYPES, FakeClock, Receiver, Request, emit, serve

pytestmark = pytest.mark.postgres


@pytest.fixture
def conninfo(central_url: URL) -> str:
    return libpq(central_url)


@pytest.fixture
def db(conninfo: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        yield conn


def _relay(conninfo: str, name: str, clock: FakeClock | None = None, **kw: Any) -> Relay:
    settings = RelaySettings(**kw)
    if clock is None:
        sender = WebhookSender(Transport())
        return Relay(conninfo, {"webhook": sender}, settings, name, rng=random.Random(name))
    sender = WebhookSender(Transport(), clock.seconds)
    return Relay(conninfo, {"webhook": sender}, settings, name, clock, random.Random(name))


def _seqs(receiver: Receiver) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for key, seq in receiver.applied_order:
        out.setdefault(key, []).append(seq)
    return out


def _only_heads_were_sent(receiver: Receiver) -> None:
    """Every request of a return was its next undelivered event: nothing overtook."""
    accepted: dict[str, int] = {}
    for r in receiver.requests:
        key, seq = r.doc["return"]["key"], r.doc["return"]["seq"]
        assert seq == accepted.get(key, 0) + 1, (key, seq, accepted.get(key))
        if r.status < 300:
            accepted[key] = seq


def test_two_relays_keep_order_per_return_with_a_receiver_failing_30_percent(
    db: psycopg.Connection[Any], conninfo: str
) -> None:
    dice = random.Random(30)

    def flaky(_r: Request, _n: int) -> tuple[int, bool]:
        return (503, False) if dice.random() < 0.3 else (200, True)

    receiver = Receiver(policy=flaky)
    returns, stop = [f"RMA-C{i:03d}" for i in range(80)], threading.Event()
    total = len(returns) * len(TYPES)
    for server in serve(receiver):
        spec = EndpointSpec(
            "shop",
            "webhook",
            server.url,
            max_attempts=1000,
            concurrency=4,
            backoff_base_s=0.01,
            backoff_cap_s=0.05,
        )
        receiver.secrets.append(admin.add_endpoint(db, spec, "tester"))
        relays = [_relay(conninfo, f"relay-{n}", workers=6, poll_s=0.2) for n in (1, 2)]
        threads = [threading.Thread(target=r.run, args=(stop,)) for r in relays]
        for t in threads:
            t.start()
        try:
            for i, key in enumerate(returns):  # committed while the relays run
                emit(db, key, TYPES[:2])
                if i:  # the rest of the previous return, interleaved with this one's start
                    emit(db, returns[i - 1], TYPES[2:])
            emit(db, returns[-1], TYPES[2:])
            receiver.wait_for(lambda r: len(r.effects) == total)
        finally:
            stop.set()
            for t in threads:
                t.join(30)
            for r in relays:
                r.close()
    assert receiver.duplicates == 0 and receiver.bad_signatures == 0
    assert receiver.max_concurrent_per_key == 1  # never sent twice at once
    assert _seqs(receiver) == {key: [1, 2, 3, 4, 5] for key in returns}
    _only_heads_were_sent(receiver)
    failed = sum(1 for r in receiver.requests if r.status >= 300)
    assert failed > 0.2 * len(receiver.requests)  # the receiver did fail about 30 %
    assert all(r.delivered > 0 for r in relays)  # both relays delivered
    logged = db.execute("SELECT count(*) FROM relay_attempts WHERE outcome = 'failed'")
    assert logged.fetchone() == (failed,)  # every failed attempt is on record
    states = db.execute("SELECT state, count(*) FROM relay_deliveries GROUP BY state")
    assert states.fetchall() == [("delivered", total)]


def test_exactly_once_effect_when_acknowledgements_are_lost_and_a_relay_dies(
    db: psycopg.Connection[Any], conninfo: str
) -> None:
    dice = random.Random(7)

    def lossy(_r: Request, _n: int) -> tuple[int, bool]:
        return (500 if dice.random() < 0.3 else 200), True  # applied, but the reply is lost

    clock = FakeClock(datetime.now(UTC))
    receiver = Receiver(policy=lossy, clock=clock.seconds)
    for server in serve(receiver):
        spec = EndpointSpec(
            "refunds",
            "webhook",
            server.url,
            backoff_base_s=1,
            backoff_cap_s=2,
            max_attempts=1000,
            concurrency=20,
        )
        receiver.secrets.append(admin.add_endpoint(db, spec, "tester"))
        for i in range(20):
            emit(db, f"RMA-X{i:02d}")
        with _relay(conninfo, "dies", clock, lease_s=60, workers=20) as dying:
            lost = dying.deliver_due()  # sent, then the process dies before recording
            assert len(lost) == 20
            with _relay(conninfo, "takes-over", clock, lease_s=60) as other:
                assert other.step() == 0  # the leases still hold: nothing sent twice at once
                clock.advance(61)
                for _ in range(50):
                    other.step()
                    clock.advance(2)
                    if len(receiver.effects) == 100 and other.step() == 0:
                        break
            dying.record(lost)  # its late results change nothing: the leases were taken over
    assert len(receiver.effects) == 100 and receiver.duplicates > 0
    assert _seqs(receiver) == {f"RMA-X{i:02d}": [1, 2, 3, 4, 5] for i in range(20)}
    row = db.execute(
        "SELECT sum(pending), min(pending), bool_or(dead) FROM relay_streams"
    ).fetchone()
    assert row == (0, 0, False)
    states = db.execute("SELECT state, count(*) FROM relay_deliveries GROUP BY state")
    assert states.fetchall() == [("delivered", 100)]


def test_a_refused_event_is_dead_lettered_holds_its_return_only_and_is_redriven(
    db: psycopg.Connection[Any], conninfo: str
) -> None:
    refused = {("RMA-BAD", 2), ("RMA-GIVEUP", 1)}
    fixed = threading.Event()

    def picky(r: Request, _n: int) -> tuple[int, bool]:
        key = (r.doc["return"]["key"], r.doc["return"]["seq"])
        if key in refused and not fixed.is_set():
            return 422, False
        return 200, True

    clock = FakeClock(datetime.now(UTC))
    receiver = Receiver(policy=picky, clock=clock.seconds)
    for server in serve(receiver):
        spec = EndpointSpec(
            "crm", "webhook", server.url, max_attempts=3, backoff_base_s=1, backoff_cap_s=4
        )
        receiver.secrets.append(admin.add_endpoint(db, spec, "tester"))
        for key in ("RMA-OK", "RMA-BAD", "RMA-GIVEUP"):
            emit(db, key)
        with _relay(conninfo, "r1", clock) as relay:
            for _ in range(20):
                relay.step()
                clock.advance(5)
            letters = sorted(admin.dead_letters(db, "crm"), key=lambda d: d.return_key)
            assert [
                (d.return_key, d.return_seq, d.attempts, d.last_status, d.waiting_behind)
                for d in letters
            ] == [("RMA-BAD", 2, 3, 422, 3), ("RMA-GIVEUP", 1, 3, 422, 4)]
            assert _seqs(receiver) == {"RMA-OK": [1, 2, 3, 4, 5], "RMA-BAD": [1]}
            fixed.set()
            bad, give_up = letters
            assert admin.redrive(db, [bad.delivery_id], "supervisor") == 1
            assert admin.discard(db, [give_up.delivery_id], "supervisor", "not in the shop") == 1
            relay.drain()
    assert _seqs(receiver) == {
        "RMA-OK": [1, 2, 3, 4, 5],
        "RMA-BAD": [1, 2, 3, 4, 5],
        "RMA-GIVEUP": [2, 3, 4, 5],
    }
    _only_heads_were_sent_except_discarded(receiver)
    audit = db.execute(
        "SELECT actor, action, details->>'delivery_id' FROM relay_audit "
        "WHERE action <> 'endpoint_added' ORDER BY id"
    ).fetchall()
    assert set(audit[:2]) == {
        ("r1", "dead_lettered", str(bad.delivery_id)),
        ("r1", "dead_lettered", str(give_up.delivery_id)),
    }
    assert audit[2:] == [
        ("supervisor", "redriven", str(bad.delivery_id)),
        ("supervisor", "discarded", str(give_up.delivery_id)),
    ]
    assert admin.dead_letters(db) == []


def _only_heads_were_sent_except_discarded(receiver: Receiver) -> None:
    skip = {("RMA-GIVEUP", 1)}
    accepted: dict[str, int] = {}
    for r in receiver.requests:
        key, seq = r.doc["return"]["key"], r.doc["return"]["seq"]
        expected = accepted.get(key, 0) + 1
        if (key, expected) in skip and seq != expected:
            expected += 1
        assert seq == expected, (key, seq)
        if r.status < 300:
            accepted[key] = seq


def test_an_endpoint_down_for_an_hour_gets_every_event_in_order_when_back(
    db: psycopg.Connection[Any], conninfo: str
) -> None:
    down = threading.Event()
    down.set()

    def outage(_r: Request, _n: int) -> tuple[int, bool]:
        return (503, False) if down.is_set() else (200, True)

    clock = FakeClock(datetime.now(UTC))
    receiver = Receiver(policy=outage, clock=clock.seconds)
    keys = [f"RMA-H{i}" for i in range(6)]
    for server in serve(receiver):
        spec = EndpointSpec(
            "notify", "webhook", server.url, max_attempts=5, backoff_base_s=1, backoff_cap_s=60
        )
        receiver.secrets.append(admin.add_endpoint(db, spec, "tester"))
        with _relay(conninfo, "r1", clock) as relay:
            for minute in range(60):  # one event a minute for an hour, all refused
                emit(db, keys[minute % 6], [TYPES[(minute // 6) % len(TYPES)]])
                for _ in range(6):
                    relay.step()
                    clock.advance(10)
            during = len(receiver.requests)
            (status,) = [e for e in admin.list_endpoints(db) if e.id == "notify"]
            assert status.pending == 60 and status.dead == 0 and status.failures >= 30
            down.clear()
            for _ in range(30):
                relay.step()
                clock.advance(10)
                if len(receiver.effects) == 60:
                    break
    # Held back as a whole: about one probe per capped backoff, not one per event or return.
    assert 30 <= during <= 125
    assert len(receiver.effects) == 60 and receiver.duplicates == 0
    assert _seqs(receiver) == {k: list(range(1, 11)) for k in keys}
    assert admin.dead_letters(db) == []  # an outage is not the events' fault

"""The relay's webhooks against a real PostgreSQL and a real local HTTP receiver: the payload
matches its published JSON Schema, every request is signed, secrets rotate without a gap,
endpoints get only the event types and sites they subscribed to."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import jsonschema
import psycopg
import pytest
from sqlalchemy import URL

from receiving_desk.adapters.central.relay import admin, payload, signing
from receiving_desk.adapters.central.relay.admin import EndpointSpec
from receiving_desk.adapters.central.relay.relay import Relay
from receiving_desk.adapters.central.relay.transport import Transport
from receiving_desk.adapters.central.relay.webhook import WebhookSender
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import libpq
from tests.integration.relay_fixtures import TYPES, FakeClock, Receiver, Server, emit, serve

pytestmark = pytest.mark.postgres


@pytest.fixture
def conninfo(central_url: URL) -> str:
    return libpq(central_url)


@pytest.fixture
def db(conninfo: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        yield conn


def _relay(conninfo: str, clock: FakeClock | None = None) -> Relay:
    wall = clock.seconds if clock else None
    sender = WebhookSender(Transport(), wall) if wall else WebhookSender(Transport())
    if clock is None:
        return Relay(conninfo, {"webhook": sender}, relay_id="test-relay")
    return Relay(conninfo, {"webhook": sender}, relay_id="test-relay", clock=clock)


def _endpoint(db: psycopg.Connection[Any], name: str, server: Server, **kw: Any) -> str:
    return admin.add_endpoint(db, EndpointSpec(name, "webhook", server.url, **kw), "tester")


def test_events_arrive_signed_in_order_and_match_the_published_schema(
    db: psycopg.Connection[Any], conninfo: str
) -> None:
    receiver = Receiver()
    schema = payload.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for server in serve(receiver):
        receiver.secrets.append(_endpoint(db, "crm", server))
        emit(db, "RMA-1")
        emit(db, "RMA-2", ["received", "voided"])
        emit(db, "RMA-1", ["completed"])
        with _relay(conninfo) as relay:
            assert relay.drain() == len(TYPES) + 3
    assert receiver.bad_signatures == 0 and receiver.duplicates == 0
    assert len(receiver.effects) == len(TYPES) + 3
    for request in receiver.requests:
        validator.validate(request.doc)  # raises on any mismatch
        assert request.doc["id"] == request.key  # the body's id is the idempotency key
        assert request.signature.count("v1=") == 1
    by_return: dict[str, list[int]] = {}
    for key, seq in receiver.applied_order:
        by_return.setdefault(key, []).append(seq)
    assert by_return == {"RMA-1": [1, 2, 3, 4, 5, 6], "RMA-2": [1, 2]}
    first = next(r.doc for r in receiver.requests if r.doc["return"]["key"] == "RMA-1")
    assert first["type"] == "received" and first["data"] == {"station": "S-1", "clerk": "U-1"}
    assert first["return"]["rma"] == "RMA-1" and first["api_version"] == "1"
    rows = db.execute("SELECT state, count(*) FROM relay_deliveries GROUP BY state").fetchall()
    assert rows == [("delivered", len(TYPES) + 3)]
    left = db.execute("SELECT sum(pending), bool_or(dead) FROM relay_streams").fetchone()
    assert left == (0, False)


def test_a_wrong_or_stale_signature_is_refused_by_the_verification_function() -> None:
    body = b'{"id":"x"}'
    header = signing.sign(body, ["whsec_new", "whsec_old"], 1_800_000_000)
    assert signing.verify(header, body, ["whsec_old"], now=1_800_000_100) == 1_800_000_000
    with pytest.raises(signing.InvalidSignature, match="no signature matches"):
        signing.verify(header, body, ["whsec_other"], now=1_800_000_000)
    with pytest.raises(signing.InvalidSignature, match="no signature matches"):
        signing.verify(header, body + b" ", ["whsec_new"], now=1_800_000_000)
    with pytest.raises(signing.InvalidSignature, match="tolerance"):
        signing.verify(header, body, ["whsec_new"], now=1_800_000_000 + 301)
    with pytest.raises(signing.InvalidSignature, match="no timestamp"):
        signing.verify("v1=abc", body, ["whsec_new"])


def test_a_rotated_secret_signs_beside_the_old_one_until_the_overlap_ends(
    db: psycopg.Connection[Any], conninfo: str
) -> None:
    clock = FakeClock(datetime.now(UTC))
    old_side = Receiver(clock=clock.seconds)  # a receiver that has not switched yet
    new_side = Receiver(clock=clock.seconds)  # one that switched at once
    for old_server in serve(old_side):
        for new_server in serve(new_side):
            old = _endpoint(db, "old-side", old_server)
            old_side.secrets.append(old)
            new_side.secrets.append(_endpoint(db, "new-side", new_server))
            rotated = admin.rotate_secret(
                db, "old-side", "tester", timedelta(hours=24), now=clock()
            )
            new_side.secrets[:] = [
                admin.rotate_secret(db, "new-side", "tester", timedelta(hours=24), now=clock())
            ]
            assert rotated != old
            emit(db, "RMA-R1", ["received"])
            with _relay(conninfo, clock) as relay:
                relay.drain()
                assert len(old_side.effects) == len(new_side.effects) == 1
                assert old_side.requests[0].signature.count("v1=") == 2
                clock.advance(24 * 3600 + 1)  # the overlap is over: only the new secret signs
                emit(db, "RMA-R2", ["received"])
                relay.drain()
    assert old_side.bad_signatures >= 1 and len(old_side.effects) == 1  # refused, retried later
    assert new_side.bad_signatures == 0 and len(new_side.effects) == 2
    assert new_side.requests[-1].signature.count("v1=") == 1
    actions = db.execute(
        "SELECT action FROM relay_audit WHERE endpoint_id = 'old-side' ORDER BY id"
    )
    assert [a for (a,) in actions] == ["endpoint_added", "secret_rotated"]


def test_endpoints_get_only_their_event_types_and_sites(
    db: psycopg.Connection[Any], conninfo: str
) -> None:
    refunds, amsterdam, everything = Receiver(), Receiver(), Receiver()
    for s1 in serve(refunds):
        for s2 in serve(amsterdam):
            for s3 in serve(everything):
                refunds.secrets.append(
                    _endpoint(db, "refunds", s1, event_types=("refund_recommended", "voided"))
                )
                amsterdam.secrets.append(_endpoint(db, "ams", s2, sites=("AMS",)))
                everything.secrets.append(_endpoint(db, "all", s3))
                admin.assign_site(db, "AMS", ["DESK-A1", "DESK-A2"], "tester")
                emit(db, "RMA-A", desk_id="DESK-A1")
                emit(db, "RMA-B", desk_id="DESK-B1")
                emit(db, "RMA-C", ["received", "voided"], desk_id="DESK-A2")
                admin.set_enabled(db, "all", False, "tester")
                emit(db, "RMA-D", ["received"], desk_id="DESK-A2")  # not for the disabled one
                with _relay(conninfo) as relay:
                    relay.drain()

    def seen(r: Receiver) -> set[tuple[str, str]]:
        return {(d["return"]["key"], d["type"]) for d in r.effects.values()}

    assert seen(refunds) == {
        ("RMA-A", "refund_recommended"),
        ("RMA-B", "refund_recommended"),
        ("RMA-C", "voided"),
    }
    assert {k for k, _ in seen(amsterdam)} == {"RMA-A", "RMA-C", "RMA-D"}
    assert {d["site"] for d in amsterdam.effects.values()} == {"AMS"}
    assert everything.requests == []  # disabled before it was ever run: it keeps its backlog
    pending = db.execute("SELECT sum(pending) FROM relay_streams WHERE endpoint_id = 'all'")
    assert pending.fetchone() == (len(TYPES) * 2 + 2,)

"""The relay's least-privilege role: enough to deliver, retry and dead-letter; refused the
administration and everything the desks write."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import URL

from receiving_desk.adapters.central.relay import admin
from receiving_desk.adapters.central.relay.admin import EndpointSpec
from receiving_desk.adapters.central.relay.relay import Relay
from receiving_desk.adapters.central.relay.roles import relay_role_sql
from receiving_desk.adapters.central.relay.transport import Transport
from receiving_desk.adapters.central.relay.webhook import WebhookSender
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import admin_connect, libpq
from tests.integration.relay_fixtures import FakeClock, Receiver, Request, emit, serve

pytestmark = pytest.mark.postgres


@pytest.fixture
def relay_url(central_url: URL) -> Iterator[URL]:
    role = f"rd_relay_{uuid.uuid4().hex[:8]}"  # roles are cluster-wide: unique, dropped after
    assert central_url.database
    with admin_connect(central_url) as conn:
        for statement in relay_role_sql(role, central_url.database):
            conn.execute(statement)
    try:
        yield central_url.set(username=role, password=None)
    finally:
        with admin_connect(central_url) as conn:
            conn.execute(f'DROP OWNED BY "{role}"')
            conn.execute(f'DROP ROLE "{role}"')


def test_the_relay_role_delivers_retries_and_dead_letters_but_administers_nothing(
    central_url: URL, relay_url: URL
) -> None:
    def picky(r: Request, _n: int) -> tuple[int, bool]:
        return (410, False) if r.doc["return"]["key"] == "RMA-GONE" else (200, True)

    clock = FakeClock(datetime.now(UTC))
    receiver = Receiver(policy=picky, clock=clock.seconds)
    for server in serve(receiver):
        with psycopg.connect(libpq(central_url), autocommit=True) as owner:
            spec = EndpointSpec("crm", "webhook", server.url, max_attempts=2)
            receiver.secrets.append(admin.add_endpoint(owner, spec, "owner"))
            emit(owner, "RMA-OK")
            emit(owner, "RMA-GONE", ["received"])
        info = libpq(relay_url)
        sender = WebhookSender(Transport(), clock.seconds)
        with Relay(info, {"webhook": sender}, None, "r", clock, random.Random(2)) as relay:
            for _ in range(4):
                relay.step()
                clock.advance(5)
    assert len(receiver.effects) == 5
    with psycopg.connect(libpq(central_url), autocommit=True) as owner:
        (letter,) = admin.dead_letters(owner)
        assert letter.return_key == "RMA-GONE" and letter.last_status == 410
    with psycopg.connect(info, autocommit=True) as conn:
        for statement in (
            "INSERT INTO relay_endpoints (id, kind, url, max_attempts, backoff_base_s, "
            "backoff_cap_s, timeout_s, concurrency) VALUES ('x', 'webhook', 'http://x', 1, 1, "
            "1, 1, 1)",
            "INSERT INTO relay_secrets (endpoint_id, version, secret) VALUES ('crm', 9, 's')",
            "UPDATE relay_endpoints SET url = 'http://attacker.example/' WHERE id = 'crm'",
            "UPDATE relay_endpoints SET event_types = '{}'",
            "DELETE FROM relay_deliveries",
            "DELETE FROM relay_audit",
            "UPDATE status_events SET payload = '{}'",
            "SELECT * FROM inspections",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)

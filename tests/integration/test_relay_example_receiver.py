"""The receiver example of docs/webhooks.md, fed by the real relay: signatures checked, each
event applied once even when sent again, never an older event after a newer one."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import psycopg
import pytest
from sqlalchemy import URL

from receiving_desk.adapters.central.relay import admin, signing
from receiving_desk.adapters.central.relay.admin import EndpointSpec
from receiving_desk.adapters.central.relay.example_receiver import Receiver
from receiving_desk.adapters.central.relay.relay import Relay
from receiving_desk.adapters.central.relay.transport import Transport
from receiving_desk.adapters.central.relay.webhook import WebhookSender
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import libpq
from tests.integration.relay_fixtures import TYPES, emit

pytestmark = pytest.mark.postgres


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def example(tmp_path: Path) -> Iterator[tuple[Receiver, WSGIServer]]:
    app = Receiver(str(tmp_path / "receiver.sqlite"), [])
    server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield app, server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
        app.close()


def test_the_example_receiver_applies_each_event_once_and_in_order(
    central_url: URL, example: tuple[Receiver, WSGIServer]
) -> None:
    app, server = example
    url = f"http://127.0.0.1:{server.server_port}/hook"
    conninfo = libpq(central_url)
    with psycopg.connect(conninfo, autocommit=True) as db:
        app.secrets.append(admin.add_endpoint(db, EndpointSpec("ex", "webhook", url), "t"))
        emit(db, "RMA-E1")
        emit(db, "RMA-E2", ["received", "voided"])
        with Relay(conninfo, {"webhook": WebhookSender(Transport())}, relay_id="r") as relay:
            relay.drain()
    assert app.state() == {"RMA-E1": (5, "completed"), "RMA-E2": (2, "voided")}
    assert app.applied() == len(TYPES) + 2
    # A replay of an applied event, freshly signed, changes nothing; an older one is stale.
    first = {"id": "k-new", "type": "received", "return": {"key": "RMA-E1", "seq": 1}}
    assert app.apply(first) == "stale"
    transport = Transport()
    try:
        body = b'{"id":"k-x","type":"received","return":{"key":"RMA-E9","seq":1}}'
        signed = {signing.HEADER: signing.sign(body, app.secrets, int(time.time()))}
        assert transport.post(url, body, signed, 5).body == b'{"result": "applied"}'
        assert transport.post(url, body, signed, 5).body == b'{"result": "duplicate"}'
        forged = {signing.HEADER: signing.sign(body, ["whsec_wrong"], int(time.time()))}
        assert transport.post(url, body, forged, 5).status == 401
    finally:
        transport.close()
    assert app.applied() == len(TYPES) + 3

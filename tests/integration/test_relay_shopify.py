"""The Shopify adapter against a local server with Shopify's documented GraphQL shapes:
dispositions and refund recommendations land on the shop's return, exactly once, through
throttling, lost replies and a return split over two parcels."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest
from sqlalchemy import URL

from receiving_desk.adapters.central.relay import admin
from receiving_desk.adapters.central.relay.admin import EndpointSpec
from receiving_desk.adapters.central.relay.history import EventHistory
from receiving_desk.adapters.central.relay.relay import Relay
from receiving_desk.adapters.central.relay.shopify import ShopifySender
from receiving_desk.adapters.central.relay.transport import Transport
from tests.integration.central_fixtures import *  # noqa: F403
from tests.integration.central_fixtures import libpq
from tests.integration.relay_fixtures import FakeClock, Server, emit
from tests.integration.shopify_fake import PATH, FakeShop, shop_handler

pytestmark = pytest.mark.postgres
TOKEN = "shpat_test_token"
LOCATION = "gid://shopify/Location/7"


@pytest.fixture
def conninfo(central_url: URL) -> str:
    return libpq(central_url)


@pytest.fixture
def db(conninfo: str) -> Iterator[psycopg.Connection[Any]]:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        yield conn


@pytest.fixture
def shop() -> Iterator[tuple[FakeShop, str]]:
    fake = FakeShop(TOKEN)
    server = Server(shop_handler(fake))
    try:
        yield fake, f"http://127.0.0.1:{server.port}{PATH}"
    finally:
        server.close()


def _endpoint(db: psycopg.Connection[Any], url: str, **config: str) -> None:
    spec = EndpointSpec(
        "shopify", "shopify", url, backoff_base_s=1, backoff_cap_s=2,
        event_types=("disposition_decided", "refund_recommended", "completed"),
        config={"location_id": LOCATION, **config},
    )  # fmt: skip
    admin.add_endpoint(db, spec, "tester", secret=TOKEN)


def _run(conninfo: str, clock: FakeClock, rounds: int = 10) -> Relay:
    sender = ShopifySender(Transport(), EventHistory(conninfo))
    with Relay(conninfo, {"shopify": sender}, None, "r1", clock, random.Random(1)) as relay:
        for _ in range(rounds):
            relay.step()
            clock.advance(3)
    return relay


def _units(*units: tuple[str, str]) -> dict[str, Any]:
    return {"units": [{"unit_id": f"u{n}", "sku": s, "disposition": d}
                      for n, (s, d) in enumerate(units)]}  # fmt: skip


def _dispositions(fake: FakeShop, line: str) -> list[tuple[int, str, str | None]]:
    node = fake.rfo_line(f"gid://shopify/ReverseFulfillmentOrderLineItem/{line}")
    assert node is not None
    return sorted((d["quantity"], d["type"], d["location"]) for d in node["dispositions"])


def test_dispositions_refunds_and_missing_units_land_on_the_shop_return(
    db: psycopg.Connection[Any], conninfo: str, shop: tuple[FakeShop, str]
) -> None:
    fake, url = shop
    fake.add_return(1001, {"EL-00001": 2, "MUG-01": 2})
    fake.throttle_next = 1
    _endpoint(db, url, missing_on_complete="true", notify_customer="true")
    refund = {
        "units": [
            {"unit_id": "u0", "sku": "EL-00001", "refund": {"kind": "full", "percent": 100}},
            {"unit_id": "u1", "sku": "EL-00001", "refund": {"kind": "partial", "percent": 50}},
        ],
        "held_units": [{"unit_id": "u3", "sku": "XX-1", "match": "not_on_rma"}],
    }
    decided = _units(("EL-00001", "restock_new"), ("EL-00001", "refurbish"),
                     ("MUG-01", "destroy"), ("XX-1", "liquidate"))  # fmt: skip
    emit(db, "RMA-1001", ["received", "inspected", "disposition_decided", "refund_recommended",
                          "completed"], data={"disposition_decided": decided,
                                              "refund_recommended": refund})  # fmt: skip
    _run(conninfo, FakeClock(datetime.now(UTC)))
    assert _dispositions(fake, "10011") == [(1, "PROCESSING_REQUIRED", None),
                                            (1, "RESTOCKED", LOCATION)]  # fmt: skip
    assert _dispositions(fake, "10012") == [(1, "MISSING", None), (1, "NOT_RESTOCKED", None)]
    ret = fake.returns["gid://shopify/Return/1001"]
    processed = {n["id"]: n["processedQuantity"] for n in ret["returnLineItems"]["nodes"]}
    assert processed == {"gid://shopify/ReturnLineItem/10011": 2,
                         "gid://shopify/ReturnLineItem/10012": 0}  # fmt: skip
    assert ret["note"] == (
        "Receiving Desk refund recommendation: EL-00001: full 100%; EL-00001: partial 50%"
    )
    assert fake.calls[0] == "THROTTLED"  # retried after the backoff
    states = db.execute("SELECT state, count(*) FROM relay_deliveries GROUP BY state")
    assert states.fetchall() == [("delivered", 3)]  # only the subscribed event types
    failed = db.execute("SELECT error FROM relay_attempts WHERE outcome = 'failed'").fetchall()
    assert len(failed) == 1 and "THROTTLED" in failed[0][0]


def test_a_lost_reply_and_a_split_parcel_still_dispose_each_unit_once(
    db: psycopg.Connection[Any], conninfo: str, shop: tuple[FakeShop, str]
) -> None:
    fake, url = shop
    fake.add_return(2002, {"EL-00001": 2})
    fake.lose_reply_after = {"reverseFulfillmentOrderDispose", "returnProcess"}
    _endpoint(db, url)
    # Two parcels of the same return, one unit each, completed at two desks.
    first, second = _units(("EL-00001", "restock_new")), _units(("EL-00001", "recycle"))
    emit(db, "RMA-2002", ["disposition_decided"], data={"disposition_decided": first})
    emit(db, "RMA-2002", ["disposition_decided"], desk_id="DESK-02",
         data={"disposition_decided": second})  # fmt: skip
    refund = {"units": [{"unit_id": "u0", "sku": "EL-00001", "refund": None}], "held_units": []}
    emit(db, "RMA-2002", ["refund_recommended"], data={"refund_recommended": refund})
    _run(conninfo, FakeClock(datetime.now(UTC)))
    assert _dispositions(fake, "20021") == [(1, "NOT_RESTOCKED", None), (1, "RESTOCKED", LOCATION)]
    ret = fake.returns["gid://shopify/Return/2002"]
    assert ret["returnLineItems"]["nodes"][0]["processedQuantity"] == 1
    assert fake.calls.count("reverseFulfillmentOrderDispose") == 2  # the lost one, then #2
    assert fake.calls.count("returnProcess") == 1  # lost reply: read back, nothing left to do
    states = db.execute("SELECT state, count(*) FROM relay_deliveries GROUP BY state")
    assert states.fetchall() == [("delivered", 3)]


def test_a_return_the_shop_does_not_know_is_dead_lettered_while_others_go_on(
    db: psycopg.Connection[Any], conninfo: str, shop: tuple[FakeShop, str]
) -> None:
    fake, url = shop
    fake.add_return(3003, {"EL-00001": 1})
    spec = EndpointSpec(
        "shopify", "shopify", url, max_attempts=2, backoff_base_s=1, backoff_cap_s=1,
        event_types=("disposition_decided",), config={"location_id": LOCATION},
    )  # fmt: skip
    admin.add_endpoint(db, spec, "tester", secret=TOKEN)
    emit(db, "RMA-9999", ["disposition_decided"])  # no such return in the shop
    emit(db, "RMA-3003", ["disposition_decided"])
    _run(conninfo, FakeClock(datetime.now(UTC)))
    assert _dispositions(fake, "30031") == [(1, "RESTOCKED", LOCATION)]
    (letter,) = admin.dead_letters(db)
    assert letter.return_key == "RMA-9999" and letter.attempts == 2
    assert "no Shopify return gid://shopify/Return/9999 for RMA RMA-9999" in (
        letter.last_error or ""
    )


def test_without_a_location_restocking_is_refused_with_a_clear_error(
    db: psycopg.Connection[Any], conninfo: str, shop: tuple[FakeShop, str]
) -> None:
    fake, url = shop
    fake.add_return(4004, {"EL-00001": 1})
    spec = EndpointSpec("shopify", "shopify", url, event_types=("disposition_decided",))
    admin.add_endpoint(db, spec, "tester", secret=TOKEN)
    emit(db, "RMA-4004", ["disposition_decided"])
    _run(conninfo, FakeClock(datetime.now(UTC)), rounds=1)
    (error,) = db.execute("SELECT last_error FROM relay_deliveries").fetchone() or (None,)
    assert error == "location_id is not configured (needed to restock)"
    assert _dispositions(fake, "40041") == []

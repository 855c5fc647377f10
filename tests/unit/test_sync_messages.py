"""Typed desk events -> central rows and status events (pure logic, no database); version-1
payloads read and upgraded on the way."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from receiving_desk.adapters.central.messages import (
    EVENT_COLUMNS,
    INSPECTION_COLUMNS,
    CentralBatch,
    build_batch,
)
from receiving_desk.adapters.event_codec import Stored, UnknownTopic, deserialise, serialise
from receiving_desk.adapters.event_legacy import LocalFacts, LocalUnit
from receiving_desk.domain.events import (
    DeskEvent,
    Discrepancy,
    DispositionOverridden,
    ReturnCompleted,
    ReturnReceived,
    ReturnSetAside,
    ReturnVoided,
    UnitInspected,
    UnitOutcome,
    UnitWithdrawn,
)
from receiving_desk.domain.flags import FlagKind
from receiving_desk.domain.receipt import MatchStatus
from receiving_desk.domain.rules_model import Disposition, Refund, RefundKind

AT = datetime(2026, 11, 20, 9, tzinfo=UTC)
R1 = "11111111-1111-4111-8111-111111111111"


def stored(seq: int, event: DeskEvent) -> Stored:
    s = serialise(event)
    return Stored(f"m{seq}", seq, AT, s.topic, s.version, s.key, s.text)


def batch_of(desk: str, *events: DeskEvent) -> CentralBatch:
    messages = [stored(n, e) for n, e in enumerate(events, 1)]
    return build_batch(desk, [(m, deserialise(m)) for m in messages])


def _events(batch: CentralBatch) -> list[dict[str, object]]:
    return [dict(zip(EVENT_COLUMNS, e, strict=True)) for e in batch.events]


def outcome(unit: str, sku: str, match: MatchStatus, refund: Refund | None) -> UnitOutcome:
    return UnitOutcome(
        unit_id=unit,
        sku=sku,
        serial=None,
        match=match,
        grade="A",
        disposition=Disposition.RESTOCK_NEW,
        refund=refund,
    )


def received(rma: str | None) -> ReturnReceived:
    return ReturnReceived(
        receipt_id=R1,
        rma_number=rma,
        station_id="DESK-01",
        clerk_id="U-1",
        opened_at=datetime(2026, 11, 20, 8, tzinfo=UTC),
        scanned_code="RMA-1",
        blind=rma is None,
    )


def completed(
    rma: str | None, *units: UnitOutcome, flags: int = 0, grams: int | None = None
) -> ReturnCompleted:
    found = Discrepancy(
        flag_no=1,
        kind=FlagKind.EXTRA_ITEM,
        line_no=None,
        unit_seq=2,
        evidence=(("received_sku", "B"),),
    )
    return ReturnCompleted(
        receipt_id=R1,
        rma_number=rma,
        station_id="DESK-01",
        completed_by="U-1",
        completed_at=datetime(2026, 11, 20, 8, 5, tzinfo=UTC),
        flags=(found,) * flags,
        units=units,
        parcel_grams=grams,
    )


def test_a_whole_return_becomes_rows_and_ordered_events() -> None:
    batch = batch_of(
        "DESK-01",
        received("RMA-1"),
        completed(
            "RMA-1",
            outcome("u1", "A", MatchStatus.MATCHED, Refund(RefundKind.FULL, 100)),
            outcome("u2", "B", MatchStatus.NOT_ON_RMA, Refund(RefundKind.NONE, 0)),
            flags=1,
        ),
    )
    assert batch.receipts == [
        (
            R1,
            "RMA-1",
            "DESK-01",
            "U-1",
            datetime(2026, 11, 20, 8, tzinfo=UTC),
            "RMA-1",
            "m1",
            1,
        )
    ]
    assert batch.completions == [(R1, "m2", datetime(2026, 11, 20, 8, 5, tzinfo=UTC), "U-1", 2)]
    assert batch.completion_units == [
        (R1, 0, "u1", "A", "matched", "A", "restock_new", "full", 100),
        (R1, 1, "u2", "B", "not_on_rma", "A", "restock_new", "none", 0),
    ]
    assert batch.flags == [(R1, 1, "DESK-01", "extra_item", None, 2, '{"received_sku":"B"}')]
    events = _events(batch)
    assert [(e["message_id"], e["ordinal"], e["event_type"]) for e in events] == [
        ("m1", 0, "received"),
        ("m2", 0, "inspected"),
        ("m2", 1, "disposition_decided"),
        ("m2", 2, "refund_recommended"),
        ("m2", 3, "held_for_review"),
        ("m2", 4, "completed"),
    ]
    assert {e["return_key"] for e in events} == {"RMA-1"}
    assert json.loads(str(events[0]["payload"])) == {
        "receipt_id": R1,
        "rma": "RMA-1",
        "station": "DESK-01",
        "clerk": "U-1",
    }
    refund = json.loads(str(events[3]["payload"]))
    assert refund["units"] == [
        {"unit_id": "u1", "sku": "A", "refund": {"kind": "full", "percent": 100}}
    ]
    held = {"unit_id": "u2", "sku": "B", "match": "not_on_rma"}
    assert refund["held_units"] == [{**held, "review": "held_for_review", "reason": "extra_item"}]
    assert json.loads(str(events[4]["payload"]))["units"] == [{**held, "reason": "extra_item"}]
    decided = json.loads(str(events[2]["payload"]))["units"]
    assert [u["disposition"] for u in decided] == ["restock_new", "restock_new"]
    assert batch.messages == 2
    assert batch.versions == {"return.received": 2, "return.completed": 3}


def test_no_refund_event_when_no_unit_is_refunded_and_blind_returns_key_by_receipt() -> None:
    unit = outcome("u1", "A", MatchStatus.NOT_ON_RMA, Refund(RefundKind.NONE, 0))
    events = _events(batch_of("D", completed(None, unit)))
    kinds = ["inspected", "disposition_decided", "held_for_review", "completed"]
    assert [e["event_type"] for e in events] == kinds
    assert {e["return_key"] for e in events} == {R1}
    held = json.loads(str(events[2]["payload"]))["units"]
    assert held == [{"unit_id": "u1", "sku": "A", "match": "not_on_rma", "reason": "no_rma"}]


@pytest.mark.parametrize("match", [MatchStatus.NOT_ON_RMA, MatchStatus.OVER_QUANTITY])
def test_a_unit_not_as_declared_is_never_refunded_even_if_the_desk_says_so(
    match: MatchStatus,
) -> None:
    forged = outcome("u1", "A", match, Refund(RefundKind.FULL, 100))
    events = _events(batch_of("D", completed("RMA-1", forged)))
    assert "refund_recommended" not in [e["event_type"] for e in events]
    assert "held_for_review" in [e["event_type"] for e in events]


def inspected(**changes: object) -> UnitInspected:
    fields: dict[str, object] = {
        "receipt_id": R1,
        "unit_id": "u1",
        "rma_number": "RMA-1",
        "unit_seq": 3,
        "sku": "A",
        "gtin14": "09506000000018",
        "line_no": 1,
        "match": MatchStatus.MATCHED,
        "scanned_code": "9506000000018",
        "serial": "S1",
        "scanned_at": AT,
        "scanned_by": "U-1",
        "grade": "B",
        "condition_codes": ("SCUFF",),
        "note": "",
        "checklist": (("seal", True),),
        "photos": (),
        "disposition": Disposition.REFURBISH,
        "returns_to_stock": False,
        "refund": Refund(RefundKind.PARTIAL, 80),
        "return_window": "lenient",
        "rule_id": "R7",
        "rule_version": "v1",
        "why": "grade B",
        "notes": (),
        "inspector_id": "U-1",
        "inspected_at": AT,
        "lpn": "LPN-1",
        "destination": "B-01",
        "weighed_grams": None,
    }
    return UnitInspected(**{**fields, **changes})  # type: ignore[arg-type]


def test_an_inspection_becomes_its_central_row() -> None:
    batch = batch_of("D", inspected())
    row = dict(zip(INSPECTION_COLUMNS, batch.inspections[0], strict=True))
    assert row["unit_id"] == "u1" and row["message_id"] == "m1" and row["desk_seq"] == 1
    assert (row["rma_number"], row["inspector_id"], row["return_window"]) == (
        "RMA-1",
        "U-1",
        "lenient",
    )
    assert (row["serial"], row["unit_seq"], row["why"], row["scanned_at"]) == (
        "S1",
        3,
        "grade B",
        "2026-11-20T09:00:00Z",  # times go to COPY as ISO text (UTC as 'Z')
    )
    assert datetime.fromisoformat(row["scanned_at"]) == AT
    assert (row["refund_kind"], row["refund_percent"]) == ("partial", 80)
    assert (row["condition_codes"], row["checklist"]) == ('["SCUFF"]', '{"seal":true}')
    assert (row["photos"], row["match"], row["disposition"]) == ("[]", "matched", "refurbish")
    assert batch.events == []
    assert batch.unit_weights == []  # not weighed: no weight row (the column stays NULL)


def test_weights_become_their_staging_rows_beside_the_rows_they_belong_to() -> None:
    batch = batch_of(
        "D", inspected(weighed_grams=412), completed("RMA-1", grams=1730), completed(None)
    )
    assert batch.unit_weights == [("u1", "m1", 412)]
    assert batch.parcel_weights == [(R1, "m2", 1730)]  # the unweighed parcel has none
    assert len(batch.inspections) == 1 and len(batch.completions) == 2


def legacy(seq: int, topic: str, payload: dict[str, object], key: str = "u1") -> Stored:
    """A message as an earlier desk release wrote it: an untyped payload, version 1."""
    return Stored(f"m{seq}", seq, AT, topic, 1, key, json.dumps(payload))


def test_a_version_1_inspection_takes_the_payload_first_then_the_local_facts() -> None:
    payload = {
        "receipt_id": R1,
        "unit_id": "u1",
        "rma": "RMA-1",
        "sku": "A",
        "line_no": 1,
        "match": "matched",
        "grade": "B",
        "condition_codes": ["SCUFF"],
        "note": "",
        "serial": "S1",
        "disposition": "refurbish",
        "rule_id": "R7",
        "rule_version": "v1",
        "inspector": "U-1",
        "at": "2026-11-20T08:01:00+00:00",
        "window": "lenient",
        "checklist": {"seal": True},
        "refund": {"kind": "partial", "percent": 80},
    }
    local = LocalUnit(unit_seq=3, gtin14="0950", scanned_code="950", serial="LOCAL", why="grade B")
    facts = LocalFacts(units={"u1": local})
    event = deserialise(legacy(9, "unit.inspected", payload), facts.upgrade)
    assert isinstance(event, UnitInspected)
    assert (event.serial, event.unit_seq, event.why, event.gtin14) == ("S1", 3, "grade B", "0950")
    assert event.refund == Refund(RefundKind.PARTIAL, 80) and event.return_window == "lenient"
    assert event.inspected_at == datetime(2026, 11, 20, 8, 1, tzinfo=UTC)
    # A unit undone since (the store forgot it): what neither has stays unknown.
    gone = deserialise(legacy(9, "unit.inspected", payload), LocalFacts().upgrade)
    assert isinstance(gone, UnitInspected) and (gone.unit_seq, gone.scanned_at) == (None, None)


def test_version_1_updates_take_the_message_time_and_unknown_topics_stay_verbatim() -> None:
    messages = [
        legacy(1, "unit.withdrawn", {"receipt_id": R1, "unit_id": "u1", "by": "U-2"}),
        legacy(
            2,
            "unit.disposition_overridden",
            {
                "unit_id": "u1",
                "receipt_id": R1,
                "chosen": "destroy",
                "reason": "mould",
                "by": "U-9",
            },
        ),
        legacy(3, "return.voided", {"receipt_id": R1, "rma": "RMA-1", "reason": "wrong RMA"}),
        legacy(4, "return.set_aside", {"receipt_id": R1, "rma": None, "reason": "no slip"}),
        legacy(5, "printer.jammed", {"printer": "P1"}, key=R1),
    ]
    decoded = [(m, deserialise(m, LocalFacts().upgrade)) for m in messages]
    assert isinstance(decoded[-1][1], UnknownTopic)
    batch = build_batch("D", decoded)
    assert batch.withdrawals == [("u1", "m1", AT, "U-2")]
    assert batch.overrides == [("u1", "m2", 2, "destroy", "mould", "U-9", AT)]
    assert batch.voids == [(R1, "m3", AT, "wrong RMA", 3)]
    assert batch.set_asides == [(R1, "m4", AT, "no slip")]
    assert batch.unrouted == [("m5", "D", 5, "printer.jammed", R1, '{"printer": "P1"}', AT)]
    assert [e[5] for e in batch.events] == ["voided"]


def test_current_version_updates() -> None:
    batch = batch_of(
        "D",
        UnitWithdrawn(receipt_id=R1, unit_id="u1", withdrawn_by="U-2", withdrawn_at=AT),
        DispositionOverridden(
            receipt_id=R1,
            unit_id="u1",
            proposed=Disposition.REFURBISH,
            chosen=Disposition.DESTROY,
            reason="mould",
            overridden_by="U-9",
            overridden_at=AT,
        ),
        ReturnVoided(
            receipt_id=R1, rma_number="RMA-1", reason="wrong RMA", voided_by="U-9", voided_at=AT
        ),
        ReturnSetAside(
            receipt_id=R1,
            rma_number=None,
            reason="no slip",
            scanned_code="X",
            set_aside_by="U-1",
            set_aside_at=AT,
        ),
    )
    assert batch.withdrawals == [("u1", "m1", AT, "U-2")]
    assert batch.overrides == [("u1", "m2", 2, "destroy", "mould", "U-9", AT)]
    assert batch.voids == [(R1, "m3", AT, "wrong RMA", 3)]
    assert batch.set_asides == [(R1, "m4", AT, "no slip")]
    assert json.loads(str(_events(batch)[0]["payload"])) == {
        "receipt_id": R1,
        "rma": "RMA-1",
        "reason": "wrong RMA",
    }

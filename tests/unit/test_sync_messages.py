"""Outbox messages -> central rows and status events (pure logic, no database)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from receiving_desk.adapters.central.messages import (
    EVENT_COLUMNS,
    INSPECTION_COLUMNS,
    OutboxMessage,
    build_batch,
)

AT = datetime(2026, 11, 20, 9, tzinfo=UTC)
R1 = "11111111-1111-4111-8111-111111111111"


def msg(seq: int, topic: str, payload: dict[str, object], **extras: object) -> OutboxMessage:
    return OutboxMessage(
        f"m{seq}", seq, AT, topic, str(payload.get("unit_id", R1)), payload, extras
    )


def _events(batch: object) -> list[dict[str, object]]:
    return [dict(zip(EVENT_COLUMNS, e, strict=True)) for e in batch.events]  # type: ignore[attr-defined]


def test_a_whole_return_becomes_rows_and_ordered_events() -> None:
    units = [
        {
            "unit_id": "u1",
            "sku": "A",
            "match": "matched",
            "grade": "A",
            "disposition": "restock_new",
            "refund": {"kind": "full", "percent": 100},
        },
        {
            "unit_id": "u2",
            "sku": "B",
            "match": "not_on_rma",
            "grade": "C",
            "disposition": "liquidate",
            "refund": {"kind": "none", "percent": 0},
        },
    ]
    batch = build_batch(
        "DESK-01",
        [
            msg(
                1,
                "return.received",
                {
                    "receipt_id": R1,
                    "rma": "RMA-1",
                    "clerk": "U-1",
                    "at": "2026-11-20T08:00:00+00:00",
                    "scanned_code": "RMA-1",
                },
            ),
            msg(
                2,
                "return.completed",
                {
                    "receipt_id": R1,
                    "rma": "RMA-1",
                    "completed_by": "U-1",
                    "at": "2026-11-20T08:05:00+00:00",
                    "units": units,
                    "flags": [{"kind": "extra_item", "unit_seq": 2, "evidence": {"sku": "B"}}],
                },
            ),
        ],
    )
    assert batch.receipts == [
        (
            R1,
            "RMA-1",
            "DESK-01",
            "U-1",
            datetime(2026, 11, 20, 8, tzinfo=UTC),
            "RMA-1",
            "open",
            "m1",
        )
    ]
    assert batch.completions == [(R1, "m2", datetime(2026, 11, 20, 8, 5, tzinfo=UTC), "U-1")]
    assert batch.flags == [(R1, 1, "DESK-01", "extra_item", None, 2, '{"sku": "B"}')]
    events = _events(batch)
    assert [(e["message_id"], e["ordinal"], e["event_type"]) for e in events] == [
        ("m1", 0, "received"),
        ("m2", 0, "inspected"),
        ("m2", 1, "disposition_decided"),
        ("m2", 2, "refund_recommended"),
        ("m2", 3, "completed"),
    ]
    assert {e["return_key"] for e in events} == {"RMA-1"}
    refund = json.loads(str(events[3]["payload"]))
    assert [u["unit_id"] for u in refund["units"]] == ["u1"]
    assert refund["held_units"] == [{"unit_id": "u2", "sku": "B", "match": "not_on_rma"}]
    assert batch.messages == 2


def test_no_refund_event_when_no_unit_is_refunded_and_blind_returns_key_by_receipt() -> None:
    units = [{"unit_id": "u1", "sku": "A", "match": "not_on_rma", "refund": {"kind": "none"}}]
    batch = build_batch(
        "D",
        [
            msg(
                5,
                "return.completed",
                {"receipt_id": R1, "rma": None, "at": "2026-11-20T08:05:00+00:00", "units": units},
            )
        ],
    )
    events = _events(batch)
    assert [e["event_type"] for e in events] == ["inspected", "disposition_decided", "completed"]
    assert {e["return_key"] for e in events} == {R1}


def test_an_inspection_row_takes_the_payload_first_then_the_local_facts() -> None:
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
    extras = {
        "unit_seq": 3,
        "gtin14": "0950",
        "scanned_code": "950",
        "serial": "LOCAL",
        "why": "grade B",
        "override_by": None,
    }
    batch = build_batch("D", [msg(9, "unit.inspected", payload, **extras)])
    row = dict(zip(INSPECTION_COLUMNS, batch.inspections[0], strict=True))
    assert row["unit_id"] == "u1" and row["message_id"] == "m9" and row["desk_seq"] == 9
    assert (row["rma_number"], row["inspector_id"], row["return_window"]) == (
        "RMA-1",
        "U-1",
        "lenient",
    )
    assert (row["serial"], row["unit_seq"], row["why"]) == ("S1", 3, "grade B")
    assert (row["refund_kind"], row["refund_percent"]) == ("partial", 80)
    assert (row["condition_codes"], row["checklist"]) == ('["SCUFF"]', '{"seal": true}')
    assert row["photos"] is None and batch.events == []


def test_updates_and_unknown_topics() -> None:
    batch = build_batch(
        "D",
        [
            msg(1, "unit.withdrawn", {"receipt_id": R1, "unit_id": "u1", "by": "U-2"}),
            msg(
                2,
                "unit.disposition_overridden",
                {"unit_id": "u1", "chosen": "destroy", "reason": "mould", "by": "U-9"},
            ),
            msg(3, "return.voided", {"receipt_id": R1, "rma": "RMA-1", "reason": "wrong RMA"}),
            msg(4, "return.set_aside", {"receipt_id": R1, "rma": None, "reason": "no slip"}),
            msg(5, "printer.jammed", {"printer": "P1"}),
        ],
    )
    assert batch.withdrawals == [("u1", "m1", AT, "U-2")]
    assert batch.overrides == [("u1", "m2", 2, "destroy", "mould", "U-9", AT)]
    assert batch.voids == [(R1, "m3", AT, "wrong RMA")]
    assert batch.set_asides == [(R1, "m4", AT, "no slip")]
    assert batch.unrouted == [("m5", "D", 5, "printer.jammed", R1, '{"printer": "P1"}', AT)]
    assert [e[5] for e in batch.events] == ["voided"]

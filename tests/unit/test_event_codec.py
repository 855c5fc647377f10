"""The desk events' one serialiser: every event type survives the outbox unchanged, maps to
central rows, and a message it cannot read is refused with a clear message; services write
nothing to the outbox but typed events."""

from __future__ import annotations

import ast
import json
import typing
from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta, timezone
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Text, create_engine, select, type_coerce

from receiving_desk.adapters.central.messages import build_batch
from receiving_desk.adapters.event_codec import (
    CURRENT,
    EventDecodeError,
    Stored,
    deserialise,
    serialise,
    time_text,
)
from receiving_desk.adapters.event_legacy import LocalFacts, LocalUnit
from receiving_desk.adapters.store import tables
from receiving_desk.adapters.store.repositories import SqlOutbox
from receiving_desk.domain import ports
from receiving_desk.domain.events import EVENT_TYPES, DeskEvent, UnitInspected
from receiving_desk.domain.rules_model import Refund, RefundKind

SERVICES = Path(__file__).resolve().parents[2] / "src" / "receiving_desk" / "services"
AT = datetime(2026, 11, 20, 9, tzinfo=UTC)

refunds = st.one_of(
    st.just(Refund(RefundKind.FULL, 100)),
    st.just(Refund(RefundKind.NONE, 0)),
    st.integers(1, 99).map(lambda p: Refund(RefundKind.PARTIAL, p)),
)
times = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
texts = st.text(max_size=40)


def strategy(tp: Any) -> st.SearchStrategy[Any]:
    """Values of a field's type, as the domain makes them (aware UTC times, valid refunds)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is datetime:
        return times
    if tp is Refund:
        return refunds
    if tp is str:
        return texts
    if tp is int:
        return st.integers(-(2**53), 2**53)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return st.sampled_from(list(tp))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return st.lists(strategy(args[0]), max_size=4).map(tuple)
    if origin is tuple:
        return st.tuples(*(strategy(a) for a in args))
    if origin in (typing.Union, __import__("types").UnionType):
        return st.one_of(*(strategy(a) for a in args))
    if isinstance(tp, type) and hasattr(tp, "__dataclass_fields__"):
        return events_of(tp)
    return st.from_type(tp)


def events_of(cls: type[Any]) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(cls)
    return st.builds(cls, **{f.name: strategy(hints[f.name]) for f in fields(cls)})


def stored(event: DeskEvent, seq: int = 7) -> Stored:
    s = serialise(event)
    return Stored(
        "00000000-0000-4000-8000-000000000007", seq, AT, s.topic, s.version, s.key, s.text
    )


@pytest.mark.parametrize("cls", EVENT_TYPES, ids=lambda c: c.TOPIC)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_event_type_round_trips_and_maps_to_central_rows(
    cls: type[DeskEvent], data: st.DataObject
) -> None:
    event = data.draw(events_of(cls))
    message = stored(event)
    assert (message.topic, message.version, message.key) == (cls.TOPIC, cls.VERSION, event.key)
    back = deserialise(message)
    assert back == event and type(back) is cls
    batch = build_batch("DESK-01", [(message, back)])  # every type has its central rows
    assert batch.messages == 1 and batch.versions == {cls.TOPIC: cls.VERSION}


def test_topics_are_unique_and_versioned() -> None:
    assert len(CURRENT) == len(EVENT_TYPES) == 13
    # The first eight had untyped payloads as their version 1; a topic born typed starts at 1.
    # unit.inspected and return.completed carry weights since version 3.
    assert [cls.VERSION for cls in EVENT_TYPES[:8]] == [2, 3, 2, 2, 3, 2, 2, 2]
    assert [(cls.TOPIC, cls.VERSION) for cls in EVENT_TYPES[8:]] == [
        ("evidence.pack_made", 1),
        ("audit.held", 1),
        ("audit.graded", 1),
        ("audit.resolved", 1),
        ("return.outcome_revised", 1),
    ]


@settings(max_examples=10, deadline=None)
@given(event=events_of(EVENT_TYPES[1]), version=st.sampled_from([0, 4, 9]))
def test_a_version_this_desk_cannot_read_is_refused_naming_the_versions(
    event: DeskEvent, version: int
) -> None:
    cls = EVENT_TYPES[1]
    message = stored(event)._replace(version=version)
    with pytest.raises(EventDecodeError) as refused:
        deserialise(message, upgrade=lambda m: pytest.fail("no upgrade of this version"))
    assert str(refused.value) == (
        f"outbox message 7 is {cls.TOPIC} v{version}; this desk reads {cls.TOPIC} v1 to v3"
    )


@pytest.mark.parametrize("topic", ["unit.inspected", "return.completed"])
@settings(max_examples=20, deadline=None)
@given(data=st.data(), grams=st.one_of(st.none(), st.integers(10, 60_000)))
def test_a_version_2_message_is_read_with_the_weight_the_store_kept(
    topic: str, data: st.DataObject, grams: int | None
) -> None:
    """Written before version 3 (no weight field): read as version 3, the weight taken from
    the local store (what local_state.py reads for the batch), None when it has none."""
    cls = CURRENT[topic]
    event = data.draw(events_of(cls))
    weight = "weighed_grams" if cls is UnitInspected else "parcel_grams"
    fields_v2 = json.loads(serialise(event).text)
    del fields_v2[weight]
    message = stored(event)._replace(version=2, text=json.dumps(fields_v2))
    facts = LocalFacts()
    if grams is not None and cls is UnitInspected:
        facts.units[event.key] = LocalUnit(weighed_grams=grams)
    elif grams is not None:
        facts.parcel_grams[event.key] = grams
    back = deserialise(message, facts.upgrade)
    assert back == replace(event, **{weight: grams})  # type: ignore[type-var]
    # without an upgrade a version-2 message is not read at all
    with pytest.raises(EventDecodeError, match=r"this desk reads .* v1 to v3"):
        deserialise(message)


@settings(max_examples=5, deadline=None)
@given(event=events_of(EVENT_TYPES[0]))
def test_a_message_not_of_its_declared_shape_is_refused_with_the_field(event: DeskEvent) -> None:
    message = stored(event)._replace(text='{"receipt_id": 5}')
    with pytest.raises(EventDecodeError, match=r"message 7 \(return.received v2\).*receipt_id"):
        deserialise(message)


def test_the_outbox_port_takes_only_typed_events() -> None:
    # (the ports name the model for typing only: the first screen loads none of it)
    hints = typing.get_type_hints(ports.Outbox.put, localns={"DeskEvent": DeskEvent})
    assert hints == {"event": DeskEvent, "return": type(None)}


def _outbox_puts(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "put"
        and isinstance(node.func.value, ast.Attribute)
        and node.func.value.attr == "outbox"
    ]


def test_every_outbox_write_in_the_services_is_a_typed_event() -> None:
    names = {cls.__name__ for cls in EVENT_TYPES}
    found = 0
    for path in sorted(SERVICES.glob("*.py")):
        for call in _outbox_puts(path):
            found += 1
            where = f"{path.name}:{call.lineno}"
            assert len(call.args) == 1 and not call.keywords, where
            (arg,) = call.args
            assert isinstance(arg, ast.Call), where  # built right there, from an event type
            func = arg.func
            made_by = func.value if isinstance(func, ast.Attribute) else func  # Cls.of(...)
            assert isinstance(made_by, ast.Name) and made_by.id in names, where
    assert found == 15  # received, set aside, withdrawn, completed, voided, inspected,
    # overridden, and stock moved three times (into staging, put away / moved, reversed);
    # audit held, graded, resolved, an audited unit's stock re-booked (one loop) and a
    # completed return's outcome revised by it


@settings(max_examples=10, deadline=None)
@given(event=events_of(EVENT_TYPES[4]))
def test_the_store_writes_events_serialised_and_refuses_anything_else(event: DeskEvent) -> None:
    engine = create_engine("sqlite://")
    tables.metadata.create_all(engine)
    with engine.begin() as conn:
        outbox = SqlOutbox(conn, lambda: AT)
        outbox.put(event)
        with pytest.raises(TypeError, match="only desk events"):
            outbox.put({"topic": "return.completed"})  # type: ignore[arg-type]
        o = tables.outbox
        row = conn.execute(
            select(o.c.id, o.c.seq, o.c.created_at, o.c.topic, o.c.version, o.c.key).add_columns(
                type_coerce(o.c.payload, Text)
            )
        ).one()
    engine.dispose()
    assert deserialise(Stored(*row)) == event and row.seq == 1


@given(
    st.datetimes(
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=-2)), timezone(timedelta(hours=5, minutes=30))]
        )
    )
)
def test_a_time_goes_to_central_as_iso_text_of_the_same_moment(moment: datetime) -> None:
    written = time_text(moment)
    read = datetime.fromisoformat(written)
    assert read == moment and read.utcoffset() == moment.utcoffset()
    assert written.endswith("Z") == (moment.utcoffset() == timedelta(0))

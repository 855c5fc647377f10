"""The one serialiser of desk events (domain/events.py): JSON, keyed by topic and version.

The outbox keeps a message as (topic, version, JSON text of the event's fields). Reading it
back gives the dataclass: msgspec decodes straight into it (types checked, enums and times
parsed, in C: several times faster than json.loads plus building the object by hand, which
matters on the push path). A message of the version before (1: the untyped payloads desks
wrote until events were typed; 2 of the two events version 3 gave weights) is read by
event_legacy.py and upgraded; those two still read version 1 too (its reader builds the
current event). Any other version is refused with a message naming the message, its version
and the versions this desk reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

import msgspec

from receiving_desk.domain.events import EVENT_TYPES, DeskEvent, ReturnCompleted, UnitInspected

CURRENT: dict[str, type[DeskEvent]] = {cls.TOPIC: cls for cls in EVENT_TYPES}
# The oldest version of each topic this desk reads: the one before the current, and version 1
# for the topics raised twice since their untyped version 1 (event_legacy.py reads both).
OLDEST: dict[str, int] = {cls.TOPIC: cls.VERSION - 1 for cls in EVENT_TYPES} | {
    UnitInspected.TOPIC: 1,
    ReturnCompleted.TOPIC: 1,
}
_ENCODER = msgspec.json.Encoder()
_DECODERS = {cls.TOPIC: msgspec.json.Decoder(cls) for cls in EVENT_TYPES}


class EventDecodeError(ValueError):
    """A stored message this desk cannot read (unknown version, or not its declared shape)."""


@dataclass(frozen=True)
class Serialised:
    topic: str
    version: int
    key: str
    text: str


class Stored(NamedTuple):
    """An outbox row as the push reads it (a tuple: made once per message on the push path)."""

    id: str
    seq: int
    created_at: datetime
    topic: str
    version: int
    key: str
    text: str


@dataclass(frozen=True)
class UnknownTopic:
    """A message of a topic this desk does not know (kept and sent verbatim)."""

    topic: str
    version: int
    key: str
    text: str


# An upgrade of an older version: (stored message, its decoded legacy facts) -> current event.
Upgrade = Callable[[Stored], DeskEvent]


def serialise(event: DeskEvent) -> Serialised:
    text = _ENCODER.encode(event).decode()
    return Serialised(event.TOPIC, event.VERSION, event.key, text)


def encode_json(value: object) -> str:
    """JSON text of plain values (tuples, dicts, strings ...), for JSON columns."""
    return _ENCODER.encode(value).decode()


def time_text(value: datetime) -> str:
    """ISO 8601 text of a time ('Z' for UTC), as COPY writes it: msgspec's encoder makes it
    several times faster than `datetime.isoformat`, which was a tenth of a pushed unit's
    desk-side time (two per inspection)."""
    return _ENCODER.encode(value)[1:-1].decode()


_JSON_MEMO: dict[tuple[bool, tuple[object, ...]], str] = {}


def tuple_json(value: tuple[object, ...], as_object: bool = False) -> str:
    """JSON text of a tuple of plain values (of (name, value) pairs as an object), remembered:
    the same few lists of codes, photos, notes and checklists recur on most units, and this
    runs for each of them on the push path."""
    text = _JSON_MEMO.get((as_object, value))
    if text is None:
        text = encode_json(dict(value) if as_object else value)  # type: ignore[arg-type]
        if len(_JSON_MEMO) < 4096:
            _JSON_MEMO[as_object, value] = text
    return text


def readable_versions(topic: str) -> tuple[int, int]:
    """(oldest, newest) version of a topic this desk reads."""
    return (OLDEST[topic], CURRENT[topic].VERSION)


def deserialise(message: Stored, upgrade: Upgrade | None = None) -> DeskEvent | UnknownTopic:
    """The event of a stored message, upgraded to the current version if it is older and
    still read (readable_versions)."""
    cls = CURRENT.get(message.topic)
    if cls is None:
        return UnknownTopic(message.topic, message.version, message.key, message.text)
    try:
        if message.version == cls.VERSION:
            event: DeskEvent = _DECODERS[message.topic].decode(message.text)
            return event
        if OLDEST[message.topic] <= message.version < cls.VERSION and upgrade is not None:
            return upgrade(message)
    except (msgspec.DecodeError, ValueError, TypeError) as exc:
        raise EventDecodeError(
            f"outbox message {message.seq} ({message.topic} v{message.version}) "
            f"cannot be read: {exc}"
        ) from exc
    oldest, newest = readable_versions(message.topic)
    raise EventDecodeError(
        f"outbox message {message.seq} is {message.topic} v{message.version}; "
        f"this desk reads {message.topic} v{oldest} to v{newest}"
    )

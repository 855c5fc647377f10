"""The notes a decision carries beside its rule's *why*, as facts rather than sentences.

A decision's notes are stored and synced as English sentences (the record and the central
contract keep that shape), but a clerk reads them in the desk's language. So each note is a
small fact with one English form, written by `english` and read back by `parse`: the screen
translates the fact, the record keeps the sentence, and a note stored before this module
existed still reads as the same fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class HygieneFailed:
    """A hygiene check answered "no": the item is destroyed whatever its grade."""

    check: str  # the check's label from the rules file (English, the file's own key)


@dataclass(frozen=True)
class RefundRaised:
    """A loyalty leniency row raised the matrix's refund."""

    before: str  # refunds as `Refund.__str__` writes them: "none", "partial 50%", "full"
    after: str
    tier: str
    leniency: str  # the leniency row's id


@dataclass(frozen=True)
class OutsideWindow:
    day: int
    window: int


@dataclass(frozen=True)
class AcceptedByLeniency:
    tier: str
    day: int
    window: int
    extra_days: int


@dataclass(frozen=True)
class HeldForReview:
    """Not what was declared (or no RMA): no refund until someone reviews it."""

    reason: str  # a flag kind's code ("wrong_item", "extra_item", ...) or "no_rma"


@dataclass(frozen=True)
class Unrecognised:
    """A note in no known shape (a later desk's, or hand-written): shown as it is."""

    text: str


Note = (
    HygieneFailed | RefundRaised | OutsideWindow | AcceptedByLeniency | HeldForReview | Unrecognised
)


def english(note: Note) -> str:
    """The sentence the record keeps."""
    match note:
        case HygieneFailed(check):
            return f"hygiene check failed: {check}"
        case RefundRaised(before, after, tier, leniency):
            return f"refund raised from {before} to {after} by {tier} leniency {leniency}"
        case OutsideWindow(day, window):
            return f"outside the return window: day {day} of {window}"
        case AcceptedByLeniency(tier, day, window, extra):
            return f"accepted by {tier} leniency: day {day} of {window} (+{extra})"
        case HeldForReview(reason):
            return f"held for review: {reason.replace('_', ' ')}"
        case Unrecognised(text):
            return text


_SHAPES: tuple[tuple[re.Pattern[str], type[Note]], ...] = (
    (re.compile(r"hygiene check failed: (?P<check>.+)", re.DOTALL), HygieneFailed),
    (
        re.compile(
            r"refund raised from (?P<before>.+?) to (?P<after>.+?) "
            r"by (?P<tier>\S+) leniency (?P<leniency>\S+)"
        ),
        RefundRaised,
    ),
    (
        re.compile(r"outside the return window: day (?P<day>-?\d+) of (?P<window>\d+)"),
        OutsideWindow,
    ),
    (
        re.compile(
            r"accepted by (?P<tier>\S+) leniency: day (?P<day>-?\d+) of (?P<window>\d+) "
            r"\(\+(?P<extra_days>\d+)\)"
        ),
        AcceptedByLeniency,
    ),
)
_NUMBERS = {"day", "window", "extra_days"}


def parse(text: str) -> Note:
    """The fact behind a stored sentence; `Unrecognised` when it has no known shape."""
    held = re.fullmatch(r"held for review: (?P<reason>[a-z ]+)", text)
    if held:
        return HeldForReview(held["reason"].replace(" ", "_"))
    for pattern, kind in _SHAPES:
        found = pattern.fullmatch(text)
        if found:
            fields: dict[str, Any] = {
                k: int(v) if k in _NUMBERS else v for k, v in found.groupdict().items()
            }
            return kind(**fields)
    return Unrecognised(text)

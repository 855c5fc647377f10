"""A decision's notes (leniency, return window, failed hygiene check) in the desk's language.

The record keeps each note as an English sentence; `decision_notes.parse` gives back its facts
and this module says them again in the clerk's language ("Messages" context, like
`code_words.py`). A note of no known shape is shown as it was written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from receiving_desk.domain.decision_notes import (
    AcceptedByLeniency,
    HeldForReview,
    HygieneFailed,
    OutsideWindow,
    RefundRaised,
    Unrecognised,
    parse,
)
from receiving_desk.domain.rma import LoyaltyTier
from receiving_desk.gui.code_words import tier_text
from receiving_desk.gui.language import rule_text
from receiving_desk.gui.report_names import code_text


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _tier(value: str) -> str:
    try:
        return tier_text(LoyaltyTier(value))
    except ValueError:
        return value


def _refund(value: str) -> str:
    """A refund as `Refund.__str__` writes it ("none", "full", "partial 50%")."""
    if value == "full":
        return _t("full refund")
    if value == "none":
        return _t("no refund")
    if value.startswith("partial "):
        return _t("partial refund, {0}").format(value.removeprefix("partial "))
    return value


def note_text(note: str) -> str:
    match parse(note):
        case HygieneFailed(check):
            return _t("Hygiene check failed: {0}").format(rule_text(check))
        case RefundRaised(before, after, tier, leniency):
            return _t("Refund raised from {0} to {1} by the {2} tier's leniency ({3})").format(
                _refund(before), _refund(after), _tier(tier), leniency
            )
        case OutsideWindow(day, window):
            return _t("Outside the return window: day {0} of {1}").format(day, window)
        case AcceptedByLeniency(tier, day, window, extra):
            return _t("Accepted by the {0} tier's leniency: day {1} of {2} (+{3})").format(
                _tier(tier), day, window, extra
            )
        case HeldForReview(reason):
            return _t("Held for review, no refund: {0}").format(code_text(reason))
        case Unrecognised(text):
            return text

"""Weights in the clerk's language ("Messages" context, like `code_words.py`): the scale's
refusals, what a weighing found, and the flags a weight raised."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from receiving_desk.domain.errors import ErrorCode
from receiving_desk.domain.flags import Flag, FlagKind


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def grams_text(grams: int | None) -> str:
    """A weight as a dock reads it: grams below a kilogram, kilograms to the gram above."""
    if grams is None:
        return "—"
    if abs(grams) < 1000:
        return _t("{grams} g").format(grams=grams)
    return _t("{kg} kg").format(kg=f"{grams / 1000:.3f}")


def range_text(low: int | None, high: int | None) -> str:
    if low is None or high is None:
        return _t("no expected weight in the catalog")
    return _t("expected {low} – {high}").format(low=grams_text(low), high=grams_text(high))


def weight_error_texts() -> dict[ErrorCode, str]:
    return {
        ErrorCode.PARCEL_ALREADY_UNPACKED: _t(
            "Too late to weigh the parcel: items were already taken out of it"
        ),
        ErrorCode.NOTHING_TO_WEIGH: _t("Nothing to weigh now: scan an item to weigh it"),
        ErrorCode.NO_SCALE: _t("No scale connected: check the scale's cable and power"),
        ErrorCode.SCALE_NOT_STABLE: _t(
            "The weight did not settle: keep hands off the scale and weigh again"
        ),
        ErrorCode.SCALE_OVERLOAD: _t("Scale overloaded: too heavy for this scale, not recorded"),
        ErrorCode.SCALE_EMPTY: _t("Nothing on the scale: put the parcel or the unit on it"),
        ErrorCode.SCALE_NEGATIVE: _t(
            "The scale shows less than zero: empty it, zero it and weigh again"
        ),
    }


def weighed_text(p: dict[str, Any]) -> str:
    """Event.WEIGHED: what was weighed, its weight and what it says."""
    found = {
        "empty_box": _t("EMPTY BOX? It weighs about the packaging alone"),
        "too_light": _t("TOO LIGHT: parts may be missing"),
        "too_heavy": _t("TOO HEAVY: something else may be inside"),
    }.get(str(p.get("finding")), _t("weight as expected"))
    if p.get("low") is None:
        found = range_text(None, None)
    if p.get("target") == "unit":
        text = _t("Unit {seq} weighs {weight} — {found}")
    else:
        text = _t("Parcel weighs {weight} — {found}")
    return text.format(seq=p.get("seq"), weight=grams_text(p.get("grams")), found=found)


def weight_flag_text(flag: Flag) -> str:
    e = flag.evidence
    weight, expected = grams_text(e.get("grams")), range_text(e.get("low"), e.get("high"))
    if flag.kind is FlagKind.EMPTY_BOX:
        text = _t("Empty box by weight: the parcel weighs {weight}, {expected}")
    elif flag.unit_seq is not None and flag.kind is FlagKind.TOO_LIGHT:
        text = _t("Unit {unit} too light: {weight}, {expected} (missing parts?)")
    elif flag.unit_seq is not None:
        text = _t("Unit {unit} too heavy: {weight}, {expected}")
    elif flag.kind is FlagKind.TOO_LIGHT:
        text = _t("Parcel too light: {weight}, {expected} (missing parts?)")
    else:
        text = _t("Parcel too heavy: {weight}, {expected} (something else inside?)")
    return text.format(unit=flag.unit_seq, weight=weight, expected=expected)

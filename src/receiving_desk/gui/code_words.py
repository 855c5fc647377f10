"""The desk's code words (dispositions, tiers, reasons, match and line states, scanner
states, roles, zones) in the desk's language, for `messages.py`, the panels and the status bar.

Translated in the "Messages" context, through `_t` like `messages.py` (update.py knows it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from receiving_desk.domain.inventory import Zone
from receiving_desk.domain.receipt import LineState, MatchStatus
from receiving_desk.domain.rma import LoyaltyTier, ReturnReason
from receiving_desk.domain.rules import Disposition


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def disposition_text(disposition: Disposition) -> str:
    return {
        Disposition.RESTOCK_NEW: _t("Restock as new"),
        Disposition.RESTOCK_OPEN_BOX: _t("Restock as open box"),
        Disposition.REFURBISH: _t("Refurbish"),
        Disposition.REPAIR: _t("Repair"),
        Disposition.RETURN_TO_VENDOR: _t("Return to vendor"),
        Disposition.LIQUIDATE: _t("Liquidate"),
        Disposition.DONATE: _t("Donate"),
        Disposition.RECYCLE: _t("Recycle"),
        Disposition.DESTROY: _t("Destroy"),
    }[disposition]


def zone_text(zone: Zone) -> str:
    return {
        Zone.SELLABLE: _t("Sellable"),
        Zone.RETURNS_STAGING: _t("Returns staging"),
        Zone.OPEN_BOX: _t("Open box"),
        Zone.REFURBISHMENT: _t("Refurbishment"),
        Zone.REPAIR: _t("Repair zone"),
        Zone.RTV_CAGE: _t("Return-to-vendor cage"),
        Zone.LIQUIDATION: _t("Liquidation"),
        Zone.DONATION: _t("Donation"),
        Zone.RECYCLING: _t("Recycling"),
        Zone.SCRAP: _t("Scrap"),
    }[zone]


def tier_text(tier: LoyaltyTier) -> str:
    return {
        LoyaltyTier.STANDARD: _t("Standard"),
        LoyaltyTier.SILVER: _t("Silver"),
        LoyaltyTier.GOLD: _t("Gold"),
        LoyaltyTier.PLATINUM: _t("Platinum"),
    }[tier]


def reason_text(reason: ReturnReason) -> str:
    return {
        ReturnReason.DEFECTIVE: _t("Defective"),
        ReturnReason.DAMAGED_IN_TRANSIT: _t("Damaged in transit"),
        ReturnReason.WRONG_ITEM_SENT: _t("Wrong item sent"),
        ReturnReason.NOT_AS_DESCRIBED: _t("Not as described"),
        ReturnReason.SIZE_FIT: _t("Size or fit"),
        ReturnReason.NO_LONGER_NEEDED: _t("No longer needed"),
        ReturnReason.CHANGED_MIND: _t("Changed mind"),
        ReturnReason.ARRIVED_LATE: _t("Arrived late"),
        ReturnReason.OTHER: _t("Other"),
    }[reason]


def match_text(match: MatchStatus) -> str:
    return {
        MatchStatus.MATCHED: _t("matched"),
        MatchStatus.NOT_ON_RMA: _t("not on the RMA"),
        MatchStatus.OVER_QUANTITY: _t("more than declared"),
    }[match]


def line_state_text(state: LineState) -> str:
    return {
        LineState.PENDING: _t("waiting"),
        LineState.PARTIAL: _t("partly received"),
        LineState.RECEIVED: _t("received"),
    }[state]


def scanner_state_text(state: str) -> str:
    return {
        "connecting": _t("connecting"),
        "connected": _t("connected"),
        "disconnected": _t("disconnected"),
        "stopped": _t("stopped"),
    }.get(state, state)


def role_text(role: str) -> str:
    return {
        "clerk": _t("clerk"),
        "supervisor": _t("supervisor"),
        "admin": _t("administrator"),
    }.get(role, role)

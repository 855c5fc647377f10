"""What a person reads for the codes a report counts by (dispositions, reasons, flags...).

The report's tables keep the codes (drill-downs and CSV consumers key on them); the PDF and
the CSV print these English names, and the GUI shows its own translations of the same codes
(gui/report_names.py). A code nobody named (a category from the rules file) reads as itself
with its underscores turned to spaces and a capital first letter.
"""

from __future__ import annotations

from receiving_desk.domain.flags import FlagKind
from receiving_desk.domain.receipt import ReceiptStatus
from receiving_desk.domain.rma import ReturnReason
from receiving_desk.domain.rules import Disposition
from receiving_desk.domain.rules_model import RefundKind

NAMES: dict[str, str] = {
    Disposition.RESTOCK_NEW: "Restock as new",
    Disposition.RESTOCK_OPEN_BOX: "Restock as open box",
    Disposition.REFURBISH: "Refurbish",
    Disposition.REPAIR: "Repair",
    Disposition.RETURN_TO_VENDOR: "Return to vendor",
    Disposition.LIQUIDATE: "Liquidate",
    Disposition.DONATE: "Donate",
    Disposition.RECYCLE: "Recycle",
    Disposition.DESTROY: "Destroy",
    ReturnReason.DEFECTIVE: "Defective",
    ReturnReason.DAMAGED_IN_TRANSIT: "Damaged in transit",
    ReturnReason.WRONG_ITEM_SENT: "Wrong item sent",
    ReturnReason.NOT_AS_DESCRIBED: "Not as described",
    ReturnReason.SIZE_FIT: "Size or fit",
    ReturnReason.NO_LONGER_NEEDED: "No longer needed",
    ReturnReason.CHANGED_MIND: "Changed mind",
    ReturnReason.ARRIVED_LATE: "Arrived late",
    ReturnReason.OTHER: "Other",
    "undeclared": "Not declared",
    FlagKind.WRONG_ITEM: "Wrong item",
    FlagKind.EXTRA_ITEM: "Undeclared extra item",
    FlagKind.MISSING_ITEM: "Missing item",
    FlagKind.EMPTY_BOX: "Empty box",
    FlagKind.QUANTITY_SHORT: "Quantity short",
    FlagKind.QUANTITY_OVER: "Quantity over",
    FlagKind.SERIAL_MISMATCH: "Serial number mismatch",
    FlagKind.OUTSIDE_WINDOW: "Outside the return window",
    FlagKind.ACCEPTED_BY_LENIENCY: "Accepted by leniency",
    FlagKind.NO_RMA: "No return authorization",
    FlagKind.TOO_LIGHT: "Too light (weight)",
    FlagKind.TOO_HEAVY: "Too heavy (weight)",
    RefundKind.FULL: "Full refund",
    RefundKind.PARTIAL: "Partial refund",
    RefundKind.NONE: "No refund",
    "inside": "Inside the window",
    "lenient": "Late, accepted by leniency",
    "outside": "Outside the window",
    ReceiptStatus.OPEN: "Open",
    ReceiptStatus.COMPLETED: "Completed",
    ReceiptStatus.VOIDED: "Voided",
    ReceiptStatus.SET_ASIDE: "Set aside",
    "return_voided": "Return voided",
    "disposition_overridden": "Disposition overridden",
    "scan_undone": "Scan undone",
    "unit_cancelled": "Unit cancelled",
    "parcel_set_aside": "Parcel set aside",
    "(unknown)": "Unknown category",
}


def humanize(code: str) -> str:
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def code_name(code: str) -> str:
    """The English name of a report code."""
    return NAMES.get(code) or humanize(code)

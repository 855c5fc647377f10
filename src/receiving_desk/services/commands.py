"""Command barcodes: every action of the flow as a Code 128 `CMD-...` the scanner can read.

Names are upper case with hyphens (the barcode pattern allows nothing else); check and
condition codes from the rules file map `seal_intact` <-> `SEAL-INTACT`.
"""

from __future__ import annotations

from enum import StrEnum

from receiving_desk.domain.rules import Disposition, RuleSet


class Action(StrEnum):
    GRADE = "grade"
    CHECK_YES = "check_yes"
    CHECK_NO = "check_no"
    CHECKS_ALL_OK = "checks_all_ok"
    CONDITION = "condition"
    NEXT = "next"
    COMPLETE = "complete"
    CANCEL_UNIT = "cancel_unit"
    UNDO = "undo"
    SET_ASIDE = "set_aside"
    BLIND = "blind"
    OVERRIDE = "override"
    REASON = "reason"
    CANCEL = "cancel"
    REPRINT = "reprint"
    LOGOUT = "logout"
    CONFIRM = "confirm"
    PICK = "pick"


PICKS = 9  # pick-list numbers printed on the command sheet


SIMPLE = {
    "NEXT": (Action.NEXT, "Next unit"),
    "COMPLETE": (Action.COMPLETE, "Complete the return"),
    "CANCEL-UNIT": (Action.CANCEL_UNIT, "Cancel the unit waiting for a grade"),
    "UNDO": (Action.UNDO, "Undo the last scan"),
    "SET-ASIDE": (Action.SET_ASIDE, "Set the parcel aside for a supervisor"),
    "BLIND": (Action.BLIND, "Blind receipt (no RMA)"),
    "CHK-ALL-OK": (Action.CHECKS_ALL_OK, "Checklist: all remaining OK"),
    "CANCEL": (Action.CANCEL, "Cancel (override, look-up, cart)"),
    "REPRINT": (Action.REPRINT, "Reprint the last restock label"),
    "LOGOUT": (Action.LOGOUT, "Log out"),
    "CONFIRM": (Action.CONFIRM, "Yes, complete anyway (no units or discrepancies)"),
}

# Override reasons a supervisor can scan instead of typing one.
REASONS = {
    "MISGRADED": "grade does not reflect the item's real condition",
    "GOODWILL": "customer goodwill",
    "VENDOR-AGREEMENT": "vendor return agreement",
    "HIDDEN-DAMAGE": "hidden damage found",
    "RECALL": "product recall",
}


def to_code(name: str) -> str:
    return name.upper().replace("_", "-")


def from_code(code: str) -> str:
    return code.lower().replace("-", "_")


def parse(name: str) -> tuple[Action, str] | None:
    """`GRADE-A` -> (GRADE, "A"); `CHK-SEAL-INTACT-N` -> (CHECK_NO, "seal_intact")..."""
    if name in SIMPLE:
        return SIMPLE[name][0], ""
    head, _, rest = name.partition("-")
    if not rest:
        return None
    if head == "GRADE":
        return Action.GRADE, rest
    if head == "PICK" and rest.isdigit() and 1 <= int(rest) <= PICKS:
        return Action.PICK, rest
    if head == "CHK" and rest.endswith(("-Y", "-N")):
        action = Action.CHECK_YES if rest.endswith("-Y") else Action.CHECK_NO
        return action, from_code(rest[:-2])
    if head == "COND":
        return Action.CONDITION, from_code(rest)
    if head == "OVERRIDE" and from_code(rest) in {d.value for d in Disposition}:
        return Action.OVERRIDE, from_code(rest)
    if head == "REASON" and rest in REASONS:
        return Action.REASON, rest
    return None


def catalogue(rules: RuleSet) -> list[tuple[str, str]]:
    """Every command barcode with its caption, in the order of the printed sheet."""
    sheet: list[tuple[str, str]] = []
    for grade in rules.all_grades:
        sheet.append((f"CMD-GRADE-{grade}", f"Grade {grade}"))
    sheet.append(("CMD-CHK-ALL-OK", SIMPLE["CHK-ALL-OK"][1]))
    checks = {c.code: c.label for cat in rules.categories for c in rules.checklist_for(cat)}
    for code, label in sorted(checks.items()):
        # Answer first: a long question may be cut short on the sheet, the answer never.
        sheet.append((f"CMD-CHK-{to_code(code)}-Y", f"YES · {label}"))
        sheet.append((f"CMD-CHK-{to_code(code)}-N", f"NO · {label}"))
    for code, label in rules.condition_codes:
        sheet.append((f"CMD-COND-{to_code(code)}", f"Found: {label}"))
    for name in (
        "NEXT",
        "COMPLETE",
        "CONFIRM",
        "CANCEL-UNIT",
        "UNDO",
        "REPRINT",
        "SET-ASIDE",
        "BLIND",
        "CANCEL",
        "LOGOUT",
    ):
        sheet.append((f"CMD-{name}", SIMPLE[name][1]))
    for number in range(1, PICKS + 1):
        sheet.append((f"CMD-PICK-{number}", f"Pick RMA number {number} of the list"))
    for disposition in Disposition:
        sheet.append(
            (
                f"CMD-OVERRIDE-{to_code(disposition.value)}",
                f"Override: {disposition.value.replace('_', ' ')} (supervisor)",
            )
        )
    for code, text in REASONS.items():
        sheet.append((f"CMD-REASON-{code}", f"Reason: {text}"))
    return sheet

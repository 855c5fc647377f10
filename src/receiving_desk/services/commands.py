"""Command barcodes: every action of the flow as a Code 128 `CMD-...` the scanner can read.

Names are upper case with hyphens (the barcode pattern allows nothing else); check and
condition codes from the rules file map `seal_intact` <-> `SEAL-INTACT`.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from receiving_desk.domain.rules import Disposition, RuleSet

Translate = Callable[[str], str]  # an English caption -> the station's language


def _t(text: str) -> str:
    """Marks a caption for the catalogue (context "Commands"); translated when printed."""
    return text


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
    WEIGH = "weigh"
    AUDIT = "audit"


PICKS = 9  # pick-list numbers printed on the command sheet


SIMPLE = {
    "NEXT": (Action.NEXT, _t("Next unit")),
    "COMPLETE": (Action.COMPLETE, _t("Complete the return")),
    "CANCEL-UNIT": (Action.CANCEL_UNIT, _t("Cancel the unit waiting for a grade")),
    "UNDO": (Action.UNDO, _t("Undo the last scan")),
    "SET-ASIDE": (Action.SET_ASIDE, _t("Set the parcel aside for a supervisor")),
    "BLIND": (Action.BLIND, _t("Blind receipt (no RMA)")),
    "CHK-ALL-OK": (Action.CHECKS_ALL_OK, _t("Checklist: all remaining OK")),
    "CANCEL": (Action.CANCEL, _t("Cancel (override, look-up, cart)")),
    "REPRINT": (Action.REPRINT, _t("Reprint the last restock label")),
    "LOGOUT": (Action.LOGOUT, _t("Log out")),
    "WEIGH": (Action.WEIGH, _t("Weigh the parcel or unit on the scale")),
    "CONFIRM": (Action.CONFIRM, _t("Yes, complete anyway (no units or discrepancies)")),
    "AUDIT": (Action.AUDIT, _t("Hold the last LPN for a blind audit (supervisor)")),
}
DISPOSITIONS = {
    Disposition.RESTOCK_NEW: _t("Restock as new"),
    Disposition.RESTOCK_OPEN_BOX: _t("Restock as open box"),
    Disposition.REFURBISH: _t("Refurbish"),
    Disposition.REPAIR: _t("Repair"),
    Disposition.RETURN_TO_VENDOR: _t("Return to vendor"),
    Disposition.LIQUIDATE: _t("Liquidate"),
    Disposition.DONATE: _t("Donate"),
    Disposition.RECYCLE: _t("Recycle"),
    Disposition.DESTROY: _t("Destroy"),
}
TITLE = _t("Receiving Desk - command barcodes")

# Override reasons a supervisor can scan instead of typing one.
REASONS = {
    "MISGRADED": _t("grade does not reflect the item's real condition"),
    "GOODWILL": _t("customer goodwill"),
    "VENDOR-AGREEMENT": _t("vendor return agreement"),
    "HIDDEN-DAMAGE": _t("hidden damage found"),
    "RECALL": _t("product recall"),
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


def catalogue(rules: RuleSet, tr: Translate = _t, language: str = "en") -> list[tuple[str, str]]:
    """Every command barcode with its caption, in the order of the printed sheet; captions
    through `tr` (the catalogue's "Commands" context) and the rules file's texts in
    `language` (a scanned reason is recorded in English, whatever the sheet says)."""
    sheet: list[tuple[str, str]] = []
    for grade in rules.all_grades:
        sheet.append((f"CMD-GRADE-{grade}", tr(_t("Grade {grade}")).format(grade=grade)))
    sheet.append(("CMD-CHK-ALL-OK", tr(SIMPLE["CHK-ALL-OK"][1])))
    checks = {c.code: c.label for cat in rules.categories for c in rules.checklist_for(cat)}
    for code, label in sorted(checks.items()):
        # Answer first: a long question may be cut short on the sheet, the answer never.
        question = rules.text(label, language)
        sheet.append(
            (f"CMD-CHK-{to_code(code)}-Y", tr(_t("YES · {question}")).format(question=question))
        )
        sheet.append(
            (f"CMD-CHK-{to_code(code)}-N", tr(_t("NO · {question}")).format(question=question))
        )
    for code, label in rules.condition_codes:
        found = rules.text(label, language)
        sheet.append(
            (f"CMD-COND-{to_code(code)}", tr(_t("Found: {condition}")).format(condition=found))
        )
    for name in (
        "WEIGH",
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
        "AUDIT",
    ):
        sheet.append((f"CMD-{name}", tr(SIMPLE[name][1])))
    for number in range(1, PICKS + 1):
        caption = tr(_t("Pick return number {number} of the list")).format(number=number)
        sheet.append((f"CMD-PICK-{number}", caption))
    for disposition in Disposition:
        caption = tr(_t("Override: {disposition} (supervisor)")).format(
            disposition=tr(DISPOSITIONS[disposition])
        )
        sheet.append((f"CMD-OVERRIDE-{to_code(disposition.value)}", caption))
    for code, text in REASONS.items():
        sheet.append((f"CMD-REASON-{code}", tr(_t("Reason: {reason}")).format(reason=tr(text))))
    return sheet

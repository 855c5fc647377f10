"""Every user-facing text for codes coming from the services, translated here.

The services speak in stable codes (ErrorCode, Event, Disposition, ...). Turning them into
words is the GUI's job, through Qt's translation functions so `pyside6-lupdate` finds them.

Counts: a sentence with a number of things is written twice in English (one / many, chosen
here by n) and both are passed to Qt with n, so a translation gives each language its own
plural forms through %n (Russian has three, Chinese and Korean one).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.file_problems import Wording
from receiving_desk.domain.flags import Flag, FlagKind
from receiving_desk.domain.receipt import MatchStatus
from receiving_desk.domain.rules import Disposition, Refund, RefundKind
from receiving_desk.gui.code_words import (  # re-exported: callers use messages.*
    disposition_text,
    line_state_text,
    match_text,
    reason_text,
    role_text,
    scanner_state_text,
    tier_text,
)
from receiving_desk.gui.language import rule_text
from receiving_desk.gui.problem_texts import is_refusal, reason_words
from receiving_desk.gui.shown_code import shown_code
from receiving_desk.gui.site_code_texts import refused_codes_text
from receiving_desk.gui.weight_texts import weighed_text, weight_error_texts, weight_flag_text

__all__ = [
    "audit_step_text",
    "disposition_text",
    "error_text",
    "event_text",
    "flag_text",
    "line_state_text",
    "match_text",
    "reason_text",
    "refund_text",
    "role_text",
    "scanner_state_text",
    "step_text",
    "tier_text",
]
from receiving_desk.services.desk_events import Event
from receiving_desk.services.desk_view import Step
from receiving_desk.services.error_classes import classify


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Messages", text, disambiguation, n)


def _count(params: dict[str, Any], key: str) -> int:
    try:
        return int(params.get(key, 0))
    except (TypeError, ValueError):
        return 0


def _quoted(params: Any) -> dict[str, Any]:
    """The facts with the scanned code as it may be shown (see shown_code)."""
    p: dict[str, Any] = dict(params)
    if isinstance(p.get("code"), str):
        p["code"] = shown_code(p["code"])
    return p


def error_text(error: DeskError) -> str:
    p: dict[str, Any] = _quoted(error.params)
    code = error.code
    if code is ErrorCode.INVALID_BARCODE or (
        code is ErrorCode.BAD_CHECK_DIGIT and {"expected", "got"} <= p.keys()
    ):
        return scan_problem_text(code, p)
    if code is ErrorCode.NEAR_MISS:
        return near_miss_text(p)
    if code is ErrorCode.WRONG_STEP:
        return wrong_step_text(p)
    if code is ErrorCode.SITE_CODES_REFUSED:  # the admin's pull: nothing of it was applied
        return _t("Reference data not pulled: {0}").format(refused_codes_text(error.params))
    if code is ErrorCode.UNITS_NOT_GRADED:
        n = _count(p, "count")
        return (
            _t("%n unit still needs a grade", "", n)
            if n == 1
            else _t("%n units still need a grade", "", n)
        )
    texts: dict[ErrorCode, str] = {
        ErrorCode.UNKNOWN_BARCODE: _t("Unknown barcode: {code}"),
        ErrorCode.BAD_CHECK_DIGIT: _t("Check digit wrong — rescan: {code}"),
        ErrorCode.NOISE: _t("Scanner sent nothing readable — rescan"),
        ErrorCode.NOT_LOGGED_IN: _t("Scan your badge first"),
        ErrorCode.BAD_CREDENTIALS: _t("Badge or PIN not accepted — scan your badge again"),
        ErrorCode.ACCOUNT_LOCKED: _t("Too many wrong PINs: this badge is locked for a few minutes"),
        ErrorCode.PERMISSION_DENIED: _t("Not allowed for your role ({role}): ask a supervisor"),
        ErrorCode.USER_INACTIVE: _t("Your badge is no longer active: ask a supervisor"),
        ErrorCode.RMA_NOT_FOUND: _t("No return authorization found for {code}"),
        ErrorCode.RMA_CLOSED: _t("Return {rma} is already {status}"),
        ErrorCode.PARCEL_ALREADY_OPEN: _t("Return {rma} is still open — complete it first"),
        ErrorCode.NO_OPEN_PARCEL: _t("Scan the parcel's RMA slip or tracking label first"),
        ErrorCode.UNKNOWN_ITEM: _t("Item not in the catalog: {code}"),
        ErrorCode.NO_UNIT_TO_GRADE: _t("No unit waiting for a grade — scan an item"),
        ErrorCode.GRADE_NOT_ALLOWED: _t("Grade {grade} is not allowed here"),
        ErrorCode.RETURN_NOT_OPEN: _t("This return is already {status}"),
        ErrorCode.REASON_REQUIRED: _t("A reason is required"),
        ErrorCode.NOTHING_TO_UNDO: _t("Nothing to undo"),
        ErrorCode.DATABASE_LOCKED: _t("The local database is busy — try again in a moment"),
        ErrorCode.DATABASE_FULL: _t(
            "The disk of the local database is full: this step was not saved, scans are kept."
            " Tell a supervisor to free space."
        ),
        ErrorCode.DATABASE_READ_ONLY: _t(
            "The local database cannot be written (read-only or missing file or folder): this"
            " step was not saved, scans are kept. Tell a supervisor."
        ),
        ErrorCode.DATABASE_IO_ERROR: _t(
            "The local database could not be read or written (disk error): this step was not"
            " saved, scans are kept. Tell a supervisor."
        ),
        ErrorCode.DATABASE_CORRUPT: _t(
            "The local database is damaged: this step was not saved. Tell a supervisor now."
        ),
        ErrorCode.PRINTER_FAILED: _t("Printer {printer}: {reason}"),
        ErrorCode.FILE_PROBLEM: _t("File {path}: {reason}"),
        ErrorCode.PHOTO_NOT_ADDED: _t("Photo not added: {path}: {reason}"),
        **weight_error_texts(),
        ErrorCode.INVALID_SETTING: _t("Setting not saved: {reason}"),
        ErrorCode.UNKNOWN_CHECK: _t("That checklist question does not apply to this item"),
        ErrorCode.UNKNOWN_CONDITION: _t("Condition {code} does not apply to this item"),
        ErrorCode.CHECKS_UNANSWERED: _t("Not graded: answer these questions first: {checks}"),
        ErrorCode.NOTHING_TO_CONFIRM: _t("Nothing to confirm now"),
        ErrorCode.NO_SUCH_PICK: _t("There is no number {number} on the list"),
        ErrorCode.NOTHING_TO_OVERRIDE: _t("Nothing to override: grade a unit first"),
        ErrorCode.NO_RMA_FOR_LOOKUP: _t("No open return authorization for {code}"),
        ErrorCode.SEVERAL_RMAS: _t("Several return authorizations match: scan the RMA"),
        ErrorCode.UNKNOWN_BIN: _t("No such bin: {code}"),
        ErrorCode.WRONG_BIN: _t("Wrong bin: {scanned} — this unit goes to {expected}"),
        ErrorCode.UNKNOWN_LPN: _t("Unknown license plate: {code}"),
        ErrorCode.NOTHING_TO_PUT_AWAY: _t("Nothing to put away: scan the LPNs first"),
        ErrorCode.NO_LABEL: _t("No label to reprint {code}"),
        ErrorCode.APPROVAL_REQUIRED: _t(
            "Unit {seq} ({sku}) is already labelled or put away: a supervisor must approve"
        ),
        ErrorCode.APPROVAL_PENDING: _t(
            "Waiting for a supervisor: scan a supervisor badge, or CMD-CANCEL"
        ),
        ErrorCode.LPN_REVERSED: _t("{code} is no longer in stock: its scan was undone or voided"),
        ErrorCode.AUDIT_PENDING: _t(
            "{code} is held for a blind audit: keep it on the audit shelf until it is graded"
        ),
        ErrorCode.NOT_HELD_FOR_AUDIT: _t("{code} is not waiting for an audit"),
        ErrorCode.ALREADY_HELD_FOR_AUDIT: _t("{code} is already held for an audit"),
        ErrorCode.OWN_UNIT_AUDIT: _t("You graded {code} first: another clerk must audit it"),
        ErrorCode.ALREADY_AUDITED: _t("You have already graded {code} for the audit"),
        ErrorCode.NOTHING_TO_RESOLVE: _t("{code} has no disputed audit to resolve"),
        ErrorCode.DISPOSITION_CHANGE_NEEDS_OVERRIDE: _t(
            "Not graded: this {sku} was already put away ({was}); this grade would change"
            " where it goes. Grade it as before, then a supervisor overrides."
        ),
    }
    if "role" in p:
        p["role"] = role_text(str(p["role"]))
    if isinstance(p.get("said"), Wording) or (code is ErrorCode.PRINTER_FAILED and "state" in p):
        p["reason"] = reason_words(p)  # its facts in this language
    if code is ErrorCode.INVALID_SETTING and is_refusal(p):  # not a setting: an entry refused
        return _format(_t("Not done: {reason}"), p)
    if code is ErrorCode.CHECKS_UNANSWERED:
        checks = p.get("checks", ())
        listed = checks if isinstance(checks, (list, tuple)) else [checks]
        p["checks"] = "; ".join(rule_text(str(c)) for c in listed)
    if code is ErrorCode.PARCEL_ALREADY_OPEN and p.get("station"):
        return _t("Return {rma} is open at station {station}").format(**p)
    try:
        return texts[code].format(**p)
    except (KeyError, IndexError):  # a missing parameter must not hide the message
        return texts[code]


def wrong_step_text(p: dict[str, Any]) -> str:
    # Whole sentences per step: articles and cases differ by language ("an RMA slip").
    texts = {
        "badge": _t("Not expected now: {code}. Scan your badge first."),
        "parcel": _t("Not expected now: {code}. Scan the RMA slip or the tracking label."),
        "item": _t("Not expected now: {code}. Scan an item barcode."),
    }
    text = texts.get(str(p.get("expected", "")), _t("Not expected now: {code}"))
    return _format(text, p)


def near_miss_text(p: dict[str, Any]) -> str:
    """A code that starts like one of the site's own barcodes but does not match it."""
    texts = {
        "rma": _t(
            "{code} starts like an RMA number ({prefix}…) but does not match this site's RMA "
            "format. Check the slip and scan it again, or type the RMA number."
        ),
        "lpn": _t(
            "{code} starts like a license plate ({prefix}…) but does not match this site's LPN "
            "format. Reprint the label, or type the LPN."
        ),
        "badge": _t(
            "{code} starts like a badge ({prefix}…) but does not match this site's badge format. "
            "Ask a supervisor for a new badge."
        ),
        "bin": _t(
            "{code} starts like a bin label ({prefix}…) but does not match this site's bin "
            "format. Scan the label on the bin, or type the bin code."
        ),
        "command": _t(
            "{code} starts like a command barcode ({prefix}…) but is not one of the desk's "
            "commands. Use the printed command sheet."
        ),
    }
    text = texts.get(str(p.get("kind", "")), _t("{code} does not match this site's formats"))
    return _format(text, p)


def scan_problem_text(code: ErrorCode, p: dict[str, Any]) -> str:
    """A scan the desk refuses: what is wrong, with the facts, and what to do next."""
    if code is ErrorCode.BAD_CHECK_DIGIT:
        text = _t(
            "Check digit wrong — rescan: {code} ({what}: the check digit should be {expected}, "
            "the scan has {got}). If it fails again, type the number printed on the label."
        )
        return _format(text, p)
    detail = barcode_problem_text(str(p.get("problem_code", "")), p)
    action = next_step_text(str(p.get("problem_code", "")), p)
    return _format(
        _t("Barcode not valid: {code} — {detail}. {action}"), p, detail=detail, action=action
    )


def barcode_problem_text(problem: str, p: dict[str, Any]) -> str:
    """What is wrong with a barcode, by the interpreter's problem code (docs/barcodes.md)."""
    gs1 = "ai" in p
    if problem == "length":
        n = _count(p, "count")
        text = (
            _t("an EAN/UPC barcode has {expected} digits, this scan has %n digit", "", n)
            if n == 1
            else _t("an EAN/UPC barcode has {expected} digits, this scan has %n digits", "", n)
        )
    elif problem == "too_long" and gs1:
        n = _count(p, "limit")
        text = (
            _t("AI {ai} allows at most %n character, this one has {count}", "", n)
            if n == 1
            else _t("AI {ai} allows at most %n characters, this one has {count}", "", n)
        )
    elif problem == "too_long":
        text = _t(
            "the scan is %n characters long, more than any barcode holds", "", _count(p, "count")
        )
    elif problem == "pattern" and p.get("format") == "digits":
        text = _t("an EAN/UPC barcode holds digits only")
    elif problem == "pattern" and gs1:
        text = _t("AI {ai}: {value} does not fit the format {format}")
    else:
        text = {
            "check_digit": _t("{what}: the check digit should be {expected}, the scan has {got}"),
            "bad_date": _t("AI {ai}: {value} is not a valid date (YYMMDD)"),
            "bad_ai": _t("no GS1 Application Identifier starts at {value}"),
            "bad_country": _t("{country} is not a country code"),
            "placeholder": _t("a number of one repeated digit is a placeholder, not a real code"),
            "duplicate_ai": _t(
                "AI {ai} appears twice, as {value} and as {other}: the label contradicts itself"
            ),
            "invalid_pair": _t("AI {ai} and AI {other} must not be in one barcode"),
            "missing_partner": _t("AI {ai} needs AI {needs} in the same barcode"),
            "hri_from_scanner": _t(
                "the barcode holds GS1 text in brackets: it is a printed label, not GS1 data"
            ),
            "bad_link": _t("the GS1 Digital Link cannot be read"),
            "pattern": _t("its text does not fit the format it starts like"),
        }.get(problem, _t("it does not fit its format"))
    return _format(text, p)


def next_step_text(problem: str, p: dict[str, Any]) -> str:
    """What the clerk can do about it: rescan only where rescanning can help."""
    if problem in ("check_digit", "length") or (problem == "pattern" and "ai" not in p):
        return _t("Rescan; if it fails again, type the number printed on the label.")
    if problem == "placeholder":
        return _t("Scan the real label, or type its number.")
    if problem == "hri_from_scanner":
        return _t("Scan the GS1 barcode next to it, or type the text.")
    if problem == "bad_country":
        return _t("Check the label, or type the number.")
    return _t("Rescanning will not help: scan another barcode on the item, or type its number.")


def _format(text: str, p: dict[str, Any], **extra: str) -> str:
    try:
        return text.format(**{**p, **extra})
    except (KeyError, IndexError):  # a missing fact must not hide the message
        return text


def failure_text(error: BaseException) -> str:
    """The one-line text for a failure, as the error presenter words it (for a dialog's own
    status line; the presenter itself still shows and sounds it)."""
    known = classify(error).known
    return error_text(known) if known is not None else _t("Unexpected error: see the log")


def event_text(event: Event, params: dict[str, Any]) -> str:
    params = _quoted(params)
    n, units = _count(params, "count"), _count(params, "units")
    secs, mins = _count(params, "seconds"), _count(params, "minutes")
    texts = {
        Event.BADGE_READ: _t("Badge read — enter your PIN"),
        Event.LOGGED_IN: _t("Welcome, {name}"),
        Event.LOGGED_OUT: _t("Logged out"),
        Event.SESSION_CHANGED: _t("{previous} is logged out — welcome, {name}"),
        Event.IDLE_WARNING: _t(
            "No activity: logging out in %n seconds — scan or press a key to stay", "", secs
        ),
        Event.IDLE_LOGGED_OUT: _t("Logged out after %n minutes without activity", "", mins),
        Event.PARCEL_OPENED: _t("Return {rma} opened"),
        Event.PARCEL_RESUMED: _t("Welcome, {name} — return {rma} resumed where it stopped"),
        Event.UNIT_ADDED: _t("Unit {seq}: {sku} — {match}"),
        Event.UNIT_GRADED: _t("Unit {seq} graded {grade}"),
        Event.NO_RMA_FOUND: _t("No return authorization for {code}"),
        Event.SEVERAL_RMAS: _t("%n open returns match — pick one by its number", "", n),
        Event.CONFIRM_NEEDED: (
            _t("No units scanned: complete anyway?")
            if units == 0
            else _t("Discrepancies: complete anyway?")
        ),
        Event.BLIND_OPENED: _t("Blind receipt opened for {code}: every item will be flagged"),
        Event.SET_ASIDE: _t("Parcel {code} set aside for a supervisor"),
        Event.CHECK_ANSWERED: _t("{check}: {answer}"),
        Event.ALL_CHECKS_PASSED: (
            _t("Checklist: %n remaining check answered OK", "", n)
            if n == 1
            else _t("Checklist: %n remaining checks answered OK", "", n)
        ),
        Event.CONDITION_TOGGLED: _t("Condition {condition}: {state}"),
        Event.PHOTO_ADDED: _t("Photo added"),
        Event.OVERRIDE_STARTED: _t("Override to {disposition}: scan or type the reason"),
        Event.OVERRIDDEN: _t("Unit {seq} overridden to {disposition} (audited)"),
        Event.UNIT_CANCELLED: _t("Unit {seq} ({sku}) cancelled"),
        Event.NEXT_UNIT: _t("Ready for the next item"),
        Event.CANCELLED: _t("Cancelled"),
        Event.LPN_ADDED: _t("{lpn} (now in {location}) on the cart: {count} — scan the bin"),
        Event.PUT_AWAY: (
            _t("%n unit put away in {bin}", "", n)
            if n == 1
            else _t("%n units put away in {bin}", "", n)
        ),
        Event.REPRINTED: _t("Label {lpn} sent to the printer again (audited)"),
        Event.RETURN_COMPLETED: (
            _t("Return {rma} completed (%n unit)", "", units)
            if units == 1
            else _t("Return {rma} completed (%n units)", "", units)
        ),
        Event.RETURN_VOIDED: _t("Return {rma} voided"),
        Event.SCAN_UNDONE: (
            _t("Scan undone: unit {seq} ({sku}), approved by {approved_by} (audited)")
            if params.get("approved_by")
            else _t("Scan undone: unit {seq} ({sku})")
        ),
        Event.APPROVAL_NEEDED: (
            _t(
                "The grades of {lpn} ({sku}) differ: a supervisor sets its final grade"
                " — supervisor, scan your badge (CMD-CANCEL leaves it waiting)"
            )
            if params.get("why") == "disputed_grade"
            else _t(
                "Unit {seq} ({sku}) is already put away: a supervisor must approve the undo"
                " — supervisor, scan your badge (CMD-CANCEL keeps the unit)"
            )
            if params.get("why") == "put_away"
            else _t(
                "Unit {seq} ({sku}) already has its label: a supervisor must approve the undo"
                " — supervisor, scan your badge (CMD-CANCEL keeps the unit)"
            )
        ),
        Event.APPROVER_BADGE_READ: _t("Supervisor badge read — supervisor, enter your PIN"),
        Event.WEIGHED: weighed_text(params),
        Event.AUDIT_OPENED: (
            _t("Final grade of {lpn} ({sku}), approved by {final_by}: scan the grade")
            if params.get("final_by")
            else _t("Final grade of {lpn} ({sku}): the grades differ, scan the final grade")
            if params.get("final_by") == ""
            else _t("Blind audit of {lpn} ({sku}): check it and grade it afresh")
        ),
        Event.AUDIT_GRADED: (
            _t("Audit of {lpn} agrees: the label for its put-away is printing")
            if params.get("state") == "agreed"
            else _t("Audit of {lpn} recorded: the grades differ, a supervisor decides")
            if params.get("state") == "disputed"
            else _t("Final grade of {lpn} set (audited): its label is printing")
            if params.get("state") == "resolved"
            else _t("Calibration grade of {lpn} recorded")
        ),
        Event.AUDIT_HELD: _t("{lpn} is held for a blind audit: its AUDIT label is printing"),
        Event.NOTHING: "",
    }
    p = dict(params)
    if "match" in p:
        p["match"] = match_text(MatchStatus(p["match"]))
    for key in ("check", "condition"):  # the rules file's own words, in the desk's language
        if key in p:
            p[key] = rule_text(str(p[key]))
    if "passed" in p:
        p["answer"] = _t("yes") if p["passed"] else _t("no")
    if "set" in p:
        p["state"] = _t("noted") if p["set"] else _t("removed")
    if "disposition" in p:
        p["disposition"] = disposition_text(Disposition(p["disposition"]))
    if event is Event.RETURN_COMPLETED and p.get("flags"):
        flags = _count(p, "flags")
        flagged = (
            _t("%n discrepancy flag", "", flags)
            if flags == 1
            else _t("%n discrepancy flags", "", flags)
        )
        return _format(texts[event] + " — " + flagged, p)
    try:
        return texts[event].format(**p)
    except (KeyError, IndexError):
        return texts[event]


def step_text(step: Step) -> str:
    return {
        Step.SCAN_BADGE: _t("Scan your badge"),
        Step.ENTER_PIN: _t("Enter your PIN, then Enter"),
        Step.SCAN_PARCEL: _t("Scan the RMA slip or the tracking label"),
        Step.SCAN_ITEM: _t("Scan the next item — or complete the return (F12)"),
        Step.GRADE_UNIT: _t("Check and grade the unit: 1 = A, 2 = B, 3 = C, 4 = D, 5 = scrap"),
        Step.UNEXPECTED: _t(
            "No RMA: scan the order number, customer number or an item's serial — "
            "or CMD-BLIND to receive it blind, CMD-SET-ASIDE for a supervisor"
        ),
        Step.OVERRIDE_REASON: _t("Override: scan a reason barcode or type the reason"),
        Step.PICK_RMA: _t("Pick the return: type or scan its number"),
        Step.PUT_AWAY: _t("Put away: scan the bin label"),
        Step.CONFIRM_COMPLETE: _t("Confirm: scan CMD-CONFIRM to complete, or scan on"),
        Step.APPROVE_BADGE: _t("Supervisor approval: a supervisor scans their badge"),
        Step.APPROVE_PIN: _t("Supervisor approval: the supervisor enters their PIN, then Enter"),
        Step.AUDIT_GRADE: _t(
            "Blind audit: check the unit and grade it (CMD-CANCEL leaves it held)"
        ),
    }[step]


def audit_step_text(view_final_by: str | None, step: Step) -> str:
    """The step line; a disputed unit waiting for its final grade has its own."""
    if step is Step.AUDIT_GRADE and view_final_by is not None:
        return _t("Final grade: scan the grade the unit keeps (CMD-CANCEL leaves it disputed)")
    return step_text(step)


def refund_text(refund: Refund) -> str:
    if refund.kind is RefundKind.FULL:
        return _t("Refund: full")
    if refund.kind is RefundKind.PARTIAL:
        return _t("Refund: partial, {0} %").format(refund.percent)
    return _t("Refund: none")


def flag_text(flag: Flag) -> str:
    if "weighed" in flag.evidence or flag.kind in (FlagKind.TOO_LIGHT, FlagKind.TOO_HEAVY):
        return weight_flag_text(flag)
    e = dict(flag.evidence)
    texts = {
        FlagKind.WRONG_ITEM: _t(
            "Wrong item on line {line}: declared {declared_sku}, received {received_sku}"
        ),
        FlagKind.EXTRA_ITEM: _t("Undeclared extra item: {received_sku}"),
        FlagKind.MISSING_ITEM: _t("Missing: line {line} ({sku}) not in the parcel"),
        FlagKind.EMPTY_BOX: _t("Empty box: none of the {declared_lines} declared lines arrived"),
        FlagKind.QUANTITY_SHORT: _t("Short on line {line}: {received} of {declared} {sku}"),
        FlagKind.QUANTITY_OVER: _t(
            "More than declared on line {line}: {sku} (declared {declared})"
        ),
        FlagKind.SERIAL_MISMATCH: _t(
            "Serial mismatch on line {line}: sold {sold_serial}, received {received_serial}"
        ),
        FlagKind.OUTSIDE_WINDOW: _t("Unit {unit}: returned outside the window"),
        FlagKind.ACCEPTED_BY_LENIENCY: _t("Unit {unit}: late, accepted by loyalty leniency"),
        FlagKind.NO_RMA: _t("Blind receipt: no return authorization"),
    }
    e.update(line=flag.line_no, unit=flag.unit_seq)
    try:
        return texts[flag.kind].format(**e)
    except (KeyError, IndexError):
        return texts[flag.kind]

"""What to do next, always on screen: the panel under the step line, in large type.

After a grade: the disposition and the destination bin. During put-away: the cart (LPNs, where
each is and where it goes) and its progress. Several matching RMAs: a numbered pick list. A
completion that needs confirming: why (no units, the discrepancies) and how to say yes.
Texts are translated in the "Messages" context, like `messages.py`.
"""

from __future__ import annotations

from html import escape

from receiving_desk.gui.language import rule_text
from receiving_desk.gui.messages import _t, disposition_text, flag_text
from receiving_desk.services.desk_view import DeskView, ParcelView, Step

BIG = 'style="font-size:17pt;font-weight:bold"'
ROW = 'style="font-size:14pt"'


def _rows(rows: list[str]) -> str:
    return "".join(f"<div {ROW}>{row}</div>" for row in rows)


def next_text(view: DeskView) -> str:
    """Rich text for the guidance panel ("" when the step line says it all)."""
    if view.step is Step.PICK_RMA:
        return pick_list_text(view)
    if view.step is Step.CONFIRM_COMPLETE:
        return confirm_text(view)
    if view.step is Step.PUT_AWAY:
        return cart_text(view)
    if view.step in (Step.APPROVE_BADGE, Step.APPROVE_PIN):
        return approval_text(view)
    if view.step is Step.AUDIT_GRADE:
        return audit_text(view)
    parcel = view.parcel
    if parcel is None:
        return ""
    if view.step is Step.GRADE_UNIT:
        return grading_text(parcel)
    return decided_text(parcel)


def audit_text(view: DeskView) -> str:
    """The unit under blind audit: what it is and the questions to answer afresh — never
    its first grade (the snapshot does not carry it)."""
    unit = view.audit
    if unit is None:
        return ""
    head = _t("Gold calibration unit") if unit.gold else _t("Blind audit")
    if view.final_by is not None:  # a disputed unit: the supervisor's final word
        head = (
            _t("Final grade, set by {name} (audited)").format(name=view.final_by)
            if view.final_by
            else _t("Final grade (audited)")
        )
    rows = [escape(f"{unit.lpn} · {unit.sku} · {unit.description}")]
    for kind, grade, who in view.dispute:  # a settled question now: both grades are shown
        given = (
            _t("First grade: {grade} ({name})")
            if kind == "first"
            else _t("Blind grade: {grade} ({name})")
        )
        rows.append(escape(given.format(grade=grade, name=who)))
    rows += [escape(rule_text(question)) for _, question in unit.checks]
    rows.append(escape(_t("Grades: {grades}").format(grades=" / ".join(unit.grades))))
    return f"<div {BIG}>{escape(head)}</div>" + _rows(rows)


def pick_list_text(view: DeskView) -> str:
    head = _t("Several returns match. Type or scan the number of the right one:")
    rows = [
        f"<b>{number}</b> &nbsp; {escape(rma)}"
        for number, rma in enumerate(view.candidates, start=1)
    ]
    return f"<div {BIG}>{escape(head)}</div>" + "".join(f"<div {BIG}>{r}</div>" for r in rows)


def confirm_text(view: DeskView) -> str:
    question = view.confirm
    if question is None:
        return ""
    if question.units == 0:
        head = _t("This return has no units. Complete it empty?")
    else:
        n = len(question.flags)
        head = (
            _t("Complete with %n discrepancy?", "", n)
            if n == 1
            else _t("Complete with %n discrepancies?", "", n)
        )
    how = _t("Yes: scan CMD-CONFIRM (or click Complete anyway). Any other scan: no.")
    flags = [escape(flag_text(f)) for f in question.flags]
    return f"<div {BIG}>{escape(head)}</div>" + _rows(flags) + f"<div {ROW}>{escape(how)}</div>"


def approval_text(view: DeskView) -> str:
    """What waits for the supervisor, and how to give (or not give) the approval."""
    request = view.approval
    if request is None:
        return ""
    facts = dict(request.details)
    if request.why == "disputed_grade":
        return resolve_text(view, str(facts.get("lpn", "")), str(facts.get("sku", "")))
    head = _t("Undo of unit {seq} ({sku}, {lpn}) needs a supervisor").format(
        seq=facts.get("seq", "?"),
        sku=escape(str(facts.get("sku", ""))),
        lpn=escape(str(facts.get("lpn", ""))),
    )
    why = (
        _t("It is already put away: take it off the shelf before approving.")
        if request.why == "put_away"
        else _t("Its label is already printed: remove the label before approving.")
    )
    how = (
        _t("Supervisor: scan your badge, then enter your PIN. The clerk stays logged in.")
        if view.step is Step.APPROVE_BADGE
        else _t("Supervisor: enter your PIN, then Enter.")
    )
    keep = _t("CMD-CANCEL: keep the unit, nothing is undone.")
    return f"<div {BIG}>{escape(head)}</div>" + _rows([escape(why), escape(how), escape(keep)])


def resolve_text(view: DeskView, lpn: str, sku: str) -> str:
    """A disputed unit at a clerk's desk: a supervisor's badge and PIN set its final grade."""
    head = _t("The grades of {lpn} ({sku}) differ: a supervisor sets the final grade").format(
        lpn=escape(lpn), sku=escape(sku)
    )
    how = (
        _t("Supervisor: scan your badge, then enter your PIN. The clerk stays logged in.")
        if view.step is Step.APPROVE_BADGE
        else _t("Supervisor: enter your PIN, then Enter.")
    )
    keep = _t("CMD-CANCEL: the unit waits for a supervisor.")
    return f"<div {BIG}>{head}</div>" + _rows([escape(how), escape(keep)])


def cart_text(view: DeskView) -> str:
    n = len(view.cart)
    head = (
        _t("Cart: %n LPN — scan the bin label to put it away", "", n)
        if n == 1
        else _t("Cart: %n LPNs — scan the bin label to put them away", "", n)
    )
    rows = []
    for number, line in enumerate(view.cart, start=1):
        goes = line.destination or "—"
        rows.append(
            _t("{n}. {lpn} ({sku}): now in {location} → goes to {destination}").format(
                n=number,
                lpn=escape(line.lpn),
                sku=escape(line.sku),
                location=escape(line.location),
                destination=f"<b>{escape(goes)}</b>",
            )
        )
    destinations = {line.destination for line in view.cart if line.destination}
    if len(destinations) > 1:
        rows.append(escape(_t("Mixed destinations: each LPN is booked into the bin you scan")))
    return f"<div {BIG}>{escape(head)}</div>" + _rows(rows)


def grading_text(parcel: ParcelView) -> str:
    """The unit being graded, and the questions it needs answered first."""
    waiting = parcel.unit_to_grade
    if waiting is None:
        return ""
    unit = _t("Grading unit {seq}: {sku} — {description}").format(
        seq=waiting.seq, sku=escape(waiting.sku), description=escape(waiting.description)
    )
    return f"<div {BIG}>{unit}</div>" + required_text(parcel)


def required_text(parcel: ParcelView) -> str:
    waiting = parcel.unit_to_grade
    if waiting is None:
        return ""
    open_checks = [
        rule_text(c.label)
        for c in parcel.checklist
        if c.code in parcel.required and c.code not in waiting.checklist
    ]
    if not open_checks:
        return ""
    head = _t("Answer before grading:")
    return f"<div {ROW}><b>{escape(head)}</b> {escape('; '.join(open_checks))}</div>"


def decided_text(parcel: ParcelView) -> str:
    """The unit just graded: its disposition and the bin it goes to, in large type."""
    last = parcel.last_graded
    if last is None or last.disposition is None:
        return ""
    where = last.destination or "—"
    text = _t("Unit {seq}: {disposition} → bin {bin}").format(
        seq=last.seq,
        disposition=escape(disposition_text(last.disposition)),
        bin=f'<span style="background:#fff59d;padding:2px">{escape(where)}</span>',
    )
    staged = len(parcel.to_put_away)
    rows = []
    if staged:
        rows.append(
            escape(
                _t(
                    "%n unit waits in returns staging: scan its bin label to put it away",
                    "",
                    staged,
                )
                if staged == 1
                else _t(
                    "%n units wait in returns staging: scan a bin label to put one away", "", staged
                )
            )
        )
    return f"<div {BIG}>{text}</div>" + _rows(rows)

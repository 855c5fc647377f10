"""The evidence pack's weights and audited grades, registered as sections of its own (see
facts.register): the parcel's and each unit's weight beside the range it should weigh and
what it says (empty box, too light, too heavy — as the completion's flags judge it), and
for a unit held for a blind audit every grade it was given: the first, the blind second (or
gold calibration ones) and the supervisor's final grade, with who and when."""

from __future__ import annotations

from sqlalchemy import Connection, select

from receiving_desk.adapters.evidence.facts import ReturnKeys, _rows, has_table, register
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.repositories import SqlCatalogRepository, SqlRmaRepository
from receiving_desk.domain.evidence import Section
from receiving_desk.domain.weight_checks import parcel_finding
from receiving_desk.domain.weights import Expected, WeightFinding, check_unit

_FINDINGS = {
    WeightFinding.EMPTY_BOX: "empty box",
    WeightFinding.TOO_LIGHT: "too light",
    WeightFinding.TOO_HEAVY: "too heavy",
}


def _judged(
    k: ReturnKeys, grams: int | None, expected: Expected | None, finding: WeightFinding | None
) -> tuple[object, object, object, str]:
    """(weight, expected, range, finding) as printed."""
    if grams is None:
        return "", expected.grams if expected else "", _range(expected), k.w("not weighed")
    if expected is None:
        return grams, "", "", k.w("no expected weight")
    said = "within range" if finding is None else _FINDINGS[finding]
    return grams, expected.grams, _range(expected), k.w(said)


def _range(expected: Expected | None) -> str:
    return "" if expected is None else f"{expected.low}–{expected.high}"


def weights(conn: Connection, k: ReturnKeys) -> Section:
    catalog, rmas = SqlCatalogRepository(conn), SqlRmaRepository(conn)
    receipt = conn.execute(
        select(t.receipts.c.parcel_grams).where(t.receipts.c.id == k.receipt_id)
    ).one()
    rma = rmas.by_number(k.rma_number) if k.rma_number else None
    rows: list[tuple[object, ...]] = []
    grams = receipt.parcel_grams  # the range is shown whether or not it was weighed
    parcel_expected, finding = parcel_finding(grams or 0, rma, catalog.by_sku, k.weights)
    rows.append((k.w("Parcel, before opening"),
                 *_judged(k, grams, parcel_expected, finding)))  # fmt: skip
    u = t.received_units
    units = conn.execute(
        select(u.c.seq, u.c.sku, u.c.weighed_grams)
        .where(u.c.receipt_id == k.receipt_id)
        .order_by(u.c.seq)
    )
    for x in units:
        product = catalog.by_sku(x.sku)
        expected = None
        if product is not None and product.weight_grams is not None:
            expected = k.weights.expected(product.weight_grams, product.category)
        weighed = x.weighed_grams
        found = check_unit(weighed, expected) if expected and weighed is not None else None
        what = k.w("Unit {seq} ({sku})", seq=x.seq, sku=x.sku)
        rows.append((what, *_judged(k, x.weighed_grams, expected, found)))
    columns = k.cols("Weighed", "Weight (g)", "Expected (g)", "Range (g)", "Finding")
    note = k.w(
        "Expected: the catalog weight ± the category's tolerance (the rules' [weights]); "
        "a parcel adds its packaging."
    )
    return Section("weights", k.w("Weights"), columns, _rows(rows), note=note)


def grades(conn: Connection, k: ReturnKeys) -> Section | None:
    """Every grade of each audited unit; None when the store has no audits (before 0012)."""
    if not has_table(conn, "audit_holds"):
        return None
    from receiving_desk.adapters.store.audit_tables import (
        audit_grades,
        audit_holds,
        audit_resolutions,
    )

    u, i = t.received_units, t.inspections
    units = {
        x.lpn: x
        for x in conn.execute(
            select(u.c.lpn, u.c.seq, i.c.inspected_at)
            .outerjoin(i, i.c.unit_id == u.c.id)
            .where(u.c.receipt_id == k.receipt_id, u.c.lpn.is_not(None))
        )
    }
    holds = conn.execute(
        select(audit_holds).where(audit_holds.c.lpn.in_(list(units))).order_by(audit_holds.c.lpn)
    ).all()
    rows: list[tuple[object, ...]] = []
    for hold in holds:
        unit = units[hold.lpn]
        first_at = unit.inspected_at if hold.reason != "gold" else hold.held_at
        held = k.w("held for audit: {reason}, now {state}", reason=hold.reason, state=hold.state)
        rows.append((unit.seq, hold.lpn, k.w("First grade"), hold.first_grade,
                     k.who(hold.first_grader), first_at, held))  # fmt: skip
        for g in conn.execute(
            select(audit_grades)
            .where(audit_grades.c.lpn == hold.lpn)
            .order_by(audit_grades.c.graded_at, audit_grades.c.id)
        ):
            kind = "Gold calibration grade" if g.kind == "gold" else "Blind second grade"
            answers = {str(c): bool(p) for c, p in g.checklist}
            details = f"{g.station_id} {answers}" if answers else g.station_id
            rows.append((unit.seq, hold.lpn, k.w(kind), g.grade, k.who(g.grader_id),
                         g.graded_at, details))  # fmt: skip
        final = conn.execute(
            select(audit_resolutions).where(audit_resolutions.c.lpn == hold.lpn)
        ).first()
        if final is not None:
            said = [final.note] if final.note else []
            if final.approved_for:
                said.append(k.w("approved at the desk of {clerk}", clerk=k.who(final.approved_for)))
            decision = final.decision  # kept from store 0016 on (None before)
            if decision:
                refund = f"{decision['refund_kind']} {decision['refund_percent']}%"
                said.append(f"{decision['disposition']}, {refund}")
            rows.append((unit.seq, hold.lpn, k.w("Final grade (supervisor)"), final.final_grade,
                         k.who(final.resolved_by), final.resolved_at, "; ".join(said)))  # fmt: skip
    columns = ("#", *k.cols("LPN", "Inspection", "Grade", "Who", "When", "Details"))
    note = k.w("Both inspections are kept; the final grade is the one the stock and refund follow.")
    return Section("grades", k.w("Grades of audited units"), columns, _rows(rows), note=note)


register("weights", weights, after="decisions")
register("grades", grades, after="weights")

"""The open parcel as the receiving screen shows it (`desk_view.ParcelView`), read from the
store in the view's read-only unit of work."""

from __future__ import annotations

from decimal import Decimal

from receiving_desk.domain.inventory import Zone
from receiving_desk.domain.ports import UnitOfWork
from receiving_desk.domain.receipt import ParcelReceipt, ReceivedUnit
from receiving_desk.domain.reconciliation import reconcile
from receiving_desk.domain.rules import RuleSet
from receiving_desk.services.desk_view import LineRow, ParcelView, UnitRow
from receiving_desk.services.inspection import InspectionService


def _unit_row(
    unit: ReceivedUnit, description: str, category: str, location: str | None, staging: str | None
) -> UnitRow:
    inspection = unit.inspection
    return UnitRow(
        seq=unit.seq,
        sku=unit.sku,
        description=description,
        category=category,
        match=unit.match,
        line_no=unit.line_no,
        serial=unit.serial,
        checklist=dict(inspection.checklist) if inspection else dict(unit.checklist),
        conditions=inspection.condition_codes if inspection else tuple(sorted(unit.conditions)),
        photos=len(inspection.photos if inspection else unit.photos),
        grade=inspection.grade if inspection else None,
        decision=inspection.decision if inspection else None,
        disposition=inspection.disposition if inspection else None,
        override_reason=inspection.override.reason if inspection and inspection.override else None,
        window=inspection.window if inspection else None,
        lpn=unit.lpn,
        destination=unit.destination,
        location=location,
        staged=location is not None and location == staging,
    )


def build_parcel_view(
    uow: UnitOfWork,
    receipt: ParcelReceipt,
    inspection: InspectionService,
    rules: RuleSet | None = None,
) -> ParcelView:
    """The parcel as the desk shows it, its checklist and window from `rules` (the view's one
    version of the rules in force; by default the rules in force now)."""
    rules = rules or inspection.rules
    rma = uow.rmas.by_number(receipt.rma_number) if receipt.rma_number else None
    skus = {u.sku for u in receipt.units} | {line.sku for line in (rma.lines if rma else ())}
    products = {sku: p for sku in skus if (p := uow.catalog.by_sku(sku)) is not None}

    def describe(sku: str) -> str:
        return products[sku].description if sku in products else sku

    progress = {p.line_no: p for p in receipt.progress(rma)}
    lines = tuple(
        LineRow(
            line.line_no,
            line.sku,
            describe(line.sku),
            line.quantity,
            progress[line.line_no].received,
            progress[line.line_no].state,
            line.reason,
            line.serial,
        )
        for line in (rma.lines if rma else ())
    )
    staging = uow.inventory.zone_bins().get(Zone.RETURNS_STAGING)
    units = tuple(
        _unit_row(
            u,
            describe(u.sku),
            products[u.sku].category if u.sku in products else "",
            uow.inventory.lpn_location(u.lpn) if u.lpn else None,
            staging,
        )
        for u in receipt.units
    )
    value = sum(
        (products[u.sku].unit_value for u in receipt.units if u.sku in products), Decimal(0)
    )
    waiting = receipt.unit_to_grade
    checklist = (
        rules.checklist_for(products[waiting.sku].category)
        if waiting is not None and waiting.sku in products
        else ()
    )
    first_category = (
        products[rma.lines[0].sku].category
        if rma and rma.lines and rma.lines[0].sku in products
        else "*"
    )
    tz = inspection.site_tz
    return ParcelView(
        receipt_id=receipt.id,
        rma_number=receipt.rma_number,
        order_number=rma.order_number if rma else "",
        customer_name=rma.customer.name if rma else "",
        tier=rma.customer.tier if rma else None,
        order_date=rma.order_date.isoformat() if rma else "",
        delivered_on=rma.delivered_at.astimezone(tz).date().isoformat() if rma else "",
        window=inspection.window(rma, first_category, rules) if rma else None,
        lines=lines,
        units=units,
        flags=tuple(reconcile(rma, receipt.units, final=False)),
        value_cents=int(value * 100),
        checklist=checklist,
        required=frozenset(c.code for c in rules.required_checks(products[waiting.sku].category))
        if waiting is not None and waiting.sku in products
        else frozenset(),
    )

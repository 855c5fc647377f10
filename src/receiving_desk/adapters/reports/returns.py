"""Drill-down: the returns behind one number of a report.

Each unit figure is a count of inspected units under the same conditions as the aggregate
query (queries.unit_where + the figure's own condition), grouped here by return instead, so
the units listed always add up to the figure. Parcel figures list the returns themselves.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, exists, func, literal, select

from receiving_desk.adapters.reports.conditions import (
    effective_disposition,
    label_jobs,
    reason,
    receipt_where,
    to_stock,
    unit_where,
    units_with_reference,
)
from receiving_desk.adapters.reports.facts import Facts
from receiving_desk.adapters.reports.sql import check_only, fetch, joined_text
from receiving_desk.services.reports import (
    FRAUD_FLAGS,
    CancelToken,
    Drill,
    ReportFilter,
    ReturnRow,
)

LABEL_METRICS = ("labels", "reprints")
UNIT_METRICS = (
    "units",
    "grade",
    "disposition",
    "restock",
    "refund",
    "window",
    "clerk",
    "reason_product",
    "reason_category",
    "override",
    "product",
)
RECEIPT_METRICS = ("parcels", "flag", "void", "audit", "receipt")


def _unit_condition(x: Facts, drill: Drill) -> ColumnElement[bool]:
    metric, key = drill.metric, drill.key
    if metric == "units":
        return x.u_valid
    if metric == "grade":
        return x.grade == key
    if metric == "disposition":
        return effective_disposition(x) == key
    if metric == "restock":
        return to_stock(x)
    if metric == "refund":
        return x.refund_kind != "none" if key == "any" else x.refund_kind == key
    if metric == "window":
        return x.window == key
    if metric == "clerk":
        return x.inspector == key
    if metric == "override":
        return x.override.is_not(None)
    if metric == "product":
        return x.u_sku == key
    first, _, why = key.partition("\t")
    column = x.u_sku if metric == "reason_product" else x.products.c.category
    return and_(column == first, reason(x) == why)


def _receipt_condition(x: Facts, f: ReportFilter, drill: Drill) -> list[ColumnElement[bool]]:
    metric, key = drill.metric, drill.key
    if metric == "receipt":
        return [x.r_id_text == key]
    if metric == "parcels":
        where = receipt_where(x, f, x.r_opened_at)
        return [*where, x.r_status == key] if key else [*where, x.r_status != "voided"]
    if metric == "void":
        return [*receipt_where(x, f, x.r_voided_at), x.r_status == "voided"]
    if metric == "flag":
        fl = x.flags
        kinds = {"any": None, "fraud": [k.value for k in FRAUD_FLAGS]}.get(key, [key])
        flagged = exists().where(fl.c.receipt_id == x.r_id)
        if kinds is not None:
            flagged = flagged.where(fl.c.kind.in_(kinds))
        return [*receipt_where(x, f, x.r_completed_at), x.r_status == "completed", flagged]
    if metric == "audit":
        where = [x.a_action == key, x.a_at >= f.period.start, x.a_at < f.period.end]
        if f.station:
            where.append(check_only(x.a_station == f.station))
        if f.clerk:
            where.append(x.a_user == f.clerk)
        return [x.r_id_text.in_(select(x.a_subject).where(*where))]
    raise ValueError(f"unknown drill-down {metric!r}")


def returns_behind(
    engine: Engine,
    x: Facts,
    f: ReportFilter,
    drill: Drill,
    cancel: CancelToken,
    names: dict[str, str],
    limit: int | None = None,
    offset: int = 0,
) -> list[ReturnRow]:
    """The returns behind the figure in opening order; with `limit`, one page of them."""
    columns = (x.r_id, x.r_rma, x.r_station, x.r_opened_by, x.r_opened_at, x.r_status)
    query: Any
    page: Any = None  # the page's returns, where a leaner query than the listing finds them
    if drill.metric in UNIT_METRICS:
        time = x.override_at if drill.metric == "override" else None
        customer = func.coalesce(x.rma_lines.c.reason_note, literal(""))
        notes = joined_text(customer + literal(" ") + x.note)
        query = (
            select(*columns, func.count(), notes)
            .select_from(units_with_reference(x))
            .where(*unit_where(x, f, time), _unit_condition(x, drill))
            .group_by(*columns)
        )
        if not drill.metric.startswith("reason_"):  # no RMA line or product needed to choose
            page = (
                select(x.r_id)
                .select_from(x.units)
                .where(*unit_where(x, f, time), _unit_condition(x, drill))
                .group_by(x.r_id, x.r_opened_at)
            )
    elif drill.metric in LABEL_METRICS:
        source, where = label_jobs(x, f)
        if drill.metric == "reprints":
            where.append(x.print_jobs.c.reprint_of.is_not(None))  # type: ignore[union-attr]
        query = select(*columns, func.count()).select_from(source).where(*where).group_by(*columns)
    elif drill.metric in RECEIPT_METRICS:
        counted = (
            select(func.count())
            .select_from(x.unit_rows)
            .where(x.u_receipt == x.r_id, x.u_valid)
            .scalar_subquery()
        )
        query = select(*columns, counted).where(*_receipt_condition(x, f, drill))
    else:
        raise ValueError(f"unknown drill-down {drill.metric!r}")
    if limit is not None:
        # The page's returns first, by the same conditions but without their notes and counts;
        # then only those returns are counted and their notes joined.
        if page is None:
            page = query.with_only_columns(x.r_id, maintain_column_froms=True)
        page = page.order_by(x.r_opened_at, x.r_id).limit(limit).offset(offset)
        query = query.where(x.r_id.in_(page.scalar_subquery()))
    rows = fetch(engine, query.order_by(x.r_opened_at, x.r_id), cancel)
    return [
        ReturnRow(
            str(r[0]),
            r[1],
            r[2],
            names.get(r[3], r[3]),
            r[4],
            r[5],
            int(r[6]),
            (r[7] or "") if len(r) > 7 else "",
        )
        for r in rows
    ]

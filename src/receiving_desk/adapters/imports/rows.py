"""Checked reference records as the rows of the tables they go to. The local store and the
central database name these columns alike (reference_schema.py mirrors tables.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from receiving_desk.domain.reference_rows import (
    BinRecord,
    CustomerRecord,
    Kind,
    ProductRecord,
    RmaLineRecord,
)


@dataclass(frozen=True)
class TableRows:
    table: str
    key: tuple[str, ...]
    columns: tuple[str, ...]  # every column written, key first
    rows: list[dict[str, Any]]
    insert_only: tuple[str, ...] = ()  # set on a new row, never updated by an import
    # (column, parent keys): rows of these parents not named here are removed, so a
    # product's GTINs are what the file says.
    replace_children_of: tuple[str, list[str]] | None = None

    @property
    def updated(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if c not in self.key and c not in self.insert_only)


def table_rows(kind: Kind, records: Sequence[object]) -> list[TableRows]:
    if kind is Kind.PRODUCTS:
        products = [r for r in records if isinstance(r, ProductRecord)]
        return [
            TableRows(
                "products",
                ("sku",),
                ("sku", "description", "category", "unit_value_cents", "home_bin", "weight_grams"),
                [
                    {
                        "sku": p.sku,
                        "description": p.description,
                        "category": p.category,
                        "unit_value_cents": p.unit_value_cents,
                        "home_bin": p.home_bin,
                        "weight_grams": p.weight_grams,
                    }
                    for p in products
                ],
            ),
            TableRows(
                "product_gtins",
                ("gtin14",),
                ("gtin14", "sku"),
                [{"gtin14": g, "sku": p.sku} for p in products for g in p.gtins],
                replace_children_of=("sku", [p.sku for p in products]),
            ),
        ]
    if kind is Kind.CUSTOMERS:
        return [
            TableRows(
                "customers",
                ("id",),
                ("id", "name", "tier"),
                [
                    {"id": c.id, "name": c.name, "tier": c.tier}
                    for c in records
                    if isinstance(c, CustomerRecord)
                ],
            )
        ]
    if kind is Kind.BINS:
        return [
            TableRows(
                "locations",
                ("code",),
                ("code", "zone", "description"),
                [
                    {"code": b.code, "zone": b.zone, "description": b.description}
                    for b in records
                    if isinstance(b, BinRecord)
                ],
            )
        ]
    return _rma_tables([r for r in records if isinstance(r, RmaLineRecord)])


def _rma_tables(lines: list[RmaLineRecord]) -> list[TableRows]:
    heads: dict[str, dict[str, Any]] = {}
    tracking: dict[str, dict[str, Any]] = {}
    for line in lines:
        heads.setdefault(
            line.rma_number,
            {
                "rma_number": line.rma_number,
                "order_number": line.order_number,
                "customer_id": line.customer_id,
                "order_date": line.order_date,
                "delivered_at": line.delivered_at,
                "status": "open",
            },
        )
        for number in line.tracking_numbers:
            tracking[number] = {"tracking_number": number, "rma_number": line.rma_number}
    return [
        TableRows(
            "rmas",
            ("rma_number",),
            ("rma_number", "order_number", "customer_id", "order_date", "delivered_at", "status"),
            list(heads.values()),
            insert_only=("status",),  # the desk and central derive it from receipts
        ),
        TableRows(
            "rma_lines",
            ("rma_number", "line_no"),
            ("rma_number", "line_no", "sku", "quantity", "reason", "reason_note", "serial"),
            [
                {
                    "rma_number": r.rma_number,
                    "line_no": r.line_no,
                    "sku": r.sku,
                    "quantity": r.quantity,
                    "reason": r.reason,
                    "reason_note": r.reason_note,
                    "serial": r.serial,
                }
                for r in lines
            ],
        ),
        TableRows(
            "rma_tracking",
            ("tracking_number",),
            ("tracking_number", "rma_number"),
            list(tracking.values()),
        ),
    ]

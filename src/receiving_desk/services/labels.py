"""What a unit's restock label shows, from the unit's stored data: used when it is graded or
overridden, and by a reprint of a unit that never had a label job."""

from __future__ import annotations

from datetime import datetime

from receiving_desk.domain.catalog import Product
from receiving_desk.domain.inventory import RestockLabelData
from receiving_desk.domain.receipt import ParcelReceipt, ReceivedUnit


def restock_label_data(
    unit: ReceivedUnit, product: Product, receipt: ParcelReceipt, on: datetime | None = None
) -> RestockLabelData:
    """The label of a graded unit (its LPN, grade, effective disposition and bin), dated
    `on` or, by default, when it was graded."""
    inspection = unit.inspection
    assert inspection is not None and unit.lpn is not None, "only a graded unit has a label"
    return RestockLabelData(
        unit.lpn,
        unit.sku,
        product.description,
        inspection.grade,
        inspection.disposition,
        unit.destination or "",
        receipt.rma_number or "",
        on or inspection.inspected_at,
    )

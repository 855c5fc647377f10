"""Stock on hand, as a view over the pushed ledger: per desk, SKU, location and grade.

A desk's reversals (undo, void) arrive as ordinary stock movements with quantity -1 at the
unit's location, so the sum is right without any update of history. The view reads with the
rights of whoever asks (security_invoker): a desk's row-level security applies through it.

Revision ID: c0006
Revises: c0005
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "c0006"
down_revision = "c0005"
branch_labels = None
depends_on = None

VIEW = """
CREATE VIEW stock_on_hand WITH (security_invoker = true) AS
SELECT desk_id, sku, location, grade, sum(quantity)::integer AS quantity
FROM (
    SELECT desk_id, sku, to_location AS location, grade, quantity FROM stock_movements
    UNION ALL
    SELECT desk_id, sku, from_location, grade, -quantity FROM stock_movements
    WHERE from_location IS NOT NULL
) AS flows
GROUP BY desk_id, sku, location, grade
HAVING sum(quantity) <> 0
"""


def upgrade() -> None:
    op.execute(VIEW)
    op.execute(
        "COMMENT ON VIEW stock_on_hand IS 'Units on hand per desk, SKU, location and grade: "
        "the sum of stock_movements (reversals included)'"
    )


def downgrade() -> None:
    op.execute("DROP VIEW stock_on_hand")

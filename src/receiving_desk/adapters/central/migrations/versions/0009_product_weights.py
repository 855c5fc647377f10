"""Products carry their expected weight (whole grams; null: not known), imported centrally and
pulled down to the desks, which weigh parcels and units against it (docs/scales.md). A desk
reads the column through its existing table grant and row-level security; nothing it pushes
changes, so the push functions of c0005 stay as they are.

Revision ID: c0009
Revises: c0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0009"
down_revision = "c0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("products", sa.Column("weight_grams", sa.Integer, nullable=True))
    op.create_check_constraint(
        "products_weight_grams_positive", "products", "weight_grams IS NULL OR weight_grams > 0"
    )


def downgrade() -> None:
    op.drop_constraint("products_weight_grams_positive", "products", type_="check")
    op.drop_column("products", "weight_grams")

"""Weights: each product's expected weight, a parcel's weight before opening and a unit's at
inspection (whole grams; null where not known or not weighed).

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("products", sa.Column("weight_grams", sa.Integer, nullable=True))
    op.add_column("receipts", sa.Column("parcel_grams", sa.Integer, nullable=True))
    op.add_column("received_units", sa.Column("weighed_grams", sa.Integer, nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+): a batch copy of the table would trip the roll-up
    # triggers (0011) that name these tables while the copy is renamed into place.
    op.execute("ALTER TABLE received_units DROP COLUMN weighed_grams")
    op.execute("ALTER TABLE receipts DROP COLUMN parcel_grams")
    op.execute("ALTER TABLE products DROP COLUMN weight_grams")

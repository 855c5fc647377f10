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
    with op.batch_alter_table("received_units") as batch:
        batch.drop_column("weighed_grams")
    with op.batch_alter_table("receipts") as batch:
        batch.drop_column("parcel_grams")
    with op.batch_alter_table("products") as batch:
        batch.drop_column("weight_grams")

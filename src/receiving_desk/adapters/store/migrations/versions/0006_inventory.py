"""Inventory: locations, the append-only stock ledger, LPN counters; units get LPN and
destination.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("received_units") as batch:
        batch.add_column(sa.Column("lpn", sa.String(40), nullable=True))
        batch.add_column(sa.Column("destination", sa.String(64), nullable=True))
        batch.create_unique_constraint("uq_received_units_lpn", ["lpn"])
    op.create_table(
        "locations",
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("zone", sa.String(32), nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("code", name="pk_locations"),
    )
    op.create_index("ix_locations_zone", "locations", ["zone"])
    op.create_table(
        "stock_movements",
        sa.Column("seq", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("lpn", sa.String(40), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("grade", sa.String(20), nullable=False),
        sa.Column("from_location", sa.String(64), nullable=True),
        sa.Column("to_location", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("receipt_id", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("seq", name="pk_stock_movements"),
        sa.UniqueConstraint("id", name="uq_stock_movements_id"),
    )
    for column in ("lpn", "sku", "from_location", "to_location"):
        op.create_index(f"ix_stock_movements_{column}", "stock_movements", [column])
    op.create_table(
        "counters",
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("value", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_counters"),
    )


def downgrade() -> None:
    op.drop_table("counters")
    op.drop_table("stock_movements")
    op.drop_table("locations")
    with op.batch_alter_table("received_units") as batch:
        batch.drop_constraint("uq_received_units_lpn", type_="unique")
        batch.drop_column("destination")
        batch.drop_column("lpn")

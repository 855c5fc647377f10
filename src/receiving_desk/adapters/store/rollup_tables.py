"""The desk's daily report roll-ups (migration 0011), on the store's MetaData."""

from sqlalchemy import Index

from receiving_desk.adapters.rollups.tables import RollupTables, define_rollup_tables
from receiving_desk.adapters.store.tables import metadata, receipts

ROLLUPS: RollupTables = define_rollup_tables(metadata)

# The voided returns of a range (a void's time is the receipt's completed_at on the desk):
# without it a year's voids are found by reading every return completed in the year.
VOIDS_INDEX = Index("ix_receipts_status_completed_at", receipts.c.status, receipts.c.completed_at)

__all__ = ["ROLLUPS", "VOIDS_INDEX"]

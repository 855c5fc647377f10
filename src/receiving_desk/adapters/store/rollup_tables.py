"""The desk's daily report roll-ups (migration 0011), on the store's MetaData."""

from receiving_desk.adapters.rollups.tables import RollupTables, define_rollup_tables
from receiving_desk.adapters.store.tables import metadata

ROLLUPS: RollupTables = define_rollup_tables(metadata)

__all__ = ["ROLLUPS"]

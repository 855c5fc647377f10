"""Local tables of the central sync (reference-data watermarks, sync state)."""

from receiving_desk.adapters.store.tables import metadata

__all__ = ["metadata"]

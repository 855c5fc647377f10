"""Local tables of the persisted print queue."""

from receiving_desk.adapters.store.tables import metadata

__all__ = ["metadata"]

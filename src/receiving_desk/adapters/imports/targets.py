"""The central database as a place reference data is imported into (services'
ReferenceTarget port); the local store is reached through the unit of work."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine

from receiving_desk.adapters.central.connection import masked
from receiving_desk.adapters.imports import central_writer
from receiving_desk.adapters.imports.rows import table_rows
from receiving_desk.domain.reference_rows import Kind
from receiving_desk.services.reference_import import ImportAudit

_KEYS = {Kind.CUSTOMERS: ("customers", "id"), Kind.PRODUCTS: ("products", "sku")}


class CentralTarget:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.name = masked(engine.url)

    def known(self, kind: Kind) -> set[str]:
        return central_writer.known_keys(self.engine, *_KEYS[kind])

    def write(self, kind: Kind, records: Sequence[object], audit: ImportAudit | None = None) -> int:
        entry = None
        if audit is not None:
            # changed rows are not known before the merge: the entry counts the file's rows
            entry = audit.entry(kind, self.name, len(records), -1)
        return central_writer.write_central(self.engine, table_rows(kind, records), entry)

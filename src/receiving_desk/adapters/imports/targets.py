"""The two places reference data is imported into, behind services' ReferenceTarget port,
and the file reader behind its FileReader port."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine

from receiving_desk.adapters.central.connection import masked
from receiving_desk.adapters.imports import central_writer, local_writer
from receiving_desk.adapters.imports.csv_source import Source, SourceError, read_source
from receiving_desk.adapters.imports.rows import table_rows
from receiving_desk.domain.reference_rows import Kind
from receiving_desk.services.reference_import import ImportRefused

_KEYS = {Kind.CUSTOMERS: ("customers", "id"), Kind.PRODUCTS: ("products", "sku")}


def read_file(path: Path, kind: Kind) -> Source:
    try:
        return read_source(path, kind)
    except SourceError as exc:
        raise ImportRefused(exc.problem) from None


class LocalTarget:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.name = str(engine.url.database)

    def known(self, kind: Kind) -> set[str]:
        return local_writer.known_keys(self.engine, *_KEYS[kind])

    def write(self, kind: Kind, records: Sequence[object]) -> int:
        return local_writer.write_local(self.engine, table_rows(kind, records))


class CentralTarget:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.name = masked(engine.url)

    def known(self, kind: Kind) -> set[str]:
        return central_writer.known_keys(self.engine, *_KEYS[kind])

    def write(self, kind: Kind, records: Sequence[object]) -> int:
        return central_writer.write_central(self.engine, table_rows(kind, records))

"""Import reference data from a file: check every row first, then write all or nothing.

A file with any problem imports nothing unless the caller allows skipping bad rows; then the
good rows are written and the skipped lines are reported. Writing is idempotent (the target
upserts only rows whose values differ), so the same file twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from receiving_desk.domain.ports import UnitOfWork
from receiving_desk.domain.reference_files import Source, read_source
from receiving_desk.domain.reference_rows import Checker, FileRefused, Kind, Problem


class ReferenceTarget(Protocol):
    """Where checked records go: the local store or the central database."""

    name: str

    def known(self, kind: Kind) -> set[str]:
        """Keys of `kind` the target already has (customers, products)."""
        ...

    def write(self, kind: Kind, records: Sequence[object]) -> int:
        """Upsert in one transaction; how many rows were added, changed or removed."""
        ...


class StoreTarget:
    """The local store, through its unit of work: one transaction per file."""

    def __init__(self, uow_factory: Callable[[], UnitOfWork], name: str = "local store") -> None:
        self._uow_factory = uow_factory
        self.name = name

    def known(self, kind: Kind) -> set[str]:
        with self._uow_factory() as uow:
            return uow.reference.known(kind)

    def write(self, kind: Kind, records: Sequence[object]) -> int:
        with self._uow_factory() as uow:
            changed = uow.reference.write(kind, records)
            uow.commit()
        return changed


@dataclass
class ImportReport:
    file: str
    kind: Kind
    format: str = "csv"
    rows: int = 0
    valid: int = 0
    problems: list[str] = field(default_factory=list)
    skipped_lines: list[int] = field(default_factory=list)
    written: bool = False
    changed: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems or self.written


def import_file(
    path: Path,
    kind: Kind,
    target: ReferenceTarget,
    categories: Sequence[str],
    dry_run: bool = False,
    skip_bad_rows: bool = False,
) -> ImportReport:
    try:
        source = read_source(path, kind)
    except FileRefused as refused:
        report = ImportReport(str(path), kind)
        report.problems.append(refused.problem.describe(str(path)))
        return report
    return import_rows(source, kind, target, categories, dry_run, skip_bad_rows)


def import_rows(
    source: Source,
    kind: Kind,
    target: ReferenceTarget,
    categories: Sequence[str],
    dry_run: bool = False,
    skip_bad_rows: bool = False,
) -> ImportReport:
    path = source.path
    report = ImportReport(str(path), kind)
    report.format = source.format
    report.rows = len(source.rows)
    customers: set[str] = set()
    skus: set[str] = set()
    if kind is Kind.RMAS:
        customers = target.known(Kind.CUSTOMERS)
        skus = target.known(Kind.PRODUCTS)
    checker = Checker(
        categories,
        customers=lambda cid: cid in customers,
        skus=lambda sku: sku in skus,
    )
    checked = checker.check(kind, source.rows)
    report.valid = len(checked.records)
    report.problems = [
        Problem(p.line, source.column(p.column) if p.column else "", p.message).describe(str(path))
        for p in checked.problems
    ]
    if checked.problems and not skip_bad_rows:
        return report
    report.skipped_lines = sorted(checked.bad_lines)
    if dry_run:
        return report
    report.changed = target.write(kind, checked.records)
    report.written = True
    return report

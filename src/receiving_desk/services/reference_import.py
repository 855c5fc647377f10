"""Import reference data from a file: check every row first, then write all or nothing.

A file with any problem imports nothing unless the caller allows skipping bad rows; then the
good rows are written and the skipped lines are reported. Given the site's [barcodes] patterns,
a bin or RMA number the desk could not scan is such a problem (domain/reference_codes.py).
Writing is idempotent (the target upserts only rows whose values differ), so the same file
twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

from receiving_desk.domain.audit import AuditEntry
from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.ports import UnitOfWork
from receiving_desk.domain.reference_codes import never, site_scannable
from receiving_desk.domain.reference_files import Source, read_source
from receiving_desk.domain.reference_rows import Checker, FileRefused, Kind, Problem

Progress = Callable[[str, int, int], None]  # stage ("read", "checked", "written"), done, total


@dataclass(frozen=True)
class ImportAudit:
    """Who imports which file: the audit entry is written with the rows, in the target's own
    transaction (the local store's or the central database's), so an import that fails
    leaves no entry and one that commits cannot lose it."""

    id: str
    at: datetime
    station_id: str
    user_id: str | None  # None: from the command line, where nobody logs in
    file: str

    def entry(self, kind: Kind, target: str, rows: int, changed: int) -> AuditEntry:
        details = {"kind": kind.value, "file": self.file, "target": target, "rows": rows,
                   "changed": changed}  # fmt: skip
        return AuditEntry(
            self.id, self.at, self.station_id, self.user_id, "reference_imported", self.file,
            details,
        )  # fmt: skip


class ReferenceTarget(Protocol):
    """Where checked records go: the local store or the central database."""

    name: str

    def known(self, kind: Kind) -> set[str]:
        """Keys of `kind` the target already has (customers, products)."""
        ...

    def write(self, kind: Kind, records: Sequence[object], audit: ImportAudit | None = None) -> int:
        """Upsert in one transaction (with the audit entry, if given); how many rows were
        added, changed or removed."""
        ...


class StoreTarget:
    """The local store, through its unit of work: one transaction per file."""

    def __init__(self, uow_factory: Callable[[], UnitOfWork], name: str = "local store") -> None:
        self._uow_factory = uow_factory
        self.name = name

    def known(self, kind: Kind) -> set[str]:
        with self._uow_factory() as uow:
            return uow.reference.known(kind)

    def write(self, kind: Kind, records: Sequence[object], audit: ImportAudit | None = None) -> int:
        with self._uow_factory() as uow:
            changed = uow.reference.write(kind, records)
            if audit is not None:
                uow.audit.append(audit.entry(kind, self.name, len(records), changed))
            uow.commit()
        return changed


@dataclass
class ImportReport:
    file: str
    kind: Kind
    format: str = "csv"
    rows: int = 0
    valid: int = 0
    problems: list[str] = field(default_factory=list)  # file:line: column: problem (English)
    details: list[Problem] = field(default_factory=list)  # the same, as facts (translatable)
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
    audit: ImportAudit | None = None,
    progress: Progress | None = None,
    patterns: DeskPatterns | None = None,
) -> ImportReport:
    try:
        source = read_source(path, kind)
    except FileRefused as refused:
        report = ImportReport(str(path), kind)
        report.problems.append(refused.problem.describe(str(path)))
        report.details.append(refused.problem)
        return report
    if progress is not None:
        progress("read", 0, len(source.rows))
    return import_rows(
        source, kind, target, categories, dry_run, skip_bad_rows, audit, progress, patterns
    )


def import_rows(
    source: Source,
    kind: Kind,
    target: ReferenceTarget,
    categories: Sequence[str],
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    audit: ImportAudit | None = None,
    progress: Progress | None = None,
    patterns: DeskPatterns | None = None,
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
        scannable=never if patterns is None else site_scannable(patterns),
    )
    checked = checker.check(kind, source.rows)
    if progress is not None:
        progress("checked", len(source.rows), len(source.rows))
    report.valid = len(checked.records)
    report.details = [
        replace(p, column=source.column(p.column) if p.column else "") for p in checked.problems
    ]
    report.problems = [p.describe(str(path)) for p in report.details]
    if checked.problems and not skip_bad_rows:
        return report
    report.skipped_lines = sorted(checked.bad_lines)
    if dry_run:
        return report
    report.changed = target.write(kind, checked.records, audit)
    report.written = True
    if progress is not None:
        progress("written", len(source.rows), len(source.rows))
    return report

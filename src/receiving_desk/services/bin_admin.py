"""Bins, administered: add one, or import a file of them, by an admin (audited, refusals too).
Both go through the reference-data import, so a bin is checked and written the same way
whichever way it comes. The target and the audit go to the local store, or, on a desk with
central settings, to the central database (whence every desk pulls the bins)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.file_problems import Wording, plain
from receiving_desk.domain.ports import Clock, DirectoryWork
from receiving_desk.domain.reference_rows import Checker, Kind, Problem
from receiving_desk.domain.refusals import _t, refusal, said
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.base import record_audit
from receiving_desk.services.reference_import import ImportReport, ReferenceTarget, import_file


def _cells_refused(problems: Sequence[Problem]) -> Wording:
    """The bin's fields refused, each "column: problem" in the import's own words (context
    "Imports", as an import of a bins file says them)."""
    whole: Wording | None = None
    for p in reversed(problems):
        why = Wording(p.template, p.params, context="Imports") if p.template else plain(p.message)
        one = refusal(_t("{column}: {problem}"), column=p.column, problem=why)
        whole = one if whole is None else refusal(_t("{first}; {rest}"), first=one, rest=whole)
    return whole or refusal(_t("the bin was not added"))


class BinAdmin:
    def __init__(
        self, uow_factory: Callable[[], DirectoryWork], clock: Clock, target: ReferenceTarget
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._target = target

    def _audit(
        self, session: Session, action: str, subject: str, details: dict[str, object]
    ) -> None:
        with self._uow() as uow:
            record_audit(
                uow, self._clock, session.station_id, session.user_id, action, subject, details
            )
            uow.commit()

    @staticmethod
    def _allowed(session: Session, action: str, subject: str) -> None:
        """Re-checked and, when refused, audited by the session's guard."""
        session.require(Permission.MANAGE_BINS, action, subject)

    def add(self, session: Session, code: str, zone: str, description: str = "") -> int:
        self._allowed(session, "bin_added", code)
        cells = {"code": code, "zone": zone, "description": description}
        checked = Checker(()).check(Kind.BINS, [(1, cells)])
        if checked.problems:
            raise DeskError(ErrorCode.INVALID_SETTING, **said(_cells_refused(checked.problems)))
        changed = self._target.write(Kind.BINS, checked.records)
        self._audit(session, "bin_added", code, {"zone": zone, "changed": changed})
        return changed

    def import_file(
        self,
        session: Session,
        path: Path,
        categories: Sequence[str],
        skip_bad_rows: bool = False,
        patterns: DeskPatterns | None = None,  # the site's: a bin that would not scan is refused
    ) -> ImportReport:
        self._allowed(session, "bins_imported", str(path))
        report = import_file(path, Kind.BINS, self._target, categories,
                             skip_bad_rows=skip_bad_rows, patterns=patterns)  # fmt: skip
        if report.written:
            details = {
                "rows": report.valid,
                "changed": report.changed,
                "skipped": report.skipped_lines,
            }
            self._audit(session, "bins_imported", str(path), details)
        return report

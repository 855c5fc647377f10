"""Reference data imported at the desk by an administrator (products, customers, RMAs, bins):
the permission is re-checked (a refusal is audited by the session's guard), and the import's
own audit entry is written with the rows, in the target's transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from receiving_desk.domain.barcodes import DeskPatterns
from receiving_desk.domain.ports import Clock
from receiving_desk.domain.reference_kinds import Kind
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.base import new_id

if TYPE_CHECKING:  # the file reader and the row checks load with the first import, not at start
    from receiving_desk.services.reference_import import (
        ImportReport,
        Progress,
        ReferenceTarget,
    )


class ReferenceImports:
    def __init__(
        self,
        clock: Clock,
        target: Callable[[], ReferenceTarget],  # the local store, or central when configured
        categories: Callable[[], Sequence[str]],  # the rules' categories, as now in force
        patterns: Callable[[], DeskPatterns] = DeskPatterns,  # the site's [barcodes]
    ) -> None:
        self._clock = clock
        self._target = target
        self._categories = categories
        self._patterns = patterns

    def run(
        self,
        session: Session,
        kind: Kind,
        path: Path,
        skip_bad_rows: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        # Re-checked and, when refused, audited once by the session's guard.
        session.require(Permission.IMPORT_REFERENCE, "reference_imported", str(path))
        from receiving_desk.services.reference_import import ImportAudit, import_file

        audit = ImportAudit(
            new_id(), self._clock.now(), session.station_id, session.user_id, str(path)
        )
        return import_file(
            path,
            kind,
            self._target(),
            sorted(self._categories()),
            dry_run=dry_run,
            skip_bad_rows=skip_bad_rows,
            audit=audit,
            progress=progress,
            patterns=self._patterns(),
        )

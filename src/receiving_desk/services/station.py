"""Station settings changed from the desk (scanners now; printers later).

Who may change them is decided here, and every change is audited. Writing the settings file
is the caller's adapter, passed in as `save`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from receiving_desk.domain.audit import AuditEntry
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.users import Permission, Session

ScannerSettings = list[dict[str, Any]]


class StationSettingsService:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        save_scanners: Callable[[ScannerSettings], None],
        save_printers: Callable[[dict[str, Any]], None],
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._save_scanners = save_scanners
        self._save_printers = save_printers

    def save_printers(self, session: Session, printers: dict[str, Any]) -> None:
        """Validate and store the station's printers per label type; audited."""
        session.require(Permission.CONFIGURE_STATION)
        self._save_printers(printers)
        self._audit(session, "printers_configured", {"printers": printers})

    def save_scanners(self, session: Session, scanners: ScannerSettings) -> None:
        """Validate and store the station's scanners (raises ValueError on a bad setting)."""
        session.require(Permission.CONFIGURE_STATION)
        self._save_scanners(scanners)
        names = [{k: s.get(k) for k in ("name", "port")} for s in scanners]
        self._audit(session, "scanners_configured", {"scanners": names})

    def _audit(self, session: Session, action: str, details: dict[str, Any]) -> None:
        with self._uow() as uow:
            uow.audit.append(
                AuditEntry(
                    str(uuid.uuid4()),
                    self._clock.now(),
                    session.station_id,
                    session.user_id,
                    action,
                    session.station_id,
                    details,
                )
            )
            uow.commit()

"""Station settings changed from the desk: scanners, scales and printers.

Who may change them is decided here, and every change is audited. Writing the settings file
is the caller's adapter, passed in as `save`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.file_problems import wording_of
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.refusals import _t, refused
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.base import record_audit

ScannerSettings = list[dict[str, Any]]


@contextmanager
def _refused_setting() -> Iterator[None]:
    """A setting the validators refuse is the supervisor's to fix, not a bug."""
    try:
        yield
    except ValueError as exc:
        # `setting`: said as a setting not saved (not as an entry refused, "Not done: ...").
        raise DeskError(
            ErrorCode.INVALID_SETTING, reason=str(exc), said=wording_of(exc), setting=True
        ) from exc


class StationSettingsService:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        save_scanners: Callable[[ScannerSettings], None],
        save_printers: Callable[[dict[str, Any]], None],
        save_scales: Callable[[ScannerSettings], None] | None = None,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._save_scanners = save_scanners
        self._save_printers = save_printers
        self._save_scales = save_scales

    def save_printers(self, session: Session, printers: dict[str, Any]) -> None:
        """Validate and store the station's printers per label type; audited."""
        session.require(Permission.CONFIGURE_STATION, "save_printers")
        with _refused_setting():
            self._save_printers(printers)
        self._audit(session, "printers_configured", {"printers": printers})

    def save_scanners(self, session: Session, scanners: ScannerSettings) -> None:
        """Validate and store the station's scanners (a bad setting: INVALID_SETTING)."""
        session.require(Permission.CONFIGURE_STATION, "save_scanners")
        with _refused_setting():
            self._save_scanners(scanners)
        names = [{k: s.get(k) for k in ("name", "port")} for s in scanners]
        self._audit(session, "scanners_configured", {"scanners": names})

    def save_scales(self, session: Session, scales: ScannerSettings) -> None:
        """Validate and store the station's scales ([[scale]]); audited."""
        session.require(Permission.CONFIGURE_STATION, "save_scales")
        if self._save_scales is None:
            raise refused(_t("this desk keeps no scales"))
        with _refused_setting():
            self._save_scales(scales)
        names = [{k: s.get(k) for k in ("name", "protocol", "port")} for s in scales]
        self._audit(session, "scales_configured", {"scales": names})

    def allow_test_label(self, session: Session, url: str) -> None:
        """A test label goes straight to a printer URL typed in the dialog (any folder or
        host): supervisors only, and each one audited before it is sent."""
        session.require(Permission.CONFIGURE_STATION, "print_test_label", url)
        self._audit(session, "test_label_printed", {"url": url})

    def _audit(self, session: Session, action: str, details: dict[str, Any]) -> None:
        with self._uow() as uow:
            record_audit(
                uow, self._clock, session.station_id, session.user_id, action,
                session.station_id, details,
            )  # fmt: skip
            uow.commit()

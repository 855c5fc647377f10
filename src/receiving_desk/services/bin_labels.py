"""Bin labels, by an administrator: the bins of this desk's store (every bin, a zone's, or the
chosen ones) to the station's printer for bin labels — one print job per label, written with
the audit entry in one unit of work and sent by the print queue after the commit — or drawn
as a PDF sheet to save (audited too). Both refuse a bin the store does not know."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.inventory import Location, Zone
from receiving_desk.domain.ports import Clock, LabelPrinter, UnitOfWork
from receiving_desk.domain.refusals import _t, refused
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.base import record_audit

AUDITED_CODES = 200  # the entry names at most this many bins (and always how many)


class BinLabels:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        printer: LabelPrinter,
        sheet: Callable[[Sequence[Location]], bytes],
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._printer = printer
        self._sheet = sheet  # the labels as a PDF, a label a page (adapters/printing)

    def bins(self, session: Session, zone: Zone | None = None) -> list[Location]:
        session.require(Permission.MANAGE_BINS, "bins_listed", "bins")
        with self._uow() as uow:
            return uow.inventory.locations(zone)

    def print(self, session: Session, codes: Sequence[str]) -> int:
        """Queue a label per bin; returns how many. The printer is woken after the commit."""
        session.require(Permission.MANAGE_BINS, "bin_labels_printed", "bins")
        with self._uow() as uow:
            found = self._found(uow, codes)
            for location in found:
                uow.labels.bin(location)
            self._audit(uow, session, found, "printer")
            uow.commit()
        self._printer.wake()
        return len(found)

    def pdf(self, session: Session, codes: Sequence[str]) -> bytes:
        """The labels as a PDF sheet (the caller saves it); audited as printed to a file."""
        session.require(Permission.MANAGE_BINS, "bin_labels_printed", "bins")
        with self._uow() as uow:
            found = self._found(uow, codes)
            self._audit(uow, session, found, "pdf")
            sheet = self._sheet(found)  # drawn before the commit: no entry for a failed sheet
            uow.commit()
        return sheet

    @staticmethod
    def _found(uow: UnitOfWork, codes: Sequence[str]) -> list[Location]:
        if not codes:
            raise refused(_t("no bins chosen"))
        found = []
        for code in dict.fromkeys(codes):
            location = uow.inventory.location(code)
            if location is None:
                raise DeskError(ErrorCode.UNKNOWN_BIN, code=code)
            found.append(location)
        return found

    def _audit(self, uow: UnitOfWork, session: Session, found: list[Location], to: str) -> None:
        details = {
            "count": len(found),
            "to": to,
            "codes": [x.code for x in found[:AUDITED_CODES]],
        }
        record_audit(
            uow,
            self._clock,
            session.station_id,
            session.user_id,
            "bin_labels_printed",
            "bins",
            details,
        )

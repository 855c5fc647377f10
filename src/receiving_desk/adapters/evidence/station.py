"""The GUI's evidence port: make a return's pack on demand (from the stock view by an LPN, or
from a report's drill-down by the receipt), into the station's evidence folder. Runs on the
I/O executor; the session's role is checked here, and the pack's making is audited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, select

from receiving_desk.adapters.evidence.facts import find_receipt
from receiving_desk.adapters.store import tables as t
from receiving_desk.domain.barcodes.model import DeskPatterns
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock
from receiving_desk.domain.users import Permission, Session
from receiving_desk.domain.weights import WeightPolicy
from receiving_desk.services.app_ports import EvidenceFiles


class StationEvidence:
    def __init__(
        self,
        engine: Engine,
        out_dir: Path,
        photo_dir: Path,
        patterns: Callable[[], DeskPatterns],
        clock: Clock,
        station_id: str,
        language: Callable[[], str] = str,  # the station's language, when a pack is made
        weights: WeightPolicy | Callable[[], WeightPolicy] | None = None,  # callable: in force
    ) -> None:
        self._engine = engine
        self._out = out_dir
        self._photos = photo_dir
        self._patterns = patterns
        self._clock = clock
        self._station = station_id
        self._language = language
        self._weights = weights

    def _policy(self) -> WeightPolicy | None:
        """The [weights] of the rules in force when the pack is made."""
        return self._weights() if callable(self._weights) else self._weights

    def make(
        self, session: Session, *, receipt_id: str | None = None, lpn: str | None = None
    ) -> EvidenceFiles:
        session.require(Permission.RECEIVE, "evidence_pack")
        with self._engine.connect() as conn:
            if lpn is not None:
                u = t.received_units
                found = conn.execute(select(u.c.receipt_id).where(u.c.lpn == lpn)).scalar()
                if found is None:
                    raise DeskError(ErrorCode.UNKNOWN_LPN, code=lpn)
                receipt_id = str(found)
            receipt_id = find_receipt(conn, receipt_id=receipt_id)
        from receiving_desk.adapters.evidence.pack import make_pack  # reportlab: when asked

        made = make_pack(
            self._engine, receipt_id, out_dir=self._out, photo_dir=self._photos,
            patterns=self._patterns(), clock=self._clock, station_id=self._station,
            made_by=session.user_id, language=self._language(), weights=self._policy(),
        )  # fmt: skip
        return EvidenceFiles(made.pdf, made.zip, made.pdf_sha256, len(made.photos))

"""The evidence worker: makes the packs the store's jobs ask for (a fraud flag at completion,
evidence_tables.py) on its own thread, after each commit and at start — never on the GUI
thread nor on the scan path. A job is done when its pack's transaction commits, so a kill at
any instant leaves it pending or done, never lost and never made twice."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError

from receiving_desk.adapters.store import evidence_tables as et
from receiving_desk.adapters.store.engine import read_only, write_in_background
from receiving_desk.domain.barcodes.model import DeskPatterns
from receiving_desk.domain.errors import DeskError
from receiving_desk.domain.evidence import Reason
from receiving_desk.domain.ports import Clock
from receiving_desk.domain.weights import WeightPolicy

if TYPE_CHECKING:
    from receiving_desk.adapters.evidence.pack import MadePack

log = logging.getLogger(__name__)
POLL_S = 60.0  # woken by each completion; the poll only catches what a wake missed


class EvidenceWorker:
    def __init__(
        self,
        engine: Engine,
        out_dir: Path,
        photo_dir: Path,
        patterns: DeskPatterns,
        clock: Clock,
        station_id: str,
        poll_s: float = POLL_S,
        language: Callable[[], str] = str,  # the station's language, when a pack is made
        weights: WeightPolicy | Callable[[], WeightPolicy] | None = None,  # callable: in force
    ) -> None:
        self._engine = engine
        self._out = out_dir
        self._photos = photo_dir
        self._patterns = patterns
        self._clock = clock
        self._station = station_id
        self._poll = poll_s
        self._language = language
        self._weights = weights
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failed: set[str] = set()  # tried this run and failed: retried next start

    def _policy(self) -> WeightPolicy | None:
        """The [weights] of the rules in force when the pack is made."""
        return self._weights() if callable(self._weights) else self._weights

    def pending(self) -> list[str]:
        j = et.evidence_jobs
        with read_only(self._engine).connect() as conn:  # a snapshot: no write lock
            query = select(j.c.receipt_id).where(j.c.pack_id.is_(None))
            return [str(r) for r in conn.execute(query.order_by(j.c.requested_at)).scalars()]

    def run_pending(self) -> list[MadePack]:
        """Make every pending job's pack (one pass; the caller's thread)."""
        made = []
        for receipt_id in self.pending():
            if receipt_id in self._failed:
                continue
            from receiving_desk.adapters.evidence.pack import make_pack  # reportlab: when needed

            try:
                made.append(
                    make_pack(
                        self._engine, receipt_id, out_dir=self._out, photo_dir=self._photos,
                        patterns=self._patterns, clock=self._clock, station_id=self._station,
                        made_by=None, reason=Reason.FRAUD_FLAG, language=self._language(),
                        weights=self._policy(),
                    )
                )  # fmt: skip
            except (DeskError, SQLAlchemyError, OSError):
                log.exception("evidence pack for receipt %s failed; retried at next start",
                              receipt_id)  # fmt: skip
                self._failed.add(receipt_id)
        return made

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="evidence", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def _run(self) -> None:
        write_in_background()  # a pack's writes give way to a scan's commit
        while not self._stop.is_set():
            try:
                self.run_pending()
            except SQLAlchemyError:  # the store busy or away: the next pass tries again
                log.warning("evidence jobs could not be read", exc_info=True)
            self._wake.wait(self._poll)
            self._wake.clear()

"""Opt-in timing of a scan's way through the desk, hop by hop.

At DEBUG, the logger `receiving_desk.timing.<phase>` notes the monotonic time at each hop:
`framed` (the reader thread has the scan), `journal.begin` (the journal's writer took it),
`journal` (its commit, see `adapters/store/journal.py`), `gui.scan` (the GUI thread has it),
`store.scan` (the store worker began the use case), `lock` (a scan-path thread got the
store's write lock: with the wait), `commit` (the use case's commit, see the unit of work),
`store.done` (the new view is built), `gui.result` and `gui.shown` (the screen has it).
`benchmarks/scan_to_commit.py` turns them into a per-phase breakdown. Off (always, outside
that benchmark), a mark costs one level check.
"""

from __future__ import annotations

import logging
import time

ROOT = "receiving_desk.timing"
_loggers: dict[str, logging.Logger] = {}


def logger(phase: str) -> logging.Logger:
    found = _loggers.get(phase)
    if found is None:
        found = _loggers[phase] = logging.getLogger(f"{ROOT}.{phase}")
    return found


def mark(phase: str, detail: str = "") -> None:
    """Note that the scan in hand reached `phase` now, with the calling thread's CPU time so
    far (a hop's wall time less its CPU time is waiting: for the GIL, a core, the disk, a
    lock) and an optional detail."""
    log = logger(phase)
    if log.isEnabledFor(logging.DEBUG):
        log.debug("at %.6f cpu=%.6f %s", time.monotonic(), time.thread_time(), detail)

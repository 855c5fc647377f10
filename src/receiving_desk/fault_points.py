"""Named points where the crash tests kill the desk: `RECEIVING_DESK_FAULT=<point>` (or
`<point>@<n>`, at its n-th passage) makes the process SIGKILL itself there, so a test can
prove that a kill between a state change and its effects loses nothing and doubles nothing.

Unset (always, outside those tests), a point costs one dictionary lookup."""

from __future__ import annotations

import os
import signal
import threading

ENV = "RECEIVING_DESK_FAULT"

# Every point, in the order a scan's effects happen (the test covers each).
POINTS = (
    "after_scan_journaled",  # the raw scan is durable, the desk has not acted on it
    "after_unit_recorded",  # the item scan's unit is committed
    "after_grade_commit",  # grade, LPN, stock, outbox and label job committed; printer not woken
    "after_label_sent",  # the printer has the label's bytes; the job is not marked done
    "after_outbox_pushed",  # central has the messages; the outbox does not say so yet
    "after_completion_commit",  # a return is completed (its evidence job with it); no pack yet
)

_lock = threading.Lock()
_passed: dict[str, int] = {}


def crash_point(name: str) -> None:
    """Kill this process here if the environment asks for it (no clean-up: like a power cut)."""
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition("@")
    if point != name:
        return
    with _lock:
        _passed[name] = _passed.get(name, 0) + 1
        if _passed[name] < int(nth or 1):
            return
    os.kill(os.getpid(), signal.SIGKILL)

"""Waiting in tests for what another thread or process does: on the condition, never on time."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(predicate: Callable[[], object], timeout: float = 10.0, what: str = "") -> None:
    """Poll `predicate` until it holds; fail naming `what` once `timeout` seconds pass (a bound
    for a hung machine, not a pace the test relies on)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting{': ' + what if what else ''}"
        time.sleep(0.005)

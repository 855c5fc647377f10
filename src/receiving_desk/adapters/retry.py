"""The one retry policy: how long a worker waits before trying again after n failures.

Capped exponential (base, 2·base, 4·base ... cap), never zero. With `rng`, "equal jitter":
between half and all of that delay, so many desks that lost the central database at the same
moment do not all come back at the same moment. Used by the scan journal (the local store),
the print queue (printers) and the central syncer (the network).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    base: float = 0.5
    cap: float = 30.0
    rng: Callable[[], float] | None = None  # uniform in [0, 1): jitter; None: none

    def delay(self, failures: int) -> float:
        """The wait before retry `failures` (1, 2, ...)."""
        ceiling = float(min(self.cap, self.base * 2.0 ** min(max(failures - 1, 0), 32)))
        if self.rng is None:
            return ceiling
        return ceiling / 2 + self.rng() * ceiling / 2

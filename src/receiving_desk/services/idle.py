"""When an unattended desk logs out: after `idle_logout_minutes` with no scan and no action,
with a warning on screen for the last `idle_warning_seconds`.

Time comes from the desk's clock (injectable), so tests move it instead of waiting.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from receiving_desk.domain.ports import Clock
from receiving_desk.domain.security_policy import SecuritySettings


class IdleTimer:
    def __init__(self, clock: Clock, settings: SecuritySettings) -> None:
        self._clock = clock
        self.logout_after = timedelta(minutes=settings.idle_logout_minutes)
        self.warn_before = timedelta(seconds=settings.idle_warning_seconds)
        self._last: datetime = clock.now()
        self._warned = False

    def touch(self) -> None:
        """Someone did something at the desk."""
        self._last = self._clock.now()
        self._warned = False

    def left(self) -> timedelta:
        """How long until the idle logout (zero or less: due)."""
        return self._last + self.logout_after - self._clock.now()

    def warn_now(self) -> bool:
        """The warning is due and not yet given in this idle spell (once: one sound)."""
        if self._warned or self.left() > self.warn_before:
            return False
        self._warned = True
        return True

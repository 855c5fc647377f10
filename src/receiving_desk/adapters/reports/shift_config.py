"""The station's shifts: `StationConfig.shifts` (its `[[shift]]` tables, validated when the
station file is read), or the defaults for a config object that carries none."""

from __future__ import annotations

from typing import Any

from receiving_desk.domain.shifts import DEFAULT_SHIFTS, Shift


def load_shifts(config: Any) -> tuple[Shift, ...]:
    configured = getattr(config, "shifts", None)
    return tuple(configured) if configured else DEFAULT_SHIFTS

"""The station's shifts: `StationConfig.shifts` once config.py reads `[[shift]]` tables, the
station file's `[[shift]]` tables read here until then, or the defaults."""

from __future__ import annotations

import tomllib
from typing import Any

from receiving_desk.domain.shifts import DEFAULT_SHIFTS, Shift, shifts_from_config


def load_shifts(config: Any) -> tuple[Shift, ...]:
    """Raises ValueError naming the file and the problem for a bad `[[shift]]` table."""
    configured = getattr(config, "shifts", None)
    if configured:
        return tuple(configured)
    source = getattr(config, "source", None)
    if source is None or not source.exists():
        return DEFAULT_SHIFTS
    try:
        entries = tomllib.loads(source.read_text(encoding="utf-8")).get("shift", [])
        if not isinstance(entries, list):
            raise ValueError("shift must be [[shift]] tables")
        return shifts_from_config(entries)
    except (tomllib.TOMLDecodeError, ValueError, TypeError) as exc:
        raise ValueError(f"{source}: [[shift]]: {exc}") from exc

"""Audit entries: who did what, where, when. Append-only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AuditEntry:
    id: str
    at: datetime
    station_id: str
    user_id: str | None
    action: str  # e.g. "login", "login_failed", "return_voided"
    subject: str  # what it concerns: a receipt id, a badge, an RMA number
    details: dict[str, Any] = field(default_factory=dict)

"""Which graded units are held for a blind second inspection.

A unit is held when a supervisor overrode its disposition, when a supervisor picked it, or
when it falls in the sampled share of its category and clerk. The share is decided by a keyed
hash of the LPN (HMAC-SHA-256 with the site's audit key): a clerk cannot tell which of their
units will be audited, yet anyone holding the key can re-derive every decision afterwards.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.file_problems import _t as _t

_SCALE = 10_000  # shares are kept in basis points: 2 % is 200


class HoldReason(StrEnum):
    SAMPLED = "sampled"
    OVERRIDDEN = "overridden"
    PICKED = "picked"  # a supervisor chose it
    GOLD = "gold"  # a supervisor's calibration unit: every clerk grades it once


@dataclass(frozen=True)
class SamplingPolicy:
    """Shares in percent; the largest of the default, the unit's category and its clerk
    applies (a clerk under watch is audited more, never less, than their category)."""

    key: bytes
    percent: float = 2.0
    by_category: Mapping[str, float] = field(default_factory=dict)
    by_clerk: Mapping[str, float] = field(default_factory=dict)  # by user id
    overridden: bool = True

    def __post_init__(self) -> None:
        if not self.key:
            raise ValueError("the audit sampling key must not be empty")
        for share in (self.percent, *self.by_category.values(), *self.by_clerk.values()):
            if not 0.0 <= share <= 100.0:
                raise ValueError(f"an audit share must be 0..100 %, not {share}")

    def share(self, category: str, clerk: str) -> float:
        return max(
            self.percent,
            self.by_category.get(category, 0.0),
            self.by_clerk.get(clerk, 0.0),
        )

    def draw(self, lpn: str) -> int:
        """The LPN's draw in 0..9999 (basis points), re-derivable with the key."""
        digest = hmac.new(self.key, lpn.encode(), hashlib.sha256).digest()
        return int.from_bytes(digest[:8], "big") % _SCALE

    def sampled(self, lpn: str, category: str, clerk: str) -> bool:
        return self.draw(lpn) < round(self.share(category, clerk) * _SCALE / 100)

    def hold_reason(
        self, lpn: str, category: str, clerk: str, overridden: bool = False
    ) -> HoldReason | None:
        if overridden and self.overridden:
            return HoldReason.OVERRIDDEN
        return HoldReason.SAMPLED if self.sampled(lpn, category, clerk) else None


@dataclass(frozen=True)
class AuditSettings:
    """The station file's [audit] table. Absent: no unit is sampled (a supervisor may still
    pick units and keep a gold set). The sampling key is not written here: it is derived
    from the site's pepper, so every desk of the site draws alike and no clerk can read it."""

    enabled: bool = False
    percent: float = 2.0
    categories: Mapping[str, float] = field(default_factory=dict)
    clerks: Mapping[str, float] = field(default_factory=dict)
    overridden: bool = True

    @classmethod
    def from_dict(cls, values: Mapping[str, object]) -> AuditSettings:
        kwargs: dict[str, object] = {"enabled": True}
        for key, value in values.items():
            if key in ("enabled", "overridden"):
                if not isinstance(value, bool):
                    raise SettingProblem(_t("{key} must be true or false"), key=key)
                kwargs[key] = value
            elif key == "percent":
                kwargs[key] = _share(key, value)
            elif key in ("categories", "clerks"):
                if not isinstance(value, Mapping):
                    raise SettingProblem(_t("{key} must be a table of name = percent"), key=key)
                kwargs[key] = {str(k): _share(f"{key}.{k}", v) for k, v in value.items()}
            else:
                raise SettingProblem(_t("unknown setting {key}"), key=repr(key))
        return cls(**kwargs)  # type: ignore[arg-type]

    def policy(self, key: bytes) -> SamplingPolicy | None:
        if not self.enabled:
            return None
        return SamplingPolicy(
            key, self.percent, dict(self.categories), dict(self.clerks), self.overridden
        )


def _share(key: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SettingProblem(_t("{key} must be a percentage"), key=key)
    if not 0.0 <= float(value) <= 100.0:
        raise SettingProblem(_t("{key} must be between 0 and 100 (%)"), key=key)
    return float(value)

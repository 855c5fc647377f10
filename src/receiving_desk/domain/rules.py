"""Disposition rules: data, not code.

A rule set is loaded from a versioned file (see `rules_file.py`). Deciding picks the most
specific rule for the unit (an exact category beats the `*` wildcard) and returns the decision
together with the rule and version that made it, so an inspection keeps its reason forever.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.rma import LoyaltyTier

WILDCARD = "*"


class Disposition(StrEnum):
    RESTOCK_NEW = "restock_new"
    RESTOCK_OPEN_BOX = "restock_open_box"
    REFURBISH = "refurbish"
    REPAIR = "repair"
    RETURN_TO_VENDOR = "return_to_vendor"
    LIQUIDATE = "liquidate"
    DONATE = "donate"
    RECYCLE = "recycle"
    DESTROY = "destroy"

    @property
    def returns_to_stock(self) -> bool:
        return self in (Disposition.RESTOCK_NEW, Disposition.RESTOCK_OPEN_BOX)


@dataclass(frozen=True)
class Rule:
    id: str
    grade: str
    category: str
    disposition: Disposition
    why: str

    def matches(self, grade: str, category: str) -> bool:
        return self.grade == grade and self.category in (category, WILDCARD)


@dataclass(frozen=True)
class Decision:
    disposition: Disposition
    rule_id: str
    rule_version: str
    why: str


@dataclass(frozen=True)
class WindowPolicy:
    default_days: int
    tier_extra_days: dict[LoyaltyTier, int] = field(default_factory=dict)

    def days_for(self, tier: LoyaltyTier) -> int:
        return self.default_days + self.tier_extra_days.get(tier, 0)


@dataclass(frozen=True)
class RuleSet:
    version: str
    grades: tuple[str, ...]
    rules: tuple[Rule, ...]
    window: WindowPolicy

    def check_grade(self, grade: str) -> None:
        if grade not in self.grades:
            raise DeskError(ErrorCode.GRADE_NOT_ALLOWED, grade=grade, allowed=list(self.grades))

    def decide(self, grade: str, category: str) -> Decision:
        self.check_grade(grade)
        candidates = [r for r in self.rules if r.matches(grade, category)]
        # Exact category first; among equals the first in the file wins.
        candidates.sort(key=lambda r: r.category == WILDCARD)
        if not candidates:  # the loader guarantees a wildcard per grade; keep the guard honest
            raise LookupError(f"no rule for grade {grade!r} in rules {self.version}")
        rule = candidates[0]
        return Decision(rule.disposition, rule.id, self.version, rule.why)

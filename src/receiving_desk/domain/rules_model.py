"""The value types of the disposition rules (see `rules.py` for how they decide).

Import them from `receiving_desk.domain.rules`; this module only keeps that one under the
size limit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from receiving_desk.domain.return_window import WindowVerdict
from receiving_desk.domain.rma import LoyaltyTier, ReturnReason

WILDCARD = "*"
HYGIENE_RULE_ID = "hygiene-unsealed"


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
        """The default; a matrix row may say otherwise (e.g. refurbished units re-enter stock)."""
        return self in (Disposition.RESTOCK_NEW, Disposition.RESTOCK_OPEN_BOX)


class RefundKind(StrEnum):
    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"


@dataclass(frozen=True)
class Refund:
    kind: RefundKind
    percent: int  # 100 for FULL, 1..99 for PARTIAL, 0 for NONE

    def __post_init__(self) -> None:
        # Runs for every refund read back from the outbox: plain comparisons, no dict.
        percent = self.percent
        if self.kind == RefundKind.PARTIAL:
            ok = 1 <= percent <= 99
        else:
            ok = percent == (100 if self.kind == RefundKind.FULL else 0)
        if not ok:
            raise ValueError(f"refund {self.kind.value} cannot be {self.percent}%")

    @classmethod
    def full(cls) -> Refund:
        return cls(RefundKind.FULL, 100)

    @classmethod
    def partial(cls, percent: int) -> Refund:
        return cls(RefundKind.PARTIAL, percent)

    @classmethod
    def none(cls) -> Refund:
        return cls(RefundKind.NONE, 0)

    def __str__(self) -> str:
        return f"partial {self.percent}%" if self.kind is RefundKind.PARTIAL else self.kind.value


@dataclass(frozen=True)
class Check:
    code: str
    label: str
    hygiene: bool = False  # a "no" answer means an unsealed hygiene item
    required: bool = False  # must be answered before the unit can be graded


@dataclass(frozen=True)
class UnitFacts:
    grade: str
    category: str
    reason: ReturnReason
    tier: LoyaltyTier
    window: WindowVerdict
    conditions: frozenset[str] = frozenset()  # found-condition codes
    checklist: Mapping[str, bool] = field(default_factory=dict)  # unanswered = absent


@dataclass(frozen=True)
class Decision:
    disposition: Disposition
    returns_to_stock: bool
    refund: Refund
    rule_id: str
    rule_version: str
    why: str  # the plain-language reason of the deciding rule
    notes: tuple[str, ...] = ()  # leniency applied, window state, hygiene check that failed


@dataclass(frozen=True)
class Rule:
    """One row of the disposition matrix."""

    id: str
    grade: str
    category: str
    reason: str
    condition: str
    disposition: Disposition
    refund: Refund
    why: str
    returns_to_stock: bool | None = None  # None: the disposition's default
    lenient: bool = True  # False: tier leniency never raises this row's refund (fraud rows)

    def matches(self, facts: UnitFacts) -> bool:
        return (
            self.grade == facts.grade
            and self.category in (WILDCARD, facts.category)
            and self.reason in (WILDCARD, facts.reason.value)
            and (self.condition == WILDCARD or self.condition in facts.conditions)
        )

    @property
    def specificity(self) -> int:
        return sum(v != WILDCARD for v in (self.category, self.reason, self.condition))

    @property
    def stocks(self) -> bool:
        if self.returns_to_stock is None:
            return self.disposition.returns_to_stock
        return self.returns_to_stock


@dataclass(frozen=True)
class Leniency:
    """Tier-based refund upgrade: these tiers' returns of these grades refund at least this."""

    id: str
    tiers: frozenset[LoyaltyTier]
    grades: frozenset[str]
    categories: frozenset[str]  # {"*"}: every category
    refund: Refund
    why: str

    def applies(self, facts: UnitFacts) -> bool:
        return (
            facts.tier in self.tiers
            and facts.grade in self.grades
            and (WILDCARD in self.categories or facts.category in self.categories)
        )


@dataclass(frozen=True)
class WindowPolicy:
    default_days: int
    category_days: Mapping[str, int] = field(default_factory=dict)
    tier_extra_days: Mapping[LoyaltyTier, int] = field(default_factory=dict)
    tier_lenient_days: Mapping[LoyaltyTier, int] = field(default_factory=dict)
    fixed_categories: frozenset[str] = frozenset()  # no tier extension nor leniency here

    def days_for(self, category: str, tier: LoyaltyTier) -> int:
        base = self.category_days.get(category, self.default_days)
        if category in self.fixed_categories:
            return base
        return base + self.tier_extra_days.get(tier, 0)

    def lenient_days_for(self, category: str, tier: LoyaltyTier) -> int:
        if category in self.fixed_categories:
            return 0
        return self.tier_lenient_days.get(tier, 0)


@dataclass(frozen=True)
class HygienePolicy:
    categories: frozenset[str]
    why: str  # the `why` of the "hygiene-unsealed" decision

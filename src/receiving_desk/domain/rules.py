"""Disposition rules: data, not code.

A `RuleSet` is loaded from a versioned file (`rules_file.py`, format in docs/rules.md). Every
decision carries the rule set's version and the id of the rule that decided it, so an inspection
keeps its reason forever and a later rule change never rewrites history.

How `RuleSet.decide` decides, in this order:

1. Hygiene. In a hygiene category, a hygiene check answered "no" (the seal is broken) means
   DESTROY with no refund, whatever the grade; rule id "hygiene-unsealed", its `why` from the
   file. Steps 2 and 3 are skipped.
2. Matrix. Among the rows whose grade equals the unit's grade and whose category, reason and
   condition match (each may be "*"; a condition matches if the unit has that found condition),
   the most specific wins: the one with most non-"*" fields among category, reason and
   condition; on a tie, the first in the file. The loader guarantees a row always matches.
3. Leniency. A `[[leniency]]` row for the customer's tier and the unit's grade raises the refund
   if it is better (rows marked `leniency = false` are exempt); a note names it. Skipped when
   the unit is outside the return window.
4. Window. Outside the window (and its tier leniency days) the refund becomes NONE with a note
   "outside the return window: day N of M"; inside the leniency days the refund stands with a
   note "accepted by <tier> leniency: day N of M (+K)".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from receiving_desk.domain.decision_notes import (
    AcceptedByLeniency,
    HygieneFailed,
    OutsideWindow,
    RefundRaised,
    english,
)
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.return_window import WindowVerdict, evaluate_window
from receiving_desk.domain.rma import LoyaltyTier, ReturnReason
from receiving_desk.domain.rules_model import (
    HYGIENE_RULE_ID,
    WILDCARD,
    Check,
    Decision,
    Disposition,
    HygienePolicy,
    Leniency,
    Refund,
    RefundKind,
    Rule,
    UnitFacts,
    WindowPolicy,
)
from receiving_desk.domain.weights import WeightPolicy

__all__ = [
    "HYGIENE_RULE_ID",
    "WILDCARD",
    "Check",
    "Decision",
    "Disposition",
    "HygienePolicy",
    "Leniency",
    "LoyaltyTier",
    "Refund",
    "RefundKind",
    "ReturnReason",
    "Rule",
    "RuleSet",
    "UnitFacts",
    "WindowPolicy",
    "WindowVerdict",
]

DEFAULT = "default"  # the key of the scale/checklist used by categories without their own


@dataclass(frozen=True)
class RuleSet:
    version: str
    categories: tuple[str, ...]  # the categories the file names (others get the defaults)
    scales: Mapping[str, tuple[str, ...]]  # DEFAULT and per-category grading scales
    grade_labels: Mapping[str, str]
    checks: Mapping[str, Check]
    checklists: Mapping[str, tuple[str, ...]]  # DEFAULT and per-category check codes
    conditions: Mapping[str, str]  # found-condition code -> label, in file order
    rules: tuple[Rule, ...]
    leniencies: tuple[Leniency, ...]
    windows: WindowPolicy
    hygiene: HygienePolicy
    weights: WeightPolicy = field(default_factory=WeightPolicy)  # [weights] tolerances
    # Found conditions offered per category (DEFAULT, or absent: every condition).
    condition_lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Categories whose whole checklist must be answered before a grade.
    required_categories: frozenset[str] = frozenset()
    category_labels: Mapping[str, str] = field(default_factory=dict)  # code -> name to show
    texts: tuple[str, ...] = ()  # every English text of the file a person reads
    # The file's own translations: language -> English text -> translated text.
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    # --- what the desk shows --------------------------------------------------------------

    def grades_for(self, category: str) -> tuple[str, ...]:
        return self.scales.get(category, self.scales[DEFAULT])

    @property
    def grades(self) -> tuple[str, ...]:
        """The default scale."""
        return self.scales[DEFAULT]

    @property
    def all_grades(self) -> tuple[str, ...]:
        """Every grade of every scale, in file order (e.g. for the command sheet)."""
        return tuple(dict.fromkeys(g for scale in self.scales.values() for g in scale))

    def grade_label(self, grade: str) -> str:
        return self.grade_labels.get(grade, grade)

    def checklist_for(self, category: str) -> tuple[Check, ...]:
        codes = self.checklists.get(category, self.checklists.get(DEFAULT, ()))
        return tuple(self.checks[code] for code in codes)

    @property
    def condition_codes(self) -> tuple[tuple[str, str], ...]:
        return tuple(self.conditions.items())

    def conditions_for(self, category: str) -> tuple[tuple[str, str], ...]:
        """(code, label) of the found conditions a unit of `category` can have."""
        codes = self.condition_lists.get(category, self.condition_lists.get(DEFAULT))
        if codes is None:
            return self.condition_codes
        return tuple((code, self.conditions[code]) for code in codes)

    def required_checks(self, category: str) -> tuple[Check, ...]:
        """The questions that must be answered before a unit of `category` is graded."""
        every = category in self.required_categories
        return tuple(c for c in self.checklist_for(category) if every or c.required)

    def category_label(self, category: str) -> str:
        return self.category_labels.get(category, category)

    def text(self, english: str, language: str) -> str:
        """A text of this file in `language` (`zh_TW`, `ru`...), else the English."""
        for key in (language, language.split("_")[0]):
            found = self.translations.get(key, {}).get(english)
            if found:
                return found
        return english

    def untranslated(self, language: str) -> tuple[str, ...]:
        """The file's texts with no translation into `language`."""
        done = self.translations.get(language, {})
        return tuple(t for t in self.texts if t not in done)

    def is_hygiene_category(self, category: str) -> bool:
        return category in self.hygiene.categories

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def check_grade(self, grade: str, category: str) -> None:
        allowed = self.grades_for(category)
        if grade not in allowed:
            raise DeskError(ErrorCode.GRADE_NOT_ALLOWED, grade=grade, allowed=list(allowed))

    def window_for(
        self,
        category: str,
        tier: LoyaltyTier,
        delivered_at: datetime,
        now: datetime,
        site_tz: ZoneInfo,
    ) -> WindowVerdict:
        days = self.windows.days_for(category, tier)
        lenient = self.windows.lenient_days_for(category, tier)
        return evaluate_window(delivered_at, now, site_tz, days, lenient)

    # --- deciding -------------------------------------------------------------------------

    def decide(self, facts: UnitFacts) -> Decision:
        self.check_grade(facts.grade, facts.category)
        unsealed = self._unsealed_hygiene_checks(facts)
        if unsealed:
            notes = [english(HygieneFailed(check.label)) for check in unsealed]
            decision = Decision(
                Disposition.DESTROY,
                Disposition.DESTROY.returns_to_stock,
                Refund.none(),
                HYGIENE_RULE_ID,
                self.version,
                self.hygiene.why,
            )
            return self._apply_window(decision, facts, notes)
        rule = self._matrix_row(facts)
        refund = rule.refund
        notes = []
        if rule.lenient and not facts.window.outside:
            lenient = self._best_leniency(facts, refund)
            if lenient is not None:
                tier = facts.tier.value
                notes.append(
                    english(RefundRaised(str(refund), str(lenient.refund), tier, lenient.id))
                )
                refund = lenient.refund
        decision = Decision(rule.disposition, rule.stocks, refund, rule.id, self.version, rule.why)
        return self._apply_window(decision, facts, notes)

    def _unsealed_hygiene_checks(self, facts: UnitFacts) -> list[Check]:
        if not self.is_hygiene_category(facts.category):
            return []
        return [
            self.checks[code]
            for code, passed in facts.checklist.items()
            if not passed and code in self.checks and self.checks[code].hygiene
        ]

    def _matrix_row(self, facts: UnitFacts) -> Rule:
        best: Rule | None = None
        for rule in self.rules:  # strictly greater keeps the first of equals
            if rule.matches(facts) and (best is None or rule.specificity > best.specificity):
                best = rule
        if best is None:  # the loader guarantees a fallback row per grade; keep the guard honest
            raise LookupError(f"no rule for grade {facts.grade!r} in rules {self.version}")
        return best

    def _best_leniency(self, facts: UnitFacts, current: Refund) -> Leniency | None:
        best: Leniency | None = None
        for lenient in self.leniencies:
            bar = best.refund.percent if best else current.percent
            if lenient.applies(facts) and lenient.refund.percent > bar:
                best = lenient
        return best

    def _apply_window(self, decision: Decision, facts: UnitFacts, notes: list[str]) -> Decision:
        window = facts.window
        refund = decision.refund
        day, days = window.days_since_delivery, window.window_days
        if window.outside:
            notes.append(english(OutsideWindow(day, days)))
            refund = Refund.none()
        elif window.accepted_by_leniency:
            late = AcceptedByLeniency(facts.tier.value, day, days, window.lenient_days)
            notes.append(english(late))
        return Decision(
            decision.disposition,
            decision.returns_to_stock,
            refund,
            decision.rule_id,
            decision.rule_version,
            decision.why,
            tuple(notes),
        )

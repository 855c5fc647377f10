"""The rules in force on this desk: one holder that every use case reads from.

A new rules file — loaded by an administrator here (services/rules_admin.py) or installed by
the pull when the site's file changed centrally — is put in force by `swap`, without a
restart. A use case takes the rules once, at its start (`rules = in_force()`), and decides
with that one RuleSet to its end: a decision never mixes two versions, and it records the
version it used (Decision.rule_version). Swapping is one reference assignment, so the sync
thread may swap while the GUI's store thread grades: each grade sees the old or the new rules,
whole.
"""

from __future__ import annotations

from receiving_desk.domain.rules import RuleSet
from receiving_desk.domain.weights import WeightPolicy


class RulesInForce:
    def __init__(self, rules: RuleSet) -> None:
        self._rules = rules

    def __call__(self) -> RuleSet:
        """The rules in force now; take them once per use case."""
        return self._rules

    @property
    def version(self) -> str:
        return self._rules.version

    def weights(self) -> WeightPolicy:
        """The [weights] of the rules in force (the weighing and completion checks' source)."""
        return self._rules.weights

    def swap(self, rules: RuleSet) -> None:
        """Put `rules` in force: the next use case decides with them."""
        self._rules = rules


def in_force(rules: RuleSet | RulesInForce) -> RulesInForce:
    """A holder for `rules` (a fixed RuleSet: a holder nobody swaps)."""
    return rules if isinstance(rules, RulesInForce) else RulesInForce(rules)

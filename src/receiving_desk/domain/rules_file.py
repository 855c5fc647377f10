"""Load and validate a disposition rules file (TOML); the format is in docs/rules.md.

A bad file is refused with a message naming the file, the line and the problem, so whoever
edited it can fix it without reading code. Everything a decision could trip over later is
checked here, at start: unknown names, grades outside a category's scale, a grade no row can
decide, refunds that do not add up.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from receiving_desk.domain.file_problems import _t as _t
from receiving_desk.domain.file_problems import wording
from receiving_desk.domain.rma import LoyaltyTier, ReturnReason
from receiving_desk.domain.rules import DEFAULT, RuleSet
from receiving_desk.domain.rules_model import (
    HYGIENE_RULE_ID,
    WILDCARD,
    Check,
    Disposition,
    HygienePolicy,
    Leniency,
    RefundKind,
    Rule,
    WindowPolicy,
)
from receiving_desk.domain.rules_reader import (
    RulesFileError,
    Source,
    Table,
    check_choice,
    split_translation,
)
from receiving_desk.domain.toml_lines import TomlLines
from receiving_desk.domain.toml_problems import syntax_problem
from receiving_desk.domain.weights import WeightPolicy

__all__ = ["RulesFileError", "load_rules", "parse_rules"]

TIERS = tuple(t.value for t in LoyaltyTier)
REASONS = (WILDCARD, *(r.value for r in ReturnReason))
DISPOSITIONS = tuple(d.value for d in Disposition)
SECTIONS = (
    *("version", "categories", "category_labels", "grades", "grade_labels", "check"),
    "checklists",
    *("conditions", "condition_lists", "required", "hygiene", "windows", "rule", "leniency"),
    "weights",
)


def load_rules(path: Path) -> RuleSet:
    return parse_rules(path.read_text(encoding="utf-8"), path)


def parse_rules(text: str, path: Path) -> RuleSet:
    """Rules from `text` (e.g. a version served by the central database); `path` names it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, problem = syntax_problem(str(exc))
        raise RulesFileError(path, line, problem) from exc
    return _Parser(Table(Source(path, TomlLines(text)), data, (), "")).parse()


def _by_id(kind: str, key: str = "id") -> Callable[[Mapping[str, Any]], str]:
    """Names a [[kind]] table in messages by its id (or `key`), e.g. "[[rule]] 'B-any'"."""

    def describe(raw: Mapping[str, Any]) -> str:
        ident = raw.get(key)
        return f"[[{kind}]] {ident!r}" if isinstance(ident, str) else f"[[{kind}]]"

    return describe


class _Parser:
    def __init__(self, top: Table) -> None:
        self.top = top
        self.categories: tuple[str, ...] = ()
        self.scales: dict[str, tuple[str, ...]] = {}
        self.checks: dict[str, Check] = {}
        self.checklists: dict[str, tuple[str, ...]] = {}
        self.conditions: dict[str, str] = {}
        self.ids: set[str] = {HYGIENE_RULE_ID}
        self.texts: list[str] = []  # every English text a person reads, in file order
        self.translations: dict[str, dict[str, str]] = {}  # language -> English -> text

    def _text(self, table: Table, key: str) -> str:
        """A text a person reads, with its translations (`key_ru = "..."`) collected."""
        english = table.text(key)
        if english not in self.texts:
            self.texts.append(english)
        for language, text in table.translations(key).items():
            known = self.translations.setdefault(language, {})
            if known.get(english, text) != text:
                problem = wording(
                    _t("{key}: {text} is translated two ways in {language}"),
                    key=f"{key}_{language}",
                    text=repr(english),
                    language=language,
                )
                raise table.fail(f"{key}_{language}", problem)
            known[english] = text
        return english

    def parse(self) -> RuleSet:
        top = self.top
        top.only(*SECTIONS)
        version = top.text("version")
        self.categories = top.texts("categories")
        for category in self.categories:
            if category in (WILDCARD, DEFAULT):
                said = wording(_t("{name} cannot be a category name"), name=repr(category))
                raise top.fail("categories", said, category)
        self._grades()
        labels = self._mapping(top.table("grade_labels"), self._all_grades(), "grade")
        category_labels = self._mapping(top.table("category_labels"), self.categories, "category")
        self._checks()
        self.conditions = self._mapping(top.table("conditions"), None, "condition")
        condition_lists = self._condition_lists(top.table("condition_lists"))
        required = self._required(top.table("required"))
        rules = tuple(self._rule(t) for t in top.array("rule", _by_id("rule")))
        self._fallbacks(rules)
        leniencies = tuple(self._leniency(t) for t in top.array("leniency", _by_id("leniency")))
        windows = self._windows(top.table("windows", required=True))
        hygiene = self._hygiene(top.table("hygiene"))
        weights = self._weights(top.table("weights"))
        return RuleSet(
            version=version,
            categories=self.categories,
            scales=self.scales,
            grade_labels=labels,
            checks=self.checks,
            checklists=self.checklists,
            conditions=self.conditions,
            rules=rules,
            leniencies=leniencies,
            windows=windows,
            hygiene=hygiene,
            weights=weights,
            condition_lists=condition_lists,
            category_labels=category_labels,
            required_categories=required,
            texts=tuple(self.texts),
            translations=self.translations,
        )

    def _category(self, table: Table, key: str, value: str, wildcard: bool = False) -> None:
        """`value` must be a listed category (or "*" where a wildcard is allowed)."""
        choices = (WILDCARD, *self.categories) if wildcard else self.categories
        check_choice(table, key, value, "category", choices)

    def _all_grades(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(g for scale in self.scales.values() for g in scale))

    def _grades(self) -> None:
        table = self.top.table("grades", required=True)
        for key in table.data:
            if key != DEFAULT:
                self._category(table, key, key)
            self.scales[key] = table.texts(key)
        if DEFAULT not in self.scales:
            said = wording(_t("missing 'default' (the scale of every category without its own)"))
            raise table.fail(None, said)

    def _mapping(self, table: Table, keys: tuple[str, ...] | None, what: str) -> dict[str, str]:
        """A table of `code = "label"` (and `code_ru = "..."` translations); with `keys`,
        every code must be one of them."""
        codes = [k for k in table.data if split_translation(k, table.data) is None]
        for code in codes:
            if keys is not None:
                check_choice(table, code, code, what, keys)
            elif code in (WILDCARD, DEFAULT):
                said = wording(_t("{code} cannot be a condition code"), code=repr(code))
                raise table.fail(code, said)
        return {code: self._text(table, code) for code in codes}

    def _checks(self) -> None:
        for table in self.top.array("check", _by_id("check", "code")):
            table.only("code", "label", "hygiene", "required", texts=("label",))
            code = table.text("code")
            if code in self.checks:
                said = wording(_t("check {code} is defined twice"), code=repr(code))
                raise table.fail("code", said)
            self.checks[code] = Check(
                code,
                self._text(table, "label"),
                table.flag("hygiene", False),
                table.flag("required", False),
            )
        lists = self.top.table("checklists")
        for key in lists.data:
            if key != DEFAULT:
                self._category(lists, key, key)
            codes = lists.texts(key)
            for code in codes:
                check_choice(lists, key, code, "check", self.checks)
            self.checklists[key] = codes

    def _rule(self, table: Table) -> Rule:
        table.only(
            "id",
            "grade",
            "category",
            "reason",
            "condition",
            "disposition",
            "refund",
            "refund_percent",
            "returns_to_stock",
            "leniency",
            "why",
            texts=("why",),
        )
        rule_id = self._new_id(table)
        grade = table.one_of("grade", "grade", self._all_grades())
        category = table.text("category", WILDCARD)
        self._category(table, "category", category, wildcard=True)
        scale = self.scales.get(category, self.scales[DEFAULT])
        if category != WILDCARD and grade not in scale:
            problem = wording(
                _t("grade {grade} is not in the {category} scale ({scale})"),
                grade=repr(grade),
                category=repr(category),
                scale=", ".join(scale),
            )
            raise table.fail("grade", problem)
        stocks = table.data.get("returns_to_stock")
        if stocks is not None:
            stocks = table.flag("returns_to_stock", False)
        return Rule(
            id=rule_id,
            grade=grade,
            category=category,
            reason=table.one_of("reason", "return reason", REASONS, WILDCARD),
            condition=table.one_of(
                "condition", "condition", (WILDCARD, *self.conditions), WILDCARD
            ),
            disposition=Disposition(table.one_of("disposition", "disposition", DISPOSITIONS)),
            refund=table.refund(),
            why=self._text(table, "why"),
            returns_to_stock=stocks,
            lenient=table.flag("leniency", True),
        )

    def _new_id(self, table: Table) -> str:
        ident = table.text("id")
        if ident in self.ids:
            said = wording(
                _t("id {id} is used twice (ids are unique across the file)"), id=repr(ident)
            )
            raise table.fail("id", said)
        self.ids.add(ident)
        return ident

    def _fallbacks(self, rules: tuple[Rule, ...]) -> None:
        """Every grade of every scale can always be decided: it has an all-"*" row."""
        table = self.top.table("grades")
        for key, scale in self.scales.items():
            categories = {WILDCARD} if key == DEFAULT else {WILDCARD, key}
            for grade in scale:
                if not any(
                    r.grade == grade
                    and r.category in categories
                    and r.reason == WILDCARD
                    and r.condition == WILDCARD
                    for r in rules
                ):
                    problem = wording(
                        _t(
                            "grade {grade} of the {scale} scale has no fallback [[rule]] "
                            "(grade = {grade} with category, reason and condition '*')"
                        ),
                        grade=repr(grade),
                        scale=repr(key),
                    )
                    raise table.fail(key, problem, grade)

    def _leniency(self, table: Table) -> Leniency:
        table.only(
            *("id", "tiers", "grades", "categories", "refund", "refund_percent", "why"),
            texts=("why",),
        )
        ident = self._new_id(table)
        tiers = table.texts("tiers")
        for tier in tiers:
            check_choice(table, "tiers", tier, "loyalty tier", TIERS)
        grades = table.texts("grades")
        for grade in grades:
            check_choice(table, "grades", grade, "grade", self._all_grades())
        categories = table.texts("categories", (WILDCARD,))
        for category in categories:
            self._category(table, "categories", category, wildcard=True)
        refund = table.refund()
        if refund.kind is RefundKind.NONE:
            said = wording(_t("a leniency refunding 'none' would never raise a refund"))
            raise table.fail("refund", said)
        return Leniency(
            ident,
            frozenset(LoyaltyTier(t) for t in tiers),
            frozenset(grades),
            frozenset(categories),
            refund,
            self._text(table, "why"),
        )

    def _windows(self, table: Table) -> WindowPolicy:
        table.only(
            "default_days",
            "category_days",
            "tier_extra_days",
            "tier_lenient_days",
            "fixed_categories",
        )
        days = table.table("category_days")
        for category in days.data:
            self._category(days, category, category)
        fixed = table.texts("fixed_categories", (), empty_ok=True)
        for category in fixed:
            self._category(table, "fixed_categories", category)
        return WindowPolicy(
            default_days=table.days("default_days"),
            category_days={c: days.days(c) for c in days.data},
            tier_extra_days=self._tier_days(table.table("tier_extra_days")),
            tier_lenient_days=self._tier_days(table.table("tier_lenient_days")),
            fixed_categories=frozenset(fixed),
        )

    def _tier_days(self, table: Table) -> dict[LoyaltyTier, int]:
        for tier in table.data:
            check_choice(table, tier, tier, "loyalty tier", TIERS)
        return {LoyaltyTier(tier): table.days(tier) for tier in table.data}

    def _hygiene(self, table: Table) -> HygienePolicy:
        if not table.data:
            return HygienePolicy(frozenset(), "")
        table.only("categories", "why", texts=("why",))
        categories = table.texts("categories")
        for category in categories:
            self._category(table, "categories", category)
            codes = self.checklists.get(category, self.checklists.get(DEFAULT, ()))
            if not any(self.checks[code].hygiene for code in codes):
                problem = wording(
                    _t(
                        "hygiene category {category} has no hygiene check in its checklist, "
                        "so an unsealed item could never be caught"
                    ),
                    category=repr(category),
                )
                raise table.fail("categories", problem, category)
        return HygienePolicy(frozenset(categories), self._text(table, "why"))

    def _weights(self, table: Table) -> WeightPolicy:
        """[weights]: how far a weighed item may be from its catalog weight, per category
        (absent: the defaults of `WeightPolicy`)."""
        base = WeightPolicy()
        table.only("tolerance_percent", "min_grams", "packaging_grams", "category_percent")
        per = table.table("category_percent")
        for category in per.data:
            self._category(per, category, category)
        return WeightPolicy(
            tolerance_percent=table.whole(
                "tolerance_percent", "percent", base.tolerance_percent, 100
            ),
            min_grams=table.whole("min_grams", "grams", base.min_grams, 100_000),
            packaging_grams=table.whole("packaging_grams", "grams", base.packaging_grams, 100_000),
            category_percent={c: per.whole(c, "percent", 0, 100) for c in per.data},
        )

    def _condition_lists(self, table: Table) -> dict[str, tuple[str, ...]]:
        """Which found conditions a category offers (without a list: all of them)."""
        lists: dict[str, tuple[str, ...]] = {}
        for key in table.data:
            if key != DEFAULT:
                self._category(table, key, key)
            codes = table.texts(key)
            for code in codes:
                check_choice(table, key, code, "condition", self.conditions)
            lists[key] = codes
        return lists

    def _required(self, table: Table) -> frozenset[str]:
        """Categories whose whole checklist must be answered before a grade."""
        if not table.data:
            return frozenset()
        table.only("categories")
        categories = table.texts("categories")
        for category in categories:
            self._category(table, "categories", category)
        return frozenset(categories)

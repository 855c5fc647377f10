"""Load and validate a disposition rules file (TOML).

A bad file is refused with a message naming the file, the line and the problem, so whoever
edited it can fix it without reading code.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from receiving_desk.domain.rma import LoyaltyTier
from receiving_desk.domain.rules import WILDCARD, Disposition, Rule, RuleSet, WindowPolicy


class RulesFileError(ValueError):
    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = path, line, problem
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {problem}")


def load_rules(path: Path) -> RuleSet:
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))  # Python < 3.14 has no exc.lineno
        raise RulesFileError(path, int(found.group(1)) if found else None, str(exc)) from exc
    return _parse(path, text, data)


def _line_of(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None


def _rule_key_line(text: str, index: int, key: str) -> int | None:
    """The line of `key` inside the index-th [[rule]] table (or of its header)."""
    lines = text.splitlines()
    headers = [n for n, line in enumerate(lines) if line.strip() == "[[rule]]"]
    if index >= len(headers):
        return None
    for n in range(headers[index] + 1, len(lines)):
        stripped = lines[n].strip()
        if stripped.startswith("["):
            break
        if stripped.split("=", 1)[0].strip() == key:
            return n + 1
    return headers[index] + 1


def _parse(path: Path, text: str, data: dict[str, Any]) -> RuleSet:
    def fail(problem: str, needle: str | None = None) -> RulesFileError:
        return RulesFileError(path, _line_of(text, needle) if needle else None, problem)

    def fail_at(index: int, key: str, problem: str) -> RulesFileError:
        return RulesFileError(path, _rule_key_line(text, index, key), problem)

    version = data.get("version")
    if not isinstance(version, str) or not version:
        raise fail("missing 'version' (a non-empty string)", "version")
    grades = data.get("grades")
    if not isinstance(grades, list) or not grades or not all(isinstance(g, str) for g in grades):
        raise fail("'grades' must be a non-empty list of strings", "grades")

    window = data.get("window", {})
    default_days = window.get("default_days")
    if not isinstance(default_days, int) or default_days < 0:
        raise fail("window.default_days must be a non-negative integer", "default_days")
    extra: dict[LoyaltyTier, int] = {}
    for tier_name, days in window.get("tier_extra_days", {}).items():
        if tier_name not in LoyaltyTier.__members__.values():
            raise fail(f"unknown loyalty tier {tier_name!r}", tier_name)
        if not isinstance(days, int) or days < 0:
            raise fail(f"tier_extra_days.{tier_name} must be a non-negative integer", tier_name)
        extra[LoyaltyTier(tier_name)] = days

    rules: list[Rule] = []
    seen: set[str] = set()
    for index, raw in enumerate(data.get("rule", [])):
        rule_id = raw.get("id")
        if not isinstance(rule_id, str) or not rule_id:
            raise fail_at(index, "id", "a [[rule]] has no 'id'")
        if rule_id in seen:
            raise fail_at(index, "id", f"rule id {rule_id!r} is used twice")
        seen.add(rule_id)
        for key in ("grade", "category", "disposition", "why"):
            if not isinstance(raw.get(key), str) or not raw[key]:
                raise fail_at(index, key, f"rule {rule_id!r}: '{key}' is missing or empty")
        if raw["grade"] not in grades:
            raise fail_at(
                index, "grade", f"rule {rule_id!r}: grade {raw['grade']!r} is not in 'grades'"
            )
        try:
            disposition = Disposition(raw["disposition"])
        except ValueError:
            allowed = ", ".join(d.value for d in Disposition)
            raise fail_at(
                index,
                "disposition",
                f"rule {rule_id!r}: unknown disposition {raw['disposition']!r} (one of {allowed})",
            ) from None
        rules.append(Rule(rule_id, raw["grade"], raw["category"], disposition, raw["why"]))

    for grade in grades:
        if not any(r.grade == grade and r.category == WILDCARD for r in rules):
            raise fail(f"grade {grade!r} has no rule for category '*' (every grade needs one)")
    return RuleSet(version, tuple(grades), tuple(rules), WindowPolicy(default_days, extra))

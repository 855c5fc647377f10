from __future__ import annotations

from pathlib import Path

import pytest

from receiving_desk.bootstrap import default_rules_path
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.rma import LoyaltyTier
from receiving_desk.domain.rules import Disposition
from receiving_desk.domain.rules_file import RulesFileError, load_rules

RULES = load_rules(default_rules_path())


@pytest.mark.parametrize(
    ("grade", "category", "disposition", "rule_id"),
    [
        ("A", "home", Disposition.RESTOCK_NEW, "A-any"),
        ("A", "electronics", Disposition.RESTOCK_OPEN_BOX, "A-electronics"),
        ("B", "toys", Disposition.RESTOCK_OPEN_BOX, "B-any"),
        ("B", "beauty", Disposition.DESTROY, "B-beauty"),
        ("B", "apparel", Disposition.LIQUIDATE, "B-apparel"),
        ("C", "home", Disposition.LIQUIDATE, "C-any"),
        ("C", "electronics", Disposition.REFURBISH, "C-electronics"),
        ("C", "books", Disposition.DONATE, "C-books"),
        ("D", "home", Disposition.RECYCLE, "D-any"),
        ("D", "electronics", Disposition.RETURN_TO_VENDOR, "D-electronics"),
        ("D", "tools", Disposition.REPAIR, "D-tools"),
        ("SCRAP", "electronics", Disposition.DESTROY, "SCRAP-any"),
        ("A", "a-category-nobody-configured", Disposition.RESTOCK_NEW, "A-any"),
    ],
)
def test_shipped_rules_decide_by_grade_and_category(
    grade: str, category: str, disposition: Disposition, rule_id: str
) -> None:
    decision = RULES.decide(grade, category)
    assert decision.disposition is disposition
    assert decision.rule_id == rule_id
    assert decision.rule_version == RULES.version == "2026.11-1"
    assert decision.why


def test_every_disposition_is_reachable_with_the_shipped_rules() -> None:
    reached = {
        RULES.decide(g, c).disposition
        for g in RULES.grades
        for c in ("electronics", "apparel", "beauty", "books", "tools", "home")
    }
    assert reached == set(Disposition)


def test_a_grade_outside_the_scale_is_refused() -> None:
    with pytest.raises(DeskError) as err:
        RULES.decide("E", "home")
    assert err.value.code is ErrorCode.GRADE_NOT_ALLOWED


def test_window_policy_extends_by_tier() -> None:
    assert RULES.window.days_for(LoyaltyTier.STANDARD) == 30
    assert RULES.window.days_for(LoyaltyTier.GOLD) == 60
    assert RULES.window.days_for(LoyaltyTier.PLATINUM) == 90


def test_restock_dispositions_return_to_stock() -> None:
    assert {d for d in Disposition if d.returns_to_stock} == {
        Disposition.RESTOCK_NEW,
        Disposition.RESTOCK_OPEN_BOX,
    }


GOOD = """version = "t1"
grades = ["A", "B"]
[window]
default_days = 14
[[rule]]
id = "A-any"
grade = "A"
category = "*"
disposition = "restock_new"
why = "ok"
[[rule]]
id = "B-any"
grade = "B"
category = "*"
disposition = "liquidate"
why = "ok"
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_minimal_file_loads(tmp_path: Path) -> None:
    rules = load_rules(_write(tmp_path, GOOD))
    assert rules.version == "t1"
    assert rules.window.days_for(LoyaltyTier.GOLD) == 14


@pytest.mark.parametrize(
    ("edit", "line", "problem"),
    [
        (lambda s: s.replace('"liquidate"', '"sell_on_ebay"'), 15, "unknown disposition"),
        (lambda s: s.replace('grade = "B"', 'grade = "Z"'), 13, "grade 'Z' is not in 'grades'"),
        (lambda s: s.replace('id = "B-any"', 'id = "A-any"'), 12, "used twice"),
        (lambda s: s.replace('version = "t1"', ""), None, "missing 'version'"),
        (lambda s: s.replace("default_days = 14", "default_days = -1"), 4, "default_days"),
        (
            lambda s: s.replace(
                'category = "*"\ndisposition = "liquidate"',
                'category = "toys"\ndisposition = "liquidate"',
            ),
            None,
            "grade 'B' has no rule for category '*'",
        ),
        (lambda s: s.replace("[[rule]]", "[[rule]", 1), 5, "Expected"),
    ],
)
def test_a_bad_file_is_refused_naming_file_line_and_problem(
    tmp_path: Path, edit: object, line: int | None, problem: str
) -> None:
    path = _write(tmp_path, edit(GOOD))  # type: ignore[operator]
    with pytest.raises(RulesFileError) as err:
        load_rules(path)
    assert err.value.path == path
    assert err.value.line == line
    assert problem in str(err.value)
    assert str(path) in str(err.value)

"""A malformed rules file is refused with a message naming the file, the line and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from receiving_desk.domain.file_problems import Wording
from receiving_desk.domain.rules import LoyaltyTier, Refund
from receiving_desk.domain.rules_file import RulesFileError, load_rules, parse_rules
from receiving_desk.domain.toml_lines import TomlLines, split_key

GOOD = """\
version = "t1"
categories = ["books", "beauty"]

[grades]
default = ["A", "B"]
books = ["A"]

[[check]]
code = "seal"
label = "Seal intact"

[[check]]
code = "hygiene_seal"
label = "Hygiene seal unbroken"
hygiene = true

[checklists]
default = ["seal"]
beauty = [
    "seal",
    "hygiene_seal",
]

[conditions]
used = "Signs of use"

[hygiene]
categories = ["beauty"]
why = "Unsealed hygiene item."

[windows]
default_days = 30

[windows.tier_extra_days]
gold = 30

[[leniency]]
id = "gold-B"
tiers = ["gold"]
grades = ["B"]
refund = "full"
why = "Gold customers get open-box refunded in full."

[[rule]]
id = "A-any"
grade = "A"
disposition = "restock_new"
refund = "full"
why = "As new."

[[rule]]
id = "B-any"
grade = "B"
category = "*"
reason = "*"
condition = "*"
disposition = "restock_open_box"
refund = "partial"
refund_percent = 85
why = "Open box."

[[rule]]
id = "B-used"
grade = "B"
category = "beauty"
reason = "changed_mind"
condition = "used"
disposition = "liquidate"
refund = "none"
why = "Used."
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "returns.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_good_file_loads(tmp_path: Path) -> None:
    rules = load_rules(_write(tmp_path, GOOD))
    assert rules.version == "t1"
    assert rules.grades_for("books") == ("A",)
    assert [c.code for c in rules.checklist_for("beauty")] == ["seal", "hygiene_seal"]
    assert rules.windows.days_for("books", LoyaltyTier.GOLD) == 60
    assert [r.id for r in rules.rules] == ["A-any", "B-any", "B-used"]
    assert rules.rules[1].refund == Refund.partial(85)


# (what is wrong, text to find, its replacement, line, problem as reported)
BAD = [
    ("toml syntax", '[[rule]]\nid = "B-any"', '[[rule]\nid = "B-any"', 51, "not valid TOML"),
    (
        "unknown disposition",
        '"restock_open_box"',
        '"sell_on_ebay"',
        57,
        "[[rule]] 'B-any': unknown disposition 'sell_on_ebay' (one of: restock_new, "
        "restock_open_box, refurbish, repair, return_to_vendor, liquidate, donate, recycle, "
        "destroy)",
    ),
    (
        "unknown grade in a row",
        'grade = "B"\ncategory = "beauty"',
        'grade = "Z"\ncategory = "beauty"',
        64,
        "[[rule]] 'B-used': unknown grade 'Z' (one of: A, B)",
    ),
    (
        "grade not in the category's scale",
        'category = "beauty"\nreason',
        'category = "books"\nreason',
        64,
        "[[rule]] 'B-used': grade 'B' is not in the 'books' scale (A)",
    ),
    (
        "duplicate rule id",
        'id = "B-used"',
        'id = "A-any"',
        63,
        "[[rule]] 'A-any': id 'A-any' is used twice (ids are unique across the file)",
    ),
    (
        "leniency reusing a rule id",
        'id = "gold-B"',
        'id = "B-used"',
        38,
        "[[leniency]] 'B-used': id 'B-used' is used twice",
    ),
    (
        "grade without a fallback row",
        'reason = "*"',
        'reason = "defective"',
        5,
        "[grades]: grade 'B' of the 'default' scale has no fallback [[rule]] "
        "(grade = 'B' with category, reason and condition '*')",
    ),
    (
        "grade of a category scale without a fallback row",
        'books = ["A"]',
        'books = ["A", "C"]',
        6,
        "grade 'C' of the 'books' scale has no fallback [[rule]]",
    ),
    (
        "unknown tier in the windows",
        "gold = 30",
        "diamond = 30",
        35,
        "[windows.tier_extra_days]: unknown loyalty tier 'diamond' "
        "(one of: standard, silver, gold, platinum)",
    ),
    (
        "unknown tier in a leniency",
        'tiers = ["gold"]',
        'tiers = ["gold", "vip"]',
        39,
        "[[leniency]] 'gold-B': unknown loyalty tier 'vip'",
    ),
    (
        "unknown reason",
        'reason = "changed_mind"',
        'reason = "buyers_remorse"',
        66,
        "[[rule]] 'B-used': unknown return reason 'buyers_remorse' (one of: *, defective, ",
    ),
    (
        "unknown condition code",
        'condition = "used"',
        'condition = "smelly"',
        67,
        "[[rule]] 'B-used': unknown condition 'smelly' (one of: *, used)",
    ),
    (
        "unknown check code in a multi-line checklist",
        '    "hygiene_seal",\n]',
        '    "hygene_seal",\n]',
        21,
        "[checklists]: unknown check 'hygene_seal' (one of: seal, hygiene_seal)",
    ),
    (
        "negative window",
        "default_days = 30",
        "default_days = -1",
        32,
        "[windows]: 'default_days' cannot be negative (-1 days)",
    ),
    (
        "negative tier extension",
        "gold = 30",
        "gold = -5",
        35,
        "[windows.tier_extra_days]: 'gold' cannot be negative (-5 days)",
    ),
    (
        "days not a number",
        "default_days = 30",
        'default_days = "30"',
        32,
        "[windows]: 'default_days' must be a whole number of days",
    ),
    (
        "partial refund without a percent",
        "refund_percent = 85\n",
        "",
        58,
        "[[rule]] 'B-any': refund 'partial' needs refund_percent from 1 to 99 (got missing)",
    ),
    (
        "partial refund of 100 %",
        "refund_percent = 85",
        "refund_percent = 100",
        59,
        "[[rule]] 'B-any': refund 'partial' needs refund_percent from 1 to 99 (got 100)",
    ),
    (
        "a percent on a full refund",
        'refund = "full"\nwhy = "As new."',
        'refund = "full"\nrefund_percent = 50\nwhy = "As new."',
        49,
        "[[rule]] 'A-any': refund_percent goes only with refund = 'partial', not 'full'",
    ),
    (
        "unknown refund kind",
        'refund = "none"',
        'refund = "store_credit"',
        69,
        "[[rule]] 'B-used': unknown refund 'store_credit' (one of: full, partial, none)",
    ),
    (
        "a leniency that refunds nothing",
        'refund = "full"\nwhy = "Gold',
        'refund = "none"\nwhy = "Gold',
        41,
        "[[leniency]] 'gold-B': a leniency refunding 'none' would never raise a refund",
    ),
    ("missing version", 'version = "t1"', "", 1, "missing 'version' (a non-empty string)"),
    ("version not a string", 'version = "t1"', "version = 3", 1, "'version' must be a non-empty"),
    (
        "misspelt key",
        "refund_percent = 85",
        "refund_pct = 85",
        59,
        "[[rule]] 'B-any': unknown key 'refund_pct' (expected one of: id, grade, category,",
    ),
    (
        "misspelt category",
        'category = "beauty"',
        'category = "beuty"',
        65,
        "[[rule]] 'B-used': unknown category 'beuty' (one of: *, books, beauty)",
    ),
    (
        "missing why: the table's header line",
        'why = "Used."\n',
        "",
        62,
        "[[rule]] 'B-used': missing 'why' (a non-empty string)",
    ),
    (
        "hygiene category without a hygiene check",
        "hygiene = true",
        "hygiene = false",
        28,
        "[hygiene]: hygiene category 'beauty' has no hygiene check in its checklist",
    ),
    (
        "check defined twice",
        'code = "hygiene_seal"',
        'code = "seal"',
        13,
        "[[check]] 'seal': check 'seal' is defined twice",
    ),
    (
        "a scale for a category the file does not list",
        'default = ["A", "B"]',
        'standard = ["A", "B"]',
        5,
        "[grades]: unknown category 'standard' (one of: books, beauty)",
    ),
    (
        "no default grading scale",
        'default = ["A", "B"]\n',
        "",
        4,
        "[grades]: missing 'default' (the scale of every category without its own)",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "line", "problem"), [case[1:] for case in BAD], ids=[case[0] for case in BAD]
)
def test_a_bad_file_is_refused_naming_file_line_and_problem(
    tmp_path: Path, old: str, new: str, line: int, problem: str
) -> None:
    assert old in GOOD  # the edit must apply, or the case tests nothing
    path = _write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(RulesFileError) as err:
        load_rules(path)
    assert (err.value.path, err.value.line) == (path, line)
    assert problem in err.value.problem
    assert str(err.value) == f"{path}:{line}: {err.value.problem}"
    # the screen's language starts from the template and the facts, never the English line
    said = err.value.wording
    assert said.template != "{text}" and said.english() == err.value.problem
    facts = [v.english() if isinstance(v, Wording) else v for _, v in said.params]
    assert all(fact in err.value.problem for fact in facts)


def test_a_category_scale_grade_may_fall_back_on_a_row_of_its_own_category() -> None:
    text = GOOD.replace('books = ["A"]', 'books = ["A", "C"]') + (
        '[[rule]]\nid = "C-books"\ngrade = "C"\ncategory = "books"\n'
        'disposition = "donate"\nrefund = "none"\nwhy = "Worn books."\n'
    )
    rules = parse_rules(text, Path("r.toml"))
    assert rules.grades_for("books") == ("A", "C")
    assert rules.all_grades == ("A", "B", "C")
    assert rules.grades_for("beauty") == ("A", "B")


def test_a_missing_section_is_reported_at_the_top_of_the_file() -> None:
    text = GOOD.replace("[windows]\ndefault_days = 30\n", "").replace(
        "[windows.tier_extra_days]\ngold = 30\n", ""
    )
    with pytest.raises(RulesFileError) as err:
        parse_rules(text, Path("central:rules/t1"))
    assert str(err.value) == "central:rules/t1:1: missing [windows] table"


def test_the_syntax_error_keeps_the_parsers_words() -> None:
    with pytest.raises(RulesFileError) as err:
        parse_rules(GOOD.replace("gold = 30", "gold = "), Path("r.toml"))
    assert err.value.line == 35
    assert err.value.problem == "not valid TOML: Invalid value (column 8)"


def test_the_shipped_file_has_no_problem() -> None:
    from receiving_desk.resources import resource

    assert load_rules(resource("rules", "returns.toml")).version == "2026.12-1"


@pytest.mark.parametrize(
    ("key", "parts"),
    [
        ("a", ("a",)),
        ('a."b.c" . d', ("a", "b.c", "d")),
        ("'lit'", ("lit",)),
        ("a b", None),
        ('"open', None),
        ("", None),
    ],
)
def test_split_key(key: str, parts: tuple[str, ...] | None) -> None:
    assert split_key(key) == parts


def test_lines_of_dotted_quoted_and_array_keys() -> None:
    text = """\
top = 1
[windows]
category_days.books = 7
"quoted key" = 2
notes = \"\"\"
fake = 3
\"\"\"
[windows.tier_extra_days]
gold = 30
[[rule]]
id = "a"
[[rule]]
id = "b"
grades = [
    "A",
    "B",
]
"""
    lines = TomlLines(text)
    assert lines.line(("top",)) == 1
    assert lines.line(("windows", "category_days", "books")) == 3
    assert lines.line(("windows", "quoted key")) == 4
    assert lines.line(("windows", "fake")) == 2  # inside a multi-line string: not a key
    assert lines.line(("windows", "tier_extra_days", "gold")) == 9
    assert lines.line(("windows", "tier_extra_days", "silver")) == 8  # missing: its table
    assert lines.line(("rule", 1, "id")) == 13
    assert lines.line(("rule", 1, "why")) == 12
    assert lines.line(("rule", 1, "grades"), "B") == 16
    assert lines.line(("rule", 1, "grades"), "Z") == 14
    assert lines.line(("nothing",)) is None

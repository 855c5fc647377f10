"""The rule engine over the shipped rules file, table by table, plus a few synthetic files."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import pytest

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.rules import (
    Check,
    Disposition,
    LoyaltyTier,
    Refund,
    RefundKind,
    ReturnReason,
    UnitFacts,
    WindowVerdict,
)
from receiving_desk.domain.rules_file import load_rules, parse_rules
from receiving_desk.resources import resource

SHIPPED = resource("rules", "returns.toml")
RULES = load_rules(SHIPPED)
VERSION = "2026.12-1"
INSIDE = WindowVerdict(days_since_delivery=3, window_days=30, lenient_days=0)
FULL, NONE = Refund.full(), Refund.none()
P50, P70, P75, P85 = (Refund.partial(p) for p in (50, 70, 75, 85))
HYGIENE_WHY = (
    "Hygiene product with its seal broken: cannot be resold or returned, destroyed, no refund."
)


def facts(
    grade: str,
    category: str,
    reason: str = "changed_mind",
    conditions: str = "",
    tier: str = "standard",
    window: WindowVerdict = INSIDE,
    checklist: dict[str, bool] | None = None,
) -> UnitFacts:
    return UnitFacts(
        grade=grade,
        category=category,
        reason=ReturnReason(reason),
        tier=LoyaltyTier(tier),
        window=window,
        conditions=frozenset(conditions.split()),
        checklist=checklist or {},
    )


def unit(spec: str, **kw: Any) -> UnitFacts:
    """`"grade category reason [condition ...]"` -> UnitFacts (keywords as for `facts`)."""
    grade, category, reason, *conditions = spec.split()
    return facts(grade, category, reason, " ".join(conditions), **kw)


class Row(NamedTuple):
    facts: UnitFacts
    disposition: Disposition
    stocks: bool
    refund: Refund
    rule_id: str


def row(spec: str, outcome: str) -> Row:
    """`outcome` = "disposition stock|- full|none|<percent> rule-id"."""
    disposition, stocks, refund, rule_id = outcome.split()
    money = {"full": FULL, "none": NONE}.get(refund) or Refund.partial(int(refund or 0))
    return Row(unit(spec), Disposition(disposition), stocks == "stock", money, rule_id)


MATRIX = [
    row("A home changed_mind", "restock_new stock full A-any"),
    row("A garden changed_mind", "restock_new stock full A-any"),  # a category the file lacks
    row("A electronics changed_mind", "restock_open_box stock full A-electronics"),
    row("A toys changed_mind box_damaged", "restock_open_box stock full A-box-damaged"),
    # equally specific: the first in the file wins
    row("A electronics changed_mind box_damaged", "restock_open_box stock full A-electronics"),
    row("A home changed_mind counterfeit_suspect", "destroy - none A-counterfeit"),
    row("B home changed_mind", "restock_open_box stock 85 B-any"),
    row("B books changed_mind scratched", "restock_open_box stock 85 B-any"),
    row("B home damaged_in_transit", "restock_open_box stock full B-transit"),
    row("B apparel size_fit", "liquidate - 85 B-apparel"),
    row("B apparel wrong_item_sent", "restock_open_box stock full B-wrong-item"),
    row("B apparel size_fit used", "liquidate - 50 B-apparel-used"),
    row("B footwear changed_mind used", "donate - 50 B-footwear-used"),
    row("B footwear changed_mind", "restock_open_box stock 85 B-any"),
    # a row may say that its disposition returns to stock
    row("B electronics other missing_accessories", "refurbish stock 70 B-electronics-incomplete"),
    row("B toys damaged_in_transit counterfeit_suspect", "destroy - none B-counterfeit"),
    row("C home changed_mind", "liquidate - 50 C-any"),
    row("C home damaged_in_transit", "liquidate - full C-transit"),
    row("C electronics changed_mind", "refurbish - 50 C-electronics"),
    row("C electronics other not_working", "repair - 50 C-electronics-not-working"),
    row("C tools changed_mind", "refurbish - 50 C-tools"),
    row("C books changed_mind", "donate - 50 C-books"),
    row("C toys changed_mind counterfeit_suspect", "destroy - none C-counterfeit"),
    row("D home changed_mind", "recycle - none D-any"),
    row("D home defective", "recycle - full D-defective"),
    row("D home defective counterfeit_suspect", "destroy - none D-counterfeit"),
    row("D home other battery_damaged", "destroy - none D-battery"),
    row("D electronics defective", "return_to_vendor - full D-electronics-defective"),
    row("D electronics defective water_damage", "recycle - none D-electronics-water"),
    row("D electronics changed_mind", "recycle - none D-any"),
    row("D tools changed_mind", "repair stock none D-tools"),
    row("D tools defective", "repair stock full D-tools-defective"),
    row("D toys changed_mind", "destroy - none D-toys"),
    row("D toys defective", "destroy - full D-toys-defective"),
    row("SCRAP home changed_mind", "destroy - none SCRAP-any"),
    row("SCRAP home defective", "destroy - full SCRAP-defective"),
    row("SCRAP home defective counterfeit_suspect", "destroy - none SCRAP-counterfeit"),
    row("SCRAP electronics changed_mind", "recycle - none SCRAP-electronics"),
    row("SCRAP electronics defective", "recycle - full SCRAP-electronics-defective"),
    row(
        "SCRAP electronics defective counterfeit_suspect",
        "destroy - none SCRAP-electronics-counterfeit",
    ),
]


@pytest.mark.parametrize("case", MATRIX, ids=lambda r: f"{r.rule_id}:{r.facts.category}")
def test_the_shipped_matrix_decides(case: Row) -> None:
    decision = RULES.decide(case.facts)
    assert decision.disposition is case.disposition
    assert decision.returns_to_stock is case.stocks
    assert decision.refund == case.refund
    assert decision.rule_id == case.rule_id
    assert decision.rule_version == VERSION
    assert decision.why == RULES.rule(case.rule_id).why  # type: ignore[union-attr]
    assert decision.notes == ()


def test_every_disposition_is_reachable_and_in_the_table() -> None:
    assert {case.disposition for case in MATRIX} == set(Disposition)
    assert {r.disposition for r in RULES.rules} == set(Disposition)


def test_the_table_covers_every_row_of_the_shipped_matrix() -> None:
    assert {case.rule_id for case in MATRIX} == {r.id for r in RULES.rules}


LENIENT_B = "refund raised from partial 85% to full by {} leniency loyal-open-box-full"
LENIENCY = [
    (facts("B", "home", tier="standard"), P85, "B-any", ()),
    (facts("B", "home", tier="silver"), P85, "B-any", ()),
    (facts("B", "home", tier="gold"), FULL, "B-any", (LENIENT_B.format("gold"),)),
    (facts("B", "home", tier="platinum"), FULL, "B-any", (LENIENT_B.format("platinum"),)),
    (
        facts("B", "apparel", tier="gold"),
        FULL,
        "B-apparel",
        ("refund raised from partial 85% to full by gold leniency loyal-open-box-full",),
    ),
    # already full: nothing to raise, no note
    (facts("B", "home", "damaged_in_transit", tier="gold"), FULL, "B-transit", ()),
    # rows marked `leniency = false` keep their refund
    (facts("B", "apparel", conditions="used", tier="platinum"), P50, "B-apparel-used", ()),
    (facts("B", "home", conditions="counterfeit_suspect", tier="gold"), NONE, "B-counterfeit", ()),
    (facts("C", "home", tier="gold"), P50, "C-any", ()),
    (
        facts("C", "home", tier="platinum"),
        P75,
        "C-any",
        ("refund raised from partial 50% to partial 75% by platinum leniency platinum-worn-75",),
    ),
    (facts("D", "home", tier="platinum"), NONE, "D-any", ()),
]


@pytest.mark.parametrize(("unit", "refund", "rule_id", "notes"), LENIENCY)
def test_loyalty_leniency_raises_the_refund_and_says_so(
    unit: UnitFacts, refund: Refund, rule_id: str, notes: tuple[str, ...]
) -> None:
    decision = RULES.decide(unit)
    assert (decision.refund, decision.rule_id, decision.notes) == (refund, rule_id, notes)


BERLIN, CHICAGO = ZoneInfo("Europe/Berlin"), ZoneInfo("America/Chicago")
DELIVERED = datetime(2026, 10, 1, 10, 0, tzinfo=UTC)


def _day(n: int) -> datetime:
    """Noon in Berlin, n site days after DELIVERED."""
    return datetime(2026, 10, 1, 12, 0, tzinfo=BERLIN) + timedelta(days=n)


WINDOWS = [
    # category, tier, day -> window days, lenient days, inside / by leniency / outside
    ("electronics", "standard", 15, 15, 0, "inside"),
    ("electronics", "standard", 16, 15, 0, "outside"),
    ("home", "standard", 30, 30, 0, "inside"),
    ("home", "standard", 31, 30, 0, "outside"),
    ("home", "silver", 45, 45, 0, "inside"),
    ("home", "silver", 46, 45, 0, "outside"),
    ("electronics", "gold", 45, 45, 14, "inside"),
    ("electronics", "gold", 46, 45, 14, "leniency"),
    ("electronics", "gold", 59, 45, 14, "leniency"),
    ("electronics", "gold", 60, 45, 14, "outside"),
    ("home", "platinum", 120, 90, 30, "leniency"),
    ("home", "platinum", 121, 90, 30, "outside"),
    # hygiene goods: no tier extension, no leniency
    ("beauty", "platinum", 14, 14, 0, "inside"),
    ("beauty", "platinum", 15, 14, 0, "outside"),
]


@pytest.mark.parametrize(("category", "tier", "day", "days", "lenient", "state"), WINDOWS)
def test_window_edges_by_category_and_tier(
    category: str, tier: str, day: int, days: int, lenient: int, state: str
) -> None:
    verdict = RULES.window_for(category, LoyaltyTier(tier), DELIVERED, _day(day), BERLIN)
    assert verdict == WindowVerdict(day, days, lenient)
    assert (verdict.inside, verdict.accepted_by_leniency, verdict.outside) == (
        state == "inside",
        state == "leniency",
        state == "outside",
    )
    assert verdict.days_left == days - day


def test_the_window_is_counted_on_the_site_calendar() -> None:
    # Delivered 23:30 on 5 March in Chicago (already the 6th in UTC); electronics: 15 days.
    delivered = datetime(2026, 3, 6, 5, 30, tzinfo=UTC)
    just_after_midnight = datetime(2026, 3, 21, 0, 30, tzinfo=CHICAGO)  # local day 16
    at_site = RULES.window_for(
        "electronics", LoyaltyTier.STANDARD, delivered, just_after_midnight, CHICAGO
    )
    in_utc = RULES.window_for(
        "electronics", LoyaltyTier.STANDARD, delivered, just_after_midnight, ZoneInfo("UTC")
    )
    assert (at_site.days_since_delivery, at_site.outside) == (16, True)
    assert (in_utc.days_since_delivery, in_utc.inside) == (15, True)  # a UTC desk would accept it


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        RULES.window_for("home", LoyaltyTier.GOLD, datetime(2026, 1, 1), _day(1), BERLIN)


WINDOW_DECISIONS = [
    (facts("A", "home", window=WindowVerdict(30, 30)), FULL, ()),
    (
        facts("A", "home", window=WindowVerdict(31, 30)),
        NONE,
        ("outside the return window: day 31 of 30",),
    ),
    (
        facts("A", "home", tier="gold", window=WindowVerdict(61, 60, 14)),
        FULL,
        ("accepted by gold leniency: day 61 of 60 (+14)",),
    ),
    (
        facts("A", "home", tier="gold", window=WindowVerdict(75, 60, 14)),
        NONE,
        ("outside the return window: day 75 of 60",),
    ),
    # outside the window, tier leniency on the refund does not apply either
    (
        facts("B", "home", tier="gold", window=WindowVerdict(75, 60, 14)),
        NONE,
        ("outside the return window: day 75 of 60",),
    ),
    (
        facts("B", "home", tier="gold", window=WindowVerdict(70, 60, 14)),
        FULL,
        (LENIENT_B.format("gold"), "accepted by gold leniency: day 70 of 60 (+14)"),
    ),
]


@pytest.mark.parametrize(("unit", "refund", "notes"), WINDOW_DECISIONS)
def test_the_window_sets_the_refund_and_notes(
    unit: UnitFacts, refund: Refund, notes: tuple[str, ...]
) -> None:
    decision = RULES.decide(unit)
    assert (decision.refund, decision.notes) == (refund, notes)
    assert (
        decision.disposition is RULES.decide(dataclasses.replace(unit, window=INSIDE)).disposition
    )


UNSEALED = "hygiene check failed: Hygiene seal unbroken"
HYGIENE = [
    (facts("A", "beauty", checklist={"hygiene_seal": False}), "hygiene-unsealed", (UNSEALED,)),
    (
        facts("B", "beauty", tier="platinum", checklist={"hygiene_seal": False}),
        "hygiene-unsealed",
        (UNSEALED,),
    ),
    (
        facts("SCRAP", "beauty", "defective", checklist={"hygiene_seal": False}),
        "hygiene-unsealed",
        (UNSEALED,),
    ),
    (
        facts("A", "beauty", window=WindowVerdict(15, 14), checklist={"hygiene_seal": False}),
        "hygiene-unsealed",
        (UNSEALED, "outside the return window: day 15 of 14"),
    ),
    # sealed, unanswered, or not a hygiene category: the matrix decides
    (facts("A", "beauty", checklist={"hygiene_seal": True, "seal_intact": False}), "A-any", ()),
    (facts("A", "beauty"), "A-any", ()),
    (facts("A", "electronics", checklist={"hygiene_seal": False}), "A-electronics", ()),
]


@pytest.mark.parametrize(("unit", "rule_id", "notes"), HYGIENE)
def test_unsealed_hygiene_items_are_destroyed_without_refund(
    unit: UnitFacts, rule_id: str, notes: tuple[str, ...]
) -> None:
    decision = RULES.decide(unit)
    assert (decision.rule_id, decision.notes, decision.rule_version) == (rule_id, notes, VERSION)
    if rule_id == "hygiene-unsealed":
        assert (decision.disposition, decision.returns_to_stock) == (Disposition.DESTROY, False)
        assert (decision.refund, decision.why) == (NONE, HYGIENE_WHY)
    else:
        assert decision.disposition is not Disposition.DESTROY


def test_each_decision_keeps_the_version_and_rule_that_made_it() -> None:
    before = RULES.decide(facts("B", "home"))
    text = SHIPPED.read_text(encoding="utf-8")
    changed = text.replace('version = "2026.12-1"', 'version = "2026.12-9"', 1).replace(
        'refund_percent = 85\nwhy = "Opened', 'refund_percent = 80\nwhy = "Opened', 1
    )
    after = parse_rules(changed, Path("central:rules/2026.12-9")).decide(facts("B", "home"))
    assert (before.rule_version, before.rule_id, before.refund) == (VERSION, "B-any", P85)
    assert (after.rule_version, after.rule_id, after.refund) == (
        "2026.12-9",
        "B-any",
        Refund.partial(80),
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        before.rule_version = "2026.12-9"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("grade", "category", "allowed"),
    [
        ("D", "books", ["A", "B", "C", "SCRAP"]),
        ("C", "beauty", ["A", "B", "SCRAP"]),
        ("E", "home", ["A", "B", "C", "D", "SCRAP"]),
        ("a", "garden", ["A", "B", "C", "D", "SCRAP"]),
    ],
)
def test_a_grade_outside_the_category_scale_is_refused(
    grade: str, category: str, allowed: list[str]
) -> None:
    for attempt in (
        lambda: RULES.check_grade(grade, category),
        lambda: RULES.decide(facts(grade, category)),
    ):
        with pytest.raises(DeskError) as err:
            attempt()
        assert err.value.code is ErrorCode.GRADE_NOT_ALLOWED
        assert err.value.params == {"grade": grade, "allowed": allowed}


def test_what_the_desk_shows_for_a_category() -> None:
    assert RULES.version == VERSION
    assert RULES.grades_for("electronics") == ("A", "B", "C", "D", "SCRAP")
    assert RULES.grades_for("books") == ("A", "B", "C", "SCRAP")
    assert RULES.grades_for("garden") == RULES.grades == ("A", "B", "C", "D", "SCRAP")
    assert RULES.all_grades == ("A", "B", "C", "D", "SCRAP")
    assert RULES.grade_label("B") == "Open box / light wear"
    assert [c.code for c in RULES.checklist_for("apparel")] == ["tags_attached", "no_signs_of_use"]
    assert RULES.checklist_for("beauty")[0] == Check(
        "hygiene_seal", "Hygiene seal unbroken", hygiene=True, required=True
    )
    assert [c.code for c in RULES.checklist_for("garden")] == [
        "seal_intact",
        "accessories_complete",
        "no_signs_of_use",
    ]
    assert all(len(RULES.checklist_for(c)) >= 2 for c in RULES.categories)
    assert RULES.condition_codes[:2] == (
        ("box_damaged", "Retail box damaged"),
        ("missing_accessories", "Accessories or parts missing"),
    )
    assert "counterfeit_suspect" in dict(RULES.condition_codes)
    assert RULES.is_hygiene_category("beauty") and not RULES.is_hygiene_category("books")


def test_only_the_restock_dispositions_return_to_stock_by_default() -> None:
    assert {d for d in Disposition if d.returns_to_stock} == {
        Disposition.RESTOCK_NEW,
        Disposition.RESTOCK_OPEN_BOX,
    }


@pytest.mark.parametrize(
    ("kind", "percent"),
    [
        (RefundKind.FULL, 99),
        (RefundKind.PARTIAL, 0),
        (RefundKind.PARTIAL, 100),
        (RefundKind.NONE, 5),
    ],
)
def test_a_refund_that_does_not_add_up_is_a_bug(kind: RefundKind, percent: int) -> None:
    with pytest.raises(ValueError, match="cannot be"):
        Refund(kind, percent)


SMALL = """
version = "s1"
categories = ["toys", "tools"]
[grades]
default = ["A"]
[conditions]
used = "Used"
dented = "Dented"
[windows]
default_days = 30
[[rule]]
id = "fallback"
grade = "A"
disposition = "restock_new"
refund = "full"
why = "fallback"
[[rule]]
id = "toys"
grade = "A"
category = "toys"
disposition = "restock_open_box"
refund = "full"
why = "toys"
[[rule]]
id = "used"
grade = "A"
condition = "used"
disposition = "liquidate"
refund = "none"
why = "used"
[[rule]]
id = "toys-changed-mind"
grade = "A"
category = "toys"
reason = "changed_mind"
disposition = "donate"
refund = "none"
why = "toys, changed mind"
[[rule]]
id = "dented-changed-mind"
grade = "A"
reason = "changed_mind"
condition = "dented"
disposition = "repair"
refund = "none"
why = "dented, changed mind"
[[rule]]
id = "toys-changed-mind-used"
grade = "A"
category = "toys"
reason = "changed_mind"
condition = "used"
disposition = "destroy"
refund = "none"
why = "toys, changed mind, used"
"""
SPECIFICITY = [
    (facts("A", "tools", "defective"), "fallback"),
    (facts("A", "toys", "defective"), "toys"),
    (facts("A", "tools", "defective", "used"), "used"),
    (facts("A", "toys", "defective", "used"), "toys"),  # 1 vs 1: first in file
    (facts("A", "toys", "changed_mind"), "toys-changed-mind"),  # 2 beats 1
    (facts("A", "toys", "changed_mind", "dented"), "toys-changed-mind"),  # 2 vs 2: first
    (facts("A", "tools", "changed_mind", "dented used"), "dented-changed-mind"),
    (facts("A", "toys", "changed_mind", "used dented"), "toys-changed-mind-used"),  # 3 beats 2
    (facts("A", "toys", "defective", "unknown_code"), "toys"),  # unknown codes match nothing
]


@pytest.mark.parametrize(("unit", "rule_id"), SPECIFICITY)
def test_the_most_specific_row_wins_and_ties_go_to_the_first(unit: UnitFacts, rule_id: str) -> None:
    assert parse_rules(SMALL, Path("small.toml")).decide(unit).rule_id == rule_id


def test_a_minimal_file_has_no_checklists_no_hygiene_and_no_tier_extension() -> None:
    rules = parse_rules(SMALL, Path("small.toml"))
    assert rules.checklist_for("toys") == ()
    unit = facts("A", "toys", "defective", tier="platinum", checklist={"anything": False})
    assert rules.decide(unit).rule_id == "toys"
    verdict = rules.window_for("toys", LoyaltyTier.PLATINUM, DELIVERED, _day(31), BERLIN)
    assert verdict == WindowVerdict(31, 30, 0)

"""Agreement statistics against published worked examples and hand-checked cases, and the
audit sampling draw: deterministic, keyed, near its share."""

from __future__ import annotations

import pytest

from receiving_desk.domain.agreement import (
    Weighting,
    confusions,
    fleiss_kappa,
    share_agreed,
    weighted_kappa,
)
from receiving_desk.domain.audit_sampling import AuditSettings, HoldReason, SamplingPolicy

# Fleiss (1971) as worked on Wikipedia's "Fleiss' kappa" page: 10 subjects, 14 raters,
# 5 categories; kappa = 0.210.
FLEISS_COUNTS = (
    (0, 0, 0, 0, 14),
    (0, 2, 6, 4, 2),
    (0, 0, 3, 5, 6),
    (0, 3, 9, 2, 0),
    (2, 2, 8, 1, 1),
    (7, 7, 0, 0, 0),
    (3, 2, 6, 3, 0),
    (2, 5, 3, 2, 2),
    (6, 5, 2, 1, 0),
    (0, 2, 2, 3, 7),
)
CATS = ("1", "2", "3", "4", "5")


def test_fleiss_kappa_of_the_published_example() -> None:
    units = [[c for c, n in zip(CATS, row, strict=True) for _ in range(n)] for row in FLEISS_COUNTS]
    kappa = fleiss_kappa(units, CATS)
    assert kappa is not None and round(kappa, 3) == 0.210


def test_unweighted_two_category_case_equals_cohens_kappa_by_hand() -> None:
    # 2x2 table [[20, 5], [10, 15]]: po = 0.7, pe = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = 0.4.
    pairs = [("Y", "Y")] * 20 + [("Y", "N")] * 5 + [("N", "Y")] * 10 + [("N", "N")] * 15
    for weighting in Weighting:  # on two grades every weighting is the unweighted kappa
        kappa = weighted_kappa(pairs, ("Y", "N"), weighting)
        assert kappa is not None and round(kappa, 10) == 0.4


def test_quadratic_weights_forgive_near_misses_more_than_linear() -> None:
    scale = ("A", "B", "C", "D", "SCRAP")
    near = [("A", "A"), ("B", "C"), ("C", "C"), ("D", "D"), ("SCRAP", "SCRAP"), ("A", "B")]
    quadratic = weighted_kappa(near, scale, Weighting.QUADRATIC)
    linear = weighted_kappa(near, scale, Weighting.LINEAR)
    assert quadratic is not None and linear is not None and quadratic > linear
    assert weighted_kappa([("A", "A"), ("B", "B")], scale) == 1.0
    assert weighted_kappa([("A", "A")] * 3, scale) is None  # chance agreement already total
    assert weighted_kappa([], scale) is None


def test_confusions_are_unordered_and_most_frequent_first() -> None:
    scale = ("A", "B", "C", "D", "SCRAP")
    pairs = [("B", "C"), ("C", "B"), ("C", "B"), ("A", "B"), ("A", "A"), ("D", "SCRAP")]
    assert confusions(pairs, scale) == [("B", "C", 3), ("A", "B", 1), ("D", "SCRAP", 1)]
    assert share_agreed(pairs) == (6, 1)


def test_the_sampling_draw_is_keyed_deterministic_and_near_its_share() -> None:
    policy = SamplingPolicy(b"site key one", percent=2.0, by_clerk={"U-7": 10.0})
    other = SamplingPolicy(b"site key two", percent=2.0)
    lpns = [f"LPN{n:08d}X" for n in range(20_000)]
    drawn = [lpn for lpn in lpns if policy.sampled(lpn, "home", "U-1")]
    assert 0.015 < len(drawn) / len(lpns) < 0.025
    assert drawn == [lpn for lpn in lpns if policy.sampled(lpn, "home", "U-1")]  # re-derived
    assert set(drawn) != {lpn for lpn in lpns if other.sampled(lpn, "home", "U-1")}
    watched = sum(policy.sampled(lpn, "home", "U-7") for lpn in lpns) / len(lpns)
    assert 0.09 < watched < 0.11
    assert policy.hold_reason(lpns[0], "home", "U-1", overridden=True) is HoldReason.OVERRIDDEN


def test_audit_settings_are_checked() -> None:
    settings = AuditSettings.from_dict({"percent": 2, "categories": {"electronics": 5}})
    assert settings.enabled and settings.categories == {"electronics": 5.0}
    policy = settings.policy(b"k")
    assert policy is not None and policy.share("electronics", "U-1") == 5.0
    assert AuditSettings().policy(b"k") is None
    for bad in ({"percent": 120}, {"percent": "2"}, {"sample": 1}, {"clerks": [1]}):
        with pytest.raises(ValueError):
            AuditSettings.from_dict(bad)

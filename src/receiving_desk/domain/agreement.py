"""How far graders agree: the statistics of blind re-inspection audits.

Grades are ordinal (A > B > C > D > SCRAP by default): a B graded C is a smaller miss than an
A graded SCRAP. Pairs of graders are compared with Cohen's kappa with QUADRATIC weights
(agreement weight 1 - (i - j)^2 / (k - 1)^2 for scale positions i, j of k grades; linear
weights on request), all graders at once with Fleiss' kappa (nominal, as Fleiss defined it;
a unit may have any number >= 2 of grades: each unit's agreement is over its own pairs).

A kappa is None when it is undefined: no ratings, or chance agreement is already total
(every grade the same), where 0/0 says nothing about the graders.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from enum import StrEnum


class Weighting(StrEnum):
    QUADRATIC = "quadratic"
    LINEAR = "linear"


def _positions(scale: Sequence[str]) -> dict[str, int]:
    if len(set(scale)) != len(scale) or len(scale) < 2:
        raise ValueError("a grading scale needs two or more distinct grades")
    return {g: i for i, g in enumerate(scale)}


def agreement_weight(i: int, j: int, k: int, weighting: Weighting) -> float:
    """1 for the same grade, 0 for the two ends of the scale."""
    distance = abs(i - j) / (k - 1)
    return 1.0 - (distance * distance if weighting is Weighting.QUADRATIC else distance)


def weighted_kappa(
    pairs: Iterable[tuple[str, str]],
    scale: Sequence[str],
    weighting: Weighting = Weighting.QUADRATIC,
) -> float | None:
    """Cohen's weighted kappa of (first grader's grade, second grader's grade) pairs:
    (po - pe) / (1 - pe), po and pe the weighted observed and chance agreement."""
    pos = _positions(scale)
    k = len(scale)
    table = [[0] * k for _ in range(k)]
    n = 0
    for first, second in pairs:
        table[pos[first]][pos[second]] += 1
        n += 1
    if n == 0:
        return None
    rows = [sum(r) for r in table]
    cols = [sum(table[i][j] for i in range(k)) for j in range(k)]
    po = pe = 0.0
    for i in range(k):
        for j in range(k):
            w = agreement_weight(i, j, k, weighting)
            po += w * table[i][j] / n
            pe += w * rows[i] * cols[j] / (n * n)
    if pe >= 1.0 - 1e-12:
        return None
    return (po - pe) / (1.0 - pe)


def fleiss_kappa(units: Iterable[Sequence[str]], scale: Sequence[str]) -> float | None:
    """Fleiss' kappa over units each graded by two or more graders (units with fewer are
    left out: they say nothing about agreement)."""
    pos = _positions(scale)
    per_unit: list[float] = []
    totals = Counter[int]()
    ratings = 0
    for grades in units:
        m = len(grades)
        if m < 2:
            continue
        counts = Counter(pos[g] for g in grades)
        per_unit.append(sum(c * (c - 1) for c in counts.values()) / (m * (m - 1)))
        totals.update(counts)
        ratings += m
    if not per_unit:
        return None
    p_bar = sum(per_unit) / len(per_unit)
    p_e = sum((c / ratings) ** 2 for c in totals.values())
    if p_e >= 1.0 - 1e-12:
        return None
    return (p_bar - p_e) / (1.0 - p_e)


def share_agreed(pairs: Iterable[tuple[str, str]]) -> tuple[int, int]:
    """(pairs, pairs with the same grade)."""
    n = same = 0
    for a, b in pairs:
        n += 1
        same += a == b
    return n, same


def confusions(
    pairs: Iterable[tuple[str, str]], scale: Sequence[str]
) -> list[tuple[str, str, int]]:
    """Disagreements counted by the unordered pair of grades (B<->C is C<->B), the higher
    grade first; most frequent first, then by scale order."""
    pos = _positions(scale)
    counts = Counter[tuple[str, str]]()
    for a, b in pairs:
        if a != b:
            hi, lo = sorted((a, b), key=pos.__getitem__)
            counts[(hi, lo)] += 1
    return [
        (hi, lo, n)
        for (hi, lo), n in sorted(counts.items(), key=lambda x: (-x[1], pos[x[0][0]], pos[x[0][1]]))
    ]

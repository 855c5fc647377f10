"""Which GS1 Application Identifiers may, must and must not appear together.

The GS1 General Specifications (section 4.14, "Rules for the use of GS1 Application
Identifiers") list invalid AI pairs and mandatory associations; the GS1 Barcode Syntax
Dictionary states the same rules as ``req=`` / ``ex=`` keys, which is the form used below.
``req=a,b`` needs one of the listed AIs; several ``req=`` on a line must each be met; ``ex=``
lists AIs that must not appear with it. ``n`` stands for any digit, so ``ex=310n`` on AI 3103
forbids a second net weight in kg with another number of decimals. The table covers the AIs
a returns desk meets (trade items, logistic units, measures, prices, dates, origin, refurb
and service relations), not coupons or the 43xx transport-process AIs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TABLE = """
01 ex=02,255,37
02 req=37
10 req=01,02,8006,8026
11 req=01,02,8006,8026
13 req=01,02,8006,8026
15 req=01,02,8006,8026
16 req=01,02,8006,8026
17 req=01,02,255,8006,8026
20 req=01,02,8006,8026
21 req=01,8006 ex=235
22 req=01
235 req=01
240 req=01,02,8006,8026
241 req=01,02,8006,8026
242 req=01,02,8006,8026
243 req=01
250 req=01,8006 req=21
251 req=01,8006
254 req=414
255 ex=01,02,415,8006,8020,8026
30 req=01,02
37 req=00 req=02,8026
390n req=255,8020 ex=390n,391n,394n,8111
391n req=8020 ex=391n
392n req=01 req=30,31nn,32nn,35nn,36nn ex=392n,393n
393n req=30,31nn,32nn,35nn,36nn ex=393n
394n req=255 ex=394n,8111
395n req=30,31nn,32nn,35nn,36nn ex=392n,393n,395n,8005
403 req=00
415 req=8020
420 ex=421
421 ex=4307
422 req=01,02,8006,8026 ex=426
423 req=01,02 ex=426
424 req=01,02 ex=426
425 req=01,02 ex=426
426 req=01,02
427 req=01,02 req=422
7001 req=01,02,8006,8026
700n req=01,02
7004 req=01 req=10
701n req=01,02
7020 req=01,8006 req=416
7021 req=01,8006
7022 req=7021
703n req=01,02
71n req=01
723n req=01,8004
7240 req=01,8006
7241 req=8017,8018
7242 req=8017,8018
8001 req=01
8005 req=01,02
8006 ex=01,37
8007 req=415
8008 req=01,02
8009 req=00,01
8011 req=8010
8012 req=01,8006
8017 ex=8018
8018 ex=8017
8019 req=8017,8018
8020 req=415
8026 req=37 ex=02,8006
8111 req=255
8200 req=01
"""
# Measures: (AI families needing a trade item, families needing a trade item or a logistic
# unit); each excludes its own family with another number of decimals (e.g. 3102 with 3103).
_TRADE_MEASURES = "310 311 312 313 314 315 316 320 321 322 323 324 325 326 327 328 329"
_TRADE_MEASURES += " 350 351 352 356 357 360 361 364 365 366"
_LOGISTIC_MEASURES = "330 331 332 333 334 335 336 340 341 342 343 344 345 346 347 348 349"
_LOGISTIC_MEASURES += " 353 354 355 362 363 367 368 369"


@dataclass(frozen=True)
class AIRule:
    pattern: str  # e.g. "21", "310n"
    requires: tuple[tuple[str, ...], ...]  # each inner tuple: one of these must be present
    excludes: tuple[str, ...]


def _rules() -> list[AIRule]:
    lines = [line.split() for line in _TABLE.strip().splitlines()]
    lines += [[f"{m}n", "req=01,02", f"ex={m}n"] for m in _TRADE_MEASURES.split()]
    lines += [[f"{m}n", "req=00,01", f"ex={m}n"] for m in _LOGISTIC_MEASURES.split()]
    lines.append(["337n", "req=01", "ex=337n"])
    rules = []
    for pattern, *keys in lines:
        requires = tuple(tuple(k[4:].split(",")) for k in keys if k.startswith("req="))
        excludes = tuple(a for k in keys if k.startswith("ex=") for a in k[3:].split(","))
        rules.append(AIRule(pattern, requires, excludes))
    # Exact AIs before patterns: 7004 has its own rule inside the 700n family.
    return sorted(rules, key=lambda r: "n" in r.pattern)


RULES = _rules()


def fits(ai: str, pattern: str) -> bool:
    """AI "3103" fits "310n" and "31nn"; an exact pattern fits only itself."""
    return len(ai) == len(pattern) and all(p in (a, "n") for a, p in zip(ai, pattern, strict=True))


def rule_for(ai: str) -> AIRule | None:
    return next((r for r in RULES if fits(ai, r.pattern)), None)


@dataclass(frozen=True)
class PairProblem:
    code: str  # "invalid_pair" or "missing_partner"
    ai: str
    others: tuple[str, ...]  # the AI it clashes with, or the AIs one of which it needs


def check_pairs(ais: list[str]) -> PairProblem | None:
    """The first broken rule among the AIs of one message, in message order."""
    present = list(dict.fromkeys(ais))
    for ai in present:
        rule = rule_for(ai)
        if rule is None:
            continue
        for other in present:
            if other != ai and any(fits(other, ex) for ex in rule.excludes):
                return PairProblem("invalid_pair", ai, (other,))
    for ai in present:
        rule = rule_for(ai)
        if rule is None:
            continue
        for needed in rule.requires:
            if not any(fits(other, n) for other in present for n in needed):
                return PairProblem("missing_partner", ai, tuple(_readable(n) for n in needed))
    return None


def _readable(pattern: str) -> str:
    """ "31nn" -> "31xx" for a message: a clerk does not read our pattern letters."""
    return re.sub("n", "x", pattern)

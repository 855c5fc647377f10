"""A scripted shift for the whole-shift test (test_whole_shift.py): the site's reference files,
the clerk's scans, and the shift's own tally of what those scans must leave behind.

The script is written before the desk runs and from the reference data alone: each step is
one scan and what the screen must answer (an event, or a refusal's code). The tally counts,
in plain Python, what a correct desk makes of it: returns completed, units graded (each one
labelled once), units undone (their stock reversed), units put away and where, overrides.
Nothing in it is read back from the desk, so a desk that disagrees with it is wrong.

The returns (seeded, so a failure replays): matched ones of one or two lines, wrong items,
missing lines, an extra unit, late returns of gold-tier customers, an unknown code and a code
with a bad check digit scanned inside a return, an undo of a labelled unit approved by a
supervisor's badge and PIN card, put-aways by bin scan, and a supervisor who logs in by badge
to override a disposition.
"""

from __future__ import annotations

import csv
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from receiving_desk.domain.catalog import Product
from tests.seed import (
    CLERK,
    EARBUDS,
    GOLD,
    JACKET,
    LOCATIONS,
    MUG,
    STANDARD,
    SUPERVISOR,
    ean13,
    item_code,
)

STATION = "DOCK-S"
PRODUCTS = (EARBUDS, MUG, JACKET)
STAGING = "BIN-STAGE-01"
UNKNOWN_CODE = ean13("950600000999")  # a valid EAN-13 that no product carries
BAD_CHECK_DIGIT = item_code(MUG)[:-1] + str((int(item_code(MUG)[-1]) + 1) % 10)
GRADES = ("A", "B", "C")
# The rules file's gold window is 45 days for electronics, 60 for the rest, and 14 lenient
# days beyond it: these deliveries are late and accepted by leniency.
LATE_GOLD_DAYS = {True: 50, False: 65}
# Where the override sends a unit: never what grading proposes for these grades.
OVERRIDE_TO = "DONATE"
# The put-away's bin is the one the screen names for the unit just graded (as a clerk reads it).
DESTINATION = "@destination"


@dataclass(frozen=True)
class Step:
    scan: str
    expect: str  # the event the screen shows, or "refused:<code>"
    user: str  # who is logged in once this scan is handled (a badge)
    rma: str | None  # the return open once this scan is handled


@dataclass
class Tally:
    returns: int = 0
    completed: int = 0
    graded: int = 0  # grades given, undone ones included: each was labelled
    undone: int = 0
    overrides: int = 0
    put_away_units: int = 0
    skus: Counter[str] = field(default_factory=Counter)  # units on hand by SKU

    @property
    def on_hand(self) -> int:
        return self.graded - self.undone


@dataclass(frozen=True)
class Return:
    number: str
    customer: str
    delivered_days_ago: int
    lines: tuple[tuple[str, int], ...]  # (sku, quantity)


@dataclass
class Shift:
    returns: list[Return] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)
    kinds: Counter[str] = field(default_factory=Counter)
    pin_scans: int = 0  # PIN cards scanned by the script (a restart's log-in adds its own)
    _user: str = CLERK[0]
    _rma: str | None = None

    def scan(self, code: str, expect: str) -> None:
        if self.steps:  # the same code twice in a row would be a scanner's double read
            assert self.steps[-1].scan != code, code
        self.steps.append(Step(code, expect, self._user, self._rma))

    def log_in(self, badge: str, pin: str, resumes: bool) -> None:
        self.scan(badge, "badge_read")
        self._user = badge
        self.scan(f"PIN-{pin}", "parcel_resumed" if resumes else "logged_in")
        self.pin_scans += 1

    def open(self, rma: str) -> None:
        self._rma = rma
        self.scan(rma, "parcel_opened")

    def unit(self, sku: str, grade: str) -> None:
        """Scan the item, answer its checklist, grade it (a label prints)."""
        self.scan(item_code(_by_sku(sku)), "unit_added")
        self.scan("CMD-CHK-ALL-OK", "all_checks_passed")
        self.scan(f"CMD-GRADE-{grade}", "unit_graded")
        self.tally.graded += 1
        self.tally.skus[sku] += 1

    def complete(self, needs_confirm: bool) -> None:
        if needs_confirm:
            self.scan("CMD-COMPLETE", "confirm_needed")
            self.scan("CMD-CONFIRM", "return_completed")
        else:
            self.scan("CMD-COMPLETE", "return_completed")
        self._rma = None
        self.tally.completed += 1


def _by_sku(sku: str) -> Product:
    return next(p for p in PRODUCTS if p.sku == sku)


def build_shift(seed: int, returns: int = 60) -> Shift:
    rng = random.Random(seed)
    shift = Shift()
    kinds = ["matched", "two_lines", "wrong_item", "missing", "extra", "late_gold",
             "bad_codes", "undo", "put_away", "override"]  # fmt: skip
    plan = [kinds[i % len(kinds)] for i in range(returns)]
    rng.shuffle(plan)
    shift.log_in(CLERK[0], CLERK[1], resumes=False)  # by scanner: badge, then the PIN card
    for n, kind in enumerate(plan, 1):
        number = f"RMA-2026-{700000 + n:06d}"
        first, second = rng.sample([p.sku for p in PRODUCTS], 2)
        grade = rng.choice(GRADES)
        shift.kinds[kind] += 1
        lines: tuple[tuple[str, int], ...] = ((first, 1),)
        if kind in ("two_lines", "missing"):
            lines = ((first, 1), (second, 1))
        gold = kind == "late_gold" or rng.random() < 0.3
        days = rng.randint(2, 6)
        if kind == "late_gold":  # past the gold window, inside its leniency: flagged, confirmed
            days = LATE_GOLD_DAYS[_by_sku(first).category == "electronics"]
        shift.returns.append(Return(number, GOLD.id if gold else STANDARD.id, days, lines))
        shift.tally.returns += 1
        shift.open(number)
        if kind == "bad_codes":
            shift.scan(UNKNOWN_CODE, "refused:unknown_item")
            shift.scan(BAD_CHECK_DIGIT, "refused:bad_check_digit")
        if kind == "wrong_item":
            shift.unit(second, grade)
        else:
            shift.unit(first, grade)
        if kind == "two_lines":
            shift.unit(second, rng.choice(GRADES))
        if kind == "extra":
            shift.unit(first, rng.choice(GRADES))
        if kind == "undo":  # the unit is labelled: a supervisor approves at the clerk's desk
            shift.scan("CMD-UNDO", "approval_needed")
            shift.scan(SUPERVISOR[0], "approver_badge_read")
            shift.scan(f"PIN-{SUPERVISOR[1]}", "scan_undone")
            shift.pin_scans += 1
            shift.tally.undone += 1
            shift.tally.skus[first] -= 1
            shift.unit(first, grade)  # scanned again and graded anew
        if kind == "put_away":
            shift.scan(DESTINATION, "put_away")
            shift.tally.put_away_units += 1
        if kind == "override":
            shift.scan("CMD-LOGOUT", "logged_out")
            shift.log_in(SUPERVISOR[0], SUPERVISOR[1], resumes=True)
            shift.scan(f"CMD-OVERRIDE-{OVERRIDE_TO}", "override_started")
            shift.scan("CMD-REASON-MISGRADED", "overridden")
            shift.tally.overrides += 1
        shift.complete(needs_confirm=kind in ("wrong_item", "missing", "extra", "late_gold"))
        if kind == "override":
            shift.scan("CMD-LOGOUT", "logged_out")
            shift.log_in(CLERK[0], CLERK[1], resumes=False)
    return shift


# -- the site's reference files, imported into central by the project's own import ----------


def write_reference_files(folder: Path, shift: Shift, now: datetime) -> list[tuple[str, Path]]:
    folder.mkdir(parents=True, exist_ok=True)
    files: list[tuple[str, Path]] = []

    def write(kind: str, header: list[str], rows: list[list[object]]) -> None:
        path = folder / f"{kind}.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            writer.writerows(rows)
        files.append((kind, path))

    customers: list[list[object]] = [[c.id, c.name, c.tier.value] for c in (GOLD, STANDARD)]
    write("customers", ["id", "name", "tier"], customers)
    write(
        "bins",
        ["code", "zone", "description"],
        [[x.code, str(x.zone), x.description] for x in LOCATIONS],
    )
    write(
        "products",
        ["sku", "description", "category", "unit_value", "home_bin", "gtins"],
        [[p.sku, p.description, p.category, str(p.unit_value), p.home_bin, "|".join(p.gtins)]
         for p in PRODUCTS],
    )  # fmt: skip
    header = ["rma_number", "order_number", "customer_id", "order_date", "delivered_at",
              "line_no", "sku", "quantity", "reason", "reason_note", "serial",
              "tracking_numbers"]  # fmt: skip
    rows: list[list[object]] = []
    for r in shift.returns:
        delivered = now - timedelta(days=r.delivered_days_ago)
        ordered = (delivered - timedelta(days=3)).date()
        for line_no, (sku, quantity) in enumerate(r.lines, 1):
            rows.append([r.number, f"SO-{r.number[-6:]}", r.customer, ordered.isoformat(),
                         delivered.isoformat(), line_no, sku, quantity, "changed_mind", "", "",
                         ""])  # fmt: skip
    write("rmas", header, rows)
    return files


def today(now: datetime) -> date:
    return now.astimezone(UTC).date()

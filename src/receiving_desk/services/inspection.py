"""Use cases of inspecting a unit: checklist answers, found conditions, photos, the grade and
the proposed disposition, and a supervisor's override. Every answer is committed as it is
given, so a crash in the middle of an inspection loses nothing already answered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from zoneinfo import ZoneInfo

from receiving_desk.domain.audit_sampling import HoldReason, SamplingPolicy
from receiving_desk.domain.catalog import Product
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.events import DispositionOverridden, UnitInspected
from receiving_desk.domain.inventory import ZONE_FOR, Zone, destination
from receiving_desk.domain.ports import Clock, LabelPrinter, UnitOfWork
from receiving_desk.domain.receipt import Inspection, Override, ParcelReceipt, ReceivedUnit
from receiving_desk.domain.refund_hold import held, hold_reason
from receiving_desk.domain.rma import LoyaltyTier, ReturnAuthorization, ReturnReason
from receiving_desk.domain.rules import Disposition, RuleSet, UnitFacts, WindowVerdict
from receiving_desk.domain.users import Permission, Session
from receiving_desk.fault_points import crash_point
from receiving_desk.services.base import UseCases
from receiving_desk.services.blind_audit import hold_graded_unit, sample_after_grade
from receiving_desk.services.inventory import receive_into_staging
from receiving_desk.services.labels import restock_label_data
from receiving_desk.services.rules_in_force import RulesInForce, in_force
from receiving_desk.services.stock_reversal import check_regrade


def window_state(verdict: WindowVerdict) -> str:
    if verdict.inside:
        return "inside"
    return "lenient" if verdict.accepted_by_leniency else "outside"


class InspectionService(UseCases):
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        rules: RuleSet | RulesInForce,
        clock: Clock,
        site_tz: ZoneInfo,
        printer: LabelPrinter,
        lpn_prefix: str = "LPN",
        auto_print: bool = True,
        audit_policy: SamplingPolicy | None = None,
    ) -> None:
        super().__init__(uow_factory, clock)
        self._in_force = in_force(rules)  # read once per use case: one version per decision
        self._tz = site_tz
        self._printer = printer
        self._lpn_prefix = lpn_prefix
        self._auto_print = auto_print
        self._audit_policy = audit_policy  # None: no unit is sampled for a blind audit

    @property
    def rules(self) -> RuleSet:
        """The rules in force now (a new version loaded or pulled replaces them)."""
        return self._in_force()

    @property
    def site_tz(self) -> ZoneInfo:
        return self._tz

    def window(
        self, rma: ReturnAuthorization | None, category: str, rules: RuleSet | None = None
    ) -> WindowVerdict:
        rules = rules or self._in_force()
        tier = rma.customer.tier if rma else LoyaltyTier.STANDARD
        delivered = rma.delivered_at if rma else self._clock.now()  # blind: no delivery known
        return rules.window_for(category, tier, delivered, self._clock.now(), self._tz)

    @staticmethod
    def _waiting(receipt: ParcelReceipt) -> ReceivedUnit:
        unit = receipt.unit_to_grade
        if unit is None:
            raise DeskError(ErrorCode.NO_UNIT_TO_GRADE)
        return unit

    @staticmethod
    def _product(uow: UnitOfWork, unit: ReceivedUnit) -> Product:
        product = uow.catalog.by_sku(unit.sku)
        assert product is not None  # units are only created for catalog products
        return product

    def answer_check(self, session: Session, receipt_id: str, code: str, passed: bool) -> str:
        """Answer one checklist question for the unit waiting; returns the check's label."""
        session.require(Permission.RECEIVE, "answer_check")
        rules = self._in_force()
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            unit = self._waiting(receipt)
            checks = rules.checklist_for(self._product(uow, unit).category)
            check = next((c for c in checks if c.code == code), None)
            if check is None:
                raise DeskError(ErrorCode.UNKNOWN_CHECK, code=code)
            receipt.answer_check(unit.id, code, passed)
            uow.receipts.save(receipt)
            uow.commit()
            return check.label

    def pass_all_checks(self, session: Session, receipt_id: str) -> int:
        """Every unanswered question answered 'yes' (one command barcode); returns how many."""
        session.require(Permission.RECEIVE, "pass_all_checks")
        rules = self._in_force()
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            unit = self._waiting(receipt)
            open_checks = [
                c.code
                for c in rules.checklist_for(self._product(uow, unit).category)
                if c.code not in unit.checklist
            ]
            for code in open_checks:
                receipt.answer_check(unit.id, code, True)
            uow.receipts.save(receipt)
            uow.commit()
            return len(open_checks)

    def toggle_condition(self, session: Session, receipt_id: str, code: str) -> bool:
        """Add or remove a found-condition code; returns whether it is now set."""
        session.require(Permission.RECEIVE, "toggle_condition")
        rules = self._in_force()
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            waiting = self._waiting(receipt)
            category = self._product(uow, waiting).category
            if code not in {c for c, _ in rules.conditions_for(category)}:
                raise DeskError(ErrorCode.UNKNOWN_CONDITION, code=code, category=category)
            unit = receipt.toggle_condition(waiting.id, code)
            uow.receipts.save(receipt)
            uow.commit()
            return code in unit.conditions

    def add_photo(self, session: Session, receipt_id: str, photo: str) -> None:
        """Reference a photo (already stored in the photo folder) on the unit waiting."""
        session.require(Permission.RECEIVE, "add_photo")
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            unit = receipt.unit_to_grade or (receipt.units[-1] if receipt.units else None)
            if unit is None:
                raise DeskError(ErrorCode.NO_UNIT_TO_GRADE)
            receipt.add_photo(unit.id, photo)
            uow.receipts.save(receipt)
            self._audit(uow, session, "photo_added", receipt.id, unit=unit.id, photo=photo)
            uow.commit()

    def grade(self, session: Session, receipt_id: str, grade: str, note: str = "") -> ReceivedUnit:
        session.require(Permission.RECEIVE, "grade")
        rules = self._in_force()  # this grade's one version, from the check to the decision
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            unit = self._waiting(receipt)
            product = self._product(uow, unit)
            rules.check_grade(grade, product.category)
            open_checks = [
                c.label
                for c in rules.required_checks(product.category)
                if c.code not in unit.checklist
            ]
            if open_checks:  # e.g. a hygiene seal nobody looked at must not be restocked as new
                raise DeskError(
                    ErrorCode.CHECKS_UNANSWERED, checks=open_checks, category=product.category
                )
            rma = self._rma(uow, receipt)
            line = rma.line(unit.line_no) if rma and unit.line_no else None
            verdict = self.window(rma, product.category, rules)
            facts = UnitFacts(
                grade=grade,
                category=product.category,
                reason=line.reason if line else ReturnReason.OTHER,
                tier=rma.customer.tier if rma else LoyaltyTier.STANDARD,
                window=verdict,
                conditions=frozenset(unit.conditions),
                checklist=dict(unit.checklist),
            )
            # A unit not as declared (or blind) is held for review: never refunded.
            decision = held(rules.decide(facts), hold_reason(rma, receipt.units, unit))
            in_return = {u.lpn for u in receipt.units if u.lpn}
            zone = ZONE_FOR[decision.disposition]
            check_regrade(uow, session, receipt.id, unit, in_return, decision.disposition, zone)
            inspection = Inspection(
                grade=grade,
                condition_codes=tuple(sorted(unit.conditions)),
                note=note,
                inspector_id=session.user_id,
                inspected_at=self._clock.now(),
                decision=decision,
                checklist=tuple(sorted(unit.checklist.items())),
                photos=tuple(unit.photos),
                window=window_state(verdict),
            )
            receipt.record_inspection(unit.id, inspection)
            receive_into_staging(
                uow,
                unit,
                product,
                decision.disposition,
                grade,
                session,
                receipt.id,
                self._lpn_prefix,
                self._clock,
            )
            uow.receipts.save(receipt)
            uow.outbox.put(
                UnitInspected(
                    receipt_id=receipt.id,
                    unit_id=unit.id,
                    rma_number=receipt.rma_number,
                    unit_seq=unit.seq,
                    sku=unit.sku,
                    gtin14=unit.gtin14,
                    line_no=unit.line_no,
                    match=unit.match,
                    scanned_code=unit.scanned_code,
                    serial=unit.serial,
                    scanned_at=unit.scanned_at,
                    scanned_by=unit.scanned_by,
                    grade=grade,
                    condition_codes=inspection.condition_codes,
                    note=note,
                    checklist=inspection.checklist,
                    photos=inspection.photos,
                    disposition=decision.disposition,
                    returns_to_stock=decision.returns_to_stock,
                    refund=decision.refund,
                    return_window=inspection.window,
                    rule_id=decision.rule_id,
                    rule_version=decision.rule_version,
                    why=decision.why,
                    notes=decision.notes,
                    inspector_id=session.user_id,
                    inspected_at=inspection.inspected_at,
                    lpn=unit.lpn,
                    destination=unit.destination,
                    weighed_grams=unit.weighed_grams,
                )
            )
            audited = sample_after_grade(
                uow, self._audit_policy, self._clock, session, unit, receipt.id, product.category
            )
            if self._auto_print:  # the label job commits with the grade, or neither does
                label = restock_label_data(unit, product, receipt)
                uow.labels.restock(replace(label, audit=True) if audited else label)
            uow.commit()
        crash_point("after_grade_commit")
        if self._auto_print:
            self._printer.wake()
        return unit

    def override(
        self, session: Session, receipt_id: str, disposition: Disposition, reason: str
    ) -> ReceivedUnit:
        """A supervisor changes the last graded unit's disposition; reason required, audited."""
        session.require(Permission.OVERRIDE_DISPOSITION, "override")
        with self._uow() as uow:
            receipt = self._receipt(uow, receipt_id)
            graded = [u for u in receipt.units if u.inspection is not None]
            if not graded:
                raise DeskError(ErrorCode.NOTHING_TO_OVERRIDE)
            unit = graded[-1]
            assert unit.inspection is not None
            proposed = unit.inspection.decision
            now = self._clock.now()
            receipt.override(unit.id, Override(disposition, reason.strip(), session.user_id, now))
            product = self._product(uow, unit)
            label = None
            zone_bins = uow.inventory.zone_bins()
            if unit.lpn and uow.inventory.lpn_location(unit.lpn) == zone_bins.get(
                Zone.RETURNS_STAGING
            ):  # not shelved yet: it now goes where the new disposition sends it
                unit.destination = destination(disposition, product, zone_bins)
                label = restock_label_data(unit, product, receipt, self._clock.now())
            uow.receipts.save(receipt)
            self._audit(
                uow,
                session,
                "disposition_overridden",
                receipt.id,
                unit=unit.id,
                sku=unit.sku,
                proposed=proposed.disposition.value,
                rule_id=proposed.rule_id,
                rule_version=proposed.rule_version,
                chosen=disposition.value,
                reason=reason.strip(),
            )
            uow.outbox.put(
                DispositionOverridden(
                    receipt_id=receipt.id,
                    unit_id=unit.id,
                    proposed=proposed.disposition,
                    chosen=disposition,
                    reason=reason.strip(),
                    overridden_by=session.user_id,
                    overridden_at=now,
                )
            )
            if (
                self._audit_policy is not None
                and self._audit_policy.overridden
                and unit.lpn is not None
                and uow.audits.get(unit.lpn) is None
            ):  # every overridden unit is audited blind
                hold_graded_unit(
                    uow, self._clock, session, unit, receipt.id, product.category,
                    HoldReason.OVERRIDDEN,
                )  # fmt: skip
                label = label or restock_label_data(unit, product, receipt, self._clock.now())
                label = replace(label, audit=True)
            if label is not None and self._auto_print:  # the label shows the new destination
                uow.labels.restock(label)
            uow.commit()
        if label is not None and self._auto_print:
            self._printer.wake()
        return unit

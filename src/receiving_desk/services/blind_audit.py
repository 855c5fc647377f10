"""Use cases of blind re-inspection audits.

A graded unit is held (sampled, overridden, picked by a supervisor, or a supervisor's gold
calibration unit): its label says AUDIT and put-away refuses it. The next clerk to scan its
LPN — any desk, not the first grader — sees only what `BlindUnit` carries and grades it.
Agreement: the first decision stands and the unit's restock label prints. Disagreement: a
supervisor sets the final grade, which re-decides the disposition and refund, re-books the
unit's stock under that grade and corrects a completed return's outcome
(services/audit_resolution.py). Every step is a new row and an audit entry; none overwrites.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from receiving_desk.domain.audit_sampling import HoldReason, SamplingPolicy
from receiving_desk.domain.blind_audit import (
    AuditGrade,
    AuditHold,
    AuditResolution,
    BlindOutcome,
    BlindUnit,
    GradeKind,
    HoldState,
)
from receiving_desk.domain.catalog import Product
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.events import AuditGraded, AuditResolved, UnitHeldForAudit
from receiving_desk.domain.ports import Clock, LabelPrinter, UnitOfWork
from receiving_desk.domain.receipt import ParcelReceipt, ReceivedUnit
from receiving_desk.domain.rules import Decision, RuleSet
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.approval import Approval, Request
from receiving_desk.services.audit_resolution import (
    final_decision,
    rebook,
    resolve_request,
    resolver,
    revise_completed,
)
from receiving_desk.services.base import UseCases, new_id, record_audit
from receiving_desk.services.labels import restock_label_data
from receiving_desk.services.rules_in_force import RulesInForce, in_force


def hold_graded_unit(
    uow: UnitOfWork,
    clock: Clock,
    session: Session,
    unit: ReceivedUnit,
    receipt_id: str,
    category: str,
    reason: HoldReason,
    first_grader: str | None = None,
    first_grade: str | None = None,
) -> AuditHold:
    """Hold a graded unit for a blind audit, in the caller's unit of work (the grade's, the
    override's or the supervisor's pick)."""
    assert unit.lpn is not None and unit.inspection is not None
    if uow.audits.get(unit.lpn) is not None:
        raise DeskError(ErrorCode.ALREADY_HELD_FOR_AUDIT, code=unit.lpn)
    hold = AuditHold(
        lpn=unit.lpn,
        unit_id=unit.id,
        receipt_id=receipt_id,
        sku=unit.sku,
        category=category,
        reason=reason,
        first_grader=first_grader or unit.inspection.inspector_id,
        first_grade=first_grade or unit.inspection.grade,
        held_by=session.user_id,
        held_at=clock.now(),
        state=HoldState.GOLD if reason is HoldReason.GOLD else HoldState.OPEN,
    )
    uow.audits.hold(hold)
    uow.outbox.put(
        UnitHeldForAudit(
            lpn=hold.lpn,
            unit_id=hold.unit_id,
            receipt_id=receipt_id,
            reason=reason.value,
            first_grader=hold.first_grader,
            first_grade=hold.first_grade,
            held_by=hold.held_by,
            held_at=hold.held_at,
        )
    )
    record_audit(
        uow,
        clock,
        session.station_id,
        session.user_id,
        "unit_held_for_audit",
        receipt_id,
        {"lpn": hold.lpn, "reason": reason.value},
    )
    return hold


def sample_after_grade(
    uow: UnitOfWork,
    policy: SamplingPolicy | None,
    clock: Clock,
    session: Session,
    unit: ReceivedUnit,
    receipt_id: str,
    category: str,
) -> bool:
    """The grade's own check: is this unit in its category's and clerk's sampled share?"""
    if policy is None or unit.lpn is None:
        return False
    if policy.hold_reason(unit.lpn, category, session.user_id) is None:
        return False
    hold_graded_unit(uow, clock, session, unit, receipt_id, category, HoldReason.SAMPLED)
    return True


def require_not_held(uow: UnitOfWork, lpn: str) -> None:
    """Put-away's check: a unit waiting for its audit stays on the audit shelf."""
    hold = uow.audits.get(lpn)
    if hold is not None and hold.waiting:
        raise DeskError(ErrorCode.AUDIT_PENDING, code=lpn)


class BlindAudits(UseCases):
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        rules: RuleSet | RulesInForce,
        site_tz: ZoneInfo,
        printer: LabelPrinter,
        auto_print: bool = True,
    ) -> None:
        super().__init__(uow_factory, clock)
        self._in_force = in_force(rules)  # read once per use case: one version per decision
        self._tz = site_tz
        self._printer = printer
        self._auto_print = auto_print

    # --- the supervisor's choices ---------------------------------------------------------

    def pick(self, session: Session, lpn: str) -> AuditHold:
        """A supervisor holds a graded unit for a blind audit; its label is reprinted AUDIT."""
        session.require(Permission.OVERRIDE_DISPOSITION, "audit_pick")
        return self._hold(session, lpn, HoldReason.PICKED, None)

    def mark_gold(self, session: Session, lpn: str, grade: str) -> AuditHold:
        """A supervisor grades a unit as the reference every clerk then grades blind once."""
        session.require(Permission.OVERRIDE_DISPOSITION, "audit_gold")
        return self._hold(session, lpn, HoldReason.GOLD, grade)

    def _hold(self, session: Session, lpn: str, reason: HoldReason, grade: str | None) -> AuditHold:
        with self._uow() as uow:
            receipt, unit, product = self._unit(uow, lpn)
            if grade is not None:
                self._in_force().check_grade(grade, product.category)
            first_grader = session.user_id if grade is not None else None
            hold = hold_graded_unit(
                uow, self._clock, session, unit, receipt.id, product.category, reason,
                first_grader, grade,
            )  # fmt: skip
            self._label(uow, unit, product, receipt, audit=True)
            uow.commit()
        self._wake()
        return hold

    # --- the blind grade ------------------------------------------------------------------

    def blind_unit(self, session: Session, lpn: str) -> BlindUnit:
        """What the next clerk sees of a held unit: never the first grade or its answers."""
        session.require(Permission.RECEIVE, "audit_view")
        rules = self._in_force()
        with self._uow() as uow:
            hold = self._open_for(uow, session, lpn)
            product = uow.catalog.by_sku(hold.sku)
            assert product is not None
            return BlindUnit(
                lpn=lpn,
                sku=hold.sku,
                description=product.description,
                category=hold.category,
                grades=rules.grades_for(hold.category),
                checks=tuple((c.code, c.label) for c in rules.checklist_for(hold.category)),
                gold=hold.state is HoldState.GOLD,
            )

    def resolve_request(self, session: Session, lpn: str) -> Request | None:
        """A disputed unit scanned at a clerk's desk: the supervisor's approval it needs."""
        session.require(Permission.RECEIVE, "audit_view")
        with self._uow() as uow:
            hold = uow.audits.get(lpn)
        if hold is None or hold.state is not HoldState.DISPUTED:
            return None
        return resolve_request(hold)

    def disputed_unit(
        self, session: Session, lpn: str, approval: Approval | None = None
    ) -> BlindUnit:
        """A disputed unit, for the supervisor who sets its final grade at a desk (their
        session, or their approval at a clerk's)."""
        resolver(session, lpn, approval)
        with self._uow() as uow:
            hold = uow.audits.get(lpn)
            if hold is None or hold.state is not HoldState.DISPUTED:
                raise DeskError(ErrorCode.NOTHING_TO_RESOLVE, code=lpn)
            product = uow.catalog.by_sku(hold.sku)
            assert product is not None
            return BlindUnit(
                lpn=lpn,
                sku=hold.sku,
                description=product.description,
                category=hold.category,
                grades=self._in_force().grades_for(hold.category),
                checks=(),
                gold=False,
            )

    def dispute(self, lpn: str) -> tuple[tuple[str, str, str], ...]:
        """The grades a disputed unit was given, for the supervisor who settles it:
        ("first" | "blind", grade, grader's name). Shown only once the audit is disputed,
        when no blind grade is still to come."""
        with self._uow() as uow:
            hold = uow.audits.get(lpn)
            if hold is None or hold.state is not HoldState.DISPUTED:
                return ()

            def name(user_id: str) -> str:
                user = uow.users.get(user_id)
                return user.name if user is not None else user_id

            given = [("first", hold.first_grade, name(hold.first_grader))]
            given += [("blind", g.grade, name(g.grader_id)) for g in uow.audits.grades(lpn)]
            return tuple(given)

    def grade_blind(
        self,
        session: Session,
        lpn: str,
        grade: str,
        checklist: Sequence[tuple[str, bool]] = (),
    ) -> BlindOutcome:
        session.require(Permission.RECEIVE, "audit_grade")
        with self._uow() as uow:
            hold = self._open_for(uow, session, lpn)
            self._in_force().check_grade(grade, hold.category)
            gold = hold.state is HoldState.GOLD
            record = AuditGrade(
                id=new_id(),
                lpn=lpn,
                kind=GradeKind.GOLD if gold else GradeKind.BLIND,
                grader_id=session.user_id,
                grade=grade,
                checklist=tuple(sorted(checklist)),
                station_id=session.station_id,
                graded_at=self._clock.now(),
            )
            uow.audits.add_grade(record)
            agrees = grade == hold.first_grade
            state = hold.state
            if not gold:
                state = HoldState.AGREED if agrees else HoldState.DISPUTED
                uow.audits.set_state(lpn, state)
            if state is HoldState.AGREED:  # the first decision stands: on to put-away
                receipt, unit, product = self._unit(uow, lpn)
                self._label(uow, unit, product, receipt, audit=False)
            uow.outbox.put(
                AuditGraded(
                    grade_id=record.id,
                    lpn=lpn,
                    kind=record.kind.value,
                    grader_id=record.grader_id,
                    grade=grade,
                    agrees=agrees,
                    station_id=record.station_id,
                    graded_at=record.graded_at,
                )
            )
            self._audit(uow, session, "audit_graded", hold.receipt_id, lpn=lpn, state=state.value)
            uow.commit()
        if state is HoldState.AGREED:
            self._wake()
        return BlindOutcome(lpn, state)

    # --- the supervisor's final word ------------------------------------------------------

    def resolve(
        self,
        session: Session,
        lpn: str,
        final_grade: str,
        note: str = "",
        approval: Approval | None = None,
    ) -> Decision:
        """A supervisor sets a disputed unit's final grade: their own session, or `approval`,
        their badge and PIN at a clerk's desk for this unit. Everything that follows is in
        this one unit of work (services/audit_resolution.py); a second resolution of the same
        unit is refused, so nothing is sent twice."""
        by, approved_for = resolver(session, lpn, approval)
        rules = self._in_force()  # this resolution's one version, from the check to the decision
        with self._uow() as uow:
            hold = uow.audits.get(lpn)
            if hold is None or hold.state is not HoldState.DISPUTED:
                raise DeskError(ErrorCode.NOTHING_TO_RESOLVE, code=lpn)
            rules.check_grade(final_grade, hold.category)
            receipt, unit, product = self._unit(uow, lpn)
            rma = self._rma(uow, receipt)
            decision = final_decision(rules, self._tz, rma, receipt, unit, product, final_grade)
            now = self._clock.now()
            resolution = AuditResolution(lpn, final_grade, by, approved_for, note, now, decision)
            uow.audits.resolve(resolution)
            uow.audits.set_state(lpn, HoldState.RESOLVED)
            if final_grade != hold.first_grade:
                rebook(uow, by, unit, product, receipt, resolution)
            revised = revise_completed(uow, rma, receipt, unit, hold, resolution)
            uow.outbox.put(
                AuditResolved(
                    lpn=lpn,
                    unit_id=unit.id,
                    receipt_id=receipt.id,
                    first_grade=hold.first_grade,
                    final_grade=final_grade,
                    disposition=decision.disposition,
                    refund=decision.refund,
                    resolved_by=by,
                    approved_for=approved_for,
                    note=note,
                    resolved_at=now,
                )
            )
            record_audit(
                uow, self._clock, session.station_id, by, "audit_resolved", receipt.id,
                {"lpn": lpn, "first": hold.first_grade, "final": final_grade,
                 "approved_for": approved_for, "disposition": decision.disposition.value,
                 "refund": decision.refund.kind.value, "refund_percent": decision.refund.percent,
                 "outcome_revised": revised},
            )  # fmt: skip
            if self._auto_print:
                label = restock_label_data(unit, product, receipt, now)
                uow.labels.restock(replace(label, grade=final_grade))
            uow.commit()
        self._wake()
        return decision

    # --- helpers --------------------------------------------------------------------------

    def _open_for(self, uow: UnitOfWork, session: Session, lpn: str) -> AuditHold:
        hold = uow.audits.get(lpn)
        if hold is None or hold.state not in (HoldState.OPEN, HoldState.GOLD):
            raise DeskError(ErrorCode.NOT_HELD_FOR_AUDIT, code=lpn)
        if hold.first_grader == session.user_id:
            raise DeskError(ErrorCode.OWN_UNIT_AUDIT, code=lpn)
        if any(g.grader_id == session.user_id for g in uow.audits.grades(lpn)):
            raise DeskError(ErrorCode.ALREADY_AUDITED, code=lpn)
        return hold

    def _unit(self, uow: UnitOfWork, lpn: str) -> tuple[ParcelReceipt, ReceivedUnit, Product]:
        owner = uow.inventory.unit_for_lpn(lpn)
        if owner is None:
            raise DeskError(ErrorCode.UNKNOWN_LPN, code=lpn)
        receipt = self._receipt(uow, owner[0])
        unit = receipt.unit(owner[1])
        if unit.inspection is None:
            raise DeskError(ErrorCode.UNKNOWN_LPN, code=lpn)
        product = uow.catalog.by_sku(unit.sku)
        assert product is not None
        return receipt, unit, product

    def _label(
        self,
        uow: UnitOfWork,
        unit: ReceivedUnit,
        product: Product,
        receipt: ParcelReceipt,
        audit: bool,
    ) -> None:
        if self._auto_print:
            label = restock_label_data(unit, product, receipt, self._clock.now())
            uow.labels.restock(replace(label, audit=audit))

    def _wake(self) -> None:
        if self._auto_print:
            self._printer.wake()

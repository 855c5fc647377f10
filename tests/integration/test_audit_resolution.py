"""A disputed unit's final grade on the real store: set by a supervisor's badge and PIN at the
clerk's desk (a clerk's badge is refused, audited), it re-issues the completed return's refund
outcome and re-books the stock in the resolution's one transaction — ledger rows added, none
deleted, on hand one unit under the final grade — once: a second try sends nothing more. A
return completed after its unit's resolution sends the final outcome in its completion; a unit
held for review stays unrefunded under any final grade."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from receiving_desk.adapters.pepper import create_pepper
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.audit_sampling import AuditSettings
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.inventory import MoveReason
from receiving_desk.services.desk import Desk
from receiving_desk.services.desk_events import Event
from receiving_desk.services.desk_view import Step
from receiving_desk.services.session_guard import REFUSED
from tests.conftest import FixedClock
from tests.seed import CLERK, CLERK2, CREAM, EARBUDS, RMA1, SUPERVISOR, item_code, seed


@pytest.fixture
def audited(tmp_path: Path, clock: FixedClock, fast_hasher: Argon2PinHasher) -> Iterator[Services]:
    create_pepper(tmp_path / "pepper")
    config = StationConfig(
        station_id="TEST-01",
        data_dir=tmp_path / "data",
        sound=False,
        source=tmp_path / "station.toml",
        audit=AuditSettings(enabled=True, percent=100.0),  # every unit is held
    )
    services = bootstrap(config, clock=clock, hasher=fast_hasher)
    seed(services.uow_factory, services.hasher, clock.now())
    yield services
    services.close()


def logged_in(services: Services, who: tuple[str, str, str, object]) -> Desk:
    desk = services.new_desk()
    desk.scan(who[0])
    desk.submit_pin(who[1])
    return desk


def graded(desk: Desk, code: str, grade: str, complete: bool) -> str:
    desk.scan(RMA1)
    desk.scan(code)
    desk.pass_all_checks()
    parcel = desk.grade(grade).view.parcel
    assert parcel is not None and parcel.units[-1].lpn is not None
    if complete:
        desk.scan("CMD-COMPLETE")
        desk.scan("CMD-CONFIRM")
    return parcel.units[-1].lpn


def disputed(services: Services, lpn: str, grade: str) -> Desk:
    second = logged_in(services, CLERK2)
    assert second.scan(lpn).event is Event.AUDIT_OPENED
    assert second.scan(f"CMD-GRADE-{grade}").params["state"] == "disputed"
    return second


def sent(services: Services, topic: str) -> list[dict[str, Any]]:
    with services.engine.connect() as conn:
        rows = conn.execute(
            select(t.outbox.c.payload).where(t.outbox.c.topic == topic).order_by(t.outbox.c.seq)
        )
        return [dict(r.payload) for r in rows]


def audit_entries(services: Services, action: str) -> list[tuple[str | None, dict[str, Any]]]:
    with services.engine.connect() as conn:
        rows = conn.execute(
            select(t.audit_log.c.user_id, t.audit_log.c.details).where(
                t.audit_log.c.action == action
            )
        )
        return [(r.user_id, dict(r.details)) for r in rows]


def ledger(services: Services, lpn: str) -> list[tuple[int, str | None, MoveReason]]:
    with services.uow_factory() as uow:
        return [(m.quantity, m.grade, m.reason) for m in uow.inventory.history(lpn)]


def on_hand(services: Services, lpn: str) -> dict[str | None, int]:
    with services.uow_factory() as uow:
        stock = uow.inventory.on_hand(lpn=lpn)
    by_grade: dict[str | None, int] = {}
    for (_, _, grade), qty in stock.items():
        by_grade[grade] = by_grade.get(grade, 0) + qty
    return {g: q for g, q in by_grade.items() if q}


def movement_rows(services: Services) -> int:
    with services.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(t.stock_movements)).scalar_one())


def test_a_supervisors_badge_at_the_clerks_desk_sets_the_final_grade_and_corrects_refund_and_stock(
    audited: Services,
) -> None:
    lpn = graded(logged_in(audited, CLERK), item_code(EARBUDS), "A", complete=True)
    completed = sent(audited, "return.completed")
    assert [u["grade"] for u in completed[0]["units"]] == ["A"]
    first_refund = completed[0]["units"][0]["refund"]
    second = disputed(audited, lpn, "D")
    rows_before = movement_rows(audited)

    # The clerk scans the disputed unit: it waits for a supervisor, the clerk stays in.
    asked = second.scan(lpn)
    assert asked.event is Event.APPROVAL_NEEDED and asked.params["why"] == "disputed_grade"
    assert asked.view.step is Step.APPROVE_BADGE and asked.view.approval is not None
    assert asked.view.approval.subject == lpn
    with pytest.raises(DeskError) as other_scan:
        second.scan(item_code(EARBUDS))  # nothing else is taken meanwhile
    assert other_scan.value.code is ErrorCode.APPROVAL_PENDING

    # A clerk's badge cannot approve: refused, audited with both users, back to the badge.
    assert second.scan(CLERK[0]).event is Event.APPROVER_BADGE_READ
    with pytest.raises(DeskError) as refused:
        second.submit_pin(CLERK[1])
    assert refused.value.code is ErrorCode.PERMISSION_DENIED
    (refusal,) = audit_entries(audited, "approval_refused")
    assert refusal[0] == f"U-{CLERK2[0]}"
    assert refusal[1]["approver_id"] == f"U-{CLERK[0]}" and refusal[1]["refused"] == "role"
    assert refusal[1]["approval_for"] == "audit_resolve"
    assert second.view().step is Step.APPROVE_BADGE
    assert sent(audited, "audit.resolved") == [] and movement_rows(audited) == rows_before

    # The supervisor's badge and PIN open the unit for their final grade at this desk.
    second.scan(SUPERVISOR[0])
    opened = second.submit_pin(SUPERVISOR[1])
    assert opened.event is Event.AUDIT_OPENED and opened.params["final_by"] == SUPERVISOR[2]
    assert opened.view.step is Step.AUDIT_GRADE and opened.view.final_by == SUPERVISOR[2]
    assert opened.view.dispute == (("first", "A", CLERK[2]), ("blind", "D", CLERK2[2]))
    assert opened.view.session is not None and opened.view.session.user_id == f"U-{CLERK2[0]}"
    done = second.scan("CMD-GRADE-C")
    assert done.event is Event.AUDIT_GRADED and done.params["state"] == "resolved"

    # The refund outcome, re-issued once, typed, with the final grade's decision.
    (resolved,) = sent(audited, "audit.resolved")
    (revised,) = sent(audited, "return.outcome_revised")
    assert resolved["resolved_by"] == f"U-{SUPERVISOR[0]}"
    assert resolved["approved_for"] == f"U-{CLERK2[0]}"
    assert revised["unit"]["grade"] == "C" and revised["first_grade"] == "A"
    assert revised["unit"]["refund"] == resolved["refund"] != first_refund
    assert revised["unit"]["disposition"] == resolved["disposition"]
    assert revised["revised_by"] == f"U-{SUPERVISOR[0]}" and revised["held_reason"] is None
    assert revised["unit"]["unit_id"] == completed[0]["units"][0]["unit_id"]
    (entry,) = audit_entries(audited, "audit_resolved")
    assert entry[0] == f"U-{SUPERVISOR[0]}" and entry[1]["approved_for"] == f"U-{CLERK2[0]}"
    assert entry[1]["outcome_revised"] is True
    granted = audit_entries(audited, "approval_granted")
    assert [(g[0], g[1]["approved_by"]) for g in granted] == [
        (f"U-{CLERK2[0]}", f"U-{SUPERVISOR[0]}")
    ]

    # Stock: a reversing row and a new one, nothing deleted; one unit, under the final grade.
    assert movement_rows(audited) == rows_before + 2
    assert ledger(audited, lpn)[-2:] == [
        (-1, "A", MoveReason.REVERSED),
        (1, "C", MoveReason.RECEIVED),
    ]
    assert on_hand(audited, lpn) == {"C": 1}
    stock_sent = [m for m in sent(audited, "stock.moved") if m["lpn"] == lpn]
    assert sum(m["quantity"] for m in stock_sent) == 1 and stock_sent[-1]["grade"] == "C"

    # Twice: the unit is settled, a second resolution is refused and nothing is sent again.
    assert second.scan(lpn).event is Event.LPN_ADDED  # an ordinary LPN now: no approval
    second.scan("CMD-CANCEL")
    boss = logged_in(audited, SUPERVISOR)
    with pytest.raises(DeskError) as again:
        audited.audits.resolve(boss.require_session(), lpn, "B")
    assert again.value.code is ErrorCode.NOTHING_TO_RESOLVE
    assert len(sent(audited, "return.outcome_revised")) == 1
    assert len(sent(audited, "audit.resolved")) == 1
    assert movement_rows(audited) == rows_before + 2 and on_hand(audited, lpn) == {"C": 1}


def test_an_approval_is_good_for_its_own_unit_only(audited: Services) -> None:
    lpn = graded(logged_in(audited, CLERK), item_code(EARBUDS), "A", complete=True)
    second = disputed(audited, lpn, "C")
    second.scan(lpn)
    second.scan(SUPERVISOR[0])
    second.submit_pin(SUPERVISOR[1])
    approval = second._audit.approval
    assert approval is not None
    with pytest.raises(DeskError) as elsewhere:  # the same approval, another unit
        audited.audits.resolve(second.require_session(), "LPN-NOT-THIS", "B", approval=approval)
    assert elsewhere.value.code is ErrorCode.PERMISSION_DENIED
    with pytest.raises(DeskError) as alone:  # the clerk's own session: refused, audited
        audited.audits.resolve(second.require_session(), lpn, "B")
    assert alone.value.code is ErrorCode.PERMISSION_DENIED
    refusals = audit_entries(audited, REFUSED)
    assert [(who, d["action"]) for who, d in refusals] == [(f"U-{CLERK2[0]}", "audit_resolve")] * 2
    assert sent(audited, "audit.resolved") == []


def test_a_return_completed_after_the_resolution_sends_the_final_outcome(
    audited: Services,
) -> None:
    first = logged_in(audited, CLERK)
    lpn = graded(first, item_code(EARBUDS), "A", complete=False)  # the return stays open
    # (this station resumes the open return at each login: the blind grade by the use case)
    second = logged_in(audited, CLERK2).require_session()
    assert audited.audits.grade_blind(second, lpn, "D").state.value == "disputed"
    boss = logged_in(audited, SUPERVISOR)
    decision = audited.audits.resolve(boss.require_session(), lpn, "C")
    assert sent(audited, "return.outcome_revised") == []  # nothing completed to revise yet
    first.scan("CMD-COMPLETE")
    first.scan("CMD-CONFIRM")
    (completed,) = sent(audited, "return.completed")
    (unit,) = completed["units"]
    assert unit["grade"] == "C" and unit["disposition"] == decision.disposition.value
    assert unit["refund"] == {"kind": decision.refund.kind, "percent": decision.refund.percent}
    assert sent(audited, "return.outcome_revised") == []
    assert on_hand(audited, lpn) == {"C": 1}


def test_a_unit_held_for_review_stays_unrefunded_under_its_final_grade(audited: Services) -> None:
    lpn = graded(logged_in(audited, CLERK), item_code(CREAM), "A", complete=True)  # not on RMA1
    disputed(audited, lpn, "SCRAP")
    boss = logged_in(audited, SUPERVISOR)
    decision = audited.audits.resolve(boss.require_session(), lpn, "B")
    (revised,) = sent(audited, "return.outcome_revised")
    assert revised["held_reason"] == "wrong_item"  # not declared on the RMA
    assert revised["unit"]["refund"] == {"kind": "none", "percent": 0}
    assert decision.refund.kind == "none"
    assert revised["unit"]["grade"] == "B" and on_hand(audited, lpn) == {"B": 1}


def test_a_voided_returns_unit_stays_at_nothing_when_its_audit_is_settled(
    audited: Services,
) -> None:
    first = logged_in(audited, CLERK)
    lpn = graded(first, item_code(EARBUDS), "A", complete=False)
    second = logged_in(audited, CLERK2).require_session()
    assert audited.audits.grade_blind(second, lpn, "D").state.value == "disputed"
    boss = logged_in(audited, SUPERVISOR)  # resumes the open return at this station
    boss.void("opened on the wrong RMA")
    assert on_hand(audited, lpn) == {}
    rows = movement_rows(audited)
    audited.audits.resolve(boss.require_session(), lpn, "C")
    assert on_hand(audited, lpn) == {} and movement_rows(audited) == rows  # nothing revived
    assert sent(audited, "return.outcome_revised") == []  # never completed: nothing to revise

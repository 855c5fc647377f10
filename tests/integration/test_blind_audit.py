"""Blind re-inspection audits on the real store: a sampled unit is labelled AUDIT and held
from put-away; its first grader cannot audit it; the next clerk grades it from a snapshot
with nothing of the first grade; agreement releases it, disagreement goes to a supervisor
whose final grade re-books the stock and is sent; a gold unit gets each clerk's grade once."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from receiving_desk.adapters.pepper import create_pepper
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.audit_tables import audit_grades, audit_resolutions
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.audit_sampling import AuditSettings
from receiving_desk.domain.blind_audit import BlindUnit, HoldState
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.inventory import MoveReason
from receiving_desk.services.desk import Desk
from receiving_desk.services.desk_events import Event
from receiving_desk.services.desk_view import Step
from tests.conftest import FixedClock
from tests.seed import CLERK, CLERK2, EARBUDS, MUG, RMA1, RMA2, SUPERVISOR, item_code, seed


@pytest.fixture
def audited(tmp_path: Path, clock: FixedClock, fast_hasher: Argon2PinHasher) -> Iterator[Services]:
    create_pepper(tmp_path / "pepper")  # the sampling key is derived from the site's pepper
    config = StationConfig(
        station_id="TEST-01",
        data_dir=tmp_path / "data",
        sound=False,
        source=tmp_path / "station.toml",
        audit=AuditSettings(enabled=True, percent=100.0),  # every unit: the flow under test
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


def grade_one(desk: Desk, rma: str, product_code: str, grade: str) -> str:
    desk.scan(rma)
    desk.scan(product_code)
    desk.pass_all_checks()
    result = desk.grade(grade)
    assert result.view.parcel is not None
    lpn = result.view.parcel.units[-1].lpn
    assert lpn is not None
    desk.scan("CMD-COMPLETE")
    desk.scan("CMD-CONFIRM")
    return lpn


def outbox_topics(services: Services) -> list[tuple[str, dict[str, object]]]:
    with services.engine.connect() as conn:
        rows = conn.execute(select(t.outbox.c.topic, t.outbox.c.payload).order_by(t.outbox.c.seq))
        return [(r.topic, dict(r.payload)) for r in rows]


def test_disagreement_goes_to_a_supervisor_whose_grade_drives_stock_and_refund(
    audited: Services,
) -> None:
    first = logged_in(audited, CLERK)
    lpn = grade_one(first, RMA1, item_code(EARBUDS), "A")

    job = audited.print_queue.store.recent(1)[0]
    shown_on_label = dict(job.label.values)
    assert job.label.values["lpn"] == lpn
    # The grade, disposition and bin would tell the next clerk the first grade.
    assert {shown_on_label[k] for k in ("grade", "disposition", "bin")} == {"AUDIT"}

    with pytest.raises(DeskError) as refused:
        audited.inventory.put_away(first.require_session(), [lpn], "BIN-A-01-01")
    assert refused.value.code is ErrorCode.AUDIT_PENDING

    # The first grader's own scan of the LPN is an ordinary LPN scan, not an audit.
    own = first.scan(lpn)
    assert own.event is Event.LPN_ADDED
    with pytest.raises(DeskError) as own_audit:
        audited.audits.blind_unit(first.require_session(), lpn)
    assert own_audit.value.code is ErrorCode.OWN_UNIT_AUDIT
    first.scan("CMD-CANCEL")

    second = logged_in(audited, CLERK2)
    opened = second.scan(lpn)
    assert opened.event is Event.AUDIT_OPENED
    view = opened.view
    assert view.step is Step.AUDIT_GRADE and view.parcel is None and view.cart == ()
    assert view.audit is not None and view.audit.lpn == lpn
    # Blind by construction: the snapshot's audit part has no field for the first grade,
    # its answers or its disposition, and nothing in the whole snapshot names them.
    assert {f.name for f in dataclasses.fields(BlindUnit)} == {
        "lpn", "sku", "description", "category", "grades", "checks", "gold",
    }  # fmt: skip
    shown = repr(view.audit) + repr(dataclasses.replace(view, rules=None, session=None))
    for secret in ("restock", "first_grade", "disposition", "True", "'A')"):
        assert secret not in shown

    graded = second.scan("CMD-GRADE-C")
    assert graded.event is Event.AUDIT_GRADED and graded.params["state"] == "disputed"
    with pytest.raises(DeskError) as still:
        audited.inventory.put_away(second.require_session(), [lpn], "BIN-A-01-01")
    assert still.value.code is ErrorCode.AUDIT_PENDING

    with pytest.raises(DeskError) as clerk_resolving:
        audited.audits.resolve(second.require_session(), lpn, "C")
    assert clerk_resolving.value.code is ErrorCode.PERMISSION_DENIED

    boss = logged_in(audited, SUPERVISOR)
    decision = audited.audits.resolve(boss.require_session(), lpn, "C", "scuffed case")
    with audited.uow_factory() as uow:
        hold = uow.audits.get(lpn)
        owner = uow.inventory.unit_for_lpn(lpn)
        assert owner is not None
        receipt = uow.receipts.get(owner[0])
        history = uow.inventory.history(lpn)
    assert hold is not None and hold.state is HoldState.RESOLVED
    assert receipt is not None
    assert receipt.unit(owner[1]).inspection is not None
    assert receipt.unit(owner[1]).inspection.grade == "A"  # the first inspection is kept
    # Stock now carries the final grade: out under A, in under C, still one unit.
    assert [(m.quantity, m.grade, m.reason) for m in history[-2:]] == [
        (-1, "A", MoveReason.REVERSED),
        (1, "C", MoveReason.RECEIVED),
    ]
    assert sum(m.quantity for m in history) == 1
    with audited.engine.connect() as conn:
        grades = conn.execute(select(audit_grades.c.grade, audit_grades.c.grader_id)).all()
        final = conn.execute(select(audit_resolutions.c.final_grade)).scalar_one()
    assert grades == [("C", f"U-{CLERK2[0]}")] and final == "C"

    sent = outbox_topics(audited)
    topics = [topic for topic, _ in sent]
    assert topics.count("audit.held") == 1 and topics.count("audit.graded") == 1
    resolved = next(p for topic, p in sent if topic == "audit.resolved")
    assert resolved["final_grade"] == "C" and resolved["first_grade"] == "A"
    assert resolved["disposition"] == decision.disposition.value
    assert resolved["refund"] == {"kind": decision.refund.kind, "percent": decision.refund.percent}

    # Released: put away where the final decision sends it.
    with audited.uow_factory() as uow:
        owner = uow.inventory.unit_for_lpn(lpn)
        assert owner is not None
        receipt = uow.receipts.get(owner[0])
        assert receipt is not None
        dest = receipt.unit(owner[1]).destination
    assert dest is not None
    done = audited.inventory.put_away(boss.require_session(), [lpn], dest)
    assert done[0].to_location == dest


def test_agreement_releases_the_unit_with_its_first_decision(audited: Services) -> None:
    first = logged_in(audited, CLERK2)
    lpn = grade_one(first, RMA2, item_code(MUG), "B")
    second = logged_in(audited, CLERK)
    second.scan(lpn)
    graded = second.grade("B")
    assert graded.params["state"] == "agreed"
    job = audited.print_queue.store.recent(1)[0]
    assert job.label.values["lpn"] == lpn and job.label.values["grade"] == "B"  # the real label
    with pytest.raises(DeskError) as again:
        audited.audits.blind_unit(second.require_session(), lpn)
    assert again.value.code is ErrorCode.NOT_HELD_FOR_AUDIT
    with audited.uow_factory() as uow:
        owner = uow.inventory.unit_for_lpn(lpn)
        assert owner is not None
        receipt = uow.receipts.get(owner[0])
        assert receipt is not None
        dest = receipt.unit(owner[1]).destination
    assert dest is not None
    assert audited.inventory.put_away(second.require_session(), [lpn], dest)[0].lpn == lpn


def test_a_gold_unit_is_graded_blind_once_by_every_clerk(
    tmp_path: Path, clock: FixedClock, fast_hasher: Argon2PinHasher
) -> None:
    config = StationConfig(
        station_id="TEST-01", data_dir=tmp_path / "data", sound=False,
        source=tmp_path / "station.toml",
    )  # fmt: skip
    services = bootstrap(config, clock=clock, hasher=fast_hasher)  # no sampling at all
    try:
        seed(services.uow_factory, services.hasher, clock.now())
        boss = logged_in(services, SUPERVISOR)
        lpn = grade_one(boss, RMA1, item_code(EARBUDS), "A")
        with pytest.raises(DeskError):  # nothing sampled: the unit is free to go
            services.audits.blind_unit(logged_in(services, CLERK).require_session(), lpn)
        services.audits.mark_gold(boss.require_session(), lpn, "B")
        for who, grade in ((CLERK, "B"), (CLERK2, "C")):
            desk = logged_in(services, who)
            assert desk.scan(lpn).view.audit is not None
            outcome = desk.scan(f"CMD-GRADE-{grade}")
            assert outcome.params["state"] == "gold"
            with pytest.raises(DeskError) as twice:
                services.audits.blind_unit(desk.require_session(), lpn)
            assert twice.value.code is ErrorCode.ALREADY_AUDITED
        with pytest.raises(DeskError) as own:
            services.audits.blind_unit(boss.require_session(), lpn)
        assert own.value.code is ErrorCode.OWN_UNIT_AUDIT
        with services.uow_factory() as uow:
            graded = {(g.grader_id, g.grade, g.kind.value) for g in uow.audits.grades(lpn)}
            hold = uow.audits.get(lpn)
        assert graded == {(f"U-{CLERK[0]}", "B", "gold"), (f"U-{CLERK2[0]}", "C", "gold")}
        assert (
            hold is not None
            and hold.first_grade == "B"
            and hold.first_grader == f"U-{SUPERVISOR[0]}"
        )
    finally:
        services.close()


def test_a_supervisor_picks_a_unit_by_command_barcode(audited: Services) -> None:
    boss = logged_in(audited, SUPERVISOR)
    boss.scan(RMA1)
    boss.scan(item_code(EARBUDS))
    boss.pass_all_checks()
    boss.grade("A")  # sampled (100 %): already held
    with pytest.raises(DeskError) as refused:
        boss.scan("CMD-AUDIT")
    assert refused.value.code is ErrorCode.ALREADY_HELD_FOR_AUDIT
    clerk = logged_in(audited, CLERK)
    with pytest.raises(DeskError) as not_allowed:
        clerk.scan("CMD-AUDIT")
    assert not_allowed.value.code is ErrorCode.PERMISSION_DENIED


def test_a_supervisor_sets_the_final_grade_by_scanning_the_disputed_unit(
    audited: Services,
) -> None:
    lpn = grade_one(logged_in(audited, CLERK), RMA1, item_code(EARBUDS), "A")
    second = logged_in(audited, CLERK2)
    second.scan(lpn)
    assert second.scan("CMD-GRADE-D").params["state"] == "disputed"
    asked = second.scan(lpn)  # a clerk cannot settle it: a supervisor's badge is asked for
    assert asked.event is Event.APPROVAL_NEEDED and asked.view.step is Step.APPROVE_BADGE
    assert second.scan("CMD-CANCEL").view.step is Step.SCAN_PARCEL  # it waits, unresolved
    boss = logged_in(audited, SUPERVISOR)
    opened = boss.scan(lpn)
    assert opened.event is Event.AUDIT_OPENED and opened.view.step is Step.AUDIT_GRADE
    resolved = boss.scan("CMD-GRADE-B")
    assert resolved.event is Event.AUDIT_GRADED and resolved.params["state"] == "resolved"
    with audited.uow_factory() as uow:
        resolution = uow.audits.resolution(lpn)
        hold = uow.audits.get(lpn)
    assert resolution is not None and resolution.final_grade == "B"
    assert resolution.resolved_by == f"U-{SUPERVISOR[0]}"
    assert hold is not None and hold.state is HoldState.RESOLVED

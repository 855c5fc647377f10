"""A rules file loaded by an administrator is in force in the running desk at once: the next
grade of the same running services — in the very return in progress — decides with the new
version and records it, the grade before keeps the version it used, the weighing ranges follow
the new [weights], and the load is audited once. Rules swapped while a grade runs leave that
grade whole: one version per decision. A blind audit's final grade reads the same rules."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services
from receiving_desk.domain.ports import UnitOfWork
from receiving_desk.domain.rules import Disposition
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.services.desk_view import DeskView
from receiving_desk.services.inspection import InspectionService
from tests.conftest import FixedClock
from tests.fakes import RecordingPrinter
from tests.integration import test_audit_resolution as resolution
from tests.rules_change import (
    ADMIN,
    NEW_VERSION,
    SHIPPED_VERSION,
    add_admin,
    grade_earbuds,
    new_rules,
)
from tests.seed import CLERK, CLERK2, EARBUDS, RMA1, SUPERVISOR, item_code, seed

audited = resolution.audited  # a desk where every graded unit is held for a blind audit
logged_in, graded = resolution.logged_in, resolution.graded


def _desk_view_of_next_earbuds(services: Services) -> DeskView:
    """A desk of the running services, logged in (the return in progress resumes), with one
    more earbuds unit scanned: what it shows for the unit waiting for its grade."""
    desk = services.new_desk()
    desk.scan(CLERK[0])
    desk.submit_pin(CLERK[1])
    desk.scan(item_code(EARBUDS))
    return desk.view()


def test_a_loaded_rules_file_decides_the_next_grade_of_the_running_desk(
    services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    seed(services.uow_factory, services.hasher, clock.now())
    with services.uow_factory() as uow:
        add_admin(uow, services)
    clerk = services.auth.login(CLERK[0], CLERK[1])
    receipt = services.receiving.open_parcel(clerk, RMA1, None, RMA1)
    first = grade_earbuds(services, receipt.id)
    assert (first.decision.disposition, first.decision.rule_version) == (
        Disposition.RESTOCK_OPEN_BOX,
        SHIPPED_VERSION,
    )

    assert services.admin is not None
    admin = services.auth.login(ADMIN[0], ADMIN[1])
    loaded = services.admin.rules.load(admin, new_rules(tmp_path))
    assert loaded.installed is not None and services.rules.version == NEW_VERSION

    # The same running desk, the same return in progress: the next unit uses the new rules.
    second = grade_earbuds(services, receipt.id)
    assert (second.decision.disposition, second.decision.rule_id, second.decision.rule_version) == (
        Disposition.REFURBISH,
        "A-electronics",
        NEW_VERSION,
    )
    with services.uow_factory() as uow:
        kept = uow.receipts.get(receipt.id)
    assert kept is not None
    versions = [u.inspection.decision.rule_version for u in kept.units if u.inspection]
    assert versions == [SHIPPED_VERSION, NEW_VERSION]  # each grade keeps the version it used

    # The desk's view and weighing follow the new rules too: 80 % of the earbuds' weight.
    view = _desk_view_of_next_earbuds(services)
    assert view.rules is not None and view.rules.version == NEW_VERSION
    assert view.weight is not None and view.weight.expected is not None
    assert view.weight.expected.tolerance_percent == 80
    grams = EARBUDS.weight_grams or 0
    assert (view.weight.expected.low, view.weight.expected.high) == (
        grams - grams * 80 // 100,
        grams + grams * 80 // 100,
    )

    with services.engine.connect() as conn:
        actions = conn.execute(select(t.audit_log.c.action).where(t.audit_log.c.subject == "rules"))
        assert list(actions.scalars()) == ["rules_loaded"]  # audited once, by the load


def test_rules_swapped_while_a_grade_runs_leave_that_grade_whole(
    services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    """The pull swaps the rules on the sync thread at any moment; here, just as the grade opens
    its transaction. That grade is decided wholly by the rules it started with; the next one
    by the new rules."""
    seed(services.uow_factory, services.hasher, clock.now())
    clerk = services.auth.login(CLERK[0], CLERK[1])
    receipt = services.receiving.open_parcel(clerk, RMA1, None, RMA1)
    newer = load_rules(new_rules(tmp_path))

    def swapping_work() -> UnitOfWork:
        services.in_force.swap(newer)  # the sync thread, between the grade's start and its work
        return services.uow_factory()

    inspection = InspectionService(
        swapping_work, services.in_force, clock, services.config.tz, RecordingPrinter(),
        auto_print=False,
    )  # fmt: skip
    services.receiving.record_item(
        clerk, receipt.id, item_code(EARBUDS), EARBUDS.gtins[0], None, None
    )
    services.inspection.pass_all_checks(clerk, receipt.id)
    graded = inspection.grade(clerk, receipt.id, "A").inspection
    assert graded is not None
    assert (graded.decision.disposition, graded.decision.rule_version) == (
        Disposition.RESTOCK_OPEN_BOX,
        SHIPPED_VERSION,
    )
    after = grade_earbuds(services, receipt.id).decision
    assert (after.disposition, after.rule_version) == (Disposition.REFURBISH, NEW_VERSION)


def test_a_disputed_units_final_grade_is_decided_by_the_rules_in_force(
    audited: Services, tmp_path: Path
) -> None:
    """Blind audits read the same holder: a dispute settled after a load is decided by the
    loaded version, which the resolution records."""
    first = logged_in(audited, CLERK)
    lpn = graded(first, item_code(EARBUDS), "B", complete=False)
    second = logged_in(audited, CLERK2).require_session()
    assert audited.audits.grade_blind(second, lpn, "A").state.value == "disputed"
    with audited.uow_factory() as uow:
        add_admin(uow, audited)
    assert audited.admin is not None
    audited.admin.rules.load(audited.auth.login(ADMIN[0], ADMIN[1]), new_rules(tmp_path))
    boss = logged_in(audited, SUPERVISOR)
    decision = audited.audits.resolve(boss.require_session(), lpn, "A")
    assert (decision.disposition, decision.rule_id, decision.rule_version) == (
        Disposition.REFURBISH,
        "A-electronics",
        NEW_VERSION,
    )

"""A rules file loaded by an administrator is in force in the running desk at once: the next
grade of the same running services — in the very return in progress — decides with the new
version and records it, the grade before keeps the version it used, the weighing ranges follow
the new [weights], and the load is audited once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services
from receiving_desk.domain.rules import Disposition
from receiving_desk.domain.users import Role, User
from receiving_desk.services.desk_view import DeskView
from tests.conftest import FixedClock
from tests.rules_change import (
    ADMIN,
    NEW_VERSION,
    SHIPPED_VERSION,
    grade_earbuds,
    new_rules,
)
from tests.seed import CLERK, EARBUDS, RMA1, item_code, seed


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
        uow.users.add(
            User("U-A901", ADMIN[0], "Mina Park", Role.ADMIN, services.hasher.hash(ADMIN[1]))
        )
        uow.commit()
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

"""Every use case × every role, generated from the permission table (ROLE_PERMISSIONS).

Each guarded use case is listed once with the permission it needs and how to call it; the
expected answer for a role is read from the table, never written here. A refusal must raise
PERMISSION_DENIED and leave exactly one `refused` audit entry naming who, what, when and the
desk; an allowed call must get past the check (no refusal, no refused entry). The list is
checked against the source: a use case that guards itself with `require(...)` but is not
listed here fails the test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from receiving_desk.adapters.store import tables as t
from receiving_desk.adapters.store.uow import SqlUnitOfWork
from receiving_desk.bootstrap import Services
from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.reference_rows import Kind
from receiving_desk.domain.rules import Disposition
from receiving_desk.domain.shifts import Period
from receiving_desk.domain.users import ROLE_PERMISSIONS, Permission, Role, Session, User
from receiving_desk.services.bin_admin import BinAdmin
from receiving_desk.services.bin_labels import BinLabels
from receiving_desk.services.import_admin import ReferenceImports
from receiving_desk.services.reference_import import StoreTarget
from receiving_desk.services.report_model import Drill, ReportFilter
from receiving_desk.services.reports import drill_down, run_report
from receiving_desk.services.rules_admin import RulesAdmin
from receiving_desk.services.user_admin import UserAdmin
from receiving_desk.services.weighing import WeighingService
from tests.conftest import FixedClock
from tests.fakes import RecordingPrinter
from tests.seed import CLERK, EARBUDS, RMA1, SUPERVISOR, item_code, seed

SRC = Path(__file__).resolve().parents[2] / "src" / "receiving_desk"
ADMIN = ("BADGE-A009", "909090", "Admin Test", Role.ADMIN)
LOGINS = {Role.CLERK: CLERK, Role.SUPERVISOR: SUPERVISOR, Role.ADMIN: ADMIN}


@dataclass
class World:
    services: Services
    clock: FixedClock
    receipt_id: str  # an open return of this station with one graded unit
    lpn: str

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.services.engine)

    def report_source(self) -> Any:
        from receiving_desk.adapters.station_reports import StationReports

        return StationReports(self.services.config.database_path).open_local()

    def period(self) -> ReportFilter:
        now = self.clock.now()
        return ReportFilter(Period(now - timedelta(hours=8), now + timedelta(hours=1)))


Call = Callable[[World, Session], Any]


def _report(w: World, s: Session) -> Any:
    return run_report(
        s, w.report_source(), w.period(), site="", scope="", timezone="UTC", now=w.clock.now()
    )


def _rules(w: World) -> RulesAdmin:
    def never(_path: Path, _rules: Any) -> Path:
        raise AssertionError("installed without a check")

    return RulesAdmin(w.uow, w.clock, w.services.config.rules_file or Path("x"), never)


def _users(w: World) -> UserAdmin:
    return UserAdmin(w.uow, w.services.hasher, w.clock, w.services.config.station_id)


def _bins(w: World) -> BinAdmin:
    return BinAdmin(w.uow, w.clock, StoreTarget(w.uow))


def _bin_labels(w: World) -> BinLabels:
    def never(_bins: Any) -> bytes:
        raise AssertionError("drawn without a check")

    return BinLabels(w.uow, w.clock, RecordingPrinter(), never)


def _imports(w: World) -> ReferenceImports:
    return ReferenceImports(w.clock, lambda: StoreTarget(w.uow), lambda: ())


# use case (the action its refusal is audited under) -> (permission, how to call it)
USE_CASES: dict[str, tuple[Permission, Call]] = {
    "open_parcel": (
        Permission.RECEIVE,
        lambda w, s: w.services.receiving.open_parcel(s, RMA1, None, RMA1),
    ),
    "open_blind": (Permission.RECEIVE, lambda w, s: w.services.receiving.open_blind(s, "X-1")),
    "set_aside": (
        Permission.RECEIVE,
        lambda w, s: w.services.receiving.set_aside(s, None, "X-2", "for a supervisor"),
    ),
    "record_item": (
        Permission.RECEIVE,
        lambda w, s: w.services.receiving.record_item(
            s, w.receipt_id, item_code(EARBUDS), EARBUDS.gtins[0], None, None
        ),
    ),
    "undo_last_scan": (
        Permission.RECEIVE,
        lambda w, s: w.services.receiving.undo_last_scan(s, w.receipt_id),
    ),
    "weigh": (
        Permission.RECEIVE,
        lambda w, s: WeighingService(
            w.services.uow_factory, w.services.clock, w.services.rules.weights
        ).record(s, w.receipt_id, 500),
    ),
    "cancel_unit": (
        Permission.RECEIVE,
        lambda w, s: w.services.receiving.cancel_unit(s, w.receipt_id),
    ),
    "complete": (Permission.RECEIVE, lambda w, s: w.services.receiving.complete(s, w.receipt_id)),
    "void": (
        Permission.VOID_RETURN,
        lambda w, s: w.services.receiving.void(s, w.receipt_id, "opened on the wrong RMA"),
    ),
    "answer_check": (
        Permission.RECEIVE,
        lambda w, s: w.services.inspection.answer_check(s, w.receipt_id, "seal", True),
    ),
    "pass_all_checks": (
        Permission.RECEIVE,
        lambda w, s: w.services.inspection.pass_all_checks(s, w.receipt_id),
    ),
    "toggle_condition": (
        Permission.RECEIVE,
        lambda w, s: w.services.inspection.toggle_condition(s, w.receipt_id, "scratched"),
    ),
    "add_photo": (
        Permission.RECEIVE,
        lambda w, s: w.services.inspection.add_photo(s, w.receipt_id, "a.jpg"),
    ),
    "grade": (Permission.RECEIVE, lambda w, s: w.services.inspection.grade(s, w.receipt_id, "A")),
    "override": (
        Permission.OVERRIDE_DISPOSITION,
        lambda w, s: w.services.inspection.override(
            s, w.receipt_id, Disposition.RECYCLE, "cracked case"
        ),
    ),
    "start_override": (
        Permission.OVERRIDE_DISPOSITION,
        lambda w, s: s.require(Permission.OVERRIDE_DISPOSITION, "start_override"),
    ),
    "audit_pick": (Permission.OVERRIDE_DISPOSITION, lambda w, s: w.services.audits.pick(s, w.lpn)),
    "audit_gold": (
        Permission.OVERRIDE_DISPOSITION,
        lambda w, s: w.services.audits.mark_gold(s, w.lpn, "B"),
    ),
    "audit_view": (Permission.RECEIVE, lambda w, s: w.services.audits.blind_unit(s, w.lpn)),
    "audit_grade": (
        Permission.RECEIVE,
        lambda w, s: w.services.audits.grade_blind(s, w.lpn, "B"),
    ),
    "audit_resolve": (
        Permission.OVERRIDE_DISPOSITION,
        lambda w, s: w.services.audits.resolve(s, w.lpn, "B"),
    ),
    "put_away": (
        Permission.RECEIVE,
        lambda w, s: w.services.inventory.put_away(s, [w.lpn], EARBUDS.home_bin),
    ),
    "reprint": (Permission.RECEIVE, lambda w, s: w.services.inventory.reprint(s, w.lpn)),
    "sync_now": (Permission.SYNC_NOW, lambda w, s: w.services.sync.sync_now(s)),
    "save_printers": (
        Permission.CONFIGURE_STATION,
        lambda w, s: w.services.station.save_printers(s, {}),
    ),
    "save_scanners": (
        Permission.CONFIGURE_STATION,
        lambda w, s: w.services.station.save_scanners(s, []),
    ),
    "save_scales": (
        Permission.CONFIGURE_STATION,
        lambda w, s: w.services.station.save_scales(s, []),
    ),
    "run_report": (Permission.RUN_REPORTS, _report),
    "drill_down": (
        Permission.RUN_REPORTS,
        lambda w, s: drill_down(s, w.report_source(), w.period(), Drill("units")),
    ),
    "user_added": (
        Permission.MANAGE_USERS,
        lambda w, s: _users(w).add(s, "BADGE-NEW01", "New Clerk", Role.CLERK, "246813"),
    ),
    "users_listed": (Permission.MANAGE_USERS, lambda w, s: _users(w).users(s)),
    "badge_card_printed": (
        Permission.MANAGE_USERS,
        lambda w, s: _users(w).badge_card(s, CLERK[0]),
    ),
    "user_role_changed": (
        Permission.MANAGE_USERS,
        lambda w, s: _users(w).set_role(s, CLERK[0], Role.CLERK),
    ),
    "user_deactivated": (
        Permission.MANAGE_USERS,
        lambda w, s: _users(w).deactivate(s, "BADGE-C002"),
    ),
    "user_pin_reset": (
        Permission.MANAGE_USERS,
        lambda w, s: _users(w).reset_pin(s, "BADGE-C002", "135792"),
    ),
    "bin_added": (
        Permission.MANAGE_BINS,
        lambda w, s: _bins(w).add(s, "BIN-Z-09", "open_box"),
    ),
    "bins_imported": (
        Permission.MANAGE_BINS,
        lambda w, s: _bins(w).import_file(s, Path("missing.csv"), ()),
    ),
    "reference_imported": (
        Permission.IMPORT_REFERENCE,
        lambda w, s: _imports(w).run(s, Kind.PRODUCTS, Path("missing.csv")),
    ),
    "print_test_label": (
        Permission.CONFIGURE_STATION,
        lambda w, s: w.services.station.allow_test_label(s, "file:///tmp/test-label"),
    ),
    "bins_listed": (Permission.MANAGE_BINS, lambda w, s: _bin_labels(w).bins(s)),
    "bin_labels_printed": (
        Permission.MANAGE_BINS,
        lambda w, s: _bin_labels(w).print(s, ["BIN-A-01"]),
    ),
    "rules_loaded": (
        Permission.MANAGE_RULES,
        lambda w, s: _rules(w).load(s, Path("missing-rules.toml")),
    ),
}


def guarded_in_source() -> set[str]:
    """Every action name passed to a permission check in the services."""
    found: set[str] = set()
    pattern = re.compile(r"require\(\s*(?:Permission\.\w+|TRIGGER_SYNC),\s*\"(\w+)\"")
    helper = re.compile(r"self\._allowed\(\s*session,\s*\"(\w+)\"")
    for path in (SRC / "services").rglob("*.py"):
        text = path.read_text("utf-8")
        found.update(pattern.findall(text))
        found.update(helper.findall(text))
    return found


# Permissions a role without them is not refused but asked a supervisor's approval for
# (APPROVAL_REQUIRED, audited under this action): tested by role below the matrix.
APPROVED = {Permission.REVERSE_STOCK: "undo_refused"}


def test_every_guarded_use_case_and_every_permission_is_in_the_matrix() -> None:
    assert guarded_in_source() == set(USE_CASES)
    in_matrix = {permission for permission, _ in USE_CASES.values()}
    assert in_matrix | set(APPROVED) == set(Permission) and not in_matrix & set(APPROVED)


@pytest.fixture
def world(services: Services, clock: FixedClock, fast_hasher: Any) -> Iterator[World]:
    seed(services.uow_factory, fast_hasher, clock.now())
    with services.uow_factory() as uow:
        badge, pin, name, role = ADMIN
        uow.users.add(User(f"U-{badge}", badge, name, role, fast_hasher.hash(pin)))
        uow.commit()
    clerk = services.auth.login(CLERK[0], CLERK[1])
    receipt = services.receiving.open_parcel(clerk, RMA1, None, RMA1)
    services.receiving.record_item(
        clerk, receipt.id, item_code(EARBUDS), EARBUDS.gtins[0], None, None
    )
    services.inspection.pass_all_checks(clerk, receipt.id)
    unit = services.inspection.grade(clerk, receipt.id, "A")
    assert unit.lpn is not None
    yield World(services, clock, receipt.id, unit.lpn)


def _refusals(w: World) -> list[Any]:
    with w.services.engine.connect() as conn:
        return list(
            conn.execute(select(t.audit_log).where(t.audit_log.c.action == "refused")).mappings()
        )


CASES = [
    pytest.param(use_case, role, id=f"{use_case}-{role.value}")
    for use_case in USE_CASES
    for role in Role
]


@pytest.mark.parametrize(("use_case", "role"), CASES)
def test_use_case_by_role(world: World, use_case: str, role: Role) -> None:
    permission, call = USE_CASES[use_case]
    allowed = permission in ROLE_PERMISSIONS[role]  # the table decides, not this test
    badge, pin, _name, _role = LOGINS[role]
    session = world.services.auth.login(badge, pin)
    world.clock.advance(minutes=1)
    before = len(_refusals(world))
    try:
        call(world, session)
    except DeskError as error:
        assert error.code is not ErrorCode.PERMISSION_DENIED or not allowed, error
        if not allowed:
            assert error.code is ErrorCode.PERMISSION_DENIED
            assert error.params == {"permission": permission.value, "role": role.value}
    except (OSError, ValueError) as error:  # a file the call names is missing: past the check
        assert allowed, f"{use_case} by a {role.value} was not refused: {error!r}"
    else:
        assert allowed, f"{use_case} by a {role.value} was not refused"
    refusals = _refusals(world)[before:]
    if allowed:
        assert refusals == []
        return
    (entry,) = refusals
    assert entry["user_id"] == session.user_id  # who
    assert entry["details"]["action"] == use_case  # what
    assert entry["details"]["permission"] == permission.value
    assert entry["details"]["role"] == role.value
    assert entry["station_id"] == world.services.config.station_id  # which desk
    assert entry["at"].replace(tzinfo=None) == world.clock.now().replace(tzinfo=None)  # when


def _audited(w: World, action: str) -> list[Any]:
    with w.services.engine.connect() as conn:
        query = select(t.audit_log).where(t.audit_log.c.action == action)
        return list(conn.execute(query).mappings())


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
def test_undoing_a_labelled_unit_by_role(world: World, role: Role) -> None:
    """REVERSE_STOCK, from the same table: a role with it undoes a labelled unit alone; a
    role without it is asked for a supervisor's approval, and that refusal is audited."""
    with world.uow() as uow:
        assert uow.inventory.label_issued(world.lpn)  # the label job written with the grade
    session = world.services.auth.login(*LOGINS[role][:2])
    if Permission.REVERSE_STOCK in ROLE_PERMISSIONS[role]:
        assert world.services.receiving.undo_last_scan(session, world.receipt_id).lpn == world.lpn
        assert _audited(world, APPROVED[Permission.REVERSE_STOCK]) == []
        return
    with pytest.raises(DeskError) as refused:
        world.services.receiving.undo_last_scan(session, world.receipt_id)
    assert refused.value.code is ErrorCode.APPROVAL_REQUIRED
    assert refused.value.params["why"] == "label_printed"
    (entry,) = _audited(world, APPROVED[Permission.REVERSE_STOCK])
    assert entry["user_id"] == session.user_id


def test_a_supervisor_demoted_after_login_needs_approval_to_undo_a_labelled_unit(
    world: World,
) -> None:
    """The undo decides on the role as the store has it now, not the one held at login."""
    session = world.services.auth.login(*SUPERVISOR[:2])
    with world.services.uow_factory() as uow:
        user = uow.users.get(session.user_id)
        assert user is not None
        user.role = Role.CLERK  # e.g. arriving with the next pull
        uow.users.save(user)
        uow.commit()
    with pytest.raises(DeskError) as refused:
        world.services.receiving.undo_last_scan(session, world.receipt_id)
    assert refused.value.code is ErrorCode.APPROVAL_REQUIRED
    (entry,) = _audited(world, APPROVED[Permission.REVERSE_STOCK])
    assert entry["user_id"] == session.user_id

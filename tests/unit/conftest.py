"""A desk over in-memory fakes, for the unit tests of the use cases."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from receiving_desk.bootstrap import default_rules_path
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.services.approval import ApprovalService
from receiving_desk.services.auth import AuthService
from receiving_desk.services.desk import Desk
from receiving_desk.services.desk_view import Step
from receiving_desk.services.inspection import InspectionService
from receiving_desk.services.inventory import InventoryService
from receiving_desk.services.receiving import ReceivingService
from tests.conftest import FixedClock
from tests.fakes import FakeStore, FakeUnitOfWork, RecordingPrinter
from tests.seed import seed


class PlainHasher:
    """Fake hasher: the argon2 adapter has its own tests."""

    def hash(self, pin: str) -> str:
        return "h:" + pin

    def verify(self, pin_hash: str, pin: str) -> bool:
        return pin_hash == "h:" + pin


@pytest.fixture
def store(clock: FixedClock) -> FakeStore:
    store = FakeStore()
    seed(lambda: FakeUnitOfWork(store), PlainHasher(), clock.now())
    return store


def make_desk(store: FakeStore, clock: FixedClock, station: str = "S1") -> Desk:
    def uow() -> FakeUnitOfWork:
        return FakeUnitOfWork(store)

    rules = load_rules(default_rules_path())
    auth = AuthService(uow, PlainHasher(), clock, station)
    printer = RecordingPrinter()
    inspection = InspectionService(uow, rules, clock, ZoneInfo("Europe/Berlin"), printer)
    inventory = InventoryService(uow, clock, printer)
    approvals = ApprovalService(uow, auth, clock, station)
    receiving = ReceivingService(uow, clock)
    return Desk(uow, auth, receiving, inspection, inventory, station, approvals=approvals)


def login(desk: Desk, badge: str = "BADGE-C001", pin: str = "111111") -> None:
    assert desk.scan(badge).view.step is Step.ENTER_PIN
    desk.submit_pin(pin)

"""A rules change whose effect shows at the desk: the shipped file with a new version, grade A
opened electronics sent to refurbishment (not restocked open-box) and electronics weighed to
80 % (not 8 %); the seed's clerk grading earbuds A; an administrator beside the seed's users."""

from __future__ import annotations

import re
from pathlib import Path

from receiving_desk.bootstrap import Services
from receiving_desk.domain.ports import UnitOfWork
from receiving_desk.domain.receipt import Inspection
from receiving_desk.domain.users import Role, User
from receiving_desk.resources import resource
from tests.seed import CLERK, EARBUDS, item_code

SHIPPED = resource("rules", "returns.toml")
SHIPPED_VERSION = re.search(r'^version = "([^"]+)"', SHIPPED.read_text("utf-8"), re.M).group(1)  # type: ignore[union-attr]
NEW_VERSION = "2099.03-1"
ADMIN = ("BADGE-A901", "909090")


def new_rules(folder: Path) -> Path:
    """The shipped file, but opened electronics of grade A go to refurbishment and
    electronics are weighed to 80 % instead of 8 %."""
    text = SHIPPED.read_text("utf-8").replace(
        f'version = "{SHIPPED_VERSION}"', f'version = "{NEW_VERSION}"'
    )
    before = 'id = "A-electronics"\ngrade = "A"\ncategory = "electronics"\n'
    before += 'disposition = "restock_open_box"'
    assert before in text and "\nelectronics = 8 " in text
    text = text.replace(before, before.replace("restock_open_box", "refurbish"), 1)
    text = text.replace("\nelectronics = 8 ", "\nelectronics = 80 ", 1)
    path = folder / "site-rules.toml"
    path.write_text(text, "utf-8")
    return path


def grade_earbuds(services: Services, receipt_id: str) -> Inspection:
    """The seed's clerk receives earbuds into the open parcel and grades them A."""
    clerk = services.auth.login(CLERK[0], CLERK[1])
    services.receiving.record_item(
        clerk, receipt_id, item_code(EARBUDS), EARBUDS.gtins[0], None, None
    )
    services.inspection.pass_all_checks(clerk, receipt_id)
    unit = services.inspection.grade(clerk, receipt_id, "A")
    assert unit.inspection is not None
    return unit.inspection


def add_admin(uow: UnitOfWork, services: Services) -> None:
    uow.users.add(User("U-A901", ADMIN[0], "Mina Park", Role.ADMIN, services.hasher.hash(ADMIN[1])))
    uow.commit()

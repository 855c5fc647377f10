"""The blind audit on the real window: a sampled unit's second clerk sees the unit and its
questions, never its first grade or disposition, and grades it with the scanner."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.pepper import create_pepper
from receiving_desk.adapters.security import Argon2PinHasher
from receiving_desk.adapters.store.tables import audit_log
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.domain.audit_sampling import AuditSettings
from receiving_desk.gui.app import create_window
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.gui.messages import disposition_text
from receiving_desk.services.desk_view import Step
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.seed import CLERK, CLERK2, EARBUDS, RMA1, SUPERVISOR, item_code, seed


@pytest.fixture
def audited(
    station_config: StationConfig, clock: FixedClock, fast_hasher: Argon2PinHasher
) -> Iterator[Services]:
    assert station_config.source is not None
    create_pepper(station_config.source.parent / "pepper")
    config = dataclasses.replace(station_config, audit=AuditSettings(enabled=True, percent=100))
    services = bootstrap(config, clock=clock, hasher=fast_hasher)
    seed(services.uow_factory, services.hasher, clock.now())
    yield services
    services.close()


@pytest.fixture
def audit_window(audited: Services, qtbot: QtBot) -> Iterator[MainWindow]:
    win = create_window(audited.desk_app())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.receiving.current is not None)
    yield win
    win.close()


def shown_texts(root: QWidget) -> str:
    """Every text a person can read on the window now."""
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    return "\n".join(texts)


def test_the_second_clerk_grades_blind(audit_window: MainWindow, qtbot: QtBot) -> None:
    clerk = Clerk(audit_window, qtbot)
    clerk.login(CLERK[0], CLERK[1])
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))
    clerk.scan("CMD-CHK-ALL-OK")
    clerk.scan("CMD-GRADE-A")
    graded = clerk.view.current
    assert graded is not None and graded.parcel is not None
    unit = graded.parcel.units[-1]
    assert unit.lpn is not None and unit.disposition is not None
    first_disposition = disposition_text(unit.disposition)
    assert first_disposition in shown_texts(audit_window)  # shown to the first clerk
    clerk.scan("CMD-COMPLETE")
    clerk.scan("CMD-CONFIRM")
    clerk.scan("CMD-LOGOUT")

    clerk.login(CLERK2[0], CLERK2[1])
    clerk.scan(unit.lpn)
    view = clerk.view.current
    assert view is not None and view.step is Step.AUDIT_GRADE
    shown = shown_texts(audit_window)
    assert "Blind audit" in shown and unit.lpn in shown and EARBUDS.description in shown
    assert first_disposition not in shown
    assert "Grade A" not in shown and unit.grade == "A"

    clerk.scan("CMD-GRADE-B")
    assert "a supervisor decides" in clerk.banner
    after = clerk.view.current
    assert after is not None and after.step is Step.SCAN_PARCEL


def test_a_supervisor_sets_the_final_grade_at_the_clerks_desk_by_scans(
    audit_window: MainWindow, audited: Services, qtbot: QtBot
) -> None:
    """Scans only: the disputed unit asks for a supervisor, a clerk's badge is refused (on
    screen, audited), the supervisor's badge and PIN open it for their final grade with the
    clerk still logged in, and the grade scan settles it."""
    clerk = Clerk(audit_window, qtbot)
    ui = audit_window.receiving.ui
    clerk.login(CLERK[0], CLERK[1])
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))
    clerk.scan("CMD-CHK-ALL-OK")
    clerk.scan("CMD-GRADE-A")
    graded = clerk.view.current
    assert graded is not None and graded.parcel is not None
    lpn = graded.parcel.units[-1].lpn
    assert lpn is not None
    clerk.scan("CMD-COMPLETE")
    clerk.scan("CMD-CONFIRM")
    clerk.scan("CMD-LOGOUT")
    clerk.login(CLERK2[0], CLERK2[1])
    clerk.scan(lpn)
    clerk.scan("CMD-GRADE-D")
    assert "a supervisor decides" in clerk.banner

    clerk.scan(lpn)  # the disputed unit again, at the clerk's desk
    assert clerk.banner.startswith(f"The grades of {lpn} ({EARBUDS.sku}) differ")
    assert ui.stepLabel.text() == "Supervisor approval: a supervisor scans their badge"
    assert "a supervisor sets the final grade" in ui.nextLabel.text()
    assert "The clerk stays logged in" in ui.nextLabel.text()

    clerk.scan(CLERK[0])  # a clerk's badge cannot approve
    clerk.scan(CLERK[1])
    assert clerk.banner_state == "error" and "not allowed" in clerk.banner.lower()
    assert ui.stepLabel.text() == "Supervisor approval: a supervisor scans their badge"

    clerk.scan(SUPERVISOR[0])
    assert ui.scanInput.echoMode() == ui.scanInput.EchoMode.Password
    clerk.scan(SUPERVISOR[1])
    assert clerk.banner == (
        f"Final grade of {lpn} ({EARBUDS.sku}), approved by {SUPERVISOR[2]}: scan the grade"
    )
    view = clerk.view.current
    assert view is not None and view.step is Step.AUDIT_GRADE
    assert view.session is not None and view.session.user_id == f"U-{CLERK2[0]}"
    assert ui.stepLabel.text().startswith("Final grade: scan the grade the unit keeps")
    assert f"Final grade, set by {SUPERVISOR[2]} (audited)" in shown_texts(audit_window)
    shown = shown_texts(audit_window)  # the question is settled now: both grades, by whom
    assert f"First grade: A ({CLERK[2]})" in shown and f"Blind grade: D ({CLERK2[2]})" in shown
    assert SUPERVISOR[1] not in shown_texts(audit_window)

    buttons = {b.text()[0]: b for b in audit_window.receiving._grade_buttons.values()}
    assert buttons["C"].isEnabled()  # the mouse may give it too; the scan does here
    clerk.scan("CMD-GRADE-C")
    assert clerk.banner == f"Final grade of {lpn} set (audited): its label is printing"
    with audited.uow_factory() as uow:
        resolution = uow.audits.resolution(lpn)
        on_hand = uow.inventory.on_hand(lpn=lpn)
    assert resolution is not None and resolution.final_grade == "C"
    assert resolution.resolved_by == f"U-{SUPERVISOR[0]}"
    assert resolution.approved_for == f"U-{CLERK2[0]}"
    assert {grade: qty for (_, _, grade), qty in on_hand.items()} == {"C": 1}
    with audited.engine.connect() as conn:
        refused = conn.execute(
            select(audit_log.c.user_id, audit_log.c.details).where(
                audit_log.c.action == "approval_refused"
            )
        ).one()
    assert refused.user_id == f"U-{CLERK2[0]}" and refused.details["refused"] == "role"

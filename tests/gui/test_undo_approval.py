"""The real window, driven through a real pty scanner: a clerk's undo of a labelled unit waits
for a supervisor; the screen says so and what to do; the supervisor's badge scan and PIN
approve it without taking over the clerk's session; the stock is reversed; the PIN is
neither shown nor journaled."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.services.desk_view import Step
from tests.gui.conftest import Clerk, send
from tests.seed import CLERK, EARBUDS, RMA1, SUPERVISOR, item_code


def test_a_supervisor_approves_an_undo_at_the_clerks_desk_by_badge_and_pin(
    pty_window: MainWindow, pty_services: Services, scanner: VirtualScanner, qtbot: QtBot
) -> None:
    win, view = pty_window, pty_window.receiving
    ui = view.ui
    clerk = Clerk(win, qtbot)
    send(scanner, win, qtbot, CLERK[0], "]C0")
    clerk.scan(CLERK[1])
    send(scanner, win, qtbot, RMA1, "]C0")
    send(scanner, win, qtbot, item_code(EARBUDS), "]E0")
    send(scanner, win, qtbot, "CMD-GRADE-A", "]C0")  # its label goes to the printer
    assert pty_services.inventory.stock(sku=EARBUDS.sku) == {(EARBUDS.sku, "BIN-STAGE-01", "A"): 1}

    send(scanner, win, qtbot, "CMD-UNDO", "]C0")
    assert clerk.banner.startswith("Unit 1 (EL-00001) already has its label")
    assert clerk.banner_state == "warn"
    assert ui.stepLabel.text() == "Supervisor approval: a supervisor scans their badge"
    assert ui.nextLabel.isVisible()
    assert "Undo of unit 1 (EL-00001, LPN" in ui.nextLabel.text()
    assert "remove the label before approving" in ui.nextLabel.text()

    send(scanner, win, qtbot, SUPERVISOR[0], "]C0")
    assert ui.stepLabel.text() == (
        "Supervisor approval: the supervisor enters their PIN, then Enter"
    )
    assert ui.scanInput.echoMode() == ui.scanInput.EchoMode.Password
    clerk.scan(SUPERVISOR[1])
    assert clerk.banner == (
        f"Scan undone: unit 1 (EL-00001), approved by {SUPERVISOR[2]} (audited)"
    )
    assert SUPERVISOR[1] not in ui.lastScanLabel.text()
    current = view.current
    assert current is not None and current.step is Step.SCAN_ITEM
    assert current.session is not None and current.session.user_id == f"U-{CLERK[0]}"
    assert pty_services.inventory.stock(sku=EARBUDS.sku) == {}  # reversed, not deleted

    with pty_services.engine.connect() as conn:
        journal = list(conn.execute(select(tables.scan_journal.c.data)).scalars())
        audit = conn.execute(
            select(tables.audit_log.c.action, tables.audit_log.c.user_id).order_by(
                tables.audit_log.c.at, tables.audit_log.c.id
            )
        ).all()
        reasons = list(
            conn.execute(
                select(tables.stock_movements.c.reason).order_by(tables.stock_movements.c.seq)
            ).scalars()
        )
    assert SUPERVISOR[0] in journal and SUPERVISOR[1] not in journal
    assert CLERK[1] not in journal
    actions = {(a, u) for a, u in audit}
    assert ("undo_refused", f"U-{CLERK[0]}") in actions
    assert ("approval_granted", f"U-{CLERK[0]}") in actions
    assert ("scan_undone", f"U-{CLERK[0]}") in actions
    assert ("login", f"U-{SUPERVISOR[0]}") not in actions  # approved, never logged in
    assert reasons == ["received", "reversed"]

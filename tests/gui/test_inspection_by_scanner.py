"""Issue flows driven through a real pty scanner and command barcodes only (the PIN is the one
thing typed): reconciliation flags, loyalty leniency, a supervisor override, an unexpected
parcel resolved by the item's serial number."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.scanners.simulator import VirtualScanner
from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from receiving_desk.services.desk_view import Step
from tests.gui.conftest import Clerk, send
from tests.seed import CREAM, EARBUDS, JACKET, RMA1, RMA2, RMA3, SOLD_SERIAL, item_code


def login(scanner: VirtualScanner, win: MainWindow, qtbot: QtBot, badge: str, pin: str) -> Clerk:
    clerk = Clerk(win, qtbot)
    send(scanner, win, qtbot, badge, "]C0")
    clerk.scan(pin)
    return clerk


def flags_of(services: Services, rma: str) -> list[tuple[str, Any, Any]]:
    with services.engine.connect() as conn:
        rows = conn.execute(
            select(
                tables.receipt_flags.c.kind,
                tables.receipt_flags.c.line_no,
                tables.receipt_flags.c.evidence,
            )
            .join(tables.receipts)
            .where(tables.receipts.c.rma_number == rma)
            .order_by(tables.receipt_flags.c.id)
        ).all()
    return [tuple(r) for r in rows]


def test_wrong_item_and_missing_item(
    pty_window: MainWindow, pty_services: Services, scanner: VirtualScanner, qtbot: QtBot
) -> None:
    win, ui = pty_window, pty_window.receiving.ui
    clerk = login(scanner, win, qtbot, "BADGE-C001", "111111")
    send(scanner, win, qtbot, RMA1, "]C0")
    send(scanner, win, qtbot, item_code(CREAM), "]E0")  # face cream: not what was declared
    assert clerk.banner_state == "error"
    assert "Wrong item on line 1: declared EL-00001, received BT-00003" in ui.flagsLabel.text()
    send(scanner, win, qtbot, "CMD-CHK-ALL-OK", "]C0")
    send(scanner, win, qtbot, "CMD-GRADE-A", "]C0")
    send(scanner, win, qtbot, "CMD-COMPLETE", "]C0")
    # Discrepancies: completing asks (amber), the command barcode says yes.
    assert clerk.banner == "Discrepancies: complete anyway?" and clerk.banner_state == "warn"
    assert "Complete with 2 discrepancies?" in ui.nextLabel.text()
    send(scanner, win, qtbot, "CMD-CONFIRM", "]C0")
    assert clerk.banner == f"Return {RMA1} completed (1 unit) — 2 discrepancy flags"
    assert clerk.banner_state == "warn"  # amber, never green
    assert flags_of(pty_services, RMA1) == [
        (
            "wrong_item",
            1,
            {
                "declared_sku": EARBUDS.sku,
                "received_sku": CREAM.sku,
                "received_code": item_code(CREAM),
            },
        ),
        ("missing_item", 2, {"sku": "HM-00002", "declared": 1, "received": 0}),
    ]


def test_gold_customer_late_return_accepted_by_leniency(
    pty_window: MainWindow, pty_services: Services, scanner: VirtualScanner, qtbot: QtBot
) -> None:
    win, ui = pty_window, pty_window.receiving.ui
    clerk = login(scanner, win, qtbot, "BADGE-C001", "111111")
    send(scanner, win, qtbot, RMA3, "]C0")
    assert ui.windowValue.text() == ("Late: day 50 of 45, accepted by loyalty leniency (+14)")
    # The unit carries the serial sold (GS1-128 with AI 21): no serial mismatch.
    send(scanner, win, qtbot, f"01{EARBUDS.gtins[0]}21{SOLD_SERIAL}", "]C1")
    send(scanner, win, qtbot, "CMD-CHK-ALL-OK", "]C0")
    send(scanner, win, qtbot, "CMD-GRADE-B", "]C0")
    assert ui.refundLabel.text() == "Refund: full"
    assert "Accepted by the Gold tier's leniency: day 50 of 45 (+14)" in ui.whyLabel.text()
    send(scanner, win, qtbot, "CMD-COMPLETE", "]C0")
    assert clerk.banner == "Discrepancies: complete anyway?"  # a late return is flagged
    send(scanner, win, qtbot, "CMD-CONFIRM", "]C0")
    assert clerk.banner.startswith(f"Return {RMA3} completed (1 unit)")
    assert [k for k, _, _ in flags_of(pty_services, RMA3)] == ["accepted_by_leniency"]


def test_supervisor_override_by_command_barcodes(
    pty_window: MainWindow, pty_services: Services, scanner: VirtualScanner, qtbot: QtBot
) -> None:
    win, ui = pty_window, pty_window.receiving.ui
    clerk = login(scanner, win, qtbot, "BADGE-C001", "111111")
    send(scanner, win, qtbot, RMA2, "]C0")
    send(scanner, win, qtbot, "0" + item_code(JACKET), "]E0")  # a UPC-A, as ]E0 sends it
    send(scanner, win, qtbot, "CMD-GRADE-B", "]C0")
    proposed = ui.dispositionLabel.text()
    send(scanner, win, qtbot, "CMD-OVERRIDE-RESTOCK-OPEN-BOX", "]C0")  # a clerk may not
    assert clerk.banner == "Not allowed for your role (clerk): ask a supervisor"
    send(scanner, win, qtbot, "CMD-LOGOUT", "]C0")

    clerk = login(scanner, win, qtbot, "BADGE-S001", "222222")  # the return resumes
    assert ui.dispositionLabel.text() == proposed
    qtbot.wait(250)  # the same barcode again within 200 ms would be a duplicate read
    send(scanner, win, qtbot, "CMD-OVERRIDE-RESTOCK-OPEN-BOX", "]C0")
    assert win.receiving.current is not None
    assert win.receiving.current.step is Step.OVERRIDE_REASON
    send(scanner, win, qtbot, "CMD-REASON-MISGRADED", "]C0")
    assert clerk.banner == "Unit 1 overridden to Restock as open box (audited)"
    assert ui.dispositionLabel.text().startswith("Unit 1 (grade B): Restock as open box (over")
    with pty_services.engine.connect() as conn:
        inspection = conn.execute(select(tables.inspections)).mappings().one()
        audit = conn.execute(
            select(tables.audit_log.c.user_id, tables.audit_log.c.details).where(
                tables.audit_log.c.action == "disposition_overridden"
            )
        ).one()
    assert inspection["disposition"] != "restock_open_box"  # the proposal is kept ...
    assert inspection["override_disposition"] == "restock_open_box"  # ... beside the override
    assert inspection["override_reason"] == "grade does not reflect the item's real condition"
    assert audit.user_id == "U-BADGE-S001"
    assert audit.details["chosen"] == "restock_open_box"
    assert audit.details["proposed"] == inspection["disposition"]


def test_unexpected_parcel_resolved_by_the_items_serial(
    pty_window: MainWindow, pty_services: Services, scanner: VirtualScanner, qtbot: QtBot
) -> None:
    win, ui = pty_window, pty_window.receiving.ui
    clerk = login(scanner, win, qtbot, "BADGE-C001", "111111")
    send(scanner, win, qtbot, "1Z879E930346834440", "]C0")  # a valid UPS number, no RMA
    assert clerk.banner == "No return authorization for 1Z879E930346834440"
    assert clerk.banner_state == "error"
    assert win.receiving.current is not None
    assert win.receiving.current.step is Step.UNEXPECTED
    send(scanner, win, qtbot, f"01{EARBUDS.gtins[0]}21{SOLD_SERIAL}", "]C1")
    assert ui.rmaValue.text() == RMA3
    assert ui.unitsTable.rowCount() == 1 and ui.unitsTable.item(0, 1).text() == EARBUDS.sku
    send(scanner, win, qtbot, "CMD-GRADE-A", "]C0")
    send(scanner, win, qtbot, "CMD-COMPLETE", "]C0")
    send(scanner, win, qtbot, "CMD-CONFIRM", "]C0")  # late: flagged, so confirmed
    with pty_services.engine.connect() as conn:
        receipt = conn.execute(select(tables.receipts)).mappings().one()
    assert (receipt["rma_number"], receipt["status"]) == (RMA3, "completed")
    assert receipt["scanned_code"] == "1Z879E930346834440"

"""The README's demo tour, step by step, as a reader does it: a demo store made by the
`demo` command, the real window offscreen, the scans and keys the README gives (read from the
README itself, so the two cannot drift apart), and a restart with `demo --keep`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import Services, bootstrap
from receiving_desk.config import StationConfig
from receiving_desk.gui.app import create_window
from receiving_desk.gui.main_window import MainWindow
from tests.gui.conftest import Clerk

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def section(start: str, end: str) -> str:
    return README[README.index(start) : README.index(end, README.index(start))]


def tour_steps() -> list[list[str]]:
    """The codes of each row of the README's walk-through table."""
    table = section("A whole return, from login to completion:", "Command barcodes (")
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    return [re.findall(r"`([^`]+)`", row.split("|")[1]) for row in rows]


def codes_in(text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", text)


def on_screen(window: MainWindow) -> str:
    """Every text the clerk can see in the receiving view: labels and table cells."""
    parts = [w.text() for w in window.receiving.findChildren(QLabel) if w.isVisible()]
    for table in window.receiving.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for col in range(table.columnCount()):
                item = table.item(row, col)
                if item is not None:
                    parts.append(item.text())
    return "\n".join(parts)


def demo_cli(data: Path, tmp_path: Path, *args: str) -> str:
    env = {
        **os.environ,
        "RECEIVING_DESK_CONFIG": "",
        "RECEIVING_DESK_LOG_DIR": str(tmp_path / "logs"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "receiving_desk", "--data-dir", str(data), "demo", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


class Desk:
    """The demo desk the way `receiving-desk demo` opens it (its own clock, real PINs)."""

    def __init__(self, data: Path, qtbot: QtBot) -> None:
        config = StationConfig(
            station_id="DEMO-01",
            data_dir=data,
            log_dir=data / "logs",
            sound=False,
            source=data / "station.toml",
        )
        self.services: Services = bootstrap(config)
        self.window = create_window(self.services.desk_app())
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitUntil(lambda: self.window.receiving.current is not None)
        self.clerk = Clerk(self.window, qtbot)

    def close(self) -> None:
        self.window.close()
        self.services.close()

    def status_of(self, rma: str) -> list[str]:
        with self.services.engine.connect() as conn:
            return list(
                conn.execute(
                    select(t.receipts.c.status).where(t.receipts.c.rma_number == rma)
                ).scalars()
            )


@pytest.fixture
def demo_store(tmp_path: Path) -> Path:
    data = tmp_path / "demo"
    assert "200 products, 60 customers, 100 rmas, 4 users" in demo_cli(data, tmp_path, "--no-gui")
    return data


@pytest.fixture
def desk(demo_store: Path, qtbot: QtBot) -> Iterator[Desk]:
    opened = Desk(demo_store, qtbot)
    yield opened
    opened.close()


def test_the_walk_through_and_the_things_to_try(desk: Desk) -> None:
    clerk, window = desk.clerk, desk.window
    steps = tour_steps()
    assert steps == [
        ["BADGE-C001", "111111"],
        ["RMA-2026-000001"],
        ["9506000000015"],
        ["1"],
        ["9506000000046"],
        ["3"],
        ["F12", "CMD-COMPLETE"],
    ]
    clerk.login(*steps[0])
    assert clerk.banner == "Welcome, Ana Lima"
    clerk.scan(steps[1][0])
    assert clerk.banner == "Return RMA-2026-000001 opened"
    shown = on_screen(window)
    assert "Gold" in shown and "day 6 of 45" in shown  # a gold customer, inside the window
    clerk.scan(steps[2][0])
    assert clerk.banner == "Unit 1: EL-00001 — matched"
    assert "Wireless earbuds" in on_screen(window)
    clerk.hotkey(steps[3][0])
    assert clerk.banner == "Unit 1 graded A"
    shown = on_screen(window)
    assert "Restock as open box" in shown and "A-electronics" in shown
    # Put-away, as the README's put-away section suggests right here.
    assert "try after grading the earbuds of RMA-2026-000001: `BIN-OB-01`" in " ".join(
        README.split()
    )
    clerk.scan("BIN-OB-01")
    assert clerk.banner == "1 unit put away in BIN-OB-01"
    clerk.scan(steps[4][0])
    assert clerk.banner == "Unit 2: HM-00004 — matched"
    assert "Ceramic mug set" in on_screen(window)
    clerk.hotkey(steps[5][0])
    shown = on_screen(window)
    assert "Liquidate" in shown and "C-any" in shown
    clerk.key(Qt.Key.Key_F12)
    assert clerk.banner.startswith("Return RMA-2026-000001 completed (2 units)")
    assert desk.status_of("RMA-2026-000001") == ["completed"]

    # "Then try, in this order": the codes and keys the README lists, as it lists them.
    tries = codes_in(section("Then try, in this order:", "Close the app"))
    assert tries == [
        "1ZE5FJJU0359213406",
        "5901234123458",
        "HELLO",
        "614140000068",
        "Ctrl+Z",
        "CMD-UNDO",
        "Ctrl+Shift+V",
        "CMD-LOGOUT",
        "BADGE-S001",
        "222222",
        "CMD-LOGOUT",
    ]
    clerk.scan(tries[0])
    assert clerk.banner == "Return RMA-2026-000004 opened"
    clerk.scan(tries[1])
    assert clerk.banner.startswith("Check digit wrong — rescan: 5901234123458")
    assert clerk.banner_state == "error"
    clerk.scan(tries[2])
    assert clerk.banner == "Item not in the catalog: HELLO" and clerk.banner_state == "error"
    clerk.scan(tries[3])
    assert clerk.banner == "Unit 1: BT-00006 — not on the RMA"
    assert "Face cream" in on_screen(window)
    clerk.key(Qt.Key.Key_Z, CTRL)
    assert clerk.banner == "Scan undone: unit 1 (BT-00006)"

    def void(reason: str) -> None:
        # Offscreen there is no window manager to give the window back its focus after the
        # first dialog closed (a desktop does): do what it does.
        window.activateWindow()
        clerk.qtbot.waitUntil(window.isActiveWindow)
        clerk.key(Qt.Key.Key_V, CTRL_SHIFT)
        dialog = window.void_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.setTextValue(reason)
        dialog.accept()
        clerk.settle()

    assert not window.ui.actionVoid.isEnabled()  # not offered to a clerk
    clerk.key(Qt.Key.Key_V, CTRL_SHIFT)
    assert window.void_dialog is None and clerk.banner == "Scan undone: unit 1 (BT-00006)"
    clerk.scan(tries[7])
    assert clerk.banner == "Logged out"
    clerk.login(tries[8], tries[9])
    assert clerk.banner.startswith("Welcome, Ольга Петрова — return RMA-2026-000004 resumed")
    void("customer called")
    assert clerk.banner == "Return RMA-2026-000004 voided"
    assert desk.status_of("RMA-2026-000004") == ["voided"]
    clerk.scan(tries[10])
    assert clerk.banner == "Logged out"


@pytest.mark.parametrize(
    ("look_up", "rma"),
    [
        ("SO-2026-100039", "RMA-2026-000003"),
        ("C00048", "RMA-2026-000041"),
        ("SN000021", "RMA-2026-000002"),
    ],
)
def test_no_rma_found_is_never_a_dead_end(desk: Desk, look_up: str, rma: str) -> None:
    text = section("**No RMA found** is never a dead end.", "**Command barcodes**")
    unknown = "1Z999AA10123456784"
    assert f"`{unknown}`" in text and f"`{look_up}`" in text and rma in text
    clerk = desk.clerk
    clerk.login()
    clerk.scan(unknown)
    assert clerk.banner == f"No return authorization for {unknown}"
    clerk.scan(look_up)
    assert clerk.banner == f"Return {rma} opened"
    assert "`CMD-SET-ASIDE`" in text
    clerk.scan("CMD-SET-ASIDE")
    assert clerk.banner == f"Parcel {rma} set aside for a supervisor"


def test_a_return_closed_midway_reopens_after_demo_keep(
    demo_store: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    text = section("Close the app in the middle of a return", "Keys:")
    rma, item = codes_in(text)[:2]
    assert "receiving-desk demo --keep" in " ".join(text.split())
    first = Desk(demo_store, qtbot)
    try:
        first.clerk.login()
        first.clerk.scan(rma)
        first.clerk.scan(item)
        assert first.clerk.banner == "Unit 1: BK-00063 — matched"
    finally:
        first.close()  # the app is closed mid-return
    demo_cli(demo_store, tmp_path, "--keep", "--no-gui")  # keeps the store as it was
    again = Desk(demo_store, qtbot)
    try:
        again.clerk.login()
        assert again.clerk.banner == f"Welcome, Ana Lima — return {rma} resumed where it stopped"
        assert again.status_of(rma) == ["open"]
    finally:
        again.close()
    demo_cli(demo_store, tmp_path, "--no-gui")  # without --keep: a fresh demo store
    fresh = Desk(demo_store, qtbot)
    try:
        assert fresh.status_of(rma) == []
    finally:
        fresh.close()

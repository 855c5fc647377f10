"""`receiving-desk admin rules load`, run as its own process beside a running desk (real
window, offscreen; the same data folder and station file): the desk puts the new version in
force without a restart — its banner says "Rules version X in force", its next grade decides
with them — and the load is audited once, by the command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.store import tables as t
from receiving_desk.bootstrap import bootstrap
from receiving_desk.config import load_config
from receiving_desk.domain.rules import Disposition
from receiving_desk.gui.app import create_window
from tests.conftest import FixedClock
from tests.rules_change import ADMIN, NEW_VERSION, add_admin, grade_earbuds, new_rules
from tests.seed import CLERK, RMA1, seed

SRC = Path(__file__).resolve().parents[2] / "src"


def test_a_load_from_the_command_line_is_in_force_in_the_running_desk(
    qtbot: QtBot, clock: FixedClock, tmp_path: Path
) -> None:
    station, data = tmp_path / "station.toml", tmp_path / "data"
    station.write_text('[station]\nstation_id = "RUL-03"\nsound = false\n', "utf-8")
    services = bootstrap(load_config(station, data), clock=clock)  # the site's pepper, as the CLI
    try:
        seed(services.uow_factory, services.hasher, clock.now())
        with services.uow_factory() as uow:
            add_admin(uow, services)
        window = create_window(services.desk_app())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.receiving.current is not None)
        banner = window.receiving.ui.bannerLabel

        done = subprocess.run(
            [sys.executable, "-m", "receiving_desk", "--config", str(station), "--data-dir",
             str(data), "admin", "--as", ADMIN[0], "rules", "load", str(new_rules(tmp_path))],
            input=f"{ADMIN[1]}\n", env={**os.environ, "PYTHONPATH": str(SRC)},
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr

        qtbot.waitUntil(
            lambda: banner.text() == f"Rules version {NEW_VERSION} in force", timeout=10000
        )
        assert services.rules.version == NEW_VERSION
        clerk = services.auth.login(CLERK[0], CLERK[1])
        receipt = services.receiving.open_parcel(clerk, RMA1, None, RMA1)
        decision = grade_earbuds(services, receipt.id).decision
        assert (decision.disposition, decision.rule_version) == (Disposition.REFURBISH, NEW_VERSION)
        with services.engine.connect() as conn:
            query = select(t.audit_log.c.action).where(t.audit_log.c.subject == "rules")
            assert list(conn.execute(query).scalars()) == ["rules_loaded"]
        window.close()
    finally:
        services.close()

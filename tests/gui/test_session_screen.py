"""On screen: the idle warning and the idle logout (the desk's clock moved, no waiting), and
a change of user said out loud."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from tests.conftest import FixedClock
from tests.gui.conftest import Clerk
from tests.seed import CLERK, RMA1, SUPERVISOR


def test_an_unattended_desk_warns_then_logs_out(
    clerk: Clerk, window: MainWindow, services: Services, clock: FixedClock, qtbot: QtBot
) -> None:
    policy = services.config.security
    clerk.login(CLERK[0], CLERK[1])
    clerk.scan(RMA1)
    window.idle_watch.poll()
    clerk.settle()
    assert clerk.banner == f"Return {RMA1} opened"  # still working: nothing said
    clock.advance(seconds=policy.idle_logout_minutes * 60 - policy.idle_warning_seconds)
    window.idle_watch.poll()
    clerk.settle()
    seconds = int(policy.idle_warning_seconds)
    expected = f"No activity: logging out in {seconds} seconds — scan or press a key to stay"
    assert clerk.banner == expected
    assert clerk.banner_state == "warn"
    assert clerk.view.current is not None and clerk.view.current.user_name == CLERK[2]
    clock.advance(seconds=seconds)
    window.idle_watch.poll()
    clerk.settle()
    minutes = int(policy.idle_logout_minutes)
    assert clerk.banner == f"Logged out after {minutes} minutes without activity"
    assert clerk.view.current is not None and clerk.view.current.session is None
    assert window._user_label.text() == "Not logged in"
    assert not window.ui.actionVoid.isEnabled()


def test_a_supervisor_badging_in_ends_the_clerks_session_visibly(
    clerk: Clerk, window: MainWindow
) -> None:
    clerk.login(CLERK[0], CLERK[1])
    clerk.login(SUPERVISOR[0], SUPERVISOR[1])
    assert clerk.banner == f"{CLERK[2]} is logged out — welcome, {SUPERVISOR[2]}"
    assert clerk.banner_state == "warn"
    assert window.ui.actionVoid.isEnabled()  # now offered: a supervisor is in

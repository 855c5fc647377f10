"""What the window offers follows the role of whoever is logged in: a clerk is not shown
Void, Override, Settings, Reports or Sync; with nobody logged in, none of them.

The snapshot on screen decides only what is offered. A privileged dialog asked for anyway
(a shortcut, a stale menu) is not opened on the snapshot's word: the desk's service checks
the user as the store has them now, and a refusal is audited there and shown like any other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from receiving_desk.domain.users import Permission, Session
from receiving_desk.gui.receiving_view import ReceivingView
from receiving_desk.gui.tasks import TaskManager


class RoleGate:
    def __init__(
        self,
        view: ReceivingView,
        tasks: TaskManager,
        actions: dict[Permission, list[QAction | QWidget]],
    ) -> None:
        self._view = view
        self._tasks = tasks
        self._actions = actions
        self.offer(None)

    def _session(self) -> Session | None:
        shown = self._view.current
        return shown.session if shown is not None else None

    def offer(self, session: Session | None) -> None:
        """Enable what this session's role may use (called after every render)."""
        for permission, items in self._actions.items():
            allowed = session is not None and session.can(permission)
            for item in items:
                if isinstance(item, QAction):
                    item.setEnabled(allowed)
                else:
                    item.setVisible(allowed)

    def then(self, permission: Permission, action: str, open_it: Callable[[], None]) -> None:
        """Open a privileged dialog: at once if the role on screen may; otherwise only if the
        service, asked on the store executor, allows it now (a refusal is audited)."""
        session = self._session()
        if session is not None and session.can(permission):
            open_it()
            return
        if not self._view.live:  # (nothing is offered before the store is open)
            return
        desk = self._view.desk
        self._tasks.run_in_store(
            lambda: desk.check_allowed(permission, action), lambda _: open_it()
        )

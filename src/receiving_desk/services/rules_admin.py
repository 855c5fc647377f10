"""A new rules file: checked (file:line: problem), compared with the rules in force, and loaded
by an administrator (audited; a file that fails validation is refused and nothing changes).
Installing the file (a copy beside the store, the station file pointing at it) is the
caller's adapter, passed in as `install`."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, UnitOfWork
from receiving_desk.domain.refusals import _t, refusal, said
from receiving_desk.domain.rules import RuleSet
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.domain.rules_reader import RulesFileError
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.base import record_audit


def changes(current: RuleSet, new: RuleSet) -> list[str]:
    """What a person checks first: version, categories, grades, disposition rows by id."""
    out = [f"version: {current.version} -> {new.version}"]
    for what, old, now in (
        ("category", set(current.categories), set(new.categories)),
        ("grade", set(current.grades), set(new.grades)),
        ("condition", set(current.conditions), set(new.conditions)),
    ):
        out += [f"+ {what} {x}" for x in sorted(now - old)]
        out += [f"- {what} {x}" for x in sorted(old - now)]
    before = {r.id: r for r in current.rules}
    after = {r.id: r for r in new.rules}
    out += [f"+ rule {i}" for i in after if i not in before]
    out += [f"- rule {i}" for i in before if i not in after]
    out += [f"~ rule {i}" for i in after if i in before and after[i] != before[i]]
    return out


def text_diff(current: Path, new: Path) -> list[str]:
    return list(
        difflib.unified_diff(
            current.read_text("utf-8").splitlines(),
            new.read_text("utf-8").splitlines(),
            str(current),
            str(new),
            lineterm="",
        )
    )


class RulesAdmin:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        current: Path,
        install: Callable[[Path, RuleSet], Path],
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self.current = current
        self._install = install

    def preview(self, path: Path) -> list[str]:
        """What loading `path` would change (RulesFileError: file:line: problem)."""
        return changes(load_rules(self.current), load_rules(path))

    def load(self, session: Session, path: Path) -> tuple[RuleSet, Path]:
        """Validate and install `path` (RulesFileError: refused, nothing changed)."""
        session.require(Permission.MANAGE_RULES, "rules_loaded", "rules")  # refusal audited
        try:
            new = load_rules(path)
        except RulesFileError as exc:
            with self._uow() as uow:
                self._audit(uow, session, "rules_refused", {"file": str(path), "problem": str(exc)})
            raise
        old = load_rules(self.current)
        try:
            installed = self._install(path, new)
        except OSError as exc:
            # The system's words, inside a sentence that says what failed.
            why = refusal(
                _t("the rules in force could not be replaced with it: {reason}"),
                reason=exc.strerror or type(exc).__name__,
            )
            raise DeskError(ErrorCode.FILE_PROBLEM, path=str(path), **said(why)) from exc
        with self._uow() as uow:
            details = {"from": old.version, "to": new.version, "file": str(installed)}
            self._audit(uow, session, "rules_loaded", details)
        self.current = installed  # the next comparison is against the rules now in force
        return new, installed

    def _audit(
        self, uow: UnitOfWork, session: Session, action: str, details: dict[str, str]
    ) -> None:
        record_audit(
            uow, self._clock, session.station_id, session.user_id, action, "rules", details
        )
        uow.commit()

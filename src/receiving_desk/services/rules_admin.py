"""A new rules file: checked (file:line: problem), compared with the rules in force, and loaded
by an administrator (audited; a file that fails validation is refused and nothing changes).

Standalone, installing the file (a copy beside the store, the station file pointing at it) is
the caller's adapter, passed in as `install`; the rules are then in force at once (the running
desk's RulesInForce is swapped, services/rules_in_force.py). On a desk with central settings
the file is a central reference item: loaded as a new version of the site's rules file (its
text, SHA-256, who, where, when) with its audit entry in one central transaction; every desk
of the site installs it at its pull and puts it in force (adapters/central/rules_pull.py)."""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.ports import Clock, DirectoryWork, PublishedRules, RulesWork
from receiving_desk.domain.refusals import _t, refusal, said
from receiving_desk.domain.rules import RuleSet
from receiving_desk.domain.rules_file import load_rules, parse_rules
from receiving_desk.domain.rules_reader import RulesFileError
from receiving_desk.domain.users import Permission, Session
from receiving_desk.services.base import record_audit
from receiving_desk.services.rules_in_force import RulesInForce


@dataclass(frozen=True)
class RulesChange:
    """One thing a new rules file changes: `sign` "+" added, "-" removed, "~" changed, "="
    the version (`value` old, `new` new); `what` category, grade, condition, rule, version."""

    sign: str
    what: str
    value: str
    new: str = ""

    def __str__(self) -> str:  # the command line's English line
        if self.what == "version":
            return f"version: {self.value} -> {self.new}"
        return f"{self.sign} {self.what} {self.value}"


def change_items(current: RuleSet, new: RuleSet) -> list[RulesChange]:
    """What a person checks first: version, categories, grades, disposition rows by id."""
    out = [RulesChange("=", "version", current.version, new.version)]
    for what, old, now in (
        ("category", set(current.categories), set(new.categories)),
        ("grade", set(current.grades), set(new.grades)),
        ("condition", set(current.conditions), set(new.conditions)),
    ):
        out += [RulesChange("+", what, x) for x in sorted(now - old)]
        out += [RulesChange("-", what, x) for x in sorted(old - now)]
    before = {r.id: r for r in current.rules}
    after = {r.id: r for r in new.rules}
    out += [RulesChange("+", "rule", i) for i in after if i not in before]
    out += [RulesChange("-", "rule", i) for i in before if i not in after]
    out += [RulesChange("~", "rule", i) for i in after if i in before and after[i] != before[i]]
    return out


def changes(current: RuleSet, new: RuleSet) -> list[str]:
    return [str(change) for change in change_items(current, new)]


def text_diff(current: Path, new: Path, current_text: str | None = None) -> list[str]:
    """The line diff; `current_text` when the rules in force are not a file (central)."""
    before = current.read_text("utf-8") if current_text is None else current_text
    return list(
        difflib.unified_diff(
            before.splitlines(),
            new.read_text("utf-8").splitlines(),
            str(current),
            str(new),
            lineterm="",
        )
    )


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RulesLoaded:
    rules: RuleSet
    installed: Path | None  # this desk's copy (standalone); None: loaded centrally
    unchanged: bool = False  # centrally: the site's newest version is this very text


class RulesAdmin:
    def __init__(
        self,
        uow_factory: Callable[[], DirectoryWork],
        clock: Clock,
        current: Path,
        install: Callable[[Path, RuleSet], Path],
        central: Callable[[], RulesWork | None] = lambda: None,
        in_force: RulesInForce | None = None,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self.current = current
        self._install = install
        self._central = central  # a central transaction on a desk with central settings
        self._in_force = in_force  # this desk's rules in force: swapped by a local load

    def in_force(self) -> tuple[RuleSet, Path, str]:
        """The rules a new load is compared with, their name and text: centrally the site's
        newest version (if any was loaded), else this desk's file."""
        work = self._central()
        if work is not None:
            with work as uow:
                newest = uow.rules_files.newest()
            if newest is not None:
                name = Path(f"central-{newest.version}.toml")
                return parse_rules(newest.content, name), name, newest.content
        text = self.current.read_text("utf-8")
        return parse_rules(text, self.current), self.current, text

    def preview(self, path: Path) -> list[RulesChange]:
        """What loading `path` would change (RulesFileError: file:line: problem)."""
        new = load_rules(path)
        return change_items(self.in_force()[0], new)

    def load(self, session: Session, path: Path) -> RulesLoaded:
        """Validate and install `path` (RulesFileError: refused, nothing changed)."""
        session.require(Permission.MANAGE_RULES, "rules_loaded", "rules")  # refusal audited
        central = self._central()
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            system = exc.strerror if isinstance(exc, OSError) else None
            why = (
                refusal(_t("it cannot be read: {reason}"), reason=system or type(exc).__name__)
                if isinstance(exc, OSError)
                else refusal(_t("it is not UTF-8 text"))
            )
            raise DeskError(ErrorCode.FILE_PROBLEM, path=str(path), **said(why)) from exc
        try:
            new = parse_rules(text, path)
        except RulesFileError as exc:
            with central if central is not None else self._uow() as uow:
                self._audit(uow, session, "rules_refused", {"file": str(path), "problem": str(exc)})
            raise
        if central is not None:
            return self._load_centrally(central, session, text, new)
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
        if self._in_force is not None:
            self._in_force.swap(new)  # in force now: the next use case decides with them
        return RulesLoaded(new, installed)

    def _load_centrally(
        self, work: RulesWork, session: Session, text: str, new: RuleSet
    ) -> RulesLoaded:
        sha = text_sha256(text)
        with work as uow:
            newest = uow.rules_files.newest()
            if newest is not None and newest.sha256 == sha:
                return RulesLoaded(new, None, unchanged=True)  # loading it again changes nothing
            uow.rules_files.add(
                PublishedRules(
                    new.version, text, sha, session.user_id, session.station_id, self._clock.now()
                )
            )
            before = newest.version if newest is not None else load_rules(self.current).version
            details = {"from": before, "to": new.version, "sha256": sha, "central": "true"}
            self._audit(uow, session, "rules_loaded", details)  # commits both
        return RulesLoaded(new, None)

    def _audit(
        self, uow: DirectoryWork, session: Session, action: str, details: dict[str, str]
    ) -> None:
        record_audit(
            uow, self._clock, session.station_id, session.user_id, action, "rules", details
        )
        uow.commit()

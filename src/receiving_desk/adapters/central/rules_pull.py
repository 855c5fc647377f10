"""The site's rules file, installed at each pull when it changed centrally.

The newest version central shows this desk (row-level security: its site's and the unsited
ones) is checked — its SHA-256 against its text, then the same validation a local load runs —
and installed as a local load installs it (adapters/rules_install.py: a copy beside the store,
the station file pointing at it), then put in force in the running desk by the caller
(adapters/rules_install.py: CentralRulesHook swaps its RulesInForce, no restart). The audit
entry and the hash of the installed text are written in one store transaction after the copy:
a crash in between installs the same text again at the next pull (the copy is idempotent) and
audits it once; a pull that finds the installed hash changes nothing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.exc import ProgrammingError

from receiving_desk.adapters.central import local_state
from receiving_desk.adapters.central import reference_schema as c
from receiving_desk.adapters.store.uow import SqlUnitOfWork
from receiving_desk.domain.ports import Clock, PublishedRules
from receiving_desk.domain.rules import RuleSet
from receiving_desk.domain.rules_file import parse_rules
from receiving_desk.domain.rules_reader import RulesFileError
from receiving_desk.services.base import record_audit
from receiving_desk.services.rules_admin import text_sha256

log = logging.getLogger(__name__)
UNDEFINED_TABLE = "42P01"
INSTALLED_FACT = "central_rules_sha256"  # the hash of the central rules text installed here


class CentralRulesInstall:
    def __init__(
        self,
        local: Engine,
        clock: Clock,
        station_id: str,
        current: Path,
        install: Callable[[str, RuleSet], Path],
    ) -> None:
        self._local = local
        self._clock = clock
        self._station = station_id
        self.current = current  # the rules file in force here (the station file's)
        self._install = install

    def __call__(self, central: Engine) -> RuleSet | None:
        """Installs the site's newest rules file if it is not the one installed here; returns
        the rules installed (None: nothing to do)."""
        newest = newest_rules(central)
        if newest is None:
            return None
        with self._local.connect() as conn:
            if local_state.fact(conn, INSTALLED_FACT) == newest.sha256:
                return None
        name = Path(f"central-{newest.version}.toml")
        if text_sha256(newest.content) != newest.sha256:
            log.error("%s: its text does not match its SHA-256; not installed", name)
            return None
        try:
            rules = parse_rules(newest.content, name)
        except RulesFileError as exc:  # central checks before it stores; a desk checks again
            log.error("central rules file refused: %s", exc)
            return None
        before = parse_rules(self.current.read_text("utf-8"), self.current).version
        installed = self._install(newest.content, rules)
        with SqlUnitOfWork(self._local) as uow:
            details = {
                "from": before, "to": rules.version, "file": str(installed),
                "sha256": newest.sha256, "loaded_by": newest.loaded_by,
                "loaded_at_desk": newest.loaded_at_desk,
                "loaded_at": newest.loaded_at.isoformat(),
            }  # fmt: skip
            record_audit(uow, self._clock, self._station, None, "rules_installed", "rules", details)
            local_state.set_fact(uow.connection, INSTALLED_FACT, newest.sha256, self._clock.now())
            uow.commit()
        self.current = installed
        log.info("rules %s from central installed", rules.version)
        return rules


def newest_rules(central: Engine) -> PublishedRules | None:
    """The newest rules file for the caller's site: what row-level security shows a desk, the
    same for a login that is not a desk (its site is none: the unsited versions)."""
    f = c.rules_files
    site = select(func.rd_current_site()).scalar_subquery()
    query = (
        select(f).where(or_(f.c.site.is_(None), f.c.site == site)).order_by(f.c.id.desc()).limit(1)
    )
    with central.connect() as conn:
        try:
            row = conn.execute(query).first()
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) != UNDEFINED_TABLE:
                raise
            # A central database not yet migrated to c0015 has no site rules file: the desk
            # keeps its own, and its pulls go on.
            log.warning("the central database has no rules_files table (before c0015)")
            return None
    if row is None:
        return None
    return PublishedRules(
        row.version, row.content, row.sha256, row.loaded_by, row.loaded_at_desk, row.loaded_at
    )

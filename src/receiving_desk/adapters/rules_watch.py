"""A rules file put in force on this data directory by another process — `receiving-desk
admin rules load` while the desk runs — reaches the running desk too: the station file's
`[station] rules_file` names a new copy (adapters/rules_install.py), which is validated again
and swapped in (services/rules_in_force.py). The load audited it (`rules_loaded`); this does
not again. Called off the GUI thread (the GUI's I/O executor), every few seconds: a stat of
the station file, read only when it changed."""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path

from receiving_desk.domain.rules import RuleSet
from receiving_desk.domain.rules_file import load_rules
from receiving_desk.domain.rules_reader import RulesFileError
from receiving_desk.services.rules_in_force import RulesInForce

log = logging.getLogger(__name__)


class StationRulesWatch:
    def __init__(self, station_file: Path, current: Path | None, in_force: RulesInForce) -> None:
        self._file = station_file
        self._seen = current  # the rules file the station file named when last read
        self._in_force = in_force
        self._stamp: tuple[int, int] | None = None

    def __call__(self) -> RuleSet | None:
        """The rules newly put in force (None: the station file names the same file)."""
        try:
            stat = self._file.stat()
        except OSError:
            return None  # no station file (yet): the shipped rules stay
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp == self._stamp:
            return None
        self._stamp = stamp
        try:
            named = (
                tomllib.loads(self._file.read_text("utf-8")).get("station", {}).get("rules_file")
            )
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return None  # being written, or broken: the desk's start names what is wrong
        if not isinstance(named, str) or Path(named) == self._seen:
            return None
        self._seen = Path(named)
        try:
            rules = load_rules(self._seen)
        except (RulesFileError, OSError, UnicodeDecodeError) as exc:  # checked again here
            log.error("rules file named by the station file not put in force: %s", exc)
            return None
        if rules.version != self._in_force.version:
            self._in_force.swap(rules)
            log.info("rules %s put in force (%s)", rules.version, self._seen)
        return rules

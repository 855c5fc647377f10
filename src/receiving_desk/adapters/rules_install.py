"""A new rules file put in force on this desk: a copy beside the store (so the desk never
reads a file someone may still edit), and the station file's [station] rules_file pointing at
it, through the config store. Used by `admin rules load`, the Administration dialog, and the
pull when the site's rules file changed centrally (adapters/central/rules_pull.py). The caller
puts the rules in force in the running desk (services/rules_in_force.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from receiving_desk.atomic_file import write_atomically
from receiving_desk.config import StationConfig
from receiving_desk.config_store import ConfigStore
from receiving_desk.domain.ports import Clock
from receiving_desk.domain.rules import RuleSet
from receiving_desk.services.rules_in_force import RulesInForce

if TYPE_CHECKING:
    from receiving_desk.adapters.central.rules_pull import CentralRulesInstall


def rules_text_installer(config: StationConfig) -> Callable[[str, RuleSet], Path]:
    """Installs a rules file's text (already validated as `rules`); returns the copy."""

    def install(text: str, rules: RuleSet) -> Path:
        folder = config.data_dir / "rules"
        folder.mkdir(parents=True, exist_ok=True)
        name = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in rules.version)
        target = folder / f"returns-{name}.toml"
        write_atomically(target, text)
        store = ConfigStore(config.settings_file)
        store.save("station", lambda written: {**(written or {}), "rules_file": str(target)})
        return target

    return install


def rules_installer(config: StationConfig) -> Callable[[Path, RuleSet], Path]:
    install = rules_text_installer(config)
    return lambda path, rules: install(path.read_text("utf-8"), rules)


class CentralRulesHook:
    """What the syncer runs after each pull: the site's rules file installed when it changed
    centrally (adapters/central/rules_pull.py, loaded with the first pull, not at start), and
    put in force in the running desk (`in_force` swapped on the sync thread: each use case
    takes the rules once, so none mixes two versions)."""

    def __init__(
        self,
        local: Engine,
        clock: Clock,
        config: StationConfig,
        current: Path,
        in_force: RulesInForce | None = None,
    ) -> None:
        self._args = (local, clock, config, current)
        self._install: CentralRulesInstall | None = None
        self._in_force = in_force

    def __call__(self, central: Engine) -> RuleSet | None:
        if self._install is None:
            from receiving_desk.adapters.central.rules_pull import CentralRulesInstall

            local, clock, config, current = self._args
            self._install = CentralRulesInstall(
                local, clock, config.station_id, current, rules_text_installer(config)
            )
        installed = self._install(central)
        if installed is not None and self._in_force is not None:
            self._in_force.swap(installed)
        return installed

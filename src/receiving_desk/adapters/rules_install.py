"""A new rules file put in force on this desk: a copy beside the store (so the desk never
reads a file someone may still edit), and the station file's [station] rules_file pointing at
it, through the config store. Used by `admin rules load` and the Administration dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from receiving_desk.atomic_file import write_atomically
from receiving_desk.config import StationConfig
from receiving_desk.config_store import ConfigStore
from receiving_desk.domain.rules import RuleSet


def rules_installer(config: StationConfig) -> Callable[[Path, RuleSet], Path]:
    def install(path: Path, rules: RuleSet) -> Path:
        folder = config.data_dir / "rules"
        folder.mkdir(parents=True, exist_ok=True)
        name = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in rules.version)
        target = folder / f"returns-{name}.toml"
        write_atomically(target, path.read_text("utf-8"))
        store = ConfigStore(config.settings_file)
        store.save("station", lambda written: {**(written or {}), "rules_file": str(target)})
        return target

    return install

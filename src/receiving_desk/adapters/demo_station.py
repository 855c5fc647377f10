"""The demo is a station of its own: never the real one's id, store, central or pepper.

`receiving-desk demo` on a configured desk once pushed its demo returns to the real central
database under the real station id, and `demo --data-dir <a real store>` deleted that store.
Now the demo runs as `DEMO-01` in its own folder, standalone, with its own settings file and
pepper there, its labels in its own folder (demo LPNs on the dock's real label printer
would look like stock) and its simulated scanner. From the real station it keeps what
people need: language, sound, rules, shifts, time zone, currency. A folder holding a store
the demo did not make is refused, never emptied.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from receiving_desk.adapters.backup.settings import BackupSettings
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.config import StationConfig

DEMO_STATION_ID = "DEMO-01"
MARKER = "demo-store"  # written beside the demo's store: this folder holds the demo


class NotADemoFolderError(ValueError):
    def __init__(self, data_dir: Path) -> None:
        super().__init__(
            f"{data_dir} holds a store that is not a demo store: the demo never replaces it "
            "(choose another --data-dir, or leave it out for the demo's own folder)"
        )
        self.data_dir = data_dir


def demo_config(config: StationConfig, data_dir: Path) -> StationConfig:
    """The demo station in `data_dir`, standalone, built from the real station's `config`."""
    return replace(
        config,
        station_id=DEMO_STATION_ID,
        data_dir=data_dir,
        scanners=(),
        printers={},  # labels as PDF files in the demo's folder
        central=CentralSettings(),  # standalone: nothing leaves the demo
        backup=BackupSettings(every_hours=config.backup.every_hours, keep=config.backup.keep),
        security=replace(config.security, pepper_file=data_dir / "pepper"),
        source=data_dir / "station.toml",  # settings saved in the demo stay in the demo
    )


def check_demo_folder(data_dir: Path) -> None:
    """Refuse a folder with a store in it that the demo did not make."""
    store = data_dir / "desk.sqlite3"
    if store.exists() and not (data_dir / MARKER).exists():
        raise NotADemoFolderError(data_dir)


def mark_demo_folder(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / MARKER).write_text(
        "This folder holds the receiving desk's demo store; `receiving-desk demo` may "
        "replace it.\n",
        "utf-8",
    )

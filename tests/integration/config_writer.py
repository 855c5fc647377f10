"""Saves the station file over and over through the config store, for the kill test.

    python -m tests.integration.config_writer STATION_FILE

Alternates the [[scanner]] section between the two VARIANTS, and prints one line after each
save, so the test knows the process is inside its save loop before it kills it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from receiving_desk.config_store import ConfigStore

VARIANTS: tuple[list[dict[str, Any]], list[dict[str, Any]]] = (
    [{"name": "dock-left", "port": "/dev/ttyUSB0", "baudrate": 9600}],
    [
        {"name": "dock-left", "port": "/dev/ttyUSB0", "baudrate": 115200},
        {"name": "dock-right", "port": "/dev/ttyUSB1", "terminator": "none"},
    ],
)


def main(path: Path) -> None:
    store = ConfigStore(path)
    saves = 0
    while True:
        variant = VARIANTS[saves % 2]
        store.save("scanner", lambda _written, chosen=variant: chosen)
        saves += 1
        print(f"saved {saves}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))

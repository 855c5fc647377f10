"""Where the shipped resources (rules, sounds, translations, demo data) live.

In a source checkout they are in `resources/` at the repository root; in an installed or
frozen build they are copied next to the package (`receiving_desk/resources`).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    candidates = [
        _PACKAGE_DIR / "resources",  # wheel / installer layout
        _PACKAGE_DIR.parents[1] / "resources",  # source checkout: src/receiving_desk -> repo
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "rules").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found next to the package or the checkout")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

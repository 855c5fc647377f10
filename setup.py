"""Build step: copy the top-level `resources/` into the package (as Picard compiles its own).

`resources/` stays where translators, rule authors and the tools expect it; a wheel (and the
installer bundle built from one) carries what the desk loads at run time as
`receiving_desk/resources/`, where `receiving_desk.resources.resources_dir()` looks first.
Sources that are only for building or editing them (`.ts`, scripts) stay out. An editable
install needs no copy: the package finds the checkout's `resources/` beside `src/`.
"""

from __future__ import annotations

import fnmatch
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = ("*.toml", "*.ttf", "*.txt", "*.md", "*.wav", "*.qm", "*.png", "*.svg", "*.ico", "*.csv")
LEFT_OUT = ("translations/README.md", "*.ts", "*.py")


def shipped_resources() -> list[Path]:
    """The resource files a running desk needs, relative to `resources/`."""
    found = []
    for path in sorted((ROOT / "resources").rglob("*")):
        rel = path.relative_to(ROOT / "resources").as_posix()
        if not path.is_file() or any(fnmatch.fnmatch(rel, p) for p in LEFT_OUT):
            continue
        if any(fnmatch.fnmatch(path.name, p) for p in SHIPPED):
            found.append(Path(rel))
    return found


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "receiving_desk" / "resources"
        for rel in shipped_resources():
            out = target / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / "resources" / rel, out)


setup(cmdclass={"build_py": BuildWithResources})

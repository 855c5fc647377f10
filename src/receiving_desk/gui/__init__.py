"""The desk's Qt GUI.

Importing PySide6 installs shiboken's import hook (for `from __feature__ import ...`), which
reads the whole source of every module imported afterwards (`inspect.getsource`, kept in
`linecache`) to see whether it names PySide6. The desk uses no `__feature__`: the check is
answered "no" without reading the file, which spares the start about 15 % of its import time
and 18 MiB of source text held in memory (`tests/unit/test_start_imports.py`).
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (installs the hook: answered before any other import)


def _no_feature_scan() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", lambda _module: False)  # noqa: B010


_no_feature_scan()

"""The environment a child process (`lp`, `lpstat`) gets: what it needs to run and to reach
the print system, nothing else.

The desk's own environment may hold the central database's password
(RECEIVING_DESK_CENTRAL_PASSWORD, PGPASSWORD) or other secrets; a child inherits everything by
default, and a print filter or a wrapper script would see it. An allow-list, not a
deny-list: a secret under a name nobody foresaw stays out too.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

KEEP = frozenset(
    {
        "PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ", "TMPDIR",
        "XDG_RUNTIME_DIR",  # where a per-user CUPS socket may be
        "CUPS_SERVER", "CUPS_USER", "CUPS_ENCRYPTION", "CUPS_DATADIR", "CUPS_SERVERROOT",
        "IPP_PORT", "LPDEST", "PRINTER",
        # Windows: a process cannot start without these
        "SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT", "TEMP", "TMP", "USERPROFILE",
    }
)  # fmt: skip


def child_environ(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    source = os.environ if environ is None else environ
    return {k: v for k, v in source.items() if k.upper() in KEEP or k.startswith("LC_")}

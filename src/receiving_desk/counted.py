"""English counts for the command line and the log: "1 row", "3 rows" (the screens say their
counts through the translation files, with each language's plural forms)."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n} {noun if n == 1 else plural or noun + 's'}"

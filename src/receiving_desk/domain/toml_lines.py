"""Where a key of a TOML document is written, for error messages that name a line.

tomllib gives values without positions, so this reads the text once and maps every key path
(`("rule", 3, "grade")` for `grade` in the fourth `[[rule]]`, `("windows", "category_days",
"books")` whether written under `[windows.category_days]` or as a dotted key) to its line. A
key that is not written (a missing one) resolves to its nearest written parent: the table
header. It understands what rules files use, not all of TOML: keys inside multi-line strings
or inline tables are not indexed, and fall back to the line of the key that holds them.
"""

from __future__ import annotations

import re
from collections import defaultdict

KeyPath = tuple[str | int, ...]

_KEY_PART = re.compile(r"""\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*""")


def split_key(text: str) -> tuple[str, ...] | None:
    """`a."b.c".d` -> ("a", "b.c", "d"); None if `text` is not a TOML key."""
    parts: list[str] = []
    pos = 0
    while True:
        found = _KEY_PART.match(text, pos)
        if found is None:
            return None
        parts.append(next(g for g in found.groups() if g is not None))
        pos = found.end()
        if pos == len(text):
            return tuple(parts)
        if text[pos] != ".":
            return None
        pos += 1


class TomlLines:
    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._where: dict[KeyPath, int] = {}
        self._starts: list[int] = []  # lines where a key or header starts, ascending
        self._index()

    def _record(self, path: KeyPath, line: int) -> None:
        for cut in range(1, len(path) + 1):  # parents point at their first mention
            self._where.setdefault(path[:cut], line)
        self._starts.append(line)

    def _index(self) -> None:
        table: KeyPath = ()
        arrays: defaultdict[tuple[str, ...], int] = defaultdict(int)
        in_string = False
        for number, raw in enumerate(self._lines, start=1):
            line = raw.strip()
            if in_string or not line or line.startswith("#"):
                in_string ^= raw.count('"""') % 2 == 1
                continue
            if line.startswith("[["):
                name = split_key(line[2:].split("]]", 1)[0])
                if name is not None:
                    table = (*name, arrays[name])
                    arrays[name] += 1
                    self._record(table, number)
            elif line.startswith("["):
                name = split_key(line[1:].split("]", 1)[0])
                if name is not None:
                    table = name
                    self._record(table, number)
            elif "=" in line:
                key = split_key(line.split("=", 1)[0])
                if key is not None:
                    self._record((*table, *key), number)
            in_string ^= raw.count('"""') % 2 == 1

    def line(self, path: KeyPath, value: str | None = None) -> int | None:
        """The line of `path` (or of its nearest written parent); None if nothing matches.

        With `value`, and `path` itself written, the line inside a multi-line value where that
        string appears (e.g. one grade of a long list).
        """
        for cut in range(len(path), 0, -1):
            found = self._where.get(path[:cut])
            if found is None:
                continue
            if value is not None and cut == len(path):
                return self._value_line(found, value)
            return found
        return None

    def _value_line(self, start: int, value: str) -> int:
        later = [n for n in self._starts if n > start]
        end = later[0] if later else len(self._lines) + 1
        for number in range(start, end):
            text = self._lines[number - 1]
            if f'"{value}"' in text or f"'{value}'" in text:
                return number
        return start

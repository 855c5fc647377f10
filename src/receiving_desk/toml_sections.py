"""Replace one top-level section of a TOML text and leave every other byte as it was.

tomlkit keeps comments, order and formatting, but on a whole document it files the comments
and blank lines that precede a table header under the table *before* it: a key added there
lands below them, and deleting that table deletes them. So each block of a section (a
`[name]` table, or one `[[name]]` element) is cut out of the text without the blank and
comment lines that trail it, edited alone with tomlkit (a changed key is rewritten in place
with its comment, a new key goes at the block's end, a dropped key goes) and put back.

The result is parsed again and must hold exactly the intended values; if the layout is one the
cutting does not understand (sub-tables, dotted keys at the top), the section is replaced
through tomlkit on the whole document instead, and checked the same way.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.file_problems import _t as _t
from receiving_desk.domain.toml_lines import split_key

if TYPE_CHECKING:
    from tomlkit.items import InlineTable, Item, Table

Section = Mapping[str, Any] | Sequence[Mapping[str, Any]] | None  # None or []: no section


class SectionEditError(SettingProblem):
    """The section could not be replaced without changing anything else."""


class _Unsupported(Exception):
    pass


@dataclass(frozen=True)
class _Block:
    path: tuple[str, ...]  # the header's key
    aot: bool  # [[header]]
    start: int  # the header's line
    end: int  # after its last line of content (trailing blank and comment lines excluded)


def replace_section(text: str, name: str, value: Section) -> str:
    """`text` with the top-level table or array of tables `name` holding `value`."""
    data = tomllib.loads(text)
    absent = value is None or (isinstance(value, Sequence) and not value)
    expected = {k: v for k, v in data.items() if k != name}
    if not absent:
        expected[name] = value
    if same(data, expected):
        return text
    try:
        edited: str | None = _splice(text, data, name, value)
    except _Unsupported:
        edited = None
    if edited is None or not _holds(edited, expected):
        edited = _whole_document(text, name, value)
        if not _holds(edited, expected):
            raise SectionEditError(
                _t("[{name}] cannot be rewritten without changing other settings"), name=name
            )
    return edited


def same(a: Any, b: Any) -> bool:
    """Equal as TOML values: True is not 1, 1 is 1.0, tables and arrays compared deeply."""
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, Mapping | list | tuple) or isinstance(b, Mapping | list | tuple):
        return False
    return bool(a == b)


def _holds(text: str, expected: Mapping[str, Any]) -> bool:
    try:
        return same(tomllib.loads(text), expected)
    except tomllib.TOMLDecodeError:
        return False


# -- cutting the text into blocks --------------------------------------------------------------


def _scan(line: str, open_string: str | None, depth: int) -> tuple[str | None, int]:
    """Carry the multi-line-string and bracket state over one line."""
    i, n = 0, len(line)
    while i < n:
        if open_string is not None:
            end = line.find(open_string, i)
            while end > 0 and open_string == '"""' and _escaped(line, end):
                end = line.find(open_string, end + 1)
            if end < 0:
                return open_string, depth
            i, open_string = end + 3, None
            while i < n and line[i] == line[i - 1]:  # up to two quotes may end the content
                i += 1
            continue
        c = line[i]
        if c == "#":
            break
        if line.startswith(('"""', "'''"), i):
            open_string, i = line[i : i + 3], i + 3
            continue
        if c in "\"'":
            end = line.find(c, i + 1)
            while end > 0 and c == '"' and _escaped(line, end):
                end = line.find(c, end + 1)
            i = n if end < 0 else end + 1
            continue
        if c in "[{":
            depth += 1
        elif c in "]}":
            depth -= 1
        i += 1
    return open_string, depth


def _escaped(line: str, at: int) -> bool:
    backslashes = len(line[:at]) - len(line[:at].rstrip("\\"))
    return backslashes % 2 == 1


def _blocks(lines: list[str]) -> list[_Block]:
    headers: list[tuple[int, tuple[str, ...], bool]] = []
    trivia = [False] * len(lines)
    open_string: str | None = None
    depth = 0
    for number, line in enumerate(lines):
        stripped = line.strip()
        if open_string is None and depth == 0:
            if not stripped or stripped.startswith("#"):
                trivia[number] = True
            elif stripped.startswith("["):
                aot = stripped.startswith("[[")
                close = stripped.find("]]" if aot else "]")
                key = split_key(stripped[2 if aot else 1 : close]) if close > 0 else None
                headers.append((number, key or ("",), aot))
        open_string, depth = _scan(line, open_string, depth)
    blocks = []
    for i, (start, key, aot) in enumerate(headers):
        end = headers[i + 1][0] if i + 1 < len(headers) else len(lines)
        while end > start + 1 and trivia[end - 1]:
            end -= 1
        blocks.append(_Block(key, aot, start, end))
    return blocks


# -- editing ----------------------------------------------------------------------------------


def _splice(text: str, data: Mapping[str, Any], name: str, value: Section) -> str:
    lines = text.splitlines(keepends=True)
    unterminated = bool(lines) and not lines[-1].endswith("\n")
    if unterminated:  # blocks are cut at line ends; the last line gets one while editing
        lines[-1] += "\r\n" if "\r\n" in text else "\n"
    count = len(lines)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    blocks = _blocks(lines)
    mine = [b for b in blocks if b.path[0] == name]
    if any(b.path != (name,) for b in mine) or (name in data and not mine):
        raise _Unsupported  # sub-tables, or written as a key / dotted key
    edits: list[tuple[int, int, str]] = []  # (first line, end line, replacement)

    def block_text(block: _Block) -> str:
        return "".join(lines[block.start : block.end])

    if isinstance(value, Mapping):
        if len(mine) > 1 or any(b.aot for b in mine):
            raise _Unsupported
        if mine:
            edits.append((mine[0].start, mine[0].end, _edit(block_text(mine[0]), name, value)))
        else:
            edits.append((len(lines), len(lines), _fresh(name, value, lines)))
    elif value:
        if any(not b.aot for b in mine):
            raise _Unsupported
        texts = []
        for new, old in _pairs(list(data.get(name, [])), list(value)):
            texts.append(
                _fresh(name, new) if old is None else _edit(block_text(mine[old]), name, new)
            )
        for slot, block in enumerate(mine):
            if slot < len(texts):
                edits.append((block.start, block.end, texts[slot]))
            else:
                edits.append((_blank_before(lines, block), block.end, ""))
        at = mine[-1].end if mine else len(lines)
        extra = texts[len(mine) :]
        if extra:
            lead = "\n" if at and lines[at - 1].strip() else ""
            edits.append((at, at, lead + "\n".join(extra) if mine else _fresh_after(lines, extra)))
    else:
        edits += [(_blank_before(lines, b), b.end, "") for b in mine]
    for start, end, replacement in sorted(edits, reverse=True):
        lines[start:end] = [_newlines(replacement, newline)] if replacement else []
    edited = "".join(lines)
    if unterminated and all(end < count for _, end, _ in edits):
        edited = edited.removesuffix(newline)  # the last line was not edited: as it was
    return edited


def _pairs(
    old: list[Any], new: list[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], int | None]]:
    """Each new table with the index of the written one it updates: the same `name` when every
    table has a distinct name (a removed scanner takes its own comments along), else by
    position."""

    def names(tables: list[Any]) -> list[Any]:
        return [t.get("name") if isinstance(t, Mapping) else None for t in tables]

    old_names, new_names = names(old), names(new)
    if all(isinstance(n, str) for n in old_names + new_names) and (
        len(set(old_names)) == len(old_names) and len(set(new_names)) == len(new_names)
    ):
        return [
            (t, old_names.index(n) if n in old_names else None)
            for t, n in zip(new, new_names, strict=True)
        ]
    return [(t, i if i < len(old) else None) for i, t in enumerate(new)]


def _blank_before(lines: list[str], block: _Block) -> int:
    """A removed block takes the blank lines before it along (comments stay)."""
    start = block.start
    while start > 0 and not lines[start - 1].strip():
        start -= 1
    return start if start > 0 else block.start


def _newlines(text: str, newline: str) -> str:
    if newline == "\n":
        return text
    return text.replace("\r\n", "\n").replace("\n", newline)


def _edit(block: str, name: str, value: Mapping[str, Any]) -> str:
    import tomlkit
    from tomlkit.items import AoT

    doc = tomlkit.parse(block)
    section = doc[name]
    _merge(section[0] if isinstance(section, AoT) else section, value)
    return tomlkit.dumps(doc)


def _merge(table: Table | InlineTable, new: Mapping[str, Any]) -> None:
    """Keys whose value is unchanged keep their text; changed ones are rewritten in place."""
    from tomlkit.items import InlineTable, Table

    old = table.unwrap()
    for key in [k for k in old if k not in new]:
        del table[key]
    for key, value in new.items():
        if key in old and same(old[key], value):
            continue
        current = table.get(key) if key in old else None
        if isinstance(current, InlineTable | Table) and isinstance(value, Mapping):
            _merge(current, value)
        else:
            table[key] = _item(value)


def _item(value: Any) -> Item:
    """A new value; tables below a section are written inline, as people write [printers],
    spaced inside the braces as the docs write them."""
    import tomlkit

    if isinstance(value, Mapping):
        pairs = ", ".join(f"{tomlkit.key(k).as_string()} = {_text(v)}" for k, v in value.items())
        text = f"{{ {pairs} }}" if pairs else "{}"
    elif isinstance(value, list | tuple):
        text = "[" + ", ".join(_text(v) for v in value) + "]"
    else:
        item: Item = tomlkit.item(value)
        return item
    parsed: Item = tomlkit.parse(f"x = {text}\n")["x"]  # with its line end, to be set as a key
    return parsed


def _text(value: Any) -> str:
    return _item(value).as_string()


def _fresh(name: str, value: Mapping[str, Any], lines: list[str] | None = None) -> str:
    """A new block: `[name]`, or one `[[name]]` element when `lines` is None."""
    import tomlkit

    doc = tomlkit.document()
    if lines is None:
        aot = tomlkit.aot()
        aot.append(_table(value))
        doc.append(name, aot)
        return tomlkit.dumps(doc)
    doc.append(name, _table(value))
    return _separated(lines) + tomlkit.dumps(doc)


def _table(value: Mapping[str, Any]) -> Table:
    import tomlkit

    table = tomlkit.table()
    for key, nested in value.items():
        table.append(key, _item(nested))
    return table


def _fresh_after(lines: list[str], tables: list[str]) -> str:
    return _separated(lines) + "\n".join(tables)


def _separated(lines: list[str]) -> str:
    """A new section at the end of the file goes after one blank line."""
    return "\n" if lines and lines[-1].strip() else ""


def _whole_document(text: str, name: str, value: Section) -> str:
    import tomlkit

    doc = tomlkit.parse(text)
    if name in doc:
        del doc[name]
    if isinstance(value, Mapping):
        doc.append(name, _table(value))
    elif value:
        aot = tomlkit.aot()
        for entry in value:
            aot.append(_table(entry))
        doc.append(name, aot)
    return tomlkit.dumps(doc)

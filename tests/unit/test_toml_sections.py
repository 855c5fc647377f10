"""Replacing one section of generated TOML files: the values are exactly the intended ones, and
every comment outside the section's own lines survives, in order."""

from __future__ import annotations

import tomllib
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from receiving_desk.toml_sections import replace_section, same

NAMES = ("station", "central", "printers", "scanner", "shift", "site")
scalars = st.one_of(
    st.integers(-5, 70000), st.booleans(), st.text("abc -:/é", max_size=6), st.floats(0.5, 9.5)
)
tables = st.dictionaries(st.sampled_from(["k0", "k1", "k2", "k3", "name"]), scalars, max_size=4)


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A TOML text of tables and arrays of tables with comments and blank lines anywhere;
    returns it with its free-standing comments (those on lines of their own)."""
    lines: list[str] = []
    free: list[str] = []
    counter = iter(range(10_000))

    def comment() -> str:
        return f"# c{next(counter)}"

    def trivia() -> None:
        for _ in range(draw(st.integers(0, 2))):
            if draw(st.booleans()):
                free.append(comment())
                lines.append(free[-1])
            else:
                lines.append("")

    trivia()
    kinds = draw(st.dictionaries(st.sampled_from(NAMES), st.booleans(), min_size=1, max_size=4))
    for name, aot in kinds.items():
        for _ in range(draw(st.integers(1, 3)) if aot else 1):
            header = f"[[{name}]]" if aot else f"[{name}]"
            lines.append(header + (f"  {comment()}" if draw(st.booleans()) else ""))
            for key, value in draw(tables).items():
                text = tomllib_value(value)
                lines.append(f"{key} = {text}" + (f"   {comment()}" if draw(st.booleans()) else ""))
            trivia()
    return "\n".join(lines) + "\n", free


def tomllib_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value + '"'
    return repr(value)


@settings(max_examples=60, deadline=None)
@given(documents(), st.sampled_from(NAMES), st.booleans(), st.lists(tables, max_size=3))
def test_a_replaced_section_leaves_everything_else(
    doc: tuple[str, list[str]], name: str, as_table: bool, new: list[dict[str, Any]]
) -> None:
    text, free = doc
    before = tomllib.loads(text)
    if name in before:  # keep the section's kind: a table stays a table
        as_table = isinstance(before[name], dict)
    value: Any = (new[0] if new else {}) if as_table else new
    result = replace_section(text, name, value)
    expected = {k: v for k, v in before.items() if k != name}
    if value != []:  # an empty list removes the section; an empty table is written empty
        expected[name] = value
    assert same(tomllib.loads(result), expected)
    kept = [line for line in result.splitlines() if line.startswith("# c")]
    assert kept == free  # free-standing comments all stay, in order


def test_same_tells_toml_types_apart() -> None:
    assert same({"a": [1, 2.0]}, {"a": [1.0, 2]})
    assert not same({"a": True}, {"a": 1})
    assert not same({"a": [1]}, {"a": 1})
    assert not same({"a": {"b": 1}}, {"a": {"b": 1, "c": 2}})

"""Typed, strict reading of one TOML table, each complaint naming the line it is about.

Used by `rules_file.py`. Unknown keys are refused rather than ignored: a misspelt key would
otherwise read as "not given" and silently change a decision.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from receiving_desk.domain.rules_model import Refund, RefundKind
from receiving_desk.domain.toml_lines import KeyPath, TomlLines

# A text's translation sits beside it: `label_ru`, `why_zh_CN`, `box_damaged_ko` (a language
# code, optionally with its region, appended to the key it translates).
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")


class RulesFileError(ValueError):
    """A rules file that cannot be used, with where and why, for whoever edits it."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = path, line, problem
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Source:
    path: Path
    lines: TomlLines


@dataclass(frozen=True)
class Table:
    source: Source
    data: Mapping[str, Any]
    where: KeyPath  # the table's key path in the document
    name: str  # how messages call it, e.g. "[[rule]] 'B-any'"; "" at the top level

    def fail(self, key: str | None, problem: str, value: str | None = None) -> RulesFileError:
        path = (*self.where, key) if key is not None else self.where
        # A key missing at the top level has no line of its own: point at the top of the file.
        line = self.source.lines.line(path, value) or 1
        return RulesFileError(
            self.source.path, line, f"{self.name}: {problem}" if self.name else problem
        )

    def only(self, *allowed: str, texts: Iterable[str] = ()) -> None:
        """Refuse unknown keys; `texts` are the keys that may carry translations."""
        translatable = set(texts)
        for key in self.data:
            if key in allowed:
                continue
            split = split_translation(key, translatable)
            if split is None:
                raise self.fail(key, f"unknown key {key!r} (expected one of: {', '.join(allowed)})")

    def translations(self, key: str) -> dict[str, str]:
        """`{language: text}` from the `key_<language>` keys beside `key`."""
        found: dict[str, str] = {}
        for other in self.data:
            split = split_translation(other, {key})
            if split is not None:
                found[split[1]] = self.text(other)
        return found

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(key, f"missing {key!r} (a non-empty string)")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"{key!r} must be a non-empty string")
        return value

    def days(self, key: str, default: int | None = None) -> int:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(key, f"missing {key!r} (a number of days)")
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"{key!r} must be a whole number of days")
        if value < 0:
            raise self.fail(key, f"{key!r} cannot be negative ({value} days)")
        return value

    def whole(self, key: str, what: str, default: int, high: int) -> int:
        """A whole number 0..`high` of `what` (grams, percent)."""
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"{key!r} must be a whole number of {what}")
        if not 0 <= value <= high:
            raise self.fail(key, f"{key!r} must be 0..{high} {what}, not {value}")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, f"{key!r} must be true or false")
        return value

    def texts(
        self, key: str, default: tuple[str, ...] | None = None, empty_ok: bool = False
    ) -> tuple[str, ...]:
        if key not in self.data and default is not None:
            return default
        value = self.data.get(key)
        if value is None:
            raise self.fail(key, f"missing {key!r} (a list of strings)")
        if not isinstance(value, list) or not (value or empty_ok):
            raise self.fail(key, f"{key!r} must be a non-empty list of strings")
        seen: set[str] = set()
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise self.fail(key, f"{key!r} must be a non-empty list of strings")
            if item in seen:
                raise self.fail(key, f"{item!r} is listed twice in {key!r}", item)
            seen.add(item)
        return tuple(value)

    def one_of(
        self, key: str, what: str, choices: Iterable[str], default: str | None = None
    ) -> str:
        """`text(key)`, which must be one of `choices`."""
        value = self.text(key, default)
        check_choice(self, key, value, what, choices)
        return value

    def refund(self) -> Refund:
        """`refund = "full" | "none" | "partial"`, the latter with `refund_percent` 1..99."""
        kind = RefundKind(self.one_of("refund", "refund", (k.value for k in RefundKind)))
        percent = self.data.get("refund_percent")
        if kind is not RefundKind.PARTIAL:
            if percent is not None:
                raise self.fail(
                    "refund_percent",
                    f"refund_percent goes only with refund = 'partial', not {kind.value!r}",
                )
            return Refund.full() if kind is RefundKind.FULL else Refund.none()
        if isinstance(percent, bool) or not isinstance(percent, int) or not 1 <= percent <= 99:
            key = "refund_percent" if percent is not None else "refund"
            shown = "missing" if percent is None else repr(percent)
            raise self.fail(
                key, f"refund 'partial' needs refund_percent from 1 to 99 (got {shown})"
            )
        return Refund.partial(percent)

    def table(self, key: str, required: bool = False) -> Table:
        value = self.data.get(key)
        if value is None and not required:
            value = {}
        if not isinstance(value, dict):
            raise self.fail(
                key,
                f"missing [{self._child(key)}] table"
                if value is None
                else f"{key!r} must be a table",
            )
        return Table(self.source, value, (*self.where, key), f"[{self._child(key)}]")

    def array(self, key: str, describe: Callable[[Mapping[str, Any]], str]) -> list[Table]:
        """The `[[key]]` tables; `describe` names one in messages (e.g. by its id)."""
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(key, f"{key!r} must be written as [[{key}]] tables")
        return [
            Table(self.source, item, (*self.where, key, index), describe(item))
            for index, item in enumerate(value)
        ]

    def _child(self, key: str) -> str:
        return ".".join(str(p) for p in (*self.where, key))


def check_choice(table: Table, key: str, value: str, what: str, choices: Iterable[str]) -> None:
    allowed = tuple(choices)
    if value not in allowed:
        raise table.fail(key, f"unknown {what} {value!r} (one of: {', '.join(allowed)})", value)


def split_translation(key: str, bases: Iterable[str]) -> tuple[str, str] | None:
    """`("why", "ru")` for `why_ru` when `why` is one of `bases`; None if not a translation."""
    allowed = set(bases)
    for at, char in enumerate(key):
        if char == "_" and key[:at] in allowed and _LANGUAGE.match(key[at + 1 :]):
            return key[:at], key[at + 1 :]
    return None

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

from receiving_desk.domain.file_problems import FileProblemError, Wording, wording
from receiving_desk.domain.file_problems import _t as _t
from receiving_desk.domain.rules_model import Refund, RefundKind
from receiving_desk.domain.toml_lines import KeyPath, TomlLines

# A text's translation sits beside it: `label_ru`, `why_zh_CN`, `box_damaged_ko` (a language
# code, optionally with its region, appended to the key it translates).
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2})?$")


class RulesFileError(FileProblemError):
    """A rules file that cannot be used, with where and why, for whoever edits it (the
    problem's facts in `wording`, for the screen's language)."""


# What an unknown name is said as, per kind of name (one whole sentence each: word order).
UNKNOWN = {
    "category": _t("unknown category {value} (one of: {allowed})"),
    "grade": _t("unknown grade {value} (one of: {allowed})"),
    "check": _t("unknown check {value} (one of: {allowed})"),
    "condition": _t("unknown condition {value} (one of: {allowed})"),
    "disposition": _t("unknown disposition {value} (one of: {allowed})"),
    "refund": _t("unknown refund {value} (one of: {allowed})"),
    "return reason": _t("unknown return reason {value} (one of: {allowed})"),
    "loyalty tier": _t("unknown loyalty tier {value} (one of: {allowed})"),
}
_WHOLE = {
    "grams": _t("{key} must be a whole number of grams"),
    "percent": _t("{key} must be a whole number of percent"),
}
_RANGE = {
    "grams": _t("{key} must be 0..{high} grams, not {value}"),
    "percent": _t("{key} must be 0..{high} percent, not {value}"),
}
_NON_EMPTY_LIST = _t("{key} must be a non-empty list of strings")


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

    def fail(self, key: str | None, problem: Wording, value: str | None = None) -> RulesFileError:
        """The problem at `key`'s line (or the line of `value` in a list)."""
        path = (*self.where, key) if key is not None else self.where
        # A key missing at the top level has no line of its own: point at the top of the file.
        line = self.source.lines.line(path, value) or 1
        said = problem.within(f"{self.name}:") if self.name else problem
        return RulesFileError(self.source.path, line, said)

    def only(self, *allowed: str, texts: Iterable[str] = ()) -> None:
        """Refuse unknown keys; `texts` are the keys that may carry translations."""
        translatable = set(texts)
        for key in self.data:
            if key in allowed:
                continue
            split = split_translation(key, translatable)
            if split is None:
                said = wording(
                    _t("unknown key {key} (expected one of: {allowed})"),
                    key=repr(key),
                    allowed=", ".join(allowed),
                )
                raise self.fail(key, said)

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
            raise self.fail(key, wording(_t("missing {key} (a non-empty string)"), key=repr(key)))
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, wording(_t("{key} must be a non-empty string"), key=repr(key)))
        return value

    def days(self, key: str, default: int | None = None) -> int:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(key, wording(_t("missing {key} (a number of days)"), key=repr(key)))
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, wording(_t("{key} must be a whole number of days"), key=repr(key)))
        if value < 0:
            said = wording(
                _t("{key} cannot be negative ({value} days)"), key=repr(key), value=value
            )
            raise self.fail(key, said)
        return value

    def whole(self, key: str, what: str, default: int, high: int) -> int:
        """A whole number 0..`high` of `what` (grams, percent)."""
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, wording(_WHOLE[what], key=repr(key)))
        if not 0 <= value <= high:
            said = wording(_RANGE[what], key=repr(key), high=high, value=value)
            raise self.fail(key, said)
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, wording(_t("{key} must be true or false"), key=repr(key)))
        return value

    def texts(
        self, key: str, default: tuple[str, ...] | None = None, empty_ok: bool = False
    ) -> tuple[str, ...]:
        if key not in self.data and default is not None:
            return default
        value = self.data.get(key)
        if value is None:
            raise self.fail(key, wording(_t("missing {key} (a list of strings)"), key=repr(key)))
        if not isinstance(value, list) or not (value or empty_ok):
            raise self.fail(key, wording(_NON_EMPTY_LIST, key=repr(key)))
        seen: set[str] = set()
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise self.fail(key, wording(_NON_EMPTY_LIST, key=repr(key)))
            if item in seen:
                said = wording(
                    _t("{item} is listed twice in {key}"), item=repr(item), key=repr(key)
                )
                raise self.fail(key, said, item)
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
                said = wording(
                    _t("refund_percent goes only with refund = 'partial', not {value}"),
                    value=repr(kind.value),
                )
                raise self.fail("refund_percent", said)
            return Refund.full() if kind is RefundKind.FULL else Refund.none()
        if isinstance(percent, bool) or not isinstance(percent, int) or not 1 <= percent <= 99:
            key = "refund_percent" if percent is not None else "refund"
            said = (
                wording(_t("refund 'partial' needs refund_percent from 1 to 99 (got missing)"))
                if percent is None
                else wording(
                    _t("refund 'partial' needs refund_percent from 1 to 99 (got {value})"),
                    value=repr(percent),
                )
            )
            raise self.fail(key, said)
        return Refund.partial(percent)

    def table(self, key: str, required: bool = False) -> Table:
        value = self.data.get(key)
        if value is None and not required:
            value = {}
        if not isinstance(value, dict):
            said = (
                wording(_t("missing [{table}] table"), table=self._child(key))
                if value is None
                else wording(_t("{key} must be a table"), key=repr(key))
            )
            raise self.fail(key, said)
        return Table(self.source, value, (*self.where, key), f"[{self._child(key)}]")

    def array(self, key: str, describe: Callable[[Mapping[str, Any]], str]) -> list[Table]:
        """The `[[key]]` tables; `describe` names one in messages (e.g. by its id)."""
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            said = wording(
                _t("{key} must be written as [[{name}]] tables"), key=repr(key), name=key
            )
            raise self.fail(key, said)
        return [
            Table(self.source, item, (*self.where, key, index), describe(item))
            for index, item in enumerate(value)
        ]

    def _child(self, key: str) -> str:
        return ".".join(str(p) for p in (*self.where, key))


def check_choice(table: Table, key: str, value: str, what: str, choices: Iterable[str]) -> None:
    allowed = tuple(choices)
    if value not in allowed:
        said = wording(UNKNOWN[what], value=repr(value), allowed=", ".join(allowed))
        raise table.fail(key, said, value)


def split_translation(key: str, bases: Iterable[str]) -> tuple[str, str] | None:
    """`("why", "ru")` for `why_ru` when `why` is one of `bases`; None if not a translation."""
    allowed = set(bases)
    for at, char in enumerate(key):
        if char == "_" and key[:at] in allowed and _LANGUAGE.match(key[at + 1 :]):
            return key[:at], key[at + 1 :]
    return None

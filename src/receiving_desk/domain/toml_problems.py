"""The TOML parser's complaint about a file, as a problem the screen can translate.

tomllib words a syntax error in English ("Invalid value (at line 3, column 9)"); its messages
are a small fixed set, so each known one is also a template of ours (context "FileProblems",
the English unchanged) and the rest stay a fact in the parser's own words. The position is
read from the message (Python < 3.14 has no `lineno` on the error)."""

from __future__ import annotations

import re

from receiving_desk.domain.file_problems import Wording, plain, wording
from receiving_desk.domain.file_problems import _t as _t

POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
AT_THE_END = re.compile(r"\s*\(at end of document\)$")
# The parser's own sentences with nothing of the file in them (its words are the English)...
_FIXED = (
    _t("Invalid value"),
    _t("Invalid statement"),
    _t("Unclosed array"),
    _t("Unclosed inline table"),
    _t("Unterminated string"),
    _t("Cannot overwrite a value"),
    _t("Expected '=' after a key in a key/value pair"),
    _t("Expected ']' at the end of a table declaration"),
    _t("Expected ']]' at the end of an array declaration"),
    _t("Invalid initial character for a key part"),
    _t("Invalid date or datetime"),
    _t("Invalid hex value"),
    _t("Unescaped '\\' in a string"),
)
# ... and those that quote the file.
_QUOTING = (
    (re.compile(r"Cannot declare (?P<key>.+) twice"), _t("Cannot declare {key} twice")),
    (re.compile(r"Found invalid character (?P<char>.+)"), _t("Found invalid character {char}")),
    (re.compile(r"Illegal character (?P<char>.+)"), _t("Illegal character {char}")),
    (re.compile(r"Expected (?P<char>'.+')"), _t("Expected {char}")),
    (
        re.compile(r"Duplicate inline table key (?P<key>.+)"),
        _t("Duplicate inline table key {key}"),
    ),
)


def parser_words(message: str) -> Wording:
    """What the parser said (its position taken off), as a problem of ours if we know it."""
    if message in _FIXED:
        return wording(message)
    for pattern, template in _QUOTING:
        found = pattern.fullmatch(message)
        if found:
            return wording(template, **found.groupdict())
    return plain(message)


def syntax_problem(message: str) -> tuple[int | None, Wording]:
    """The line (when the parser names it) and the problem of a `TOMLDecodeError`."""
    found = POSITION.search(message)
    if found is None:
        end = AT_THE_END.search(message)
        if end is not None:
            said = parser_words(message[: end.start()])
            return None, wording(_t("not valid TOML: {error} (at the end of the file)"), error=said)
        return None, wording(_t("not valid TOML: {error}"), error=parser_words(message))
    said = parser_words(message[: found.start()])
    template = _t("not valid TOML: {error} (column {column})")
    return int(found[1]), wording(template, error=said, column=found[2])

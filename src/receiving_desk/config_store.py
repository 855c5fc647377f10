"""The station file (station.toml) on disk: the one place that reads it and writes it.

Reading parses the whole file (tomllib: strict TOML 1.0, in the standard library, cheap at
start-up) and keeps its text, so a setting that cannot be used is reported with its line.
Saving replaces one section in place (toml_sections.py, through tomlkit): every other line,
comment and unknown section stays byte for byte, and nothing the desk was merely *started
with* (a `--data-dir` option, an environment variable) is ever written, because saving writes
only the section it is given. The file is re-read under a lock right before each save, so an
edit made by hand while the desk runs is kept too, and written atomically (atomic_file.py).
"""

from __future__ import annotations

import re
import threading
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from receiving_desk.atomic_file import write_atomically
from receiving_desk.domain.file_problems import FileProblemError, Wording, wording, wording_of
from receiving_desk.domain.file_problems import _t as _t
from receiving_desk.domain.toml_lines import KeyPath, TomlLines
from receiving_desk.domain.toml_problems import syntax_problem
from receiving_desk.toml_sections import Section, SectionEditError, replace_section


class ConfigError(FileProblemError):
    """A station file that cannot be used (or saved), with where and why: `file:line: problem`
    (the problem's facts in `wording`, for the screen's language)."""


@dataclass(frozen=True)
class StationDocument:
    """The file as read: its text, its values, and where each key is written."""

    path: Path
    text: str
    data: dict[str, Any]

    @cached_property
    def _lines(self) -> TomlLines:
        return TomlLines(self.text)

    def line(self, key: KeyPath) -> int | None:
        """The line `key` is written on (or, for a key not written, its table's header)."""
        return self._lines.line(key)

    def error(self, key: KeyPath, problem: str | Wording) -> ConfigError:
        return ConfigError(self.path, self.line(key), problem)

    def refused(
        self, path: KeyPath, table: dict[str, Any], exc: Exception, section: str = ""
    ) -> ConfigError:
        """A table its reader refused, at the line of the key the refusal is about."""
        said = wording_of(exc)
        return self.error(_at(path, table, str(exc)), said.within(section) if section else said)


class ConfigStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()  # two saves at once would each drop the other's section

    def read(self) -> StationDocument | None:
        """The file, or None when there is none (the desk then runs on its defaults)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            problem = wording(_t("cannot be read: {reason}"), reason=exc.strerror)
            raise ConfigError(self.path, None, problem) from exc
        try:
            text = raw.decode("utf-8")  # no newline translation: CRLF files stay CRLF
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            raise ConfigError(self.path, line, wording(_t("not UTF-8 text"))) from exc
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise _syntax_error(self.path, exc) from exc
        return StationDocument(self.path, text, data)

    def save(self, section: str, build: Callable[[Any], Section]) -> None:
        """Replace the top-level table or array of tables `section` with what `build` makes of
        the one written now (None when there is none); an empty value removes the section."""
        with self._lock:
            document = self.read()
            text = document.text if document is not None else ""
            value = build(document.data.get(section) if document is not None else None)
            try:
                updated = replace_section(text, section, value)
            except SectionEditError as exc:
                raise ConfigError(self.path, None, exc.wording) from exc
            if updated == text:
                return  # nothing changed: the file is left alone (not even touched)
            try:
                write_atomically(self.path, updated)
            except OSError as exc:
                problem = wording(_t("cannot be written: {reason}"), reason=exc.strerror)
                raise ConfigError(self.path, None, problem) from exc


# The [central] keys the setup flow, the Administration form and `setup` edit; the rest of the
# table (TLS, role, timeouts) is the site's and is kept.
CENTRAL_FORM_KEYS = frozenset({"url", "password_file", "standalone"})


def edited(
    written: dict[str, Any] | None, values: dict[str, Any] | None, owned: frozenset[str]
) -> dict[str, Any] | None:
    """A section as written, with the keys a form or a command `owned` replaced by `values`
    (an owned key missing from `values` is removed); the keys it does not edit — e.g.
    sslmode, sslrootcert, role under [central] — stay. None (the section removed) for None."""
    if values is None:
        return None
    kept = {key: value for key, value in (written or {}).items() if key not in owned}
    return {**kept, **values}


def _syntax_error(path: Path, exc: tomllib.TOMLDecodeError) -> ConfigError:
    line, problem = syntax_problem(str(exc))
    return ConfigError(path, line, problem)


def _at(path: KeyPath, table: dict[str, Any], problem: str) -> KeyPath:
    """The key a complaint is about: the one it names, else the one whose value it quotes
    (not `name`: messages quote it to say which table); without either, the table itself."""
    for key in table:
        if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", problem):
            return (*path, key)
    for key, value in table.items():
        if key != "name" and isinstance(value, str) and repr(value) in problem:
            return (*path, key)
    return path


def written_language(path: Path) -> str:
    """The language a station file asks for, read even when the file cannot be used (so its
    problem is said in that language); "" when the file does not say or cannot be read."""
    try:
        document = ConfigStore(path).read()
    except ConfigError:  # not TOML: its `language = "ru"` line may still be there to read
        try:
            text = path.read_bytes().decode("utf-8", "replace")
        except OSError:
            return ""
        found = re.search(rf'^\s*language\s*=\s*"({_LANGUAGE})"\s*(#.*)?$', text, re.M)
        return found[1] if found else ""
    raw = document.data if document is not None else {}
    station = raw.get("station", raw)
    language = station.get("language", "") if isinstance(station, dict) else ""
    return language if isinstance(language, str) and re.fullmatch(_LANGUAGE, language) else ""


_LANGUAGE = r"[a-z]{2}(?:_[A-Z]{2})?"

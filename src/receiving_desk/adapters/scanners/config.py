"""Per-scanner serial settings, loaded from / saved to the station TOML config."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal, cast

from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.file_problems import _t as _t

Flow = Literal["none", "rtscts", "xonxoff"]
Terminator = Literal["auto", "none"]

_PARITIES = ("N", "E", "O", "M", "S")
_BYTESIZES = (5, 6, 7, 8)
_STOPBITS = (1, 1.5, 2)
_FLOWS = ("none", "rtscts", "xonxoff")
_TERMINATORS = ("auto", "none")
# What a key must be, said whole (one sentence per kind: word order differs by language).
_TEXT = _t("scanner {name}: {key} must be a string")
_WHOLE = _t("scanner {name}: {key} must be a whole number")
_USB_ID = _t("scanner {name}: {key} must be a number or a hex string")
_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "name": ((str,), _TEXT),
    "port": ((str,), _TEXT),
    "usb_vid": ((int, str), _USB_ID),
    "usb_pid": ((int, str), _USB_ID),
    "usb_serial": ((str, int), _TEXT),
    "baudrate": ((int,), _WHOLE),
    "bytesize": ((int,), _WHOLE),
    "parity": ((str,), _TEXT),
    "stopbits": ((int, float), _t("scanner {name}: {key} must be a number")),
    "flow": ((str,), _TEXT),
    "terminator": ((str,), _TEXT),
    "idle_flush_ms": ((int,), _WHOLE),
    "dedupe_ms": ((int,), _WHOLE),
    "max_line_bytes": ((int,), _WHOLE),
    "max_line_age_ms": ((int,), _WHOLE),
    "sends_hri": ((bool,), _t("scanner {name}: {key} must be true or false")),
}


# The largest a value may be: a line of 64 KiB is already far beyond any barcode (a 2D code
# holds at most a few KB), and a scanner silent for a minute has ended its line.
_LIMITS = {"idle_flush_ms": 60_000, "max_line_bytes": 65_536, "max_line_age_ms": 600_000}


@dataclass(frozen=True, slots=True)
class ScannerPortConfig:
    """One scanner. Identify USB scanners by VID/PID/serial: device paths change on re-plug.

    terminator="auto" frames on CR, LF or CRLF; "none" additionally frames on an idle gap of
    idle_flush_ms (scanners left on "data as is" send no suffix at all).

    max_line_age_ms is the silence after a partial line's *last* byte that makes it stale
    (dropped, never merged with what comes next); a line still arriving never goes stale, however
    long it takes. max_line_bytes is what guards against a stream that never ends.
    """

    name: str
    port: str | None = None
    usb_vid: int | None = None
    usb_pid: int | None = None
    usb_serial: str | None = None
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    flow: Flow = "none"
    terminator: Terminator = "auto"
    idle_flush_ms: int = 100
    dedupe_ms: int = 200
    max_line_bytes: int = 4096
    max_line_age_ms: int = 2000
    # The scanner is set to send GS1 data as bracketed text, "(01)0950...(10)LOT": only then
    # is such text from it GS1 (from any other scanner it is a label printing the brackets).
    sends_hri: bool = False

    def __post_init__(self) -> None:
        if not self.name:
            raise SettingProblem(_t("scanner name must not be empty"))
        if self.port is None and not self.uses_usb_identity:
            raise SettingProblem(
                _t("scanner {name}: set port or usb_vid/usb_pid/usb_serial"), name=repr(self.name)
            )
        if not 0 < self.baudrate <= 4_000_000:
            raise SettingProblem(
                _t("scanner {name}: {key} must be {low}..{high}"),
                name=repr(self.name),
                key="baudrate",
                low=1,
                high=4_000_000,
            )
        _check(self.name, "bytesize", self.bytesize, _BYTESIZES)
        _check(self.name, "parity", self.parity, _PARITIES)
        _check(self.name, "stopbits", self.stopbits, _STOPBITS)
        _check(self.name, "flow", self.flow, _FLOWS)
        _check(self.name, "terminator", self.terminator, _TERMINATORS)
        for field, high in _LIMITS.items():  # beyond these a setting is a typo, not a choice
            if not 0 < getattr(self, field) <= high:
                raise SettingProblem(
                    _t("scanner {name}: {key} must be {low}..{high}"),
                    name=repr(self.name),
                    key=field,
                    low=1,
                    high=high,
                )
        if not 0 <= self.dedupe_ms <= 60_000:
            raise SettingProblem(
                _t("scanner {name}: {key} must be {low}..{high}"),
                name=repr(self.name),
                key="dedupe_ms",
                low=0,
                high=60_000,
            )

    @property
    def uses_usb_identity(self) -> bool:
        return self.usb_vid is not None or self.usb_pid is not None or self.usb_serial is not None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScannerPortConfig:
        """Build from a TOML table. Unknown keys are rejected so typos do not pass silently.

        USB ids may be TOML integers (0x05E0) or hex strings ("05e0").
        """
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise SettingProblem(_t("unknown scanner setting(s): {keys}"), keys=", ".join(unknown))
        if "name" not in data:
            raise SettingProblem(_t("a scanner needs a name"))
        for key, value in data.items():
            kinds, description = _TYPES[key]
            if isinstance(value, bool) != (bool in kinds) or not isinstance(value, kinds):
                raise SettingProblem(description, name=repr(data["name"]), key=key)
        values = dict(data)
        for key in ("usb_vid", "usb_pid"):
            if isinstance(values.get(key), str):
                try:
                    values[key] = int(cast(str, values[key]), 16)
                except ValueError:
                    raise SettingProblem(
                        _t("scanner {name}: {key} {value} is not a hex number"),
                        name=repr(data["name"]),
                        key=key,
                        value=repr(values[key]),
                    ) from None
        if "parity" in values:
            values["parity"] = str(values["parity"]).upper()
        if "usb_serial" in values and values["usb_serial"] is not None:
            values["usb_serial"] = str(values["usb_serial"])
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        """TOML has no null: unset (None) fields are left out, and sends_hri unless set."""
        values = dataclasses.asdict(self)
        if not self.sends_hri:
            del values["sends_hri"]
        return {k: v for k, v in values.items() if v is not None}


def _check(name: str, field: str, value: object, allowed: tuple[object, ...]) -> None:
    if value not in allowed:
        raise SettingProblem(
            _t("scanner {name}: {key} must be one of {allowed}, not {value}"),
            name=repr(name),
            key=field,
            allowed=allowed,
            value=repr(value),
        )


def scanner_tables(
    scanners: tuple[ScannerPortConfig, ...], written: object
) -> list[dict[str, Any]]:
    """The `[[scanner]]` tables to save. A scanner already written (same name) keeps its table
    when its settings are unchanged, and otherwise gains no default values it did not spell
    out, so a saved file differs only where a setting did; a new scanner is written in full."""
    tables = written if isinstance(written, list) else []
    by_name = {t.get("name"): t for t in tables if isinstance(t, dict)}
    defaults = {f.name: f.default for f in dataclasses.fields(ScannerPortConfig)}
    result = []
    for scanner in scanners:
        new = scanner.to_dict()
        old = by_name.get(scanner.name)
        if old is None:
            result.append(new)
            continue
        try:
            unchanged = ScannerPortConfig.from_dict(old) == scanner
        except (TypeError, ValueError):
            unchanged = False
        if unchanged:
            result.append(old)
        else:
            result.append({k: v for k, v in new.items() if k in old or v != defaults[k]})
    return result

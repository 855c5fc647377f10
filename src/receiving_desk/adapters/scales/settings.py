"""`[[scale]]` tables of the station file: read strictly (a typo is an error, not a default)
and written back as the scanners' are, so a saved file differs only where a setting did."""

from __future__ import annotations

import dataclasses
from typing import Any

from receiving_desk.adapters.scales.config import ScaleConfig
from receiving_desk.adapters.scales.protocols import PROTOCOLS
from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.file_problems import _t as _t

_TEXT = _t("scale {name}: {key} must be a string")
_WHOLE = _t("scale {name}: {key} must be a whole number")
_USB_ID = _t("scale {name}: {key} must be a number or a hex string")
_KINDS: dict[str, tuple[tuple[type, ...], str]] = {
    "name": ((str,), _TEXT),
    "protocol": ((str,), _TEXT),
    "port": ((str,), _TEXT),
    "usb_vid": ((int, str), _USB_ID),
    "usb_pid": ((int, str), _USB_ID),
    "usb_serial": ((str, int), _TEXT),
    "baudrate": ((int,), _WHOLE),
    "bytesize": ((int,), _WHOLE),
    "parity": ((str,), _TEXT),
    "stopbits": ((int, float), _t("scale {name}: {key} must be a number")),
    "poll_ms": ((int,), _WHOLE),
    "settle_ms": ((int,), _WHOLE),
}


def _range(name: str, key: str, low: int, high: int) -> SettingProblem:
    return SettingProblem(
        _t("scale {name}: {key} must be {low}..{high}"),
        name=repr(name),
        key=key,
        low=low,
        high=high,
    )


def scale_from_dict(data: dict[str, Any]) -> ScaleConfig:
    """A `[[scale]]` table as settings; ValueError naming the scale and the setting."""
    unknown = sorted(set(data) - set(_KINDS))
    if unknown:
        raise SettingProblem(_t("unknown scale setting(s): {keys}"), keys=", ".join(unknown))
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SettingProblem(_t("a scale needs a name"))
    for key, value in data.items():
        kinds, description = _KINDS[key]
        if isinstance(value, bool) or not isinstance(value, kinds):
            raise SettingProblem(description, name=repr(name), key=key)
    values = dict(data)
    for key in ("usb_vid", "usb_pid"):
        if isinstance(values.get(key), str):
            try:
                values[key] = int(values[key], 16)
            except ValueError:
                raise SettingProblem(
                    _t("scale {name}: {key} {value} is not a hex number"),
                    name=repr(name),
                    key=key,
                    value=repr(values[key]),
                ) from None
    if "usb_serial" in values:
        values["usb_serial"] = str(values["usb_serial"])
    if "parity" in values:
        values["parity"] = values["parity"].upper()
    config = ScaleConfig(**values)
    if config.protocol not in PROTOCOLS:
        raise SettingProblem(
            _t("scale {name}: protocol must be one of {allowed}"),
            name=repr(name),
            allowed=", ".join(PROTOCOLS),
        )
    if config.port is None and not config.uses_usb_identity:
        raise SettingProblem(
            _t("scale {name}: set port or usb_vid/usb_pid/usb_serial"), name=repr(name)
        )
    if not 0 < config.baudrate <= 4_000_000:
        raise _range(name, "baudrate", 1, 4_000_000)
    if config.bytesize not in (7, 8) or config.parity not in ("N", "E", "O"):
        raise SettingProblem(_t("scale {name}: bytesize 7 or 8, parity N, E or O"), name=repr(name))
    if config.stopbits not in (1, 2):
        raise SettingProblem(_t("scale {name}: stopbits must be 1 or 2"), name=repr(name))
    if not 50 <= config.poll_ms <= 5000:  # faster floods a 9600 baud line; slower lags
        raise _range(name, "poll_ms", 50, 5000)
    if not 100 <= config.settle_ms <= 30_000:
        raise _range(name, "settle_ms", 100, 30_000)
    return config


def scale_to_dict(config: ScaleConfig) -> dict[str, Any]:
    """TOML has no null: unset fields are left out."""
    return {k: v for k, v in dataclasses.asdict(config).items() if v is not None}


def scale_tables(scales: tuple[ScaleConfig, ...], written: object) -> list[dict[str, Any]]:
    """The `[[scale]]` tables to save: a scale written before keeps its table when unchanged
    and gains no defaults it did not spell out; a new one is written in full."""
    tables = written if isinstance(written, list) else []
    by_name = {t.get("name"): t for t in tables if isinstance(t, dict)}
    defaults = {f.name: f.default for f in dataclasses.fields(ScaleConfig)}
    result = []
    for scale in scales:
        new, old = scale_to_dict(scale), by_name.get(scale.name)
        if old is None:
            result.append(new)
            continue
        try:
            unchanged = scale_from_dict(old) == scale
        except ValueError:
            unchanged = False
        result.append(
            old if unchanged else {k: v for k, v in new.items() if k in old or v != defaults[k]}
        )
    return result

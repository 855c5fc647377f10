"""`[[scale]]` tables of the station file: read strictly (a typo is an error, not a default)
and written back as the scanners' are, so a saved file differs only where a setting did."""

from __future__ import annotations

import dataclasses
from typing import Any

from receiving_desk.adapters.scales.config import ScaleConfig
from receiving_desk.adapters.scales.protocols import PROTOCOLS

_KINDS: dict[str, tuple[tuple[type, ...], str]] = {
    "name": ((str,), "a string"),
    "protocol": ((str,), "a string"),
    "port": ((str,), "a string"),
    "usb_vid": ((int, str), "a number or a hex string"),
    "usb_pid": ((int, str), "a number or a hex string"),
    "usb_serial": ((str, int), "a string"),
    "baudrate": ((int,), "a whole number"),
    "bytesize": ((int,), "a whole number"),
    "parity": ((str,), "a string"),
    "stopbits": ((int, float), "a number"),
    "poll_ms": ((int,), "a whole number"),
    "settle_ms": ((int,), "a whole number"),
}


def scale_from_dict(data: dict[str, Any]) -> ScaleConfig:
    """A `[[scale]]` table as settings; ValueError naming the scale and the setting."""
    unknown = sorted(set(data) - set(_KINDS))
    if unknown:
        raise ValueError(f"unknown scale setting(s): {', '.join(unknown)}")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("a scale needs a name")
    for key, value in data.items():
        kinds, description = _KINDS[key]
        if isinstance(value, bool) or not isinstance(value, kinds):
            raise ValueError(f"scale {name!r}: {key} must be {description}")
    values = dict(data)
    for key in ("usb_vid", "usb_pid"):
        if isinstance(values.get(key), str):
            try:
                values[key] = int(values[key], 16)
            except ValueError:
                problem = f"scale {name!r}: {key} {values[key]!r} is not a hex number"
                raise ValueError(problem) from None
    if "usb_serial" in values:
        values["usb_serial"] = str(values["usb_serial"])
    if "parity" in values:
        values["parity"] = values["parity"].upper()
    config = ScaleConfig(**values)
    if config.protocol not in PROTOCOLS:
        raise ValueError(f"scale {name!r}: protocol must be one of {', '.join(PROTOCOLS)}")
    if config.port is None and not config.uses_usb_identity:
        raise ValueError(f"scale {name!r}: set port or usb_vid/usb_pid/usb_serial")
    if not 0 < config.baudrate <= 4_000_000:
        raise ValueError(f"scale {name!r}: baudrate must be 1..4000000")
    if config.bytesize not in (7, 8) or config.parity not in ("N", "E", "O"):
        raise ValueError(f"scale {name!r}: bytesize 7 or 8, parity N, E or O")
    if config.stopbits not in (1, 2):
        raise ValueError(f"scale {name!r}: stopbits must be 1 or 2")
    if not 50 <= config.poll_ms <= 5000:  # faster floods a 9600 baud line; slower lags
        raise ValueError(f"scale {name!r}: poll_ms must be 50..5000")
    if not 100 <= config.settle_ms <= 30_000:
        raise ValueError(f"scale {name!r}: settle_ms must be 100..30000")
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

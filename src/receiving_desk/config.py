"""Station configuration: which desk this is, where its data lives, how it behaves.

Read from a TOML file (default: the platform's config directory), overridable by command-line
options and environment variables. Precedence: option > environment > file > default.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from receiving_desk.adapters.backup.settings import BackupSettings
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.adapters.scanners.config import ScannerPortConfig
from receiving_desk.domain.shifts import DEFAULT_SHIFTS, Shift, shifts_from_config

APP_NAME = "receiving-desk"
ENV_CONFIG = "RECEIVING_DESK_CONFIG"
ENV_DATA_DIR = "RECEIVING_DESK_DATA_DIR"
ENV_LOG_DIR = "RECEIVING_DESK_LOG_DIR"


class ConfigError(ValueError):
    pass


@dataclass(frozen=True)
class StationConfig:
    station_id: str = "DESK-01"
    site_name: str = "Returns dock"
    site_timezone: str = "UTC"
    data_dir: Path = field(default_factory=lambda: Path(platformdirs.user_data_dir(APP_NAME)))
    log_dir: Path = field(default_factory=lambda: Path(platformdirs.user_log_dir(APP_NAME)))
    rules_file: Path | None = None  # None: the shipped default rules
    language: str = ""  # "" = the system's language
    sound: bool = True
    scanners: tuple[ScannerPortConfig, ...] = ()  # serial scanners ([[scanner]] tables)
    printers: dict[str, Any] = field(default_factory=dict)  # the [printers] table, as written
    lpn_prefix: str = "LPN"  # give each desk its own ("LPA", "LPB"...): LPNs stay unique
    auto_print: bool = True  # print the restock label as soon as a unit is graded
    shifts: tuple[Shift, ...] = DEFAULT_SHIFTS  # [[shift]] tables (site time zone)
    central: CentralSettings = field(default_factory=CentralSettings)  # [central]: empty url
    # means standalone on the local store
    backup: BackupSettings = field(default_factory=BackupSettings)  # [backup]: schedule
    source: Path | None = None  # the file this was read from, if any

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.site_timezone)

    @property
    def database_path(self) -> Path:
        return self.data_dir / "desk.sqlite3"

    @property
    def photo_dir(self) -> Path:
        return self.data_dir / "photos"

    @property
    def backup_dir(self) -> Path:
        return self.backup.folder(self.data_dir)

    @property
    def label_dir(self) -> Path:
        """The embedded default printer: a folder of label PDFs."""
        return self.data_dir / "labels"


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "station.toml"


def load_config(
    config_path: Path | None = None,
    data_dir: Path | None = None,
    environ: dict[str, str] | None = None,
) -> StationConfig:
    env = os.environ if environ is None else environ
    path = config_path or (Path(env[ENV_CONFIG]) if env.get(ENV_CONFIG) else None)
    explicit = path is not None
    path = path or default_config_path()
    values: dict[str, Any] = {}
    if path.exists():
        values = _read_file(path)
    elif explicit:
        raise ConfigError(f"{path}: configuration file not found")

    config = StationConfig(**values, source=path if path.exists() else None)
    if env.get(ENV_LOG_DIR):
        config = replace(config, log_dir=Path(env[ENV_LOG_DIR]))
    if env.get(ENV_DATA_DIR):
        config = replace(config, data_dir=Path(env[ENV_DATA_DIR]))
    if data_dir is not None:
        config = replace(config, data_dir=data_dir)
    return config


_KEYS = {
    "station_id": str,
    "site_name": str,
    "site_timezone": str,
    "data_dir": Path,
    "log_dir": Path,
    "rules_file": Path,
    "language": str,
    "sound": bool,
    "lpn_prefix": str,
    "auto_print": bool,
}


def _read_file(path: Path) -> dict[str, Any]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    station = raw.get("station", raw)
    values: dict[str, Any] = {}
    try:
        values["scanners"] = tuple(ScannerPortConfig.from_dict(t) for t in raw.get("scanner", []))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: [[scanner]]: {exc}") from exc
    try:
        values["central"] = CentralSettings.from_dict(raw.get("central", {}))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: [central]: {exc}") from exc
    try:
        values["shifts"] = shifts_from_config(raw.get("shift", []))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: [[shift]]: {exc}") from exc
    try:
        values["backup"] = BackupSettings.from_dict(raw.get("backup", {}))
    except (TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"{path}: [backup]: {exc}") from exc
    printers = raw.get("printers", {})
    if not isinstance(printers, dict):
        raise ConfigError(f"{path}: [printers] must be a table")
    values["printers"] = printers
    for key, value in station.items():
        if key in ("scanner", "printers", "central", "shift", "backup"):
            continue
        kind = _KEYS.get(key)
        if kind is None:
            if isinstance(value, dict):
                continue  # other sections (scanners, printers, ...) belong to their owners
            raise ConfigError(f"{path}: unknown setting {key!r}")
        if kind is Path:
            if not isinstance(value, str):
                raise ConfigError(f"{path}: {key} must be a path string")
            values[key] = Path(value).expanduser()
        elif not isinstance(value, kind):
            raise ConfigError(f"{path}: {key} must be a {kind.__name__}")
        else:
            values[key] = value
    if "site_timezone" in values:
        try:
            ZoneInfo(values["site_timezone"])
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(f"{path}: unknown time zone {values['site_timezone']!r}") from exc
    return values


def write_config(config: StationConfig, path: Path) -> None:
    """Write the [station] section (used by `demo` and the settings dialog)."""
    lines = ["[station]"]
    for key in _KEYS:
        value = getattr(config, key)
        if value is None:
            continue
        lines.append(f"{key} = {_toml_value(value if isinstance(value, bool) else str(value))}")
    if config.printers:
        lines += ["", "[printers]"]
        for name, target in config.printers.items():
            if isinstance(target, dict):
                inline = ", ".join(f"{k} = {_toml_value(v)}" for k, v in target.items())
                lines.append(f"{_toml_value(name)} = {{ {inline} }}")
            else:
                lines.append(f"{_toml_value(name)} = {_toml_value(target)}")
    if config.shifts != DEFAULT_SHIFTS:
        for shift in config.shifts:
            lines += [
                "",
                "[[shift]]",
                f"name = {_toml_value(shift.name)}",
                f'start = "{shift.start:%H:%M}"',
                f'end = "{shift.end:%H:%M}"',
            ]
    if config.backup != BackupSettings():  # kept when other settings are saved
        lines += ["", "[backup]", f"every_hours = {config.backup.every_hours!r}"]
        lines.append(f"keep = {config.backup.keep}")
        if config.backup.dir is not None:
            lines.append(f"dir = {_toml_value(str(config.backup.dir))}")
    for scanner in config.scanners:
        lines += ["", "[[scanner]]"]
        lines += [f"{key} = {_toml_value(value)}" for key, value in scanner.to_dict().items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'

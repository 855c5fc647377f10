"""Station configuration: which desk this is, where its data lives, how it behaves.

Read from a TOML file (default: the platform's config directory), overridable by command-line
options and environment variables. Precedence: option > environment > file > default. The
file is read and saved only through config_store.py; overrides live in memory only. Every
setting is checked at start (here; the [printers] entries where the printers are built) and a
bad one is reported with the file and its line.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from receiving_desk.adapters.backup.settings import BackupSettings
from receiving_desk.adapters.central.connection import CentralSettings
from receiving_desk.adapters.scales.config import ScaleConfig
from receiving_desk.adapters.scales.settings import scale_from_dict
from receiving_desk.adapters.scanners.config import ScannerPortConfig
from receiving_desk.config_store import ConfigError, ConfigStore, StationDocument, written_language
from receiving_desk.domain.audit_sampling import AuditSettings
from receiving_desk.domain.barcodes.model import DeskPatterns
from receiving_desk.domain.barcodes.pattern_check import PatternError, check_patterns
from receiving_desk.domain.file_problems import Wording, wording, wording_of
from receiving_desk.domain.file_problems import _t as _t
from receiving_desk.domain.security_policy import SecuritySettings
from receiving_desk.domain.shifts import DEFAULT_SHIFTS, Shift, shifts_from_config
from receiving_desk.domain.toml_lines import KeyPath

if TYPE_CHECKING:  # the interpreter loads with the store's check, not with the settings
    from receiving_desk.domain.barcodes.site_codes import UnscannableCode

APP_NAME = "receiving-desk"
ENV_CONFIG = "RECEIVING_DESK_CONFIG"
ENV_DATA_DIR = "RECEIVING_DESK_DATA_DIR"
ENV_LOG_DIR = "RECEIVING_DESK_LOG_DIR"

__all__ = [
    "ConfigError",
    "SiteCodesError",
    "StationConfig",
    "default_config_path",
    "load_config",
    "setting_error",
    "written_language",
]


class SiteCodesError(ConfigError):
    """Codes in the store that the site's [barcodes] patterns would not let the desk scan."""

    def __init__(self, where: ConfigError, problems: list[UnscannableCode]) -> None:
        super().__init__(where.path, where.line, where.wording)
        self.problems = problems


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
    scales: tuple[ScaleConfig, ...] = ()  # bench scales ([[scale]] tables, docs/scales.md)
    printers: dict[str, Any] = field(default_factory=dict)  # the [printers] table, as written
    lpn_prefix: str = "LPN"  # give each desk its own ("LPA", "LPB"...): LPNs stay unique
    auto_print: bool = True  # print the restock label as soon as a unit is graded
    shifts: tuple[Shift, ...] = DEFAULT_SHIFTS  # [[shift]] tables (site time zone)
    currency: str = "EUR"  # ISO 4217: the money in reports
    central: CentralSettings = field(default_factory=CentralSettings)  # [central]: empty url
    # means standalone on the local store
    backup: BackupSettings = field(default_factory=BackupSettings)  # [backup]: schedule
    barcodes: dict[str, str] = field(default_factory=dict)  # [barcodes]: the site's patterns
    security: SecuritySettings = field(default_factory=SecuritySettings)  # [security]
    audit: AuditSettings = field(default_factory=AuditSettings)  # [audit]: blind audit sampling
    source: Path | None = None  # the file this was read from, if any

    @property
    def settings_file(self) -> Path:
        """Where settings changed at the desk are saved: the file read, else the default one."""
        return self.source or default_config_path()

    @property
    def patterns(self) -> DeskPatterns:
        """The site's own barcodes: [barcodes] as written; the LPN pattern from lpn_prefix
        unless [barcodes] names one."""
        lpn = rf"{re.escape(self.lpn_prefix)}\d{{8}}[0-9A-Z]"
        return DeskPatterns(**{"lpn": lpn, **self.barcodes})

    @property
    def pepper_path(self) -> Path:
        """The site's pepper: named by [security], else beside the station file (never in
        the data folder, which backups copy)."""
        return self.security.pepper_file or self.settings_file.parent / "pepper"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.site_timezone)

    @property
    def standalone(self) -> bool:
        return self.central.standalone

    @property
    def number_locale(self) -> str:
        """How reports write numbers and money: the desk's language, else the system's."""
        from babel.core import default_locale  # reports only: not loaded at start

        system = default_locale("LC_NUMERIC")
        if not system or system.endswith("POSIX"):  # the C locale: no preference
            system = "en_US"
        return self.language or system

    @property
    def database_path(self) -> Path:
        return self.data_dir / "desk.sqlite3"

    @property
    def photo_dir(self) -> Path:
        return self.data_dir / "photos"

    @property
    def evidence_dir(self) -> Path:
        """Evidence packs the desk makes by itself (a fraud flag at completion)."""
        return self.data_dir / "evidence"

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
    document = ConfigStore(path).read()
    if document is None and explicit:
        raise ConfigError(path, None, wording(_t("configuration file not found")))
    values = _values(document) if document is not None else {}
    config = StationConfig(**values, source=path if document is not None else None)
    if env.get(ENV_LOG_DIR):
        config = replace(config, log_dir=Path(env[ENV_LOG_DIR]))
    if env.get(ENV_DATA_DIR):
        config = replace(config, data_dir=Path(env[ENV_DATA_DIR]))
    if data_dir is not None:
        config = replace(config, data_dir=data_dir)
    return config


_KEYS: dict[str, type] = {
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
    "currency": str,
}
_KINDS = {
    str: _t("{key} must be a string, not {value}"),
    Path: _t("{key} must be a path (a string), not {value}"),
    bool: _t("{key} must be true or false, not {value}"),
}
_NOT_EMPTY = ("station_id", "lpn_prefix")
# Printed in barcodes, file names and database columns: a space or a slash breaks them.
_PATTERNS = {
    "station_id": (
        r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}",
        _t("{key} {value}: letters, digits, _ . - (at most 64)"),
    ),
    "lpn_prefix": (
        r"[A-Z][A-Z0-9]{0,5}",
        _t("{key} {value}: 1 to 6 capital letters or digits, a letter first"),
    ),
}
_OWNED = (
    "scanner",
    "scale",
    "printers",
    "central",
    "shift",
    "backup",
    "barcodes",
    "security",
    "audit",
)  # read by their owners below
BARCODE_KEYS = (
    "rma",
    "badge",
    "bin",
    "lpn",
    "pin_prefix",
    "badge_pin_separator",
)


def _values(doc: StationDocument) -> dict[str, Any]:
    raw = doc.data
    values: dict[str, Any] = {
        "scanners": _scanners(doc),
        "scales": _scales(doc),
        "central": _central(doc),
        "shifts": _shifts(doc),
        "printers": _printers(doc),
        "backup": _backup(doc),
        "barcodes": _barcodes(doc),
        "security": _security(doc),
        "audit": _audit(doc),
    }
    where: KeyPath = ("station",) if "station" in raw else ()
    station = raw.get("station", raw)
    if not isinstance(station, dict):
        raise doc.error(("station",), _table("station"))
    for key, value in station.items():
        if not where and key in _OWNED:
            continue
        kind = _KEYS.get(key)
        if kind is None:
            if isinstance(value, dict) or (
                isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
            ):
                continue  # other sections (the site's own, ...) are kept, not read
            raise doc.error((*where, key), wording(_t("unknown setting {key}"), key=repr(key)))
        if not isinstance(value, str if kind is Path else kind):
            said = wording(_KINDS[kind], key=key, value=repr(value))
            raise doc.error((*where, key), said)
        if key in _NOT_EMPTY and not str(value).strip():
            raise doc.error((*where, key), wording(_t("{key} must not be empty"), key=key))
        if key in _PATTERNS and not re.fullmatch(_PATTERNS[key][0], str(value)):
            said = wording(_PATTERNS[key][1], key=key, value=repr(value))
            raise doc.error((*where, key), said)
        values[key] = Path(str(value)).expanduser() if kind is Path else value
    if "currency" in values:
        from babel.numbers import is_currency  # only when a currency is written

        values["currency"] = values["currency"].upper()
        if not is_currency(values["currency"]):
            said = wording(
                _t("currency {value} is no ISO 4217 code"), value=repr(values["currency"])
            )
            raise doc.error((*where, "currency"), said)
    if "site_timezone" in values:
        try:
            ZoneInfo(values["site_timezone"])
        except (ZoneInfoNotFoundError, ValueError) as exc:
            said = wording(_t("unknown time zone {value}"), value=repr(values["site_timezone"]))
            raise doc.error((*where, "site_timezone"), said) from exc
    return values


def _tables(doc: StationDocument, name: str) -> list[dict[str, Any]]:
    """The `[[name]]` tables (none when not written)."""
    tables = doc.data.get(name, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise doc.error(
            (name,), wording(_t("{name} must be written as [[{name}]] tables"), name=name)
        )
    return tables


def _table(name: str) -> Wording:
    return wording(_t("[{name}] must be a table"), name=name)


def _twice(section: str, name: str) -> Wording:
    return wording(_t("{name} is named twice"), name=repr(name)).within(section)


def _scanners(doc: StationDocument) -> tuple[ScannerPortConfig, ...]:
    scanners = []
    for i, table in enumerate(_tables(doc, "scanner")):
        try:
            scanners.append(ScannerPortConfig.from_dict(table))
        except (TypeError, ValueError) as exc:
            raise doc.refused(("scanner", i), table, exc, "[[scanner]]") from exc
    names = [s.name for s in scanners]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise doc.error(("scanner", i, "name"), _twice("[[scanner]]", name))
    return tuple(scanners)


def _scales(doc: StationDocument) -> tuple[ScaleConfig, ...]:
    scales = []
    for i, table in enumerate(_tables(doc, "scale")):
        try:
            scales.append(scale_from_dict(table))
        except (TypeError, ValueError) as exc:
            raise doc.refused(("scale", i), table, exc, "[[scale]]") from exc
    names = [s.name for s in scales]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise doc.error(("scale", i, "name"), _twice("[[scale]]", name))
    return tuple(scales)


def _central(doc: StationDocument) -> CentralSettings:
    table = doc.data.get("central", {})
    if not isinstance(table, dict):
        raise doc.error(("central",), _table("central"))
    try:
        return CentralSettings.from_dict(table)
    except (TypeError, ValueError) as exc:
        raise doc.refused(("central",), table, exc) from exc


def _shifts(doc: StationDocument) -> tuple[Shift, ...]:
    tables = _tables(doc, "shift")
    for i, table in enumerate(tables):
        try:
            Shift.from_dict(table)
        except (TypeError, ValueError) as exc:
            raise doc.refused(("shift", i), table, exc, "[[shift]]") from exc
    try:
        return shifts_from_config(tables)
    except ValueError as exc:
        raise doc.error(("shift",), wording_of(exc).within("[[shift]]")) from exc


def _backup(doc: StationDocument) -> BackupSettings:
    table = doc.data.get("backup", {})
    if not isinstance(table, dict):
        raise doc.error(("backup",), _table("backup"))
    try:
        return BackupSettings.from_dict(table)
    except (TypeError, ValueError, AttributeError) as exc:
        raise doc.refused(("backup",), table, exc, "[backup]") from exc


def _barcodes(doc: StationDocument) -> dict[str, str]:
    """[barcodes]: the site's patterns (regular expressions, whole-code match), its PIN prefix
    and the badge/PIN separator; whether the codes that exist still scan is checked where
    they are read (at start and at every reference pull)."""
    table = doc.data.get("barcodes", {})
    if not isinstance(table, dict):
        raise doc.error(("barcodes",), _table("barcodes"))
    for key, value in table.items():
        if key not in BARCODE_KEYS:
            said = wording(_t("unknown setting {key}"), key=repr(key))
            raise doc.error(("barcodes", key), said.within("[barcodes]"))
        if not isinstance(value, str):
            said = wording(_t("{key} must be a string"), key=key)
            raise doc.error(("barcodes", key), said.within("[barcodes]"))
        try:
            check_patterns(DeskPatterns(**{key: value}))
        except PatternError as exc:
            raise doc.error(("barcodes", key), wording_of(exc).within("[barcodes]")) from exc
    return dict(table)


def _security(doc: StationDocument) -> SecuritySettings:
    table = doc.data.get("security", {})
    if not isinstance(table, dict):
        raise doc.error(("security",), _table("security"))
    try:
        return SecuritySettings.from_dict(table)
    except ValueError as exc:
        raise doc.refused(("security",), table, exc, "[security]") from exc


def _audit(doc: StationDocument) -> AuditSettings:
    table = doc.data.get("audit")
    if table is None:
        return AuditSettings()
    if not isinstance(table, dict):
        raise doc.error(("audit",), _table("audit"))
    try:
        return AuditSettings.from_dict(table)
    except ValueError as exc:
        raise doc.refused(("audit",), table, exc, "[audit]") from exc


def _printers(doc: StationDocument) -> dict[str, Any]:
    """The `[printers]` table; its entries are checked where the printers are built
    (bootstrap, through `setting_error`): the printing code is not loaded at start-up."""
    table = doc.data.get("printers", {})
    if not isinstance(table, dict):
        raise doc.error(("printers",), _table("printers"))
    return table


def setting_error(config: StationConfig, key: KeyPath, problem: str | Wording) -> ConfigError:
    """A setting found unusable after loading, named with its file and line."""
    document = ConfigStore(config.source).read() if config.source is not None else None
    if document is None:
        return ConfigError(config.settings_file, None, problem)
    return document.error(key, problem)

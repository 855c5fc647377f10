"""The `[backup]` table of the station file: how often, how many, where."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.file_problems import _t as _t


@dataclass(frozen=True)
class BackupSettings:
    every_hours: float = 4.0  # 0: no scheduled backups (`db backup` still works)
    keep: int = 14  # scheduled and manual backups of this station kept in `dir`
    dir: Path | None = None  # None: the `backups` folder beside the store

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> BackupSettings:
        kwargs: dict[str, Any] = {}
        for key, value in values.items():
            if key == "every_hours":
                if (
                    isinstance(value, bool)
                    or not isinstance(value, int | float)
                    or not 0 <= value <= 24 * 31
                ):
                    raise SettingProblem(_t("every_hours must be a number of hours, 0 to 744"))
                kwargs[key] = float(value)
            elif key == "keep":
                if (
                    isinstance(value, bool)
                    or not isinstance(value, int)
                    or not 1 <= value <= 10_000
                ):
                    raise SettingProblem(_t("keep must be a whole number, 1 to 10000"))
                kwargs[key] = value
            elif key == "dir":
                if not isinstance(value, str) or not value.strip():
                    raise SettingProblem(_t("dir must be a folder path"))
                kwargs[key] = Path(value).expanduser()
            else:
                raise SettingProblem(_t("unknown setting {key}"), key=repr(key))
        return cls(**kwargs)

    @property
    def scheduled(self) -> bool:
        return self.every_hours > 0

    def folder(self, data_dir: Path) -> Path:
        return self.dir if self.dir is not None else data_dir / "backups"

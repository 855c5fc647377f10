"""The `[security]` table of the station file: PIN length, lockout, idle logout, the pepper.

Every value is checked for type and range; a bad one names itself (the station-file reader
adds the file and line).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.file_problems import _t as _t
from receiving_desk.domain.refusals import PIN_LENGTH, refused


def _whole(key: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SettingProblem(
            _t("{key} must be a whole number from {low} to {high}, not {value}"),
            key=key,
            low=low,
            high=high,
            value=repr(value),
        )
    return value


def _number(key: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise SettingProblem(
            _t("{key} must be a number from {low} to {high}, not {value}"),
            key=key,
            low=f"{low:g}",
            high=f"{high:g}",
            value=repr(value),
        )
    return float(value)


@dataclass(frozen=True)
class SecuritySettings:
    pin_min_length: int = 6  # digits; 10^6 guesses is argon2id-months, 10^4 was minutes
    max_failed_logins: int = 5  # in a row, per badge, then the badge is locked
    lockout_minutes: float = 5.0
    idle_logout_minutes: float = 10.0  # an unattended desk logs out by itself
    idle_warning_seconds: float = 60.0  # the screen warns this long before
    pepper_file: Path | None = None  # None: `pepper` beside the station file

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> SecuritySettings:
        kwargs: dict[str, Any] = {}
        for key, value in values.items():
            if key == "pin_min_length":
                kwargs[key] = _whole(key, value, 4, 12)
            elif key == "max_failed_logins":
                kwargs[key] = _whole(key, value, 1, 100)
            elif key == "lockout_minutes":
                kwargs[key] = _number(key, value, 0.5, 24 * 60)
            elif key == "idle_logout_minutes":
                kwargs[key] = _number(key, value, 1, 12 * 60)
            elif key == "idle_warning_seconds":
                kwargs[key] = _number(key, value, 5, 600)
            elif key == "pepper_file":
                if not isinstance(value, str) or not value.strip():
                    raise SettingProblem(_t("pepper_file must be a file path"))
                kwargs[key] = Path(value).expanduser()
            else:
                raise SettingProblem(_t("unknown setting {key}"), key=repr(key))
        settings = cls(**kwargs)
        if settings.idle_warning_seconds >= settings.idle_logout_minutes * 60:
            raise SettingProblem(
                _t("idle_warning_seconds must be shorter than idle_logout_minutes")
            )
        return settings

    def check_pin(self, pin: str) -> None:
        """A new PIN: digits only (the PIN pad and the scanner's keypad), long enough."""
        if not (pin.isascii() and pin.isdigit() and self.pin_min_length <= len(pin) <= 12):
            raise refused(PIN_LENGTH, low=self.pin_min_length, high=12)

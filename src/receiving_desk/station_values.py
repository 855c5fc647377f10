"""The station's own settings as the setup writes them ([station] station_id, site_name,
site_timezone, language, sound): checked here once, for the screen and the command line."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.file_problems import _t as _t
from receiving_desk.resources import resource

STATION_KEYS = ("station_id", "site_name", "site_timezone", "language", "sound")
STATION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")


def languages() -> list[str]:
    """ "" (the system's), English, and every language the desk has a catalogue for."""
    found = {p.stem.removeprefix("receiving_desk_") for p in resource("translations").glob("*.qm")}
    return ["", "en", *sorted(found - {"en"})]


def time_zones() -> list[str]:
    return sorted(available_timezones())


def check_station(values: Mapping[str, Any]) -> None:
    """ValueError naming the first setting that is wrong."""
    unknown = set(values) - set(STATION_KEYS)
    if unknown:
        raise SettingProblem(
            _t("unknown [station] setting(s): {keys}"), keys=", ".join(sorted(unknown))
        )
    if "station_id" in values and not STATION_ID.fullmatch(str(values["station_id"])):
        raise SettingProblem(_t("a station id is 1 to 32 letters, digits, - or _ (DESK-01)"))
    if "site_name" in values and not str(values["site_name"]).strip():
        raise SettingProblem(_t("the site needs a name"))
    try:
        ZoneInfo(str(values.get("site_timezone", "UTC")))
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingProblem(
            _t("unknown time zone {value}"), value=repr(values["site_timezone"])
        ) from None
    if values.get("language", "") not in languages():
        raise SettingProblem(
            _t("language must be one of {allowed}"), allowed=", ".join(languages()[1:])
        )
    if "sound" in values and not isinstance(values["sound"], bool):
        raise SettingProblem(_t("sound is true or false"))

"""The public tracking-number data set, read as data: shapes, check rules and test numbers.

``carrier_data/*.json`` are the couriers the desk claims, copied unchanged from
jkeen/tracking_number_data (MIT, see carrier_data/LICENSE and docs/barcodes.md). Refreshing
them is a copy; tests/unit/test_carrier_data.py then runs every published valid and invalid
number of every claimed type and fails on a type nobody decided about.

A format's regex is PCRE written to allow spaces anywhere; the desk removes spaces first,
so ``\\s*`` is dropped and ``(?<Name>`` becomes Python's ``(?P<Name>``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

COURIERS = ("amazon", "dhl", "fedex", "s10", "ups", "usps")


@dataclass(frozen=True)
class Checksum:
    """One of the data set's check algorithms with its constants (CHECKSUM_ALGORITHMS.md)."""

    name: str
    params: Mapping[str, Any]

    def expected(self, serial: str) -> str:
        """The check character that belongs after ``serial``."""
        p = self.params
        if self.name == "mod10":
            chars = serial[::-1] if p.get("reverse") else serial
            # Letters count as (code - 3) mod 10, as in the data set's reference implementation.
            values = [int(c) if c.isdigit() else (ord(c) - 3) % 10 for c in chars]
            evens, odds = int(p.get("evens_multiplier", 1)), int(p.get("odds_multiplier", 1))
            total = sum(v * (evens if i % 2 == 0 else odds) for i, v in enumerate(values))
            return str((10 - total % 10) % 10)
        if self.name == "mod7":
            return str(int(serial) % 7)
        if self.name == "s10":
            total = sum(int(c) * w for c, w in zip(serial, p["weightings"], strict=False))
            remainder = total % 11
            return str({0: 5, 1: 0}.get(remainder, 11 - remainder))
        if self.name == "sum_product_with_weightings_and_modulo":
            total = sum(int(c) * w for c, w in zip(serial, p["weightings"], strict=False))
            return str(total % int(p["modulo1"]) % int(p["modulo2"]))
        raise ValueError(f"check algorithm {self.name!r} is not implemented")


@dataclass(frozen=True)
class TrackingFormat:
    """One tracking-number type of the data set (e.g. ``fedex_34``)."""

    courier: str  # the data set's courier_code, e.g. "fedex"
    id: str  # the data set's format id; UPS Waybill has none, so its name is slugged
    name: str
    regex: re.Pattern[str]
    checksum: Checksum | None
    prepend_if: tuple[re.Pattern[str], str] | None  # serial rewrite before checking
    required: Mapping[str, frozenset[str]]  # group -> accepted values ("exists" lookups)
    valid: tuple[str, ...]  # the data set's published test numbers
    invalid: tuple[str, ...]

    def check_serial(self, serial: str) -> str:
        if self.prepend_if is not None and self.prepend_if[0].match(serial):
            return self.prepend_if[1] + serial
        return serial


def python_regex(pcre: str | list[str]) -> re.Pattern[str]:
    text = "".join(pcre) if isinstance(pcre, list) else pcre
    return re.compile(re.sub(r"\(\?<(?=[A-Za-z_])", "(?P<", text.replace("\\s*", "")))


def _format(courier: str, raw: dict[str, Any]) -> TrackingFormat:
    validation = raw.get("validation") or {}
    checksum = validation.get("checksum")
    serial_format = (validation.get("serial_number_format") or {}).get("prepend_if")
    exists = set((validation.get("additional") or {}).get("exists", []))
    required = {
        extra["regex_group_name"]: frozenset(entry["matches"] for entry in extra["lookup"])
        for extra in raw.get("additional", [])
        if extra["name"] in exists
    }
    tests = raw.get("test_numbers", {})
    return TrackingFormat(
        courier=courier,
        id=raw.get("id") or re.sub(r"\W+", "_", raw["name"].lower()),
        name=raw["name"],
        regex=python_regex(raw["regex"]),
        checksum=Checksum(checksum["name"], checksum) if checksum else None,
        prepend_if=(
            (python_regex(serial_format["matches_regex"]), serial_format["content"])
            if serial_format
            else None
        ),
        required=required,
        valid=tuple(tests.get("valid", ())),
        invalid=tuple(tests.get("invalid", ())),
    )


@cache
def tracking_formats() -> dict[str, TrackingFormat]:
    """Every format of the claimed couriers' files, by id (loaded once)."""
    formats: dict[str, TrackingFormat] = {}
    folder = resources.files(__package__) / "carrier_data"
    for courier in COURIERS:
        data = json.loads((folder / f"{courier}.json").read_text(encoding="utf-8"))
        for raw in data["tracking_numbers"]:
            found = _format(data["courier_code"], raw)
            formats[found.id] = found
    return formats

"""Value types produced by barcode interpretation."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class ScanKind(StrEnum):
    """What a scan turned out to be."""

    GTIN = "gtin"  # a trade item: value = GTIN-14 (zero padded)
    GS1 = "gs1"  # GS1 element string that is more than a GTIN
    SSCC = "sscc"  # value = 18-digit SSCC (AI 00 alone)
    TRACKING = "tracking"  # value = normalised tracking number
    RMA = "rma"
    LPN = "lpn"
    BIN = "bin"
    BADGE = "badge"
    COMMAND = "command"  # value = command name without prefix, e.g. "GRADE-A"
    UNKNOWN = "unknown"  # well-formed text we cannot place (may still be a SKU)
    INVALID = "invalid"  # recognised shape that failed validation
    NOISE = "noise"  # nothing printable


class Expect(StrEnum):
    """What the current step of the flow expects; used only to break ties."""

    ANY = "any"
    BADGE = "badge"
    PARCEL = "parcel"
    ITEM = "item"
    BIN = "bin"
    LPN = "lpn"


def _empty_ais() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Interpretation:
    """The meaning of one scan. Never raised as an error: problems are data."""

    kind: ScanKind
    value: str  # normalised key ("" for NOISE)
    raw: str  # payload as given (AIM id and CR/LF suffix removed)
    aim_id: str | None
    gtin14: str | None = None
    gtin_format: str | None = None  # "GTIN-8" / "GTIN-12" / "GTIN-13" / "GTIN-14"
    serial: str | None = None  # AI 21
    lot: str | None = None  # AI 10
    expiry: datetime.date | None = None  # AI 17
    carrier: str | None = None  # "UPS", "FedEx", "USPS", "DHL", "UPU S10", "Amazon"
    # GS1 AI -> raw value. Read-only; excluded from hashing because mappings are unhashable.
    ais: Mapping[str, str] = field(default_factory=_empty_ais, hash=False)
    problem: str | None = None  # plain-English reason for INVALID (logs, tests)
    problem_code: str | None = None  # stable code for translation, see docs/barcodes.md
    # The facts a translated message needs (expected/read check digit, the AI, the value...).
    problem_params: Mapping[str, str] = field(default_factory=_empty_ais, hash=False)

    @property
    def is_error(self) -> bool:
        return self.kind in (ScanKind.INVALID, ScanKind.NOISE)


@dataclass(frozen=True)
class DeskPatterns:
    """The desk's own barcodes, configurable per site (regexes, full match)."""

    rma: str = r"RMA-\d{4}-\d{6}"
    badge: str = r"BADGE-[A-Z0-9]{3,12}"
    command: str = r"CMD-([A-Z0-9]+(?:-[A-Z0-9]+)*)"  # group 1 = command name
    # Up to four parts of up to 8: "BIN-A-01-01", and the named ones ("BIN-SCRAP-01").
    bin: str = r"BIN-[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){0,3}"
    # prefix + 8 digits + ISO 7064 MOD 37-36 check character over everything before it
    lpn: str = r"LPN\d{8}[0-9A-Z]"
    # A PIN sent by a scanner: a card's second barcode "PIN-<digits>"; and, for readers that
    # send badge and PIN together, the character between them ("" = not used at this site).
    pin_prefix: str = "PIN-"
    badge_pin_separator: str = ""

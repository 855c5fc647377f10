"""Labels as data: sizes, templates (what goes where) and the values filled in.

Positions and sizes are inches from the label's top-left corner, so the ZPL and the PDF
renderer lay out the same label at any printer resolution. Barcode module widths are
targets: renderers round them to whole printer dots (a 203-dpi printer cannot print 1.5 dots).
"""

from __future__ import annotations

import math
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Any, Literal

LabelFormat = Literal["zpl", "pdf"]
FORMATS: tuple[LabelFormat, ...] = ("zpl", "pdf")
QUIET_MODULES = 10  # Code 128 quiet zone on each side, in modules


class LabelError(ValueError):
    """The label cannot be rendered as asked (missing field, data too long for its box)."""


class Symbology(StrEnum):
    CODE128 = "code128"
    GS1_128 = "gs1-128"  # value given as HRI: "(01)09506000134352(21)ABC123"


@dataclass(frozen=True)
class LabelSize:
    name: str
    width_in: float
    height_in: float

    def dots(self, dpi: int) -> tuple[int, int]:
        return round(self.width_in * dpi), round(self.height_in * dpi)


SIZE_4X2 = LabelSize("4x2", 4.0, 2.0)
SIZE_2X1 = LabelSize("2x1", 2.0, 1.0)


@dataclass(frozen=True)
class TextBox:
    """A line of text: `text` is a format string over the label's fields ("SKU {sku}")."""

    text: str
    x: float
    y: float
    height: float  # font size (em) in inches
    width: float  # longer text is cut with an ellipsis
    bold: bool = False
    shrink: float = 1.0  # may print down to this share of `height` to fit before it is cut


@dataclass(frozen=True)
class BarcodeBox:
    """A linear barcode of one field; `x` is where the left quiet zone starts."""

    field: str
    x: float
    y: float
    height: float  # bar height in inches
    width: float  # room for quiet zones and bars
    symbology: Symbology = Symbology.CODE128
    module: float = 0.010  # target narrow-bar width in inches
    hri_height: float = 0.0  # human-readable line under the bars; 0 for none


Element = TextBox | BarcodeBox


@dataclass(frozen=True)
class Template:
    name: str
    kind: str  # the label type a printer is chosen by: "restock", "bin"
    size: LabelSize
    elements: tuple[Element, ...]
    required: tuple[str, ...]
    key: str  # the field that names the label in file names and job lists


@dataclass(frozen=True)
class Label:
    template: Template
    values: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        missing = [name for name in self.template.required if not self.values.get(name)]
        if missing:
            raise LabelError(f"{self.template.name} label needs {', '.join(missing)}")

    @property
    def key(self) -> str:
        return self.values.get(self.template.key, "")

    def value(self, name: str) -> str:
        return self.values.get(name, "")

    def text(self, box: TextBox) -> str:
        """The box's text, or "" when every field it shows is empty (the box is left out)."""
        names = template_fields(box.text)
        if names and not any(self.values.get(n) for n in names):
            return ""
        return self.fill(box.text)

    def fill(self, text: str) -> str:
        """`text` with its {field} references filled in ("" for a field not given)."""
        return text.format_map(self._filled)

    @cached_property
    def _filled(self) -> _Blank:
        return _Blank(self.values)

    def to_dict(self) -> dict[str, Any]:
        return {"template": self.template.name, "values": dict(self.values)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Label:
        return cls(template_named(str(data["template"])), dict(data["values"]))


# A label stored before its captions were fields (a reprint of an old job) prints English.
CAPTION_DEFAULTS = {"grade_word": "GRADE", "sku_word": "SKU", "bin_word": "BIN"}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return CAPTION_DEFAULTS.get(key, "")


@lru_cache(maxsize=256)
def template_fields(text: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(text) if name)


def module_dots(box: BarcodeBox, modules: int, dpi: int) -> int:
    """Narrow-bar width in whole printer dots: the target, or less if the symbol would not fit."""
    target = max(1, round(box.module * dpi))
    fits = math.floor(box.width * dpi / (modules + 2 * QUIET_MODULES))
    if fits < 1:
        raise LabelError(f"{box.field}: {modules} modules do not fit in {box.width} in")
    return min(target, fits)


RESTOCK = ("lpn", "sku", "grade", "disposition", "bin")

RESTOCK_4X2 = Template(
    "restock-4x2",
    "restock",
    SIZE_4X2,
    (
        BarcodeBox("lpn", 0.06, 0.10, 0.52, 2.60, hri_height=0.13),
        TextBox("{grade_word}", 2.80, 0.08, 0.11, 1.10),
        TextBox("{grade}", 2.80, 0.20, 0.42, 1.14, bold=True),
        TextBox("{disposition}", 2.80, 0.67, 0.11, 1.16, bold=True, shrink=0.7),
        TextBox("{description}", 0.12, 0.86, 0.16, 3.76),
        TextBox("{sku_word} {sku}", 0.12, 1.06, 0.13, 2.10),
        TextBox("{rma}", 2.30, 1.06, 0.13, 1.60),
        TextBox("{bin_word} {bin}", 0.12, 1.24, 0.24, 2.60, bold=True),
        TextBox("{date}", 2.80, 1.30, 0.13, 1.10),
        BarcodeBox("gs1", 0.06, 1.54, 0.28, 3.88, Symbology.GS1_128, hri_height=0.10),
    ),
    RESTOCK,
    "lpn",
)

RESTOCK_2X1 = Template(
    "restock-2x1",
    "restock",
    SIZE_2X1,
    (
        BarcodeBox("lpn", 0.02, 0.05, 0.36, 1.96, hri_height=0.09),
        TextBox("{bin_word} {bin}", 0.08, 0.56, 0.17, 1.40, bold=True),
        TextBox("{grade}", 1.55, 0.53, 0.20, 0.42, bold=True),
        TextBox("{sku} {description}", 0.08, 0.76, 0.09, 1.86),
        TextBox("{disposition}", 0.08, 0.88, 0.08, 1.86, shrink=0.8),
    ),
    RESTOCK,
    "lpn",
)

BIN_4X2 = Template(
    "bin-4x2",
    "bin",
    SIZE_4X2,
    (
        BarcodeBox("bin", 0.06, 0.12, 0.90, 3.88, module=0.015),
        TextBox("{bin}", 0.12, 1.12, 0.52, 3.76, bold=True),
        TextBox("{description}", 0.12, 1.74, 0.16, 3.76),
    ),
    ("bin",),
    "bin",
)

BIN_2X1 = Template(
    "bin-2x1",
    "bin",
    SIZE_2X1,
    (
        BarcodeBox("bin", 0.02, 0.06, 0.50, 1.96),
        TextBox("{bin}", 0.08, 0.62, 0.30, 1.86, bold=True),
    ),
    ("bin",),
    "bin",
)

TEMPLATES: dict[str, Template] = {t.name: t for t in (RESTOCK_4X2, RESTOCK_2X1, BIN_4X2, BIN_2X1)}


def template_named(name: str) -> Template:
    try:
        return TEMPLATES[name]
    except KeyError:
        raise LabelError(f"unknown label template {name!r}") from None


def restock_label(
    *,
    lpn: str,
    sku: str,
    description: str,
    grade: str,
    disposition: str,
    bin: str,
    rma: str = "",
    on: date | str = "",
    gs1: str = "",
    size: str = "4x2",
    captions: Mapping[str, str] | None = None,
) -> Label:
    """A restock label; `gs1` is the item's GS1 element string as HRI (4x2 only);
    `captions` the words GRADE, SKU and BIN in the station's language (`label_words`)."""
    values = {
        **CAPTION_DEFAULTS,
        **(captions or {}),
        "lpn": lpn,
        "sku": sku,
        "description": description,
        "grade": grade,
        "disposition": disposition,
        "bin": bin,
        "rma": rma,
        "date": on.isoformat() if isinstance(on, date) else on,
        "gs1": gs1,
    }
    return Label(template_named(f"restock-{size}"), values)


def bin_label(bin: str, *, description: str = "", size: str = "4x2") -> Label:
    return Label(template_named(f"bin-{size}"), {"bin": bin, "description": description})

"""Catalog entries: what an item is, where it lives, what it is worth."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Product:
    sku: str
    description: str
    category: str
    unit_value: Decimal
    home_bin: str
    gtins: tuple[str, ...] = ()  # GTIN-14, zero padded, so UPC-A / EAN-13 / GTIN-14 compare equal
    weight_grams: int | None = None  # what one unit weighs (None: not known, not checked)

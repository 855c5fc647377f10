"""Shopify's product CSV export (Products > Export), read as product rows.

One row per variant; the first row of a product carries its Title and Type, the following
variant rows only the Handle and the variant's cells; rows with no Variant SKU are extra
image rows. The desk's fields come from: sku = Variant SKU, description = Title plus the
variant's option values, category = Type (lower case; must be a category of the rules),
unit_value = Variant Price, gtins = Variant Barcode, home_bin = the product metafield
`custom.home_bin` (column "... (product.metafields.custom.home_bin)"), which the shop adds
for its warehouse. See docs/import.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from receiving_desk.domain.reference_rows import Row

HOME_BIN_SUFFIX = "(product.metafields.custom.home_bin)"
_REQUIRED = ("Handle", "Title", "Type", "Variant SKU", "Variant Price", "Variant Barcode")


def is_product_export(header: Sequence[str]) -> bool:
    return all(name in header for name in _REQUIRED)


def _home_bin_column(header: Sequence[str]) -> str | None:
    return next((name for name in header if name.endswith(HOME_BIN_SUFFIX)), None)


def columns(header: Sequence[str]) -> dict[str, str]:
    """The export's column each desk column comes from (to name it in a problem)."""
    return {
        "sku": "Variant SKU",
        "description": "Title",
        "category": "Type",
        "unit_value": "Variant Price",
        "gtins": "Variant Barcode",
        "home_bin": _home_bin_column(header) or f"Home bin {HOME_BIN_SUFFIX}",
        "weight_grams": "Variant Grams",
    }


def product_rows(rows: list[Row]) -> list[Row]:
    """Map each variant row to the desk's product columns (same line numbers)."""
    header = list(rows[0][1]) if rows else []
    home_column = _home_bin_column(header)
    products: dict[str, dict[str, str]] = {}  # handle -> the product row's cells
    out: list[Row] = []
    for line, cells in rows:
        handle = cells.get("Handle", "").strip()
        if cells.get("Title", "").strip():
            products[handle] = dict(cells)
        first = products.get(handle, {})
        if not cells.get("Variant SKU", "").strip():
            continue  # an image row
        options = [
            cells.get(f"Option{i} Value", "").strip()
            for i in (1, 2, 3)
            if cells.get(f"Option{i} Value", "").strip() not in ("", "Default Title")
        ]
        title = first.get("Title", "").strip()
        home = (cells.get(home_column, "") or first.get(home_column, "")) if home_column else ""
        out.append(
            (
                line,
                {
                    "sku": cells.get("Variant SKU", ""),
                    "description": " / ".join([title, *options]) if title else "",
                    "category": first.get("Type", ""),
                    "unit_value": cells.get("Variant Price", ""),
                    "gtins": cells.get("Variant Barcode", "").lstrip("'"),
                    "home_bin": home,
                    "weight_grams": _grams(cells.get("Variant Grams", "")),
                },
            )
        )
    return out


def _grams(raw: str) -> str:
    """Shopify writes a variant's weight in grams ("900" or "900.0"), 0 when none is set:
    the desk's column then stays empty (not known, not checked)."""
    text = raw.strip().removesuffix(".0")
    return "" if text in ("", "0") else text

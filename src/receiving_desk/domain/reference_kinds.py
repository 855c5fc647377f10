"""The kinds of reference data a file can hold. Apart from the row checks
(`reference_rows`), so the command line can offer them without loading those."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    PRODUCTS = "products"
    CUSTOMERS = "customers"
    RMAS = "rmas"
    BINS = "bins"

"""The words printed on labels and cards (restock labels, bin labels, badge cards), marked for
the desk's one catalogue (context "Labels"); the printing adapters read them in the station's
language. Field values (SKU, bin code, LPN) are never translated: only these words."""

from __future__ import annotations

from receiving_desk.domain.rules import Disposition


def _t(text: str) -> str:
    """Marks a word for the catalogue (context "Labels"); translated when printed."""
    return text


# The restock label's captions, by the template field that shows them.
CAPTIONS: dict[str, str] = {
    "grade_word": _t("GRADE"),
    "sku_word": _t("SKU"),
    "bin_word": _t("BIN"),
}

DISPOSITIONS: dict[Disposition, str] = {
    Disposition.RESTOCK_NEW: _t("Restock as new"),
    Disposition.RESTOCK_OPEN_BOX: _t("Restock as open box"),
    Disposition.REFURBISH: _t("Refurbish"),
    Disposition.REPAIR: _t("Repair"),
    Disposition.RETURN_TO_VENDOR: _t("Return to vendor"),
    Disposition.LIQUIDATE: _t("Liquidate"),
    Disposition.DONATE: _t("Donate"),
    Disposition.RECYCLE: _t("Recycle"),
    Disposition.DESTROY: _t("Destroy"),
}

ROLES: dict[str, str] = {
    "clerk": _t("Clerk"),
    "supervisor": _t("Supervisor"),
    "admin": _t("Administrator"),
}

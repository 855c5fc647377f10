"""A badge card: the user's name and badge code as a Code 128 barcode, on a card-sized PDF page
(ID-1, 85.6 x 54 mm), for a card printer or to cut out and put in a badge holder."""

from __future__ import annotations

from collections.abc import Sequence

from receiving_desk.adapters.printing.label_words import label_words
from receiving_desk.adapters.printing.labels import BarcodeBox, Label, LabelSize, Template, TextBox
from receiving_desk.adapters.printing.pdf import render_pdf, render_pdf_pages
from receiving_desk.domain.users import User

CARD = LabelSize("card", 3.370, 2.125)
BADGE_CARD = Template(
    "badge-card",
    "badge",
    CARD,
    (
        TextBox("{name}", 0.15, 0.15, 0.22, 3.05, bold=True),
        TextBox("{role}", 0.15, 0.45, 0.14, 3.05),
        BarcodeBox("badge", 0.05, 0.85, 0.80, 3.25, module=0.013, hri_height=0.14),
    ),
    ("badge", "name"),
    "badge",
)


def badge_card_pdf(badge: str, name: str, role: str, language: str = "") -> bytes:
    """The card with the role named in `language` (the station's)."""
    shown = label_words(language).role(role)
    return render_pdf(Label(BADGE_CARD, {"badge": badge, "name": name, "role": shown}), dpi=300)


def badge_cards_pdf(users: Sequence[User], language: str = "") -> bytes:
    """One card a page, for a card printer fed a batch."""
    words = label_words(language)
    cards = [
        Label(BADGE_CARD, {"badge": u.badge, "name": u.name, "role": words.role(u.role.value)})
        for u in users
    ]
    return render_pdf_pages(cards, 300)

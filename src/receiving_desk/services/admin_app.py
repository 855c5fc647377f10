"""What the GUI's administration and first-run setup may use: use cases and one renderer,
built by the composition root (the GUI imports no adapter)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from receiving_desk.services.bin_labels import BinLabels
from receiving_desk.services.import_admin import ReferenceImports
from receiving_desk.services.rules_admin import RulesAdmin
from receiving_desk.services.site_setup import SiteSetup
from receiving_desk.services.user_admin import UserAdmin


@dataclass
class AdminApp:
    setup: SiteSetup
    users: UserAdmin
    imports: ReferenceImports
    badge_card: Callable[[str, str, str], bytes]  # badge, name, role -> a card-sized PDF
    central_values: Callable[[], dict[str, Any]]  # [central] url (password masked), file
    rules: RulesAdmin  # the rules file: compare, load (centrally on a desk with central)
    bin_labels: BinLabels  # the store's bins, their labels to the printer or a PDF

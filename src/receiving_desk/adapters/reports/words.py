"""The words of a printed report (PDF and CSV) in the language its numbers are written for.

One catalogue for the whole desk: the texts are the GUI's own ("ReportNames" for figures,
columns, titles and codes; "Messages" for dispositions and return reasons, which the desk
names there), read from the Qt Linguist files by `Catalogue`, so the screen, the PDF and the
CSV say the same thing in the same words.
"""

from __future__ import annotations

from functools import lru_cache

from receiving_desk.adapters.catalogue import Catalogue
from receiving_desk.domain.rma import ReturnReason
from receiving_desk.domain.rules import Disposition
from receiving_desk.services.report_model import ReportFilter, filter_label
from receiving_desk.services.report_names import code_name

_IN_MESSAGES = {*Disposition, *ReturnReason}  # codes the GUI names in "Messages"


class ReportWords:
    def __init__(self, language: str) -> None:
        self._catalogue = Catalogue(language)

    def label(self, english: str) -> str:
        """A figure, column or table title, or a phrase of the report (placeholders kept)."""
        return self._catalogue.text("ReportNames", english)

    def code(self, code: str) -> str:
        """A code the report counts by, as people read it."""
        english = code_name(code)
        if code in _IN_MESSAGES:
            return self._catalogue.text("Messages", english)
        return self.label(english)

    def covers(self, f: ReportFilter, clerk_name: str | None) -> str:
        return filter_label(f, clerk_name, self.label)


@lru_cache(maxsize=8)
def report_words(language: str) -> ReportWords:
    """The words for `language` (a desk language such as "ru" or "zh_TW"; English otherwise)."""
    return ReportWords(language)

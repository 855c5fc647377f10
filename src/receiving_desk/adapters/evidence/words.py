"""An evidence pack's words in the station's language, from the desk's one catalogue (the
texts: services/evidence_texts.py, context "Evidence"), as labels and reports read theirs."""

from __future__ import annotations

from functools import lru_cache

from receiving_desk.adapters.catalogue import Catalogue
from receiving_desk.services.evidence_texts import CONTEXT, TEXTS


class PackWords:
    def __init__(self, language: str = "") -> None:
        self.language = language
        self._catalogue = Catalogue(language)

    def __call__(self, english: str, **values: object) -> str:
        """`english` (one of TEXTS: a text not marked would never be translated) in the pack's
        language, its {placeholders} filled."""
        if english not in TEXTS:
            raise KeyError(f"evidence pack text not in services/evidence_texts.py: {english!r}")
        text = self._catalogue.text(CONTEXT, english)
        return text.format(**values) if values else text


@lru_cache(maxsize=8)
def pack_words(language: str) -> PackWords:
    """The words for `language` (a desk language such as "ru" or "zh_TW"; English otherwise)."""
    return PackWords(language)

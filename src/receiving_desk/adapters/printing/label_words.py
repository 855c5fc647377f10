"""The words on a label in the station's language, from the desk's one catalogue."""

from __future__ import annotations

from functools import lru_cache

from receiving_desk.adapters.catalogue import Catalogue
from receiving_desk.domain.rules import Disposition
from receiving_desk.services.label_texts import CAPTIONS, DISPOSITIONS, ROLES

CONTEXT = "Labels"


class LabelWords:
    def __init__(self, language: str = "") -> None:
        self._catalogue = Catalogue(language)

    def captions(self) -> dict[str, str]:
        """The restock label's caption fields ("grade_word": "ОЦЕНКА", ...)."""
        return {field: self._catalogue.text(CONTEXT, word) for field, word in CAPTIONS.items()}

    def disposition(self, disposition: Disposition) -> str:
        return self._catalogue.text(CONTEXT, DISPOSITIONS[disposition])

    def role(self, role: str) -> str:
        return self._catalogue.text(CONTEXT, ROLES[role]) if role in ROLES else role


@lru_cache(maxsize=8)
def label_words(language: str) -> LabelWords:
    return LabelWords(language)

"""The desk's translation catalogue, read without Qt, for what is printed outside the GUI.

One catalogue for the whole desk: the Qt Linguist `.ts` files in resources/translations. The
GUI loads their compiled `.qm` through QTranslator; the command-line printouts (the command
sheet) read the same `.ts` here, with the same plural rules (Russian three forms, Chinese and
Korean one), so a text is translated once, in one place.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from receiving_desk.resources import resource


def plural_form(language: str, n: int) -> int:
    """Which numerus form Qt uses for `n` in `language` (the languages the desk ships)."""
    if language.startswith("ru"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    return 0


class Catalogue:
    def __init__(self, language: str, folder: Path | None = None) -> None:
        """`language` as the station file names it (`ru`, `zh_TW`, `ko_KR`); "" or English:
        the source texts."""
        self.language = language
        self._texts: dict[tuple[str, str], list[str]] = {}
        path = self._file(language, folder or resource("translations"))
        if path is not None:
            self._load(path)

    @staticmethod
    def _file(language: str, folder: Path) -> Path | None:
        for name in (language, language.split("_")[0]):
            path = folder / f"receiving_desk_{name}.ts"
            if name and path.exists():
                return path
        return None

    def _load(self, path: Path) -> None:
        root = ET.parse(path).getroot()  # noqa: S314 (the desk's own catalogue)
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type"):
                    continue  # unfinished: the English shows, as in the GUI
                forms = [f.text or "" for f in translation.findall("numerusform")]
                self._texts[(name, message.findtext("source") or "")] = forms or [
                    translation.text or ""
                ]

    def text(self, context: str, source: str, n: int | None = None) -> str:
        forms = self._texts.get((context, source))
        if not forms:
            chosen = source
        elif n is None:
            chosen = forms[0]
        else:
            chosen = forms[min(plural_form(self.language, n), len(forms) - 1)]
        return chosen.replace("%n", str(n)) if n is not None else chosen

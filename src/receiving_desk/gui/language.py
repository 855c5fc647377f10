"""The desk's language: which catalogue, which font, and the rules file's own translations.

Qt Linguist catalogues (`resources/translations/*.ts`, compiled to `.qm`) translate the code's
texts; the rules file carries translations of its own texts beside them (`label_ru = "..."`),
so a site that writes its own rules translates them too. Both are chosen here by one language.

Chinese and Korean share code points (Han characters) but not glyph shapes: each language gets
one CJK face for the whole application (Noto Sans CJK SC, TC or KR, which include Latin
letters and digits), so a string never switches face half-way and a Korean screen never shows
Chinese glyph forms.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from receiving_desk.domain.rules import RuleSet

LANGUAGES = ("en", "zh_CN", "zh_TW", "ru", "ko")
FONT_FAMILIES = {
    "zh_CN": "Noto Sans CJK SC",
    "zh_TW": "Noto Sans CJK TC",
    "ko": "Noto Sans CJK KR",
}
LATIN_FAMILY = "DejaVu Sans"

_state: dict[str, object] = {"language": "en", "rules": None}


def language_of(locale: QLocale) -> str:
    """One of LANGUAGES for a locale (Traditional script or TW/HK/MO -> zh_TW)."""
    lang = locale.language()
    if lang == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
            locale.territory()
            in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
        )
        return "zh_TW" if traditional else "zh_CN"
    if lang == QLocale.Language.Russian:
        return "ru"
    if lang == QLocale.Language.Korean:
        return "ko"
    return "en"


def current() -> str:
    return str(_state["language"])


def font_family(language: str) -> str:
    """The one face for `language`, if installed; else the Latin one."""
    wanted = FONT_FAMILIES.get(language, LATIN_FAMILY)
    return wanted if wanted in QFontDatabase.families() else LATIN_FAMILY


def use_language(app: QApplication, language: str) -> None:
    """Make `language` the desk's: its face for every widget, its rules-file texts."""
    _state["language"] = language
    font = QFont(app.font())
    font.setFamilies([font_family(language)])
    app.setFont(font)


def use_rules(rules: RuleSet | None) -> None:
    _state["rules"] = rules


def rule_text(english: str) -> str:
    """A text of the rules file (a question, a condition, a *why*) in the desk's language."""
    rules = _state["rules"]
    return rules.text(english, current()) if isinstance(rules, RuleSet) else english


def category_text(category: str) -> str:
    """A category's name from the rules file, in the desk's language."""
    rules = _state["rules"]
    if not isinstance(rules, RuleSet):
        return category
    return rules.text(rules.category_label(category), current())

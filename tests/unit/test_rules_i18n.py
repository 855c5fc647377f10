"""The rules file's own translations, found conditions per category, required questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from receiving_desk.domain.rules_file import RulesFileError, parse_rules
from receiving_desk.resources import resource
from tests.unit.test_rules_file import GOOD

TRANSLATED = GOOD.replace(
    'label = "Seal intact"\n',
    'label = "Seal intact"\nlabel_ru = "Пломба цела"\nlabel_zh_CN = "封条完好"\nrequired = true\n',
).replace(
    'used = "Signs of use"\n',
    'used = "Signs of use"\nused_ko = "사용 흔적"\nbroken = "Broken"\n\n'
    '[condition_lists]\nbooks = ["used"]\n\n[required]\ncategories = ["beauty"]\n',
)
WHERE = Path("site.toml")


def test_translations_sit_beside_the_text_they_translate() -> None:
    rules = parse_rules(TRANSLATED, WHERE)
    assert rules.checks["seal"].label == "Seal intact"  # the decision keeps the English
    assert rules.text("Seal intact", "ru") == "Пломба цела"
    assert rules.text("Seal intact", "zh_CN") == "封条完好"
    assert rules.text("Seal intact", "zh_TW") == "Seal intact"  # none: the English
    assert rules.text("Signs of use", "ko") == "사용 흔적"
    assert dict(rules.conditions) == {"used": "Signs of use", "broken": "Broken"}
    assert "Seal intact" not in rules.untranslated("ru")
    assert "Open box." in rules.untranslated("ru")


def test_conditions_per_category_and_required_questions() -> None:
    rules = parse_rules(TRANSLATED, WHERE)
    assert rules.conditions_for("books") == (("used", "Signs of use"),)
    assert rules.conditions_for("beauty") == (("used", "Signs of use"), ("broken", "Broken"))
    assert [c.code for c in rules.required_checks("books")] == ["seal"]  # required = true
    assert [c.code for c in rules.required_checks("beauty")] == ["seal", "hygiene_seal"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (('label_ru = "Пломба цела"', 'labl_ru = "x"'), "unknown key 'labl_ru'"),
        (('books = ["used"]', 'books = ["torn"]'), "unknown condition 'torn'"),
        (('categories = ["beauty"]\n', 'categories = ["shoes"]\n'), "unknown category 'shoes'"),
    ],
)
def test_a_bad_translation_or_list_is_refused_with_its_line(
    change: tuple[str, str], problem: str
) -> None:
    with pytest.raises(RulesFileError) as err:
        parse_rules(TRANSLATED.replace(*change, 1), WHERE)
    assert problem in err.value.problem and err.value.line is not None


def test_one_text_translated_two_ways_is_refused() -> None:
    text = TRANSLATED.replace(
        'why = "As new."\n', 'why = "As new."\nwhy_ru = "Как новый."\n'
    ).replace('why = "Used."\n', 'why = "As new."\nwhy_ru = "Новый."\n')
    with pytest.raises(RulesFileError) as err:
        parse_rules(text, WHERE)
    assert "is translated two ways in ru" in err.value.problem


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "ru", "ko"])
def test_the_shipped_rules_are_translated_whole(language: str) -> None:
    rules = parse_rules(resource("rules", "returns.toml").read_text("utf-8"), WHERE)
    assert rules.untranslated(language) == ()

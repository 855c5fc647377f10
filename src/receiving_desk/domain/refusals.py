"""A refusal of what someone typed or chose (a badge, a name, a PIN, a bin, a photo, a
printer), kept as facts a translation can use.

The refusal reaches the screen as a `DeskError(INVALID_SETTING, ...)` (or the error of its
own kind) whose `said` is a `Wording` in the "Refusals" context: gui/messages.py says it in
the reader's language through gui/problem_texts.py. `reason` keeps the English for the
command line and the logs. A module that words refusals marks its templates with `_t` and
is listed under "Refusals" in resources/translations/update.py."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from receiving_desk.domain.errors import DeskError, ErrorCode
from receiving_desk.domain.file_problems import Wording, wording

CONTEXT = "Refusals"


def _t(text: str) -> str:
    """Marks a template for the catalogue; the words stay English here."""
    return text


# The PIN rule, worded here for the security settings that hold its length.
PIN_LENGTH = _t("a PIN is {low} to {high} digits")


def refusal(template: str, /, **facts: object) -> Wording:
    """`template` (English, marked with `_t` where it is written) filled with `facts`."""
    return replace(wording(template, **facts), context=CONTEXT)


def said(said: Wording) -> dict[str, Any]:
    """A DeskError's facts for a refusal: the English `reason` and the `said` wording."""
    return {"reason": said.english(), "said": said}


def refused(template: str, /, **facts: object) -> DeskError:
    """A setting or an entry refused, in the reader's words on screen."""
    return DeskError(ErrorCode.INVALID_SETTING, **said(refusal(template, **facts)))

"""The site's patterns compile: checked when the station file is read (no interpreter needed;
`site_codes.py` checks the codes that exist against them)."""

from __future__ import annotations

import re

from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.file_problems import _t as _t

from .model import DeskPatterns


class PatternError(SettingProblem):
    """A site pattern that is no regular expression, or misses its own kind's codes."""


def check_patterns(patterns: DeskPatterns) -> None:
    """Each pattern compiles; refuses the first that does not."""
    for name in ("rma", "badge", "bin", "lpn", "command"):
        try:
            re.compile(getattr(patterns, name))
        except re.error as exc:
            raise PatternError(
                _t("{name} pattern {pattern}: {error}"),
                name=name,
                pattern=repr(getattr(patterns, name)),
                error=exc,
            ) from exc

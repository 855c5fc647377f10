"""A problem found in the station file or a rules file, kept as facts a translation can use.

Whoever fixes the file reads the problem: on screen in the desk's language, on the command
line and in the logs in English. So a problem is a template (its English words, marked with
`_t` for the catalogue, context "FileProblems") and the facts that fill it in (keys, values,
allowed ranges, quoted as the file writes them), plus the section it is in, which is the
file's own text ("[[scanner]]", "[[rule]] 'B-any'") and never translated. `str()` of an error
is the English `file:line: problem`; gui/problem_texts.py says the same in the reader's words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeAlias


def _t(text: str) -> str:
    """Marks a template for the catalogue; the words stay English here."""
    return text


@dataclass(frozen=True)
class Wording:
    template: str  # English, with {named} facts: what a translation starts from
    params: tuple[tuple[str, Fact], ...] = ()
    section: str = ""  # written before the problem as the file names it
    # The catalogue's context of the template: a file's problem, or a refusal of what
    # someone typed (domain/refusals.py).
    context: str = "FileProblems"

    def english(self) -> str:
        facts = {k: v.english() if isinstance(v, Wording) else v for k, v in self.params}
        said = self.template.format(**facts)
        return f"{self.section} {said}" if self.section else said

    def within(self, section: str) -> Wording:
        """The same problem, said inside `section` (an outer section comes first)."""
        return replace(self, section=f"{section} {self.section}" if self.section else section)


# A fact is a value as the file writes it, or a smaller problem said inside this one.
Fact: TypeAlias = "str | Wording"


def wording(template: str, /, **params: object) -> Wording:
    return Wording(
        template,
        tuple(
            (name, value if isinstance(value, Wording) else str(value))
            for name, value in params.items()
        ),
    )


def plain(text: str) -> Wording:
    """A text with no template of ours (a library's or the system's own words): shown as it is."""
    return Wording("{text}", (("text", text),))


def wording_of(exc: BaseException) -> Wording:
    """The facts of a refusal: a `SettingProblem`'s own, anything else in its own words."""
    found = getattr(exc, "wording", None)
    return found if isinstance(found, Wording) else plain(str(exc))


class SettingProblem(ValueError):
    """A setting's value refused where it is read: the English in `str()`, the facts in
    `wording`. A ValueError, so every caller that catches one still does."""

    def __init__(self, template: str | Wording, /, **params: object) -> None:
        self.wording = template if isinstance(template, Wording) else wording(template, **params)
        super().__init__(self.wording.english())


@dataclass(frozen=True)
class FileProblem:
    """Where a problem is (the file and its line, when known) and what it is."""

    path: Path
    line: int | None
    wording: Wording

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)

    def english(self) -> str:
        return f"{self.where}: {self.wording.english()}"


class FileProblemError(ValueError):
    """A file that cannot be used, with where and why: `file:line: problem` in English."""

    def __init__(self, path: Path, line: int | None, problem: str | Wording) -> None:
        said = problem if isinstance(problem, Wording) else plain(problem)
        self.located = FileProblem(path, line, said)
        self.path, self.line, self.problem = path, line, said.english()
        super().__init__(self.located.english())

    @property
    def wording(self) -> Wording:
        return self.located.wording

"""An import's problems in the admin's language: "file:line: column: problem", the problem
said again from its facts (domain/reference_rows.py marks the texts, context "Imports")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from receiving_desk.domain.reference_rows import Problem


def problem_text(file: str, problem: Problem) -> str:
    where = f"{Path(file).name}:{problem.line}"
    if problem.template:
        said = QCoreApplication.translate("Imports", problem.template)
        text = said.format(**dict(problem.params))
    else:
        text = problem.message  # a system's own words (an unreadable file's OS error)
    return f"{where}: {problem.column}: {text}" if problem.column else f"{where}: {text}"

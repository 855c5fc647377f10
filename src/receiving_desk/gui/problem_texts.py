"""A station-file or rules-file problem in the reader's language: `file:line: problem`, the
problem said again from its facts (domain/file_problems.py marks the English, context
"FileProblems"; a refusal of what someone typed, domain/refusals.py, context "Refusals").
The file, the line, the section and every fact stay as the file writes them; a problem with
no template of ours (a library's own words) is shown as it came."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from receiving_desk.domain.file_problems import FileProblem, Wording


def wording_text(said: Wording) -> str:
    facts = {k: wording_text(v) if isinstance(v, Wording) else v for k, v in said.params}
    text = QCoreApplication.translate(said.context, said.template).format(**facts)
    return f"{said.section} {text}" if said.section else text


def file_problem_text(problem: FileProblem) -> str:
    return f"{problem.where}: {wording_text(problem.wording)}"

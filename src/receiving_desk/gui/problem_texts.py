"""A station-file or rules-file problem in the reader's language: `file:line: problem`, the
problem said again from its facts (domain/file_problems.py marks the English, context
"FileProblems"; a refusal of what someone typed, domain/refusals.py, context "Refusals").
The file, the line, the section and every fact stay as the file writes them; a problem with
no template of ours (a library's own words) is shown as it came."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from receiving_desk.domain.file_problems import FileProblem, Wording
from receiving_desk.domain.refusals import CONTEXT as REFUSALS
from receiving_desk.gui.printer_status import printer_state_text


def wording_text(said: Wording) -> str:
    facts = {k: wording_text(v) if isinstance(v, Wording) else v for k, v in said.params}
    text = QCoreApplication.translate(said.context, said.template).format(**facts)
    return f"{said.section} {text}" if said.section else text


def file_problem_text(problem: FileProblem) -> str:
    return f"{problem.where}: {wording_text(problem.wording)}"


def reason_words(params: Mapping[str, Any]) -> str:
    """Why something was refused, in the reader's language: a refusal's or a setting's own
    facts (`said`), a printer's state with the system's detail, else the words as they came."""
    said = params.get("said")
    if isinstance(said, Wording):
        return wording_text(said)
    if "state" in params:  # a printer that did not take the job (the detail is the system's)
        state = printer_state_text(str(params["state"]))
        detail = str(params.get("detail", ""))
        return f"{state}: {detail}" if detail else state
    return str(params.get("reason", ""))


def is_refusal(p: Mapping[str, Any]) -> bool:
    """An entry refused (a badge, a name, a PIN), not a setting that was not saved."""
    said = p.get("said")
    return isinstance(said, Wording) and said.context == REFUSALS and not p.get("setting")

"""Why the desk will not start: named by the composition root, worded by the GUI's start-up
dialog or printed as one line by the command line. Apart from the app's ports so that the
command line can name it without loading the use cases."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from receiving_desk.domain.file_problems import FileProblem


@dataclass(frozen=True)
class StartRefusal:
    """Why the desk will not start, for the start-up dialog: `kind` is "settings" (the station
    file), "site_code", "rules" (the station's rules file), "store_too_new", "already_running"
    or "data_dir_unusable"; `problem` is the one line the command line prints (English);
    `params` the facts the translated text names; `where` a file's problem as facts."""

    kind: str
    problem: str
    params: Mapping[str, object] = field(default_factory=dict)
    where: FileProblem | None = None  # a file's problem, said again in the desk's language


class StartRefused(Exception):
    """Raised by the composition root while it opens the store after the window is up: the
    start-up shows the refusal's dialog, closes the window and exits with status 2."""

    def __init__(self, refusal: StartRefusal) -> None:
        super().__init__(refusal.problem)
        self.refusal = refusal

"""A desk that cannot start says why in a dialog, before any window (and never a traceback).

The composition root names the refusal (`StartRefusal`); this module words it in the desk's
language: a station file that cannot be used (file, line and problem, as the command line
prints it), a store upgraded by a newer release, a desk already running on the same store.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from receiving_desk.gui.problem_texts import file_problem_text
from receiving_desk.gui.site_code_texts import refused_codes_text
from receiving_desk.services.app_ports import StartRefusal


def _t(text: str) -> str:
    return QCoreApplication.translate("StartError", text)


def start_error_text(refusal: StartRefusal) -> str:
    p = refusal.params
    if refusal.kind == "store_too_new":
        return _t(
            "The store {0} was upgraded by a newer version of Receiving Desk (schema "
            "revision {1}). This version cannot open it: install that version or newer, "
            "or restore a backup made by this version."
        ).format(p.get("path", "?"), p.get("revisions", "?"))
    if refusal.kind == "already_running":
        return _t("Receiving Desk is already running on {0} (process {1}).").format(
            p.get("data_dir", "?"), p.get("process", "?")
        )
    if refusal.kind == "data_dir_unusable":
        return _t(
            "The data folder {0} cannot be written ({1}). Give the desk a writable folder "
            "(data_dir in the station settings file), or have its permissions corrected."
        ).format(p.get("data_dir", "?"), p.get("reason", "?"))
    if refusal.kind == "site_code":
        return refused_codes_text(p)
    if refusal.kind == "rules":
        return _t("The rules file cannot be used.")
    return _t("The station settings file cannot be used.")


def start_error_box(refusal: StartRefusal) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        _t("Receiving Desk cannot start"),
        start_error_text(refusal),
        QMessageBox.StandardButton.Close,
    )
    if refusal.kind in ("settings", "site_code", "rules"):
        hint = _t("Correct the file, then start the desk again.")
        where = refusal.where
        problem = file_problem_text(where) if where is not None else refusal.problem
        box.setInformativeText(f"{problem}\n\n{hint}")
    else:
        box.setInformativeText(_t("Nothing was changed."))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy the path
    return box


def show_start_error(refusal: StartRefusal, language: str = "") -> int:
    """Show the refusal (translated when the language is known); the exit status is 2."""
    from receiving_desk.gui.app import install_translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    installed = install_translations(app, language)
    try:
        start_error_box(refusal).exec()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    return 2

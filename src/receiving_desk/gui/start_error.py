"""A desk that cannot start says why in a dialog, before any window (and never a traceback).

Shown when the station file cannot be used: the message names the file, the line and the
problem, as the command line prints it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox


def _t(text: str) -> str:
    return QCoreApplication.translate("StartError", text)


def start_error_box(problem: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        _t("Receiving Desk cannot start"),
        _t("The station settings file cannot be used."),
        QMessageBox.StandardButton.Close,
    )
    box.setInformativeText(f"{problem}\n\n" + _t("Correct the file, then start the desk again."))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy the path
    return box


def show_start_error(problem: str) -> None:
    from receiving_desk.gui.app import install_translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    installed = install_translations(app, "")  # the file's language could not be read
    try:
        start_error_box(problem).exec()
    finally:
        for translator in installed:
            app.removeTranslator(translator)

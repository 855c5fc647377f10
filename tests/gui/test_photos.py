"""Photos of a unit: copied into the store's photo folder and referenced by the inspection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from receiving_desk.adapters.store import tables
from receiving_desk.bootstrap import Services
from receiving_desk.gui.main_window import MainWindow
from tests.gui.conftest import Clerk
from tests.seed import EARBUDS, RMA1, item_code


def test_a_photo_from_a_file_is_stored_and_kept_with_the_inspection(
    clerk: Clerk, window: MainWindow, services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    original = tmp_path / "scratch.png"
    assert image.save(str(original))
    clerk.login()
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))
    window.add_photo_file(str(original))
    qtbot.waitUntil(lambda: clerk.banner == "Photo added", timeout=5000)
    clerk.settle()
    clerk.hotkey("3")
    with services.engine.connect() as conn:
        photos = conn.execute(select(tables.inspections.c.photos)).scalar_one()
    (stored,) = photos
    copy = services.config.photo_dir / stored
    assert copy.read_bytes() == original.read_bytes() and copy != original

    window.add_photo_file(str(tmp_path / "notes.txt"))  # not a photo: refused, nothing kept
    qtbot.waitUntil(lambda: clerk.banner.startswith("Photo not added: notes.txt"), timeout=5000)
    assert sorted(p.name for p in services.config.photo_dir.iterdir()) == [stored]


def test_the_photo_button_offers_the_camera_only_when_there_is_one(
    clerk: Clerk, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from receiving_desk.gui import main_window

    clerk.login()
    clerk.scan(RMA1)
    clerk.scan(item_code(EARBUDS))
    monkeypatch.setattr(main_window, "cameras", lambda: [])
    window.receiving.ui.photoButton.click()
    assert window.photo_dialog is not None and window.photo_dialog.isVisible()
    window.photo_dialog.reject()
    window.photo_dialog = None

    monkeypatch.setattr(main_window, "cameras", lambda: ["a camera"])
    window.receiving.ui.photoButton.click()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    labels = sorted(b.text() for b in boxes[0].buttons())
    assert labels == ["Camera", "From a file…"]
    file_button = next(b for b in boxes[0].buttons() if b.text() == "From a file…")
    file_button.click()
    qtbot.waitUntil(lambda: window.photo_dialog is not None and window.photo_dialog.isVisible())
    window.photo_dialog.reject()

"""Taking an inspection photo with a camera (Qt Multimedia).

Qt Multimedia is imported only when a camera is actually used: loading it probes audio and
video back-ends, which a desk without a camera should not pay for at start-up.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from receiving_desk.gui.screen_fit import resize_within


def cameras() -> list[Any]:
    from PySide6.QtMultimedia import QMediaDevices

    return list(QMediaDevices.videoInputs())


class CameraDialog(QDialog):
    captured = Signal(str)  # path of the picture taken (a temporary file)

    def __init__(self, device: Any, parent: QWidget | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setWindowTitle(self.tr("Photo of the unit — {0}").format(device.description()))
        resize_within(self, 800, 640)
        self.video = QVideoWidget()
        self.camera = QCamera(device, self)
        self.capture = QImageCapture(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.video)
        self.take = QPushButton(self.tr("Take photo (Space)"))
        self.take.setShortcut("Space")
        self.take.clicked.connect(self.shoot)
        self.message = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.take)
        self.capture.imageSaved.connect(self._saved)
        self.capture.errorOccurred.connect(
            lambda _id, _error, text: self.message.setText(self.tr("Camera: {0}").format(text))
        )
        self.finished.connect(lambda _=0: self.camera.stop())
        self.camera.start()

    def shoot(self) -> None:
        target = Path(tempfile.mkdtemp(prefix="desk-photo-")) / "photo.jpg"
        self.capture.captureToFile(str(target))

    def _saved(self, _id: int, path: str) -> None:
        self.captured.emit(path)
        self.accept()

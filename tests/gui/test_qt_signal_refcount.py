"""Regression guard: PySide6 6.12.0's Signal.emit dropped a reference to True on every call
and aborted the process after a few thousand emits ("bool_dealloc"). The desk emits one signal
per scan, so this runs in a subprocess (an abort must fail the test, not kill the run)."""

from __future__ import annotations

import os
import subprocess
import sys

EMIT_MANY = """
import threading
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Bridge(QObject):
    scanned = Signal(object)
bridge = Bridge()
got = []
bridge.scanned.connect(got.append)
for i in range(100_000):
    bridge.scanned.emit(i)
worker = threading.Thread(target=lambda: [bridge.scanned.emit(i) for i in range(100_000)])
worker.start(); worker.join()
app.processEvents()
print(len(got))
"""


def test_many_signal_emits_do_not_corrupt_the_interpreter() -> None:
    done = subprocess.run(
        [sys.executable, "-c", EMIT_MANY],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "200000"

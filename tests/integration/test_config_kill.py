"""A kill at any instant of a save leaves the station file old or new, never broken.

A real process saves the file in a loop through the config store and is SIGKILLed at a
different point of its loop each round (after it has reported a varying number of saves);
the file must then be exactly one of the texts a complete save can produce."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from receiving_desk.config import load_config
from receiving_desk.config_store import ConfigStore
from receiving_desk.toml_sections import replace_section
from tests.integration.config_writer import VARIANTS

REPO = Path(__file__).resolve().parents[2]
SITE_FILE = REPO / "tests" / "data" / "station.toml"
ROUNDS = 12


def complete_texts(start: str) -> set[str]:
    """Every text the loop can leave after whole saves: the start, then each variant in turn."""
    texts, text = {start}, start
    for i in range(6):
        text = replace_section(text, "scanner", VARIANTS[i % 2])
        texts.add(text)
    return texts


def test_a_kill_during_saves_leaves_an_old_or_a_new_file(tmp_path: Path) -> None:
    # The site's own notes make the file big enough that a kill often lands inside the write.
    notes = "".join(f"# inventory note {n:05d}: {'x' * 60}\n" for n in range(4000))
    start = SITE_FILE.read_text(encoding="utf-8") + "\n" + notes
    path = tmp_path / "station.toml"
    path.write_text(start, encoding="utf-8")
    path.chmod(0o640)
    allowed = complete_texts(start)
    assert len(allowed) == 3  # the start, variant 0, variant 1
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    for round_ in range(ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.config_writer", str(path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        assert writer.stdout is not None
        try:
            for _ in range(1 + round_ % 4):  # inside the loop, at a different save each round
                assert writer.stdout.readline().startswith("saved "), "the writer stopped"
            os.kill(writer.pid, signal.SIGKILL)
        finally:
            writer.kill()
            writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL
        text = path.read_text(encoding="utf-8")
        assert text in allowed, f"round {round_}: a broken file"
        assert os.stat(path).st_mode & 0o777 == 0o640
    # Whatever the kills left behind (a temporary file at most), the next save works.
    ConfigStore(path).save("scanner", lambda _written: VARIANTS[0])
    assert [s.name for s in load_config(path, environ={}).scanners] == ["dock-left"]

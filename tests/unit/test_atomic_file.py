"""Temporary files a killed save left beside the station file are removed by a later save
once they are old enough not to belong to a save still under way."""

from __future__ import annotations

import os
import time
from pathlib import Path

from receiving_desk.atomic_file import STALE_AFTER_S, write_atomically


def test_a_save_removes_old_leftovers_and_keeps_recent_ones(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    old = tmp_path / ".station.toml.k1ll3d.tmp"
    recent = tmp_path / ".station.toml.wr1t1ng.tmp"
    other = tmp_path / ".other.toml.k1ll3d.tmp"
    for left in (old, recent, other):
        left.write_text("[station", encoding="utf-8")
    long_ago = time.time() - STALE_AFTER_S - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    write_atomically(path, '[station]\nstation_id = "DOCK-1"\n')
    assert path.read_text(encoding="utf-8") == '[station]\nstation_id = "DOCK-1"\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [path.name, recent.name, other.name]
    )

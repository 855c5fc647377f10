"""`receiving-desk --self-test` and `--version` as a site's IT person runs them: a separate
process, headless, on a station's configuration."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from receiving_desk import __version__

pytestmark = pytest.mark.slow


def run_desk(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "RECEIVING_DESK_LOG_DIR": str(tmp_path / "logs"),
        "HOME": str(tmp_path / "home"),  # no real station config or store is read
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    return subprocess.run(
        [sys.executable, "-m", "receiving_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def test_version(tmp_path: Path) -> None:
    done = run_desk("--version", tmp_path=tmp_path)
    assert done.returncode == 0
    assert done.stdout.strip() == f"receiving-desk {__version__}"


def test_self_test_passes_and_says_what_it_checked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_desk("--data-dir", str(data), "--self-test", tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    checked = [line.split(":")[0].split(None, 1)[1] for line in lines if line.startswith("ok")]
    assert checked == [
        "resources",
        "rules",
        "label fonts",
        "sounds",
        "translations",
        "screen fonts",
        "qt plugins",
        "gui modules",
        "station store",
        "main window",
    ]
    assert "ko (로그인 안 됨)" in done.stdout
    assert "demo clerk logged in, RMA-2026-000001 opened" in done.stdout
    assert lines[-1] == "self-test passed (10 checks)"
    assert not (data / "desk.sqlite3").exists()  # the station's store is only read, never made


def test_self_test_reads_an_existing_store_without_changing_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    made = run_desk("--data-dir", str(data), "db", "upgrade", tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    before = (data / "desk.sqlite3").read_bytes()
    done = run_desk("--data-dir", str(data), "--self-test", tmp_path=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "station store: " in done.stdout and "integrity ok" in done.stdout
    assert "(current)" in done.stdout
    assert (data / "desk.sqlite3").read_bytes() == before


def test_self_test_fails_naming_what_is_wrong(tmp_path: Path) -> None:
    rules = tmp_path / "broken.toml"
    rules.write_text("[rules\nversion = 1\n", encoding="utf-8")
    config = tmp_path / "station.toml"
    config.write_text(f"rules_file = {str(rules)!r}\n", encoding="utf-8")
    done = run_desk(
        "--config", str(config), "--data-dir", str(tmp_path / "d"), "--self-test", tmp_path=tmp_path
    )
    assert done.returncode == 1
    assert any(line.startswith("FAIL  rules:") for line in done.stdout.splitlines())
    assert "broken.toml" in done.stdout
    assert done.stdout.splitlines()[-1] == "self-test FAILED: rules"

"""The station file on disk: a saved section changes only itself; everything else, comments and
unknown sections included, stays byte for byte; the file keeps its mode, its link, its newlines;
a file that cannot be used is never overwritten."""

from __future__ import annotations

import os
import signal
import stat
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from receiving_desk.adapters.printing.settings import printer_table
from receiving_desk.adapters.scanners.config import ScannerPortConfig, scanner_tables
from receiving_desk.config import load_config
from receiving_desk.config_store import ConfigError, ConfigStore

REALISTIC = (Path(__file__).resolve().parents[1] / "data" / "station.toml").read_text("utf-8")
SCANNERS_START = REALISTIC.index("[[scanner]]")
SCANNERS_END = REALISTIC.index("\n# Not read by the desk")
PRINTERS_START = REALISTIC.index("[printers]")
PRINTERS_END = REALISTIC.index("\n[[scanner]]")


@pytest.fixture
def station(tmp_path: Path) -> Path:
    path = tmp_path / "station.toml"
    path.write_text(REALISTIC, encoding="utf-8")
    return path


def written(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def assert_only_between(path: Path, start: int, end: int) -> str:
    """Everything outside REALISTIC[start:end] is unchanged; returns what replaced it."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith(REALISTIC[:start])
    assert text.endswith(REALISTIC[end:])
    return text[start : len(text) - len(REALISTIC) + end]


def test_a_changed_scanner_changes_its_own_lines_only(station: Path) -> None:
    store = ConfigStore(station)
    scanners = load_config(station, environ={}).scanners
    faster = ScannerPortConfig.from_dict({**scanners[1].to_dict(), "baudrate": 38400})
    store.save("scanner", lambda old: scanner_tables((scanners[0], faster), old))
    section = assert_only_between(station, SCANNERS_START, SCANNERS_END)
    assert section == REALISTIC[SCANNERS_START:SCANNERS_END].replace(
        "idle_flush_ms = 100\n", "idle_flush_ms = 100\nbaudrate = 38400\n"
    )
    assert load_config(station, environ={}).scanners == (scanners[0], faster)


def test_scanners_added_and_removed(station: Path) -> None:
    store = ConfigStore(station)
    left, _right = load_config(station, environ={}).scanners
    new = ScannerPortConfig(name="dock-new", port="/dev/ttyUSB3", baudrate=19200)
    store.save("scanner", lambda old: scanner_tables((left, new), old))
    section = assert_only_between(station, SCANNERS_START, SCANNERS_END)
    assert "dock-right" not in section and "a plain RS-232 port" not in section
    assert section.startswith(REALISTIC[SCANNERS_START : REALISTIC.index("\n[[scanner]]\nname")])
    assert load_config(station, environ={}).scanners == (left, new)

    store.save("scanner", lambda old: [])
    assert assert_only_between(station, SCANNERS_START, SCANNERS_END) == ""
    assert "scanner" not in written(station)
    without = station.read_text(encoding="utf-8")
    store.save("scanner", lambda old: scanner_tables((new,), old))  # a new section: at the end
    assert station.read_text(encoding="utf-8").startswith(without + "\n[[scanner]]\n")
    assert load_config(station, environ={}).scanners == (new,)


def test_printers_keep_their_form_and_the_builtin_default_is_not_written(
    station: Path, tmp_path: Path
) -> None:
    store = ConfigStore(station)
    # What the settings page sends: every row as a full table, the built-in default included.
    page: dict[str, Any] = {
        "default": {"url": (tmp_path / "labels").resolve().as_uri(), "dpi": 203, "size": "4x2"},
        "restock": {"url": "tcp://10.0.0.50:9100", "dpi": 300, "size": "4x2", "format": "zpl"},
        "bin": {"url": "cups://office", "dpi": 203, "size": "4x2", "format": "pdf"},
    }
    station.write_text(REALISTIC.replace('default = "file:///var/lib/receiving-desk/labels"\n', ""))
    store.save("printers", lambda old: printer_table(page, old, tmp_path / "labels"))
    text = station.read_text(encoding="utf-8")
    assert "default =" not in text  # the built-in default stays implicit
    assert 'bin = "cups://office"   # through the OS print system\n' in text  # same printer
    restock = 'restock = { url = "tcp://10.0.0.50:9100", format = "zpl", dpi = 300, size = "4x2" }'
    assert f"{restock}\n" in text  # changed in place, in its own style
    before, after = REALISTIC[:PRINTERS_START], REALISTIC[PRINTERS_END:]
    assert text.startswith(before) and text.endswith(after)


def test_nothing_changed_nothing_written(station: Path) -> None:
    before = station.stat()
    scanners = load_config(station, environ={}).scanners
    ConfigStore(station).save("scanner", lambda old: scanner_tables(scanners, old))
    after = station.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_new_file_holds_only_the_section_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "station.toml"
    ConfigStore(path).save("printers", lambda old: {"bin": "cups://office"})
    assert path.read_text(encoding="utf-8") == '[printers]\nbin = "cups://office"\n'
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_mode_symlink_and_crlf_are_kept(station: Path, tmp_path: Path) -> None:
    crlf = REALISTIC.replace("\n", "\r\n")
    station.write_bytes(crlf.encode("utf-8"))
    station.chmod(0o640)
    link = tmp_path / "linked.toml"
    link.symlink_to(station)
    ConfigStore(link).save("printers", lambda old: {**old, "command-sheet": "cups://office"})
    assert link.is_symlink() and stat.S_IMODE(station.stat().st_mode) == 0o640
    end = crlf.index("\r\n[[scanner]]")  # the printers block ends there
    added = 'command-sheet = "cups://office"\r\n'
    assert station.read_bytes().decode("utf-8") == crlf[:end] + added + crlf[end:]


def test_an_edit_by_hand_while_the_desk_runs_is_kept(station: Path) -> None:
    store = ConfigStore(station)
    scanners = load_config(station, environ={}).scanners  # read at start
    station.write_text(REALISTIC.replace('site_name = "Returns dock A"', 'site_name = "Dock A2"'))
    store.save("scanner", lambda old: scanner_tables(scanners[:1], old))
    assert written(station)["station"]["site_name"] == "Dock A2"


def test_a_file_that_cannot_be_used_is_never_overwritten(station: Path, tmp_path: Path) -> None:
    broken = REALISTIC.replace("sound = true", "sound = tru")
    station.write_text(broken, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"station\.toml:11: not valid TOML"):
        ConfigStore(station).save("printers", lambda old: {"bin": "cups://office"})
    assert station.read_text(encoding="utf-8") == broken


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_a_failed_write_leaves_the_file_and_no_temporary(station: Path) -> None:
    # A file size limit makes the write fail the way a full disk does (EFBIG, like ENOSPC),
    # for this process only; SIGXFSZ would otherwise kill it.
    import resource

    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (len(REALISTIC), limits[1]))
    try:
        with pytest.raises(ConfigError, match=r"station\.toml: cannot be written: File too large"):
            ConfigStore(station).save("printers", lambda old: {**old, "command-sheet": "cups://x"})
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)
    assert station.read_text(encoding="utf-8") == REALISTIC
    assert os.listdir(station.parent) == ["station.toml"]


@pytest.mark.parametrize(
    "layout",
    [
        '[printers]\nbin = "cups://office"\n\n[printers.restock]  # own table\nurl = "tcp://h:9100"\n',
        'printers.bin = "cups://office"  # dotted, at the top\n',
        'printers = { bin = "cups://office" }\n',
    ],
)
def test_layouts_the_cutting_does_not_know_are_still_saved_right(
    tmp_path: Path, layout: str
) -> None:
    path = tmp_path / "station.toml"
    text = f"# top\n{layout}\n[site_tools]  # theirs\nkeep = [1, 2]\n"
    path.write_text(text, encoding="utf-8")
    ConfigStore(path).save("printers", lambda old: {"bin": "cups://other"})
    data = written(path)
    assert data["printers"] == {"bin": "cups://other"}
    assert data["site_tools"] == {"keep": [1, 2]}
    saved = path.read_text(encoding="utf-8")
    assert saved.startswith("# top\n") and "[site_tools]  # theirs\nkeep = [1, 2]\n" in saved


def test_multiline_values_do_not_confuse_the_cutting(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    text = (
        '[site_tools]\nnote = """\n[printers]\nnot = "a header"\n"""\n'
        'grid = [\n  [1, 2],\n  [3, 4],\n]\n\n[printers]\nbin = "cups://office"\n'
    )
    path.write_text(text, encoding="utf-8")
    ConfigStore(path).save("printers", lambda old: {"bin": "cups://other"})
    assert path.read_text(encoding="utf-8") == text.replace("cups://office", "cups://other")

    unterminated = '[printers]\nbin = "cups://office"\n\n[site_tools]\nkeep = 1'
    path.write_text(unterminated, encoding="utf-8")
    ConfigStore(path).save("printers", lambda old: {"bin": "cups://other"})
    assert path.read_text(encoding="utf-8") == unterminated.replace("office", "other")
    ConfigStore(path).save("site_tools", lambda old: {"keep": 2})
    assert path.read_text(encoding="utf-8").endswith("\n[site_tools]\nkeep = 2\n")


def test_two_saves_at_once_keep_both(station: Path) -> None:
    import threading

    store = ConfigStore(station)
    scanners = load_config(station, environ={}).scanners
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def save(section: str, value: Any) -> None:
        try:
            barrier.wait()
            store.save(section, lambda old: value)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=save, args=("printers", {"bin": "cups://other"})),
        threading.Thread(target=save, args=("scanner", scanner_tables(scanners[:1], None))),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    data = written(station)
    assert data["printers"] == {"bin": "cups://other"}
    assert [s["name"] for s in data["scanner"]] == ["dock-left"]
    assert os.listdir(station.parent) == ["station.toml"]  # no temporary file left behind


def test_saving_nothing_into_no_file_creates_none(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    ConfigStore(path).save("scanner", lambda old: [])
    assert not path.exists()

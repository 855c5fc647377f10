"""The serial scanner reader on real ptys opened by path with pyserial (Linux/macOS)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import serial
from serial.tools import list_ports
from serial.tools.list_ports_common import ListPortInfo

from receiving_desk.adapters.scanners import (
    ScannerManager,
    ScannerPortConfig,
    SerialScannerReader,
    find_port,
    list_serial_ports,
)
from receiving_desk.adapters.scanners.simulator import VirtualScanner, run_cli

from .printer_fixtures import wait_until
from .serial_fixtures import POLL, Collector, reading, socat_pair

STREAMS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parents[1] / "data" / "scanner_streams.json").read_text(encoding="utf-8")
)["streams"]
REASONS = {"noise only": "noise"}
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="ptys are POSIX-only")


def stream_config(stream: dict[str, Any], port: str) -> ScannerPortConfig:
    p = stream["port"]
    extra: dict[str, Any] = {}
    if "idle_flush_ms" in stream:
        extra = {"terminator": "none", "idle_flush_ms": stream["idle_flush_ms"]}
    return ScannerPortConfig(
        name=stream["id"],
        port=port,
        baudrate=p["baud"],
        bytesize=p["bytesize"],
        parity=p["parity"],
        stopbits=p["stopbits"],
        flow=p["flow"],
        **extra,
    )


def write_groups(stream: dict[str, Any]) -> list[tuple[int, bytes]]:
    """The recorded chunks as writes: chunks closer than the reader's silence threshold (the
    idle flush, or the stale-line age) were one scan's bytes and are written together, so a
    busy machine cannot stretch a recorded 5 ms gap past the threshold. Each write carries the
    time it was recorded at; the replay waits for earlier scans instead of sleeping gaps."""
    threshold = stream.get("idle_flush_ms", 2000)
    groups: list[tuple[int, bytes]] = []
    last = None
    for chunk in stream["chunks"]:
        data = bytes.fromhex(chunk["bytes_hex"])
        if groups and last is not None and chunk["t_ms"] - last < threshold:
            groups[-1] = (groups[-1][0], groups[-1][1] + data)
        else:
            groups.append((chunk["t_ms"], data))
        last = chunk["t_ms"]
    return groups


@pytest.mark.parametrize("stream", STREAMS, ids=[s["id"] for s in STREAMS])
def test_recorded_stream_through_a_pty(stream: dict[str, Any]) -> None:
    sink = Collector()
    with VirtualScanner() as vs, reading(stream_config(stream, vs.port_path), sink):
        sink.wait_state("connected")  # pyserial flushes the input buffer on open
        for t_ms, data in write_groups(stream):
            # A recorded silence that ended a scan: wait until that scan is out, however long.
            before = sum(1 for s in stream["expected_scans"] if s["t_ms"] < t_ms)
            sink.wait(lambda n=before: len(sink.scans) >= n, timeout=15)
            vs.write(data)
        want_scans = [(s["aim_id"], s["data"]) for s in stream["expected_scans"]]
        want_discards = [
            (REASONS.get(d["reason"], d["reason"]), bytes.fromhex(d["bytes_hex"]))
            for d in stream["expected_discards"]
        ]
        scans_then_sentinel(vs, sink, len(want_scans))  # anything extra came before it
        want_scans.append(("]C0", "SENTINEL"))
    assert sink.data() == want_scans
    idle = "idle_flush_ms" in stream
    assert {s.framed_by for s in sink.scans[:-1]} <= {"idle" if idle else "terminator"}
    assert [(d.reason, d.raw) for _, d in sink.discards] == want_discards
    assert all(s.source == stream["id"] and s.received_at.tzinfo for s in sink.scans)


def test_unplug_mid_line_then_replug_under_the_same_path(tmp_path: Path) -> None:
    link = tmp_path / "scanner"
    sink = Collector()
    config = ScannerPortConfig(name="dock", port=str(link))
    with VirtualScanner(link=link) as first, reading(config, sink) as reader:
        thread = reader._thread
        sink.wait_state("connected")
        first.write(b"]C0FIRST\r]C0PARTIAL")
        assert first.drain()  # the reader has the partial line
        sink.wait(lambda: len(sink.scans) == 1)
        first.unplug()
        sink.wait_state("disconnected", timeout=15)
        sink.wait(lambda: len(sink.discards) > 0, timeout=15)  # reported right after the status
        assert [(d.reason, d.raw) for _, d in sink.discards] == [("disconnect", b"]C0PARTIAL")]
        assert not link.exists()  # dangling: the reader keeps polling
        with VirtualScanner(link=link) as second:
            sink.wait_state("connected", count=2)
            second.write(b"REST\r]C0SECOND\r")
            sink.wait(lambda: len(sink.scans) == 3)
            assert reader._thread is thread and thread is not None and thread.is_alive()
            reader.stop()  # before the second device goes away
    assert sink.data() == [("]C0", "FIRST"), (None, "REST"), ("]C0", "SECOND")]
    assert sink.states() == ["connecting", "connected", "disconnected", "connected", "stopped"]
    assert {s.port for s in sink.statuses if s.state == "connected"} == {str(link)}


@pytest.mark.skipif(shutil.which("socat") is None, reason="needs socat")
def test_socat_device_restart_resumes_without_restarting_reader(tmp_path: Path) -> None:
    desk, scanner = tmp_path / "desk", tmp_path / "scanner"
    sink = Collector()
    with reading(ScannerPortConfig(name="s", port=str(desk)), sink) as reader:
        with socat_pair(desk, scanner):
            sink.wait_state("connected")
            fd = os.open(scanner, os.O_RDWR | os.O_NOCTTY)
            try:
                os.write(fd, b"]E05901234123457\r\n]C0HALF")
                sink.wait(lambda: len(sink.scans) == 1)
                wait_until(lambda: reader.pending == len(b"]C0HALF"))  # the half line read
            finally:
                os.close(fd)
        sink.wait_state("disconnected", timeout=15)
        sink.wait(lambda: len(sink.discards) > 0, timeout=15)  # reported right after the status
        assert [(d.reason, d.raw) for _, d in sink.discards] == [("disconnect", b"]C0HALF")]
        with socat_pair(desk, scanner):
            sink.wait_state("connected", count=2)
            fd = os.open(scanner, os.O_RDWR | os.O_NOCTTY)
            try:
                os.write(fd, b"OTHER\r\n]E04006381333931\r\n")
                sink.wait(lambda: len(sink.scans) == 3)
            finally:
                os.close(fd)
    assert sink.data() == [("]E0", "5901234123457"), (None, "OTHER"), ("]E0", "4006381333931")]


def test_two_scanners_interleave_without_loss() -> None:
    sink = Collector()
    n = 2000
    with VirtualScanner() as a, VirtualScanner() as b:
        configs = [
            ScannerPortConfig(name="A", port=a.port_path),
            ScannerPortConfig("B", b.port_path),
        ]
        manager = ScannerManager(configs, sink.on_scan, sink.on_status, poll_interval=POLL)
        manager.start()
        try:
            sink.wait(lambda: sink.states().count("connected") == 2)
            sent = {
                name: [f"]C0{name}-{i:06d}-RETURNS-DOCK".encode() for i in range(n)]
                for name in "AB"
            }
            writers = [
                threading.Thread(target=vs.write, args=(b"".join(s + b"\r\n" for s in sent[name]),))
                for name, vs in (("A", a), ("B", b))
            ]
            for w in writers:
                w.start()
            for w in writers:
                w.join()
            sink.wait(lambda: len(sink.scans) >= 2 * n, timeout=30)
            for vs in (a, b):  # anything extra would come before these
                vs.write(b"SENTINEL\r\n")
            sink.wait(lambda: sum(s.raw == b"SENTINEL" for s in sink.scans) == 2, timeout=15)
        finally:
            manager.stop()
    for name in "AB":
        got = [s.raw for s in sink.scans if s.source == name]
        assert got == [*sent[name], b"SENTINEL"], name  # each once, in order, rightly tagged
    assert len(sink.scans) == 2 * n + 2
    assert sink.states().count("stopped") == 2


def fake_port(device: str, serial_number: str) -> ListPortInfo:
    info = ListPortInfo(device, skip_link_detection=True)
    info.vid, info.pid, info.serial_number = 0x05E0, 0x1200, serial_number
    info.manufacturer, info.product = "Zebra", "Symbol Bar Code Scanner"
    info.description = "Symbol Bar Code Scanner"
    return info


def test_reader_found_by_usb_identity_follows_a_new_device_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plugged: list[ListPortInfo] = []
    monkeypatch.setattr(list_ports, "comports", lambda *a, **k: list(plugged))
    config = ScannerPortConfig.from_dict(
        {"name": "usb", "usb_vid": "05e0", "usb_pid": 0x1200, "usb_serial": "S123"}
    )
    sink = Collector()
    with VirtualScanner() as decoy, VirtualScanner() as first, reading(config, sink):
        plugged[:] = [fake_port(decoy.port_path, "OTHER"), fake_port(first.port_path, "S123")]
        assert find_port(config) == first.port_path
        infos = list_serial_ports()
        assert [p.device for p in infos] == sorted([decoy.port_path, first.port_path])
        assert {(p.vid, p.pid, p.product) for p in infos} == {
            (0x05E0, 0x1200, "Symbol Bar Code Scanner")
        }
        sink.wait_state("connected")
        decoy.write(b"]C0DECOY\r")
        first.write(b"]C0ONE\r")
        sink.wait(lambda: len(sink.scans) == 1)
        plugged[:] = plugged[:1]
        first.unplug()
        sink.wait_state("disconnected", timeout=15)
        with VirtualScanner() as second:  # re-plugged: new path, same identity
            plugged.append(fake_port(second.port_path, "S123"))
            sink.wait_state("connected", count=2)
            second.write(b"]C0TWO\r")
            sink.wait(lambda: len(sink.scans) == 2)
            ports = [s.port for s in sink.statuses if s.state == "connected"]
            assert ports == [first.port_path, second.port_path]
    assert sink.data() == [("]C0", "ONE"), ("]C0", "TWO")]


def test_stop_closes_the_port_and_joins_the_reader() -> None:
    sink = Collector()
    with VirtualScanner() as vs:
        reader = SerialScannerReader(
            ScannerPortConfig(name="s", port=vs.port_path), sink.on_scan, sink.on_status
        )
        reader.start()
        sink.wait_state("connected")
        thread = reader._thread
        reader.stop()  # how fast is measured by benchmarks, never asserted in a test
        assert thread is not None and not thread.is_alive()
        assert sink.states()[-1] == "stopped"
        # The exclusive lock is gone, i.e. the port was really closed.
        with serial.Serial(vs.port_path, exclusive=True, timeout=0):
            pass


def test_simulator_cli_plays_a_script_into_the_desk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "demo.txt"
    script.write_text(
        "# comment\n\n]C1010950600013435210LOT42<GS>21SN1\n]C0RMA-2024-000123\nNOAIM<x41>\n"
    )
    link = tmp_path / "sim"
    sink = Collector()
    result: list[int] = []
    argv = ["--script", str(script), "--rate", "50", "--link", str(link), "--delay", "0.5"]
    cli = threading.Thread(target=lambda: result.append(run_cli(argv)))
    with reading(ScannerPortConfig(name="sim", port=str(link)), sink):
        cli.start()
        cli.join(timeout=10)
        sink.wait(lambda: len(sink.scans) == 3)
    assert result == [0]
    assert sink.data() == [
        ("]C1", "010950600013435210LOT42\x1d21SN1"),
        ("]C0", "RMA-2024-000123"),
        (None, "NOAIMA"),
    ]
    assert "scanner simulator on /dev/" in capsys.readouterr().out
    assert not link.exists()


def paced_write(vs: VirtualScanner, data: bytes, bytes_per_second: float, piece: int) -> None:
    """Send like a scanner on a slow line: ``piece`` bytes at a time, on a fixed schedule.

    The schedule paces the simulated device; no assertion depends on it. A late write only
    makes a gap longer, and every gap here is far below the reader's silence thresholds.
    """
    start = time.monotonic()
    for i in range(0, len(data), piece):
        due = start + i / bytes_per_second
        time.sleep(max(0.0, due - time.monotonic()))
        vs.write(data[i : i + piece])


def scans_then_sentinel(vs: VirtualScanner, sink: Collector, count: int) -> None:
    """Wait for ``count`` scans, then prove nothing else is pending: a sentinel comes next."""
    sink.wait(lambda: len(sink.scans) >= count, timeout=15)
    vs.write(b"]C0SENTINEL\r")
    sink.wait(lambda: any(s.data == "SENTINEL" for s in sink.scans), timeout=5)


def test_a_slow_scanner_over_a_pty_is_not_cut_in_two() -> None:
    # 60 ms between characters: 52 characters take 3.1 s, more than max_line_age_ms (2 s).
    code = b"]C0" + b"RMA-2024-000123-" + b"7" * 32 + b"\r"
    sink = Collector()
    with VirtualScanner() as vs:
        config = ScannerPortConfig(name="slow", port=vs.port_path, max_line_age_ms=2000)
        with reading(config, sink):
            sink.wait_state("connected")
            paced_write(vs, code, 1 / 0.060, 1)
            scans_then_sentinel(vs, sink, 1)
    assert sink.data() == [("]C0", code[3:-1].decode()), ("]C0", "SENTINEL")]
    assert sink.discards == []


def test_a_large_2d_code_at_9600_baud_over_a_pty_arrives_whole() -> None:
    # 2,400 bytes at 9600 baud 8N1 = 960 bytes/s: 2.5 s on the wire, as a DataMatrix shipping
    # label with an ISO/IEC 15434 envelope would arrive.
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    body = b"[)>\x1e06\x1d1JUN0950110100000001\x1d" + bytes(alphabet[i % 36] for i in range(2400))
    body = body[:2397]  # + "]d1" = 2,400 bytes on the wire before CR LF
    sink = Collector()
    with VirtualScanner() as vs:
        config = ScannerPortConfig(name="2d", port=vs.port_path, baudrate=9600)
        with reading(config, sink):
            sink.wait_state("connected")
            paced_write(vs, b"]d1" + body + b"\r\n", 960, 12)
            scans_then_sentinel(vs, sink, 1)
    assert [(s.aim_id, s.data.encode("latin-1")) for s in sink.scans] == [
        ("]d1", body),
        ("]C0", b"SENTINEL"),
    ]
    assert len(sink.scans[0].raw) == 2400
    assert sink.discards == []


@pytest.mark.parametrize("terminator", ["auto", "none"])
def test_a_terminator_ends_the_scan_at_once_without_the_silence_window(terminator: str) -> None:
    """CR (or LF, or CRLF) ends a scan the moment it is read, whatever the silence settings:
    a scanner sending a suffix never waits for the idle window (here a minute, and a stale
    line's age ten minutes) — the scan is out well before either could have passed."""
    sink = Collector()
    window_s = 60.0
    with VirtualScanner() as vs:
        config = ScannerPortConfig(
            name="suffix",
            port=vs.port_path,
            terminator=terminator,  # type: ignore[arg-type]
            idle_flush_ms=int(window_s * 1000),
            max_line_age_ms=600_000,
        )
        with reading(config, sink):
            sink.wait_state("connected")
            written = time.monotonic()
            vs.write(b"]C0RMA-2026-000001\r")
            sink.wait(lambda: len(sink.scans) == 1, timeout=window_s / 2)
            vs.write(b"\n]E09506000000015")  # an LF after the CR, then a scan in two writes
            vs.write(b"\r\n")
            sink.wait(lambda: len(sink.scans) == 2, timeout=window_s / 2)
    first = sink.scans[0]
    assert (first.aim_id, first.data, first.framed_by) == ("]C0", "RMA-2026-000001", "terminator")
    assert first.monotonic - written < window_s / 2  # framed when read, not after the window
    assert [(s.aim_id, s.data, s.framed_by) for s in sink.scans[1:]] == [
        ("]E0", "9506000000015", "terminator")
    ]
    assert sink.discards == []

"""Framer against the recorded streams in tests/data/scanner_streams.json and the reader rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from receiving_desk.adapters.scanners import Discard, FramedScan, Framer, ScannerPortConfig
from receiving_desk.adapters.scanners.framing import FrameEvent

STREAMS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parents[1] / "data" / "scanner_streams.json").read_text(encoding="utf-8")
)["streams"]
REASONS = {"noise only": "noise"}  # the JSON's wording -> Discard.reason


def stream_config(stream: dict[str, Any], **overrides: Any) -> ScannerPortConfig:
    port = stream["port"]
    kwargs: dict[str, Any] = {
        "name": stream["id"],
        "port": "/dev/null",
        "baudrate": port["baud"],
        "bytesize": port["bytesize"],
        "parity": port["parity"],
        "stopbits": port["stopbits"],
        "flow": port["flow"],
    }
    if "idle_flush_ms" in stream:  # scanner sends no suffix: frame on silence
        kwargs |= {"terminator": "none", "idle_flush_ms": stream["idle_flush_ms"]}
    return ScannerPortConfig(**(kwargs | overrides))


def expected_scans(stream: dict[str, Any]) -> list[tuple[str | None, str, str, int]]:
    return [
        (
            s["aim_id"],
            s["data"],
            "idle" if s["framed_by"].startswith("idle") else "terminator",
            s["t_ms"],
        )
        for s in stream["expected_scans"]
    ]


def expected_discards(stream: dict[str, Any]) -> list[tuple[str, str, int]]:
    return [
        (REASONS.get(d["reason"], d["reason"]), d["bytes_hex"].replace(" ", ""), d["t_ms"])
        for d in stream["expected_discards"]
    ]


def scans_of(events: list[FrameEvent]) -> list[tuple[str | None, str, str, int]]:
    return [
        (e.aim_id, e.data, e.framed_by, round(e.t * 1000))
        for e in events
        if isinstance(e, FramedScan)
    ]


def discards_of(events: list[FrameEvent]) -> list[tuple[str, str, int]]:
    return [(e.reason, e.raw.hex(), round(e.t * 1000)) for e in events if isinstance(e, Discard)]


def replay(stream: dict[str, Any], byte_by_byte: bool = False) -> list[FrameEvent]:
    framer = Framer(stream_config(stream))
    events: list[FrameEvent] = []
    for chunk in stream["chunks"]:
        t = chunk["t_ms"] / 1000
        events += framer.tick(t)  # what the reader does on a read timeout before data arrives
        data = bytes.fromhex(chunk["bytes_hex"])
        pieces = [data[i : i + 1] for i in range(len(data))] if byte_by_byte else [data]
        for piece in pieces:
            events += framer.feed(piece, t)
    if "finish_ms" in stream:
        events += framer.tick(stream["finish_ms"] / 1000)
    return events


@pytest.mark.parametrize("stream", STREAMS, ids=[s["id"] for s in STREAMS])
def test_stream_bytes_match_text(stream: dict[str, Any]) -> None:
    for chunk in stream["chunks"]:
        assert bytes.fromhex(chunk["bytes_hex"]) == chunk["text"].encode("latin-1")


@pytest.mark.parametrize("byte_by_byte", [False, True], ids=["chunks", "bytes"])
@pytest.mark.parametrize("stream", STREAMS, ids=[s["id"] for s in STREAMS])
def test_recorded_stream(stream: dict[str, Any], byte_by_byte: bool) -> None:
    events = replay(stream, byte_by_byte)
    assert scans_of(events) == expected_scans(stream)
    assert discards_of(events) == expected_discards(stream)


def test_streams_cover_the_reader_rules() -> None:
    # Guard against the data file silently losing streams.
    assert {"S1", "S2", "S3", "S5", "S6", "S8"} <= {s["id"] for s in STREAMS}


# --- rules without a recorded stream ------------------------------------------------------


def framer(**overrides: Any) -> Framer:
    return Framer(ScannerPortConfig(name="t", port="/dev/null", **overrides))


def feed_all(f: Framer, *items: tuple[bytes, float]) -> list[FrameEvent]:
    return [e for data, t in items for e in f.feed(data, t)]


def test_dedupe_window_counts_from_last_accepted() -> None:
    f = framer(dedupe_ms=200)
    ev = feed_all(
        f,
        (b"]C0A\r", 0.0),
        (b"]C0A\r", 0.1),  # duplicate
        (b"]C0B\r", 0.12),
        (b"]C0A\r", 0.15),  # still within 200 ms of the accepted 0.0 (A, B, A)
        (b"]C0A\r", 0.2),  # exactly 200 ms: accepted
        (b"]E0A\r", 0.21),  # other symbology, other payload
        (b"]C0A\r", 0.39),  # 190 ms after 0.2: duplicate
    )
    assert [(type(e).__name__, e.raw, round(e.t, 2)) for e in ev] == [
        ("FramedScan", b"]C0A", 0.0),
        ("Discard", b"]C0A", 0.1),
        ("FramedScan", b"]C0B", 0.12),
        ("Discard", b"]C0A", 0.15),
        ("FramedScan", b"]C0A", 0.2),
        ("FramedScan", b"]E0A", 0.21),
        ("Discard", b"]C0A", 0.39),
    ]
    assert {e.reason for e in ev if isinstance(e, Discard)} == {"duplicate"}


def test_dedupe_ignores_noise_and_can_be_disabled() -> None:
    ev = feed_all(framer(), (b"ABC\r", 0.0), (b"\x00AB\x11C\r\n", 0.05))
    assert discards_of(ev) == [("duplicate", b"\x00AB\x11C".hex(), 50)]
    ev = feed_all(framer(dedupe_ms=0), (b"ABC\rABC\r", 0.0))
    assert [e.data for e in ev if isinstance(e, FramedScan)] == ["ABC", "ABC"]


def test_oversized_line_is_discarded_and_its_tail_never_becomes_a_scan() -> None:
    f = framer(max_line_bytes=10)
    ev = feed_all(
        f,
        (b"]C0OK\r" + b"X" * 15 + b"\r", 0.0),
        (b"12345678", 0.01),
        (b"9ABCDEF", 0.02),  # partial now 15 bytes > 10
        (b"TAIL\r]C0GOOD\r", 0.03),
    )
    assert [(e.aim_id, e.data) for e in ev if isinstance(e, FramedScan)] == [
        ("]C0", "OK"),
        ("]C0", "GOOD"),
    ]
    assert discards_of(ev) == [
        ("oversized", (b"X" * 10).hex(), 0),
        ("oversized", b"123456789A".hex(), 20),
    ]


def test_oversized_skip_ends_after_silence() -> None:
    f = framer(max_line_bytes=4, idle_flush_ms=100)
    ev = feed_all(f, (b"GARBAGE", 0.0), (b"MORE", 0.05), (b"]C0X\r", 0.5))
    assert scans_of(ev) == [("]C0", "X", "terminator", 500)]
    assert discards_of(ev) == [("oversized", b"GARB".hex(), 0)]


def test_stale_partial_line_is_dropped_not_merged() -> None:
    f = framer(max_line_age_ms=2000)
    assert f.feed(b"]C0PART", 0.0) == []
    assert f.tick(1.9) == []
    assert discards_of(f.tick(2.5)) == [("stale", b"]C0PART".hex(), 2000)]
    assert scans_of(f.feed(b"]C0NEXT\r", 2.6)) == [("]C0", "NEXT", "terminator", 2600)]
    # Without a tick in between, the next read still does not absorb the old partial.
    ev = feed_all(f, (b"OLD", 3.0), (b"NEW\r", 5.5))
    assert discards_of(ev) == [("stale", b"OLD".hex(), 5000)]
    assert scans_of(ev) == [(None, "NEW", "terminator", 5500)]
    # A stale partial that is only noise is reported as noise.
    f.feed(b"\x00\x00\xff", 6.0)
    assert discards_of(f.tick(9.0)) == [("noise", "0000ff", 8000)]


def test_reset_discards_partial_line() -> None:
    f = framer()
    f.feed(b"]C0HALF", 0.0)
    assert f.pending == 7
    assert discards_of(f.reset("disconnect", 0.5)) == [("disconnect", b"]C0HALF".hex(), 500)]
    assert f.reset("disconnect", 0.6) == []
    assert scans_of(f.feed(b"REST\r", 1.0)) == [(None, "REST", "terminator", 1000)]


def test_aim_id_rules() -> None:
    ev = feed_all(
        framer(dedupe_ms=0),
        (b"]C1\r", 0.0),  # AIM id and nothing else
        (b"]X\r]1A\r]C\r", 0.0),  # not AIM ids: kept as data
        (b"\x00\xff]e0123\r]d2X\r]Q3Y\r", 0.0),
    )
    assert discards_of(ev) == [("empty", b"]C1".hex(), 0)]
    assert [(e.aim_id, e.data) for e in ev if isinstance(e, FramedScan)] == [
        (None, "]X"),
        (None, "]1A"),
        (None, "]C"),
        ("]e0", "123"),
        ("]d2", "X"),
        ("]Q3", "Y"),
    ]


def test_terminators_blank_lines_and_split_crlf() -> None:
    f = framer()
    ev = feed_all(f, (b"A\r", 0.0), (b"\n", 1.0), (b"\n\r\r\nB\n\rC\r\n", 1.1), (b"\r", 1.2))
    assert all(isinstance(e, FramedScan) for e in ev)
    assert [(e.data, round(e.t * 1000)) for e in ev if isinstance(e, FramedScan)] == [
        ("A", 0),
        ("B", 1100),
        ("C", 1100),
    ]


def test_payload_bytes_survive() -> None:
    raw = b"\x1d AB\x1e C\x04\x1c\xe9\xa0 \x1d"
    ev = framer().feed(raw + b"\r", 0.0)
    assert [(e.data, e.raw) for e in ev if isinstance(e, FramedScan)] == [
        ("\x1d AB\x1e C\x04\x1c\xe9\xa0 \x1d", raw)
    ]


def test_noise_bytes_are_removed() -> None:
    noise = bytes([*range(0x00, 0x04), *range(0x05, 0x0A), 0x0B, 0x0C, *range(0x0E, 0x1C)])
    ev = framer().feed(b"A" + noise + b"\x1fB\x7f\xff\r", 0.0)
    assert [e.data for e in ev if isinstance(e, FramedScan)] == ["AB"]


def test_idle_framing_uses_the_idle_deadline() -> None:
    f = framer(terminator="none", idle_flush_ms=100)
    assert f.feed(b"RB1234", 0.0) == [] and f.feed(b"56785GB", 0.05) == []
    assert f.tick(0.149) == []
    assert scans_of(f.tick(0.4)) == [(None, "RB123456785GB", "idle", 150)]
    # A terminator still ends a line at once in idle mode; noise-only idle lines are noise.
    assert scans_of(f.feed(b"X\r", 1.0)) == [(None, "X", "terminator", 1000)]
    f.feed(b"\x11", 2.0)
    assert discards_of(f.tick(2.2)) == [("noise", "11", 2100)]


def test_config_round_trip_and_validation() -> None:
    cfg = ScannerPortConfig.from_dict(
        {"name": "dock1", "usb_vid": "05e0", "usb_pid": 0x1200, "usb_serial": 123, "parity": "e"}
    )
    assert (cfg.usb_vid, cfg.usb_pid, cfg.usb_serial, cfg.parity) == (0x05E0, 0x1200, "123", "E")
    assert "port" not in cfg.to_dict()  # TOML has no null
    assert ScannerPortConfig.from_dict(cfg.to_dict()) == cfg
    with pytest.raises(ValueError, match="unknown"):
        ScannerPortConfig.from_dict({"name": "x", "port": "/dev/x", "baud": 9600})
    with pytest.raises(ValueError, match="port or usb"):
        ScannerPortConfig(name="x")
    with pytest.raises(ValueError, match="flow"):
        ScannerPortConfig(name="x", port="/dev/x", flow="dtr")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="terminator"):
        ScannerPortConfig(name="x", port="/dev/x", terminator="cr")  # type: ignore[arg-type]


# --- slow arrivals: silence since the last byte, not the line's age, makes a line stale ------


def paced(
    f: Framer, data: bytes, start: float, per_byte: float, chunk: int = 1
) -> list[FrameEvent]:
    """Feed ``data`` as a scanner at a given pace would deliver it, ``chunk`` bytes per read."""
    events: list[FrameEvent] = []
    for i in range(0, len(data), chunk):
        piece = data[i : i + chunk]
        now = start + (i + len(piece)) * per_byte
        events += f.tick(now - len(piece) * per_byte / 2)  # a read timeout between reads
        events += f.feed(piece, now)
    return events


def test_a_slow_scanner_is_never_cut() -> None:
    # 60 ms between characters: a 50-character code takes 3 s, longer than max_line_age_ms.
    f = framer(max_line_age_ms=2000)
    code = b"]C0" + b"SLOW-SCANNER-" + b"9" * 34 + b"\r"
    ev = paced(f, code, 0.0, 0.060)
    assert scans_of(ev) == [("]C0", code[3:-1].decode(), "terminator", round(len(code) * 60))]
    assert discards_of(ev) == []


@pytest.mark.parametrize("terminator", ["auto", "none"])
@pytest.mark.parametrize("chunk", [1, 7, 64])
def test_a_large_2d_code_at_9600_baud_arrives_whole(terminator: str, chunk: int) -> None:
    # 2,400 bytes at 9600 baud 8N1 (10 bits a byte): 2.5 s on the wire.
    body = (b"]d201095060001343521727020010L-88\x1d21" + b"S" * 2400)[:2400]
    suffix = b"\r" if terminator == "auto" else b""
    f = framer(terminator=terminator, idle_flush_ms=100, max_line_age_ms=2000)
    ev = paced(f, body + suffix, 0.0, 10 / 9600, chunk)
    ev += f.tick(10.0)
    scans = [e for e in ev if isinstance(e, FramedScan)]
    assert [(s.aim_id, s.data.encode("latin-1")) for s in scans] == [("]d2", body[3:])]
    assert discards_of(ev) == []


def test_silence_after_the_last_byte_still_drops_a_partial_line() -> None:
    f = framer(max_line_age_ms=2000)
    paced(f, b"]C0" + b"X" * 40, 0.0, 0.060)  # last byte at 2.58 s
    assert f.tick(4.5) == []  # 1.92 s of silence: still waiting
    assert discards_of(f.tick(4.6)) == [("stale", (b"]C0" + b"X" * 40).hex(), 4580)]


def test_the_length_cap_still_ends_an_endless_stream() -> None:
    f = framer(max_line_bytes=100, max_line_age_ms=2000)
    ev = paced(f, b"Z" * 500, 0.0, 0.001, chunk=10)  # never a pause, never a terminator
    assert discards_of(ev) == [("oversized", (b"Z" * 100).hex(), 110)]
    assert scans_of(ev + f.feed(b"]C0NEXT\r", 10.0)) == [("]C0", "NEXT", "terminator", 10000)]


def test_sends_hri_is_a_per_scanner_setting_written_only_when_set() -> None:
    plain = ScannerPortConfig(name="a", port="/dev/x")
    assert not plain.sends_hri and "sends_hri" not in plain.to_dict()
    hri = ScannerPortConfig.from_dict({"name": "b", "port": "/dev/x", "sends_hri": True})
    assert hri.to_dict()["sends_hri"] is True
    assert ScannerPortConfig.from_dict(hri.to_dict()) == hri

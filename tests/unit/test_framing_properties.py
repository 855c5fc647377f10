"""Property tests: the fast (bytes.split based) framer keeps the per-byte semantics."""

from __future__ import annotations

import itertools

from hypothesis import example, given, settings
from hypothesis import strategies as st

from receiving_desk.adapters.scanners import Discard, FramedScan, Framer, ScannerPortConfig
from receiving_desk.adapters.scanners.framing import NOISE_BYTES, FrameEvent

KEPT_CONTROLS = b"\x04\x1c\x1d\x1e"
# Bytes that exercise every rule: terminators, noise, AIM ids, kept controls, high bytes.
interesting = st.sampled_from(
    [b"\r", b"\n", b"\r\n", b"\x00", b"\xff", b"\x11", b"\x13", b"\x7f", b"]", b"C", b"1", b"A"]
    + [bytes([c]) for c in KEPT_CONTROLS]
)
streams = st.lists(interesting | st.binary(min_size=1, max_size=6), max_size=80).map(b"".join)


def config(max_line_bytes: int = 4096, terminator: str = "auto") -> ScannerPortConfig:
    return ScannerPortConfig(
        name="p",
        port="/dev/null",
        max_line_bytes=max_line_bytes,
        terminator=terminator,  # type: ignore[arg-type]
    )


def reference(data: bytes, max_line_bytes: int, t: float) -> list[FrameEvent]:
    """The reader rules applied one byte at a time, all bytes at the same instant t."""
    events: list[FrameEvent] = []
    seen: set[bytes] = set()  # equal timestamps: any repeat is within the dedupe window
    line = bytearray()
    skipping = False
    for b in data:
        if b in b"\r\n":
            if line and not skipping:
                payload = bytes(line).translate(None, NOISE_BYTES)
                aim = payload[:1] == b"]" and payload[1:2].isalpha() and payload[2:3].isdigit()
                if not payload:
                    events.append(Discard(bytes(line), "noise", t))
                elif aim and len(payload) == 3:
                    events.append(Discard(bytes(line), "empty", t))
                elif payload in seen:
                    events.append(Discard(bytes(line), "duplicate", t))
                else:
                    seen.add(payload)
                    body = payload[3:] if aim else payload
                    aim_id = payload[:3].decode() if aim else None
                    events.append(
                        FramedScan(bytes(line), aim_id, body.decode("latin-1"), "terminator", t)
                    )
            line.clear()
            skipping = False
        elif not skipping:
            line.append(b)
            if len(line) > max_line_bytes:
                events.append(Discard(bytes(line[:max_line_bytes]), "oversized", t))
                line.clear()
                skipping = True
    return events


@st.composite
def chunked(draw: st.DrawFn) -> tuple[bytes, list[bytes]]:
    data = draw(streams)
    cuts = sorted(draw(st.lists(st.integers(0, len(data)), max_size=20)))
    bounds = [0, *cuts, len(data)]
    return data, [data[a:b] for a, b in itertools.pairwise(bounds)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.binary(max_size=40), st.floats(0, 0.5)), max_size=30),
    st.integers(1, 64),
    st.sampled_from(["auto", "none"]),
)
def test_never_raises_and_events_are_well_formed(
    reads: list[tuple[bytes, float]], max_line_bytes: int, terminator: str
) -> None:
    f = Framer(config(max_line_bytes, terminator))
    now = 0.0
    events: list[FrameEvent] = []
    for data, gap in reads:
        now += gap
        events += f.feed(data, now) if data else f.tick(now)
    events += f.tick(now + 10) + f.reset("disconnect", now + 11)
    for e in events:
        assert b"\r" not in e.raw and b"\n" not in e.raw
        if isinstance(e, FramedScan):
            assert e.data and not set(e.data.encode("latin-1")) & set(NOISE_BYTES)
            assert len(e.raw) <= max_line_bytes
        else:
            assert e.reason in {"duplicate", "oversized", "disconnect", "empty", "noise", "stale"}


@settings(max_examples=400, deadline=None)
@given(chunked(), st.integers(1, 24))
@example(
    (
        b"]C1\r\x00\r]C1X\r\n]C1X\n" + b"Y" * 30 + b"\rZ",
        [b"]C1\r\x00", b"\r]C1X\r", b"\n]C1X\nYY", b"Y" * 28 + b"\rZ"],
    ),
    24,
)
def test_chunking_never_changes_the_result(
    sample: tuple[bytes, list[bytes]], max_bytes: int
) -> None:
    data, chunks = sample
    whole = Framer(config(max_bytes)).feed(data, 1.0)
    f = Framer(config(max_bytes))
    split = [e for chunk in chunks for e in f.feed(chunk, 1.0)]
    assert split == whole == reference(data, max_bytes, 1.0)


payload_chars = st.sampled_from(list(KEPT_CONTROLS) + list(b"AZ09 -/%.$+") + [0xE9])
payloads = st.lists(st.lists(payload_chars, min_size=1, max_size=30).map(bytes), max_size=25)


@settings(max_examples=200, deadline=None)
@given(
    payloads,
    st.lists(st.sampled_from([b"\r", b"\n", b"\r\n"]), min_size=25, max_size=25),
    st.sampled_from(["", "]C1", "]d2", "]Q3"]),
    st.data(),
)
def test_gs_rs_eot_fs_are_preserved(
    items: list[bytes], terms: list[bytes], aim: str, data: st.DataObject
) -> None:
    stream = b"".join(aim.encode() + p + t for p, t in zip(items, terms, strict=False))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=10)))
    f = Framer(ScannerPortConfig(name="p", port="/dev/null", dedupe_ms=0))
    events: list[FrameEvent] = []
    for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True):
        events += f.feed(stream[a:b], 1.0)
    scans = [e for e in events if isinstance(e, FramedScan)]
    assert scans == events
    assert [(e.aim_id, e.data.encode("latin-1")) for e in scans] == [
        (aim or None, p) for p in items
    ]


# --- random inter-byte delays: no scan is ever split or merged ---------------------------------
# The framer takes its clock as an argument, so these properties run hours of scanner time in
# milliseconds: every read and every read timeout (tick) gets its own simulated instant.

IDLE_MS, STALE_MS = 80, 2000
LATENCY_MS = 5  # how long after data arrives the reader may return it (busy dispatching)
scan_bytes = st.sampled_from(list(KEPT_CONTROLS) + list(b"AZ09 -/%.$+]") + [0xE9])
# A body that is nothing but an AIM identifier ("]A0") would be a scan with no data, which the
# framer rightly discards as empty: not a scan a scanner sends.
scan_bodies = (
    st.lists(scan_bytes, min_size=1, max_size=300)
    .map(bytes)
    .filter(lambda b: not (len(b) == 3 and b[:1] == b"]" and b[1:2].isalpha() and b[2:3].isdigit()))
)


@st.composite
def timed_streams(
    draw: st.DrawFn, terminator: str
) -> tuple[list[bytes], list[tuple[bytes, float]]]:
    """Distinct scans, each sent byte by byte with random gaps, read back in random chunks.

    Inside a scan a gap stays below the silence that ends it (the idle gap when the scanner
    sends no suffix, the stale gap otherwise, less the reader's latency); between scans the
    gap is anything above it. A read returns within LATENCY_MS of its first byte's arrival
    with some or all of the bytes that have arrived by then, stamped with its return time.
    """
    bodies = draw(st.lists(scan_bodies, min_size=1, max_size=6, unique=True))
    aim = draw(st.sampled_from([b"", b"]C0", b"]d2", b"]Q1"]))
    inside_ms = (IDLE_MS if terminator == "none" else STALE_MS) - LATENCY_MS - 1
    data: list[int] = []
    arrival: list[float] = []
    now = 0.0
    for body in bodies:
        now += draw(st.floats(inside_ms + 2 * LATENCY_MS + 2, 10 * STALE_MS)) / 1000
        suffix = draw(st.sampled_from([b"\r", b"\n", b"\r\n"])) if terminator == "auto" else b""
        for i, byte in enumerate(aim + body + suffix):
            if i:
                now += draw(st.floats(0, inside_ms)) / 1000
            data.append(byte)
            arrival.append(now)
    reads: list[tuple[bytes, float]] = []
    i = 0
    while i < len(data):
        stamp = arrival[i] + draw(st.floats(0, LATENCY_MS)) / 1000
        stamp = max(stamp, reads[-1][1] if reads else 0.0)  # reads return in order
        ready = i + 1
        while ready < len(data) and arrival[ready] <= stamp:
            ready += 1
        end = draw(st.integers(i + 1, ready))  # in_waiting may not show every byte yet
        reads.append((bytes(data[i:end]), stamp))
        i = end
    return [aim + body for body in bodies], reads


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["auto", "none"]).flatmap(lambda t: st.tuples(st.just(t), timed_streams(t))),
    st.data(),
)
def test_random_delays_never_split_or_merge_a_scan(
    sample: tuple[str, tuple[list[bytes], list[tuple[bytes, float]]]], data: st.DataObject
) -> None:
    terminator, (sent, reads) = sample
    f = Framer(
        ScannerPortConfig(
            name="p",
            port="/dev/null",
            terminator=terminator,  # type: ignore[arg-type]
            idle_flush_ms=IDLE_MS,
            max_line_age_ms=STALE_MS,
        )
    )
    events: list[FrameEvent] = []
    previous = 0.0
    for chunk, when in reads:
        # The reader ticks on every read timeout: at random instants before the data arrives.
        for t in sorted(data.draw(st.lists(st.floats(previous, when), max_size=3))):
            events += f.tick(t)
        events += f.feed(chunk, when)
        previous = when
    events += f.tick(previous + 60)
    assert [e for e in events if isinstance(e, Discard)] == []
    scans = [e for e in events if isinstance(e, FramedScan)]
    assert [(e.aim_id or "").encode() + e.data.encode("latin-1") for e in scans] == sent

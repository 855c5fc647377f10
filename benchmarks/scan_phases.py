"""Where a scan's time goes: the desk's opt-in timing marks (`receiving_desk/timing.py`) read
back per scan and split into the hops between them (used by `scan_to_commit.py`).

Each scan owns the marks made between its bytes' write and the next scan's write; of each
phase its first mark counts (of the use case's commit, its last: the effect), in the order a
scan travels. A hop is reported only where both of its ends were marked in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from labels import percentile  # same directory

PREFIX = "receiving_desk.timing."
STORE_THREAD = "desk-store"  # the store executor's threads: desk-store_0
# The scan's way, in order: (phase, whose thread marks it; "" any).
WAY = (
    ("framed", "scanner-"),
    ("journal.begin", "scan-journal"),
    ("journal", "scan-journal"),
    ("store.scan", STORE_THREAD),
    ("lock", STORE_THREAD),
    ("commit.begin", STORE_THREAD),
    ("commit", STORE_THREAD),
    ("store.done", STORE_THREAD),
    ("gui.result", "MainThread"),
    ("gui.shown", "MainThread"),
)
LAST_OF = {"commit", "commit.begin"}  # the effect is the last write of the scan's use case
HOPS = {
    "framed": "pty write -> framed (reader thread: read, framer)",
    "journal.begin": "framed -> journal writer has it (queue hop)",
    "journal": "journal insert + commit (fsync)",
    "store.scan": "journal commit -> store worker begins the use case",
    "lock": "use case until the write lock: guard read, lock wait",
    "commit.begin": "use case under the write lock (statements)",
    "commit": "COMMIT (fsync)",
    "store.done": "commit -> view built (read-only SELECTs)",
    "gui.result": "store worker -> GUI thread (queued Qt signal)",
    "gui.shown": "screen drawn (banner, panel)",
}


@dataclass(frozen=True, slots=True)
class Mark:
    phase: str
    at: float
    details: tuple[str, ...]
    thread: str


@dataclass
class Marks:
    """Every timing line the desk printed, by phase."""

    by_phase: dict[str, list[Mark]] = field(default_factory=dict)

    def add_line(self, parts: list[str]) -> bool:
        """One stdout line split in words; False if it is not a timing mark."""
        if not parts or not parts[0].startswith(PREFIX) or "at" not in parts:
            return False
        at = parts.index("at")
        rest = parts[at + 2 :]
        mark = Mark(parts[0][len(PREFIX) :], float(parts[at + 1]), tuple(rest[:-1]), rest[-1])
        self.by_phase.setdefault(mark.phase, []).append(mark)
        return True

    def clear(self) -> None:
        self.by_phase.clear()

    def detail(self, phase: str, key: str, thread: str = "") -> list[float]:
        """`key=value` details of one phase's marks (by threads starting with `thread`)."""
        out = []
        for mark in self.by_phase.get(phase, []):
            if not mark.thread.startswith(thread):
                continue
            for word in mark.details:
                name, _, value = word.partition("=")
                if name == key:
                    out.append(float(value))
        return out


def cpu_of(mark: Mark) -> float | None:
    for word in mark.details:
        if word.startswith("cpu="):
            return float(word[4:])
    return None


def hops(marks: Marks, written: list[float]) -> dict[str, list[tuple[float, float | None]]]:
    """For each hop, per scan: its wall time, and its CPU time where both ends were marked
    on one thread (seconds)."""
    out: dict[str, list[tuple[float, float | None]]] = {phase: [] for phase, _ in WAY}
    sorted_marks = {
        phase: sorted(
            (m for m in marks.by_phase.get(phase, []) if m.thread.startswith(thread)),
            key=lambda m: m.at,
        )
        for phase, thread in WAY
    }
    for i, begin in enumerate(written):
        end = written[i + 1] if i + 1 < len(written) else begin + 1.0
        previous: Mark | None = None
        for phase, _thread in WAY:
            mine = [m for m in sorted_marks[phase] if begin < m.at < end]
            if not mine:
                continue  # not on this scan's way (no write, a refusal): the next hop spans it
            mark = mine[-1] if phase in LAST_OF else mine[0]
            if mark.at >= (previous.at if previous else begin):
                cpu = None
                if previous is not None and previous.thread == mark.thread:
                    a, b = cpu_of(previous), cpu_of(mark)
                    cpu = b - a if a is not None and b is not None else None
                out[phase].append((mark.at - (previous.at if previous else begin), cpu))
                previous = mark
    return out


def _beside(
    marks: Marks, written: list[float], start: tuple[str, str], end: tuple[str, str]
) -> list[float]:
    """Per scan, from its first `start` mark to its first `end` mark (phase, thread)."""
    out = []
    for i, begin in enumerate(written):
        stop = written[i + 1] if i + 1 < len(written) else begin + 1.0
        ends = []
        for phase, thread in (start, end):
            ends.append(
                min(
                    (
                        m.at
                        for m in marks.by_phase.get(phase, [])
                        if m.thread.startswith(thread) and begin < m.at < stop
                    ),
                    default=None,
                )
            )
        if ends[0] is not None and ends[1] is not None and ends[1] >= ends[0]:
            out.append(ends[1] - ends[0])
    return out


def report(marks: Marks, written: list[float]) -> list[str]:
    lines = ["where the time goes, per scan (ms: p50 / p99 / max, n):"]
    told = _beside(marks, written, ("journal", "scan-journal"), ("gui.scan", "MainThread"))
    hopping = hops(marks, written)
    for phase, values in hopping.items():
        if values:
            ms = [wall * 1000 for wall, _ in values]
            cpus = [cpu * 1000 for _, cpu in values if cpu is not None]
            cpu = f"  CPU p50 {percentile(cpus, 50):.1f}" if cpus else ""
            lines.append(
                f"  {HOPS[phase]:<58} {percentile(ms, 50):6.1f} / {percentile(ms, 99):6.1f}"
                f" / {max(ms):6.1f}  n={len(ms)}{cpu}"
            )
    if told:
        ms = [v * 1000 for v in told]
        lines.append(
            f"  {'(beside the way: journal commit -> GUI thread has the scan)':<58}"
            f" {percentile(ms, 50):6.1f} / {percentile(ms, 99):6.1f} / {max(ms):6.1f}  n={len(ms)}"
        )
    for who, thread in (("scan journal", "scan-journal"), ("store worker", STORE_THREAD)):
        waits = [w * 1000 for w in marks.detail("lock", "waited", thread)]
        if waits:
            lines.append(
                f"  write-lock wait, {who}: p50 {percentile(waits, 50):.2f} ms,"
                f" p99 {percentile(waits, 99):.2f} ms, max {max(waits):.1f} ms, n={len(waits)}"
            )
    background = [
        m
        for m in marks.by_phase.get("lock", [])
        if "bg=1" in m.details  # print workers and the syncer
    ]
    held = {m.thread for m in background}
    for thread in sorted(held):
        holds = [h * 1000 for h in marks.detail("lock.held", "held", thread)]
        if holds:
            lines.append(
                f"  write lock held by {thread}: {len(holds)} transactions, p50"
                f" {percentile(holds, 50):.2f} ms, p99 {percentile(holds, 99):.2f} ms,"
                f" max {max(holds):.1f} ms"
            )
    return lines


def spans(marks: Marks) -> dict[str, list[tuple[float, float]]]:
    """What ran beside the scans: background threads' write transactions (by thread) and
    the syncer's and print workers' rounds (`sync.begin`/`.end`, `print.begin`/`.end`)."""
    out: dict[str, list[tuple[float, float]]] = {}
    for mark in marks.by_phase.get("lock.held", []):
        held = float(next(w for w in mark.details if w.startswith("held=")).split("=")[1])
        if not mark.thread.startswith(("scan-journal", STORE_THREAD)):
            name = f"{mark.thread.split(':')[0]} write transaction"
            out.setdefault(name, []).append((mark.at - held, mark.at))
    for work in ("sync", "print"):
        begun: dict[str, float] = {}
        ends = [(m.at, m.thread, False) for m in marks.by_phase.get(f"{work}.end", [])]
        starts = [(m.at, m.thread, True) for m in marks.by_phase.get(f"{work}.begin", [])]
        for at, thread, starting in sorted(starts + ends):
            if starting:
                begun[thread] = at
            elif thread in begun:
                out.setdefault(f"{work} round", []).append((begun.pop(thread), at))
    return out


def overlaps(marks: Marks, written: tuple[float, ...], latencies: tuple[float, ...]) -> list[str]:
    """Scans whose way overlapped background work, against the others: does bookkeeping
    (labels, sync, evidence) running meanwhile make a scan slower?"""
    lines = []
    for name, ran in sorted(spans(marks).items()):
        hit, clear = [], []
        for at, latency in zip(written, latencies, strict=True):
            end = at + latency
            (hit if any(a < end and b > at for a, b in ran) else clear).append(latency * 1000)
        total = sum(b - a for a, b in ran)
        if hit and clear:
            lines.append(
                f"  scans overlapping a {name} ({len(ran)}, {total:.1f} s in all): n={len(hit)}"
                f" p50 {percentile(hit, 50):.1f} ms, p99 {percentile(hit, 99):.1f} ms;"
                f" the others: n={len(clear)} p50 {percentile(clear, 50):.1f} ms,"
                f" p99 {percentile(clear, 99):.1f} ms"
            )
    return lines

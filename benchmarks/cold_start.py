"""Cold start of the real desk to an interactive window, beside a bare PySide6 window.

Builds a demo store once (`receiving-desk demo --no-gui`), with a station file that names
one serial scanner (a pty held open by this script), then starts the desk in a fresh process
again and again: `receiving-desk --config station.toml gui --quit-after-start`. The desk
prints its monotonic clock once the main window is painted, its first screen state rendered
and the event loop has handled what was queued by then, plus its CPU time and resident
memory; the time counts from just before the process is spawned. The first screen is up
before the store is opened: the desk prints the same figures again once it is live (store
open, schema checked, services built, the desk's own view shown), reported beside. Baseline,
same run, same method, alternated with the desk's runs: a bare QMainWindow with one label,
started by the same interpreter. Both start from compiled bytecode (a first, unmeasured start
compiles it into a scratch folder), as an installed desk does, even where
PYTHONDONTWRITEBYTECODE is set.

    .venv/bin/python benchmarks/cold_start.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
READY_PREFIX = "receiving-desk ready:"  # printed by receiving_desk.gui.start_probe
LIVE_PREFIX = "receiving-desk live:"  # the desk only: its store open, its view live
Figures = tuple[float, float, float]  # seconds since spawn, CPU seconds, MiB resident

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from receiving_desk.gui.start_probe import StartProbe
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Scan your badge"))
StartProbe(window)
window.resize(1280, 860)
window.show()
sys.exit(app.exec())
"""


def _env(pycache: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if pycache is not None:
        # An installed desk starts from compiled bytecode: let the unmeasured first start
        # compile it (into a scratch folder, not the source tree), as an installer does.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def start_once(argv: list[str], pycache: Path) -> dict[str, Figures]:
    """For "ready" (and "live" where printed): seconds from spawn, CPU seconds used by then,
    MiB resident at that moment."""
    started = time.monotonic()
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env(pycache)
    )
    assert proc.stdout is not None
    seen: dict[str, Figures] = {}
    for line in proc.stdout:
        for name, prefix in (("ready", READY_PREFIX), ("live", LIVE_PREFIX)):
            if line.startswith(prefix):
                fields = dict(part.split("=", 1) for part in line[len(prefix) :].split())
                seconds = float(fields["monotonic"]) - started
                seen[name] = (seconds, float(fields["cpu_s"]), float(fields["rss_mib"]))
    if proc.wait(timeout=60) != 0 or "ready" not in seen:
        raise SystemExit(f"{argv}: exit {proc.returncode}, ready line: {seen}")
    return seen


def build_demo(folder: Path, scanner_port: str) -> Path:
    data = folder / "data"
    subprocess.run(
        [sys.executable, "-m", "receiving_desk", "--data-dir", str(data), "demo", "--no-gui"],
        check=True,
        env=_env(),
        stdout=subprocess.DEVNULL,
    )
    station = folder / "station.toml"
    station.write_text(
        "[station]\n"
        'station_id = "DEMO-01"\n'
        f'data_dir = "{data.as_posix()}"\n'
        f'log_dir = "{(folder / "log").as_posix()}"\n'
        "\n[[scanner]]\n"
        'name = "dock-scanner"\n'
        f'port = "{scanner_port}"\n',
        encoding="utf-8",
    )
    return station


def summary(values: list[float], unit: str, digits: int) -> str:
    return (
        f"min {min(values):.{digits}f} {unit}, median {statistics.median(values):.{digits}f} "
        f"{unit}, max {max(values):.{digits}f} {unit}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    master, slave = os.openpty()  # the station's scanner: present, silent
    try:
        with tempfile.TemporaryDirectory(prefix="cold-start-") as tmp:
            station = build_demo(Path(tmp), os.ttyname(slave))
            desk = [sys.executable, "-m", "receiving_desk", "--config", str(station), "gui"]
            desk.append("--quit-after-start")
            bare = [sys.executable, "-c", BARE_WINDOW]
            pycache = Path(tmp) / "pycache"
            start_once(bare, pycache)  # warm the page cache and compile, unmeasured
            start_once(desk, pycache)
            results: dict[str, list[Figures]] = {"bare": [], "desk": [], "live": []}
            for _ in range(args.runs):
                results["bare"].append(start_once(bare, pycache)["ready"])
                desk_run = start_once(desk, pycache)
                results["desk"].append(desk_run["ready"])
                if "live" in desk_run:
                    results["live"].append(desk_run["live"])
    finally:
        os.close(master)
        os.close(slave)
    print(f"cold start to an interactive window, {args.runs} runs each, demo store")
    for name, label in (
        ("bare", "bare PySide6 window (baseline)"),
        ("desk", "receiving desk, first screen (ready)"),
        ("live", "receiving desk, live (store open, desk's view shown)"),
    ):
        if not results[name]:
            continue
        seconds, cpu, rss = ([r[i] for r in results[name]] for i in range(3))
        print(f"{label}:")
        print(f"  time {summary(seconds, 's', 3)}")
        print(f"  CPU  {summary(cpu, 's', 3)} (process time by then, all threads)")
        print(f"  RSS  {summary(rss, 'MiB', 1)}")
    ratio = statistics.median(r[0] for r in results["desk"]) / statistics.median(
        r[0] for r in results["bare"]
    )
    print(f"desk / bare, median time: {ratio:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The Qt-free half of `receiving-desk --self-test`: is everything the desk loads at run time
there and usable, wherever it was installed from (checkout, wheel, frozen bundle)?

Each check returns a `Check` naming what it looked at, so a failure says what is missing.
The Qt half (translations, platform plugins, the main window) is in `gui/self_test.py`.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
import time
import wave
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from receiving_desk.config import StationConfig
from receiving_desk.resources import resources_dir
from receiving_desk.services.app_ports import DeskApp

LANGUAGES = ("zh_CN", "zh_TW", "ru", "ko")
SOUNDS = ("good", "bad", "done")
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallback.ttf")
# One label's worth of every script the desk prints: Latin, Cyrillic, Han (both), Hangul.
SAMPLE_TEXT = "Ceramic mug · Кружка · 陶瓷杯 · 陶瓷盃 · 머그잔"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


def run_check(name: str, fn: Callable[[], str]) -> Check:
    """`fn` returns what it verified, or raises with what is wrong."""
    started = time.perf_counter()
    try:
        detail = fn()
    except Exception as exc:  # a self-test reports every failure, it does not stop at one
        return Check(name, False, f"{type(exc).__name__}: {exc}")
    return Check(name, True, f"{detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")


def check_resources() -> str:
    folder = resources_dir()
    needed = [
        Path("rules", "returns.toml"),
        Path("scanner-scripts", "demo.txt"),
        Path("icons", "receiving-desk.png"),
        Path("fonts", "LICENSES.md"),
        *(Path("fonts", f) for f in FONTS),
        *(Path("sounds", f"{s}.wav") for s in SOUNDS),
        *(Path("translations", f"receiving_desk_{lang}.qm") for lang in LANGUAGES),
    ]
    missing = [str(p) for p in needed if not (folder / p).is_file()]
    if missing:
        raise FileNotFoundError(f"{folder} lacks {', '.join(missing)}")
    return f"{folder} ({len(needed)} files)"


def check_rules(config: StationConfig) -> str:
    from receiving_desk.bootstrap import default_rules_path
    from receiving_desk.domain.rules_file import load_rules

    path = config.rules_file or default_rules_path()
    rules = load_rules(path)
    return f"{path.name} version {rules.version}"


def check_fonts() -> str:
    """The label renderer embeds the bundled fonts and draws every script from them; the PDF
    is rendered to pixels (PDFium), as the label preview does."""
    from receiving_desk.adapters.printing import fonts
    from receiving_desk.adapters.printing.labels import restock_label
    from receiving_desk.adapters.printing.pdf import render_pdf
    from receiving_desk.adapters.printing.png import rasterize

    used = {font for font, _chunk in fonts.runs(SAMPLE_TEXT)}
    if used != {fonts.LATIN, fonts.CJK}:
        raise ValueError(f"sample text drawn with {sorted(used)}, not DejaVu Sans + CJK fallback")
    label = restock_label(
        lpn="LPN00000001X",
        sku="HM-00004",
        description=SAMPLE_TEXT,
        grade="A",
        disposition="restock",
        bin="A-01-01",
    )
    pdf = render_pdf(label)
    embedded = {m.split(b"+")[-1].decode() for m in re.findall(rb"/BaseFont\s*/([^\s/>]+)", pdf)}
    for face in ("DejaVuSans", "DroidSansFallback"):
        if face not in embedded:
            raise ValueError(f"{face} is not embedded in the label PDF (found {sorted(embedded)})")
    page = rasterize(pdf, 203)[0]
    dark = sum(page.histogram()[:128])  # greyscale: pixels darker than mid-grey
    if dark == 0:
        raise ValueError("the label PDF renders to a blank page")
    return f"{', '.join(FONTS)}; CJK label drawn, {page.width}x{page.height} px at 203 dpi"


def check_sound_files() -> str:
    parts = []
    for name in SOUNDS:
        path = resources_dir() / "sounds" / f"{name}.wav"
        with wave.open(str(path), "rb") as wav:
            frames, rate = wav.getnframes(), wav.getframerate()
        if frames == 0:
            raise ValueError(f"{path.name} is empty")
        parts.append(f"{name}.wav {frames / rate * 1000:.0f} ms")
    return ", ".join(parts)


def check_station_store(config: StationConfig) -> str:
    """The configured store, read only: its integrity and schema revision (never migrated
    or created here)."""
    from receiving_desk.adapters.store import migrate

    path = config.database_path
    if not path.exists():
        return f"{path} not created yet (the desk creates it on first start)"
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        integrity = conn.execute("PRAGMA quick_check").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revisions = (
            sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
            if "alembic_version" in tables
            else []
        )
    if integrity != "ok":
        raise ValueError(f"{path}: integrity check says {integrity}")
    heads = migrate.head_revisions()
    state = "current" if tuple(revisions) == heads else f"upgraded on next start to {heads}"
    return f"{path}: integrity ok, revision {', '.join(revisions) or 'none'} ({state})"


@contextmanager
def scratch_demo_app() -> Iterator[DeskApp]:
    """The desk over a throwaway demo store (for the self-test's main-window check)."""
    from receiving_desk.bootstrap import bootstrap
    from receiving_desk.services.demo_data import load_demo_data

    with tempfile.TemporaryDirectory(prefix="receiving-desk-self-test-") as tmp:
        scratch = StationConfig(  # its own settings file and pepper: nothing of the station's
            station_id="SELF-TEST",
            data_dir=Path(tmp),
            log_dir=Path(tmp),
            sound=True,
            source=Path(tmp) / "station.toml",
        )
        services = bootstrap(scratch)
        try:
            load_demo_data(services.uow_factory, services.hasher, services.clock.now())
            yield services.desk_app()
        finally:
            services.close()

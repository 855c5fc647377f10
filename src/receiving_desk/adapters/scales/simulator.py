"""A bench scale on a pseudo-terminal, speaking MT-SICS or the continuous format: the desk
opens its port like a real scale's. `receiving-desk scale-sim` runs one from the shell.

The weight on the platform is set from outside (`put`, `settle`, `overload`, `lift`), as a
clerk's hands would set it; `unplug`/`replug` pull and re-insert the cable (with a `link`,
the same path comes back, as a USB identity rule gives it on a dock PC).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import select
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

from receiving_desk.adapters.scales.protocols import PROTOCOLS, Protocol
from receiving_desk.adapters.scanners.simulator import point_link

if sys.platform != "win32":
    import tty


class VirtualScale:
    def __init__(
        self, protocol: Protocol, link: str | os.PathLike[str] | None = None, period_s: float = 0.1
    ) -> None:
        self.protocol = protocol
        self.link = Path(link) if link is not None else None
        self.period = period_s  # continuous: one line per period
        self._lock = threading.Lock()
        self._grams = 0
        self._stable = True
        self._state = "weight"  # "weight" | "overload" | "underload"
        self.requests = 0  # MT-SICS requests answered (the desk is asking)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._master = self._slave = -1
        self.port_path = ""
        self.replug()

    # -- what is on the platform ----------------------------------------------------------

    def put(self, grams: int, stable: bool = True) -> None:
        with self._lock:
            self._grams, self._stable, self._state = grams, stable, "weight"

    def settle(self) -> None:
        with self._lock:
            self._stable = True

    def overload(self) -> None:
        with self._lock:
            self._state = "overload"

    def lift(self) -> None:
        """The platform lifted below zero: underload."""
        with self._lock:
            self._state = "underload"

    def line(self, request: str = "SI") -> bytes:
        """What the scale says now (an answer to `request` for MT-SICS)."""
        with self._lock:
            grams, stable, state = self._grams, self._stable, self._state
        kg = grams / 1000
        if self.protocol == "continuous":
            if state == "overload":
                return b"OL,GS,+9999.999 kg\r\n"
            head = "ST" if stable and state == "weight" else "US"
            return f"{head},GS,{kg:+010.3f} kg\r\n".encode()
        if request not in ("SI", "S"):
            return b"ES\r\n"  # syntax error: a command this scale does not know
        if state != "weight":
            return b"S +\r\n" if state == "overload" else b"S -\r\n"
        return f"S {'S' if stable else 'D'} {kg:10.3f} kg\r\n".encode()

    # -- the cable -------------------------------------------------------------------------

    def replug(self) -> None:
        if self._thread is not None:
            return
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.port_path = os.ttyname(self._slave)
        if self.link is not None:
            point_link(self.link, self.port_path)
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, name="scale-sim", daemon=True)
        self._thread.start()

    def unplug(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.join(2.0)
        for fd in (self._master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)

    @property
    def plugged(self) -> bool:
        return self._thread is not None

    def close(self) -> None:
        self.unplug()
        link = self.link
        if link is not None and link.is_symlink() and os.readlink(link) == self.port_path:
            link.unlink()

    def __enter__(self) -> VirtualScale:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _serve(self) -> None:
        pending = b""
        due = time.monotonic()
        while not self._stop.is_set():
            wait = max(0.0, due - time.monotonic()) if self.protocol == "continuous" else 0.05
            ready, _, _ = select.select([self._master], [], [], wait)
            try:
                if ready:
                    pending += os.read(self._master, 256)
                if self.protocol == "continuous" and time.monotonic() >= due:
                    os.write(self._master, self.line())
                    due += self.period
                while b"\n" in pending:
                    request, pending = pending.split(b"\n", 1)
                    os.write(self._master, self.line(request.strip().decode("ascii", "replace")))
                    self.requests += 1
            except OSError:
                return  # the reader side is gone mid-write: the next replug starts afresh


def run_cli(argv: list[str] | None = None) -> int:
    """`receiving-desk scale-sim --protocol mt-sics --grams 1250 [--link PATH]`: a scale on a
    pty; type a weight in grams (add `?` for a moving one) and Enter to change it."""
    parser = argparse.ArgumentParser(prog="receiving-desk scale-sim", description=__doc__)
    parser.add_argument("--protocol", choices=PROTOCOLS, default="mt-sics")
    parser.add_argument("--grams", type=int, default=0, help="weight on the platform")
    parser.add_argument("--link", type=Path, help="symlink to create to the pty (stable path)")
    args = parser.parse_args(argv)
    if sys.platform == "win32":
        print("scale-sim: needs a POSIX pty (Linux/macOS)", file=sys.stderr)
        return 2
    with VirtualScale(args.protocol, link=args.link) as scale:
        scale.put(args.grams)
        where = f" (link {args.link})" if args.link else ""
        print(f"{args.protocol} scale on {scale.port_path}{where}", flush=True)
        print("type grams and Enter (e.g. 1250, 1250? for moving, over, lift); Ctrl+D ends")
        with contextlib.suppress(KeyboardInterrupt, EOFError):
            while True:
                text = input().strip()
                if text == "over":
                    scale.overload()
                elif text == "lift":
                    scale.lift()
                elif text.rstrip("?").lstrip("-").isdigit():
                    scale.put(int(text.rstrip("?")), stable=not text.endswith("?"))
                else:
                    print("scale-sim: grams, grams?, over or lift", file=sys.stderr)
    return 0

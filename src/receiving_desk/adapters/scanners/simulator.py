"""A scanner simulator on a pseudo-terminal: the desk opens `port_path` like a real scanner.

Script format (one scan per line): blank lines and lines starting with `#` are skipped;
`<GS>`, `<RS>`, `<EOT>`, `<FS>` and `<xHH>` (any byte) are escapes; a leading AIM id such
as `]C1` is sent as-is (or stripped with aim=False). Lines are otherwise sent verbatim.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import struct
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

if sys.platform != "win32":  # ptys are POSIX-only; keep the module importable on Windows
    import fcntl
    import termios
    import tty

_ESCAPE = re.compile(r"<(GS|RS|EOT|FS|x[0-9A-Fa-f]{2})>")
_NAMED = {"GS": "\x1d", "RS": "\x1e", "EOT": "\x04", "FS": "\x1c"}
_AIM = re.compile(r"^\][A-Za-z][0-9]")
TERMINATORS = {"cr": b"\r", "lf": b"\n", "crlf": b"\r\n", "none": b""}


def _unescape(match: re.Match[str]) -> str:
    name = match.group(1)
    return _NAMED[name] if name in _NAMED else chr(int(name[1:], 16))


def parse_script(source: str | os.PathLike[str] | Iterable[str], aim: bool = True) -> list[bytes]:
    """Scans (without terminator) from a script file path or from an iterable of lines."""
    if isinstance(source, str | os.PathLike):
        lines: Iterable[str] = Path(source).read_text(encoding="utf-8").splitlines()
    else:
        lines = source
    scans: list[bytes] = []
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        text = _ESCAPE.sub(_unescape, line)
        if not aim:
            text = _AIM.sub("", text)
        try:
            scans.append(text.encode("latin-1"))
        except UnicodeEncodeError as exc:
            raise ValueError(f"script line {number}: not latin-1: {line!r}") from exc
    return scans


class VirtualScanner:
    """Master end of a pty pair. write() is what the scanner sends; unplug() closes it."""

    def __init__(self, link: str | os.PathLike[str] | None = None) -> None:
        self._master, self._slave = os.openpty()
        # Raw before any reader opens it: no echo back, no CR->LF translation.
        tty.setraw(self._slave)
        self.port_path = os.ttyname(self._slave)
        self.link = Path(link) if link is not None else None
        self._closed = False
        if self.link is not None:
            point_link(self.link, self.port_path)

    def __enter__(self) -> VirtualScanner:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def plugged(self) -> bool:
        return not self._closed

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self._master, view) :]

    def unread(self) -> int:
        """Bytes written but not yet read by whoever opened the port."""
        buf = fcntl.ioctl(self._slave, termios.FIONREAD, b"\0\0\0\0")
        return int(struct.unpack("I", buf)[0])

    def drain(self, timeout: float = 5.0) -> bool:
        """Wait until the reader has taken everything written; False on timeout."""
        # The kernel moves written bytes to the slave's queue asynchronously, so an empty
        # queue right after write() proves nothing: require it to stay empty for a while.
        deadline = time.monotonic() + timeout
        quiet = 0
        while quiet < 5:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
            quiet = 0 if self.unread() else quiet + 1
        return True

    def unplug(self) -> None:
        """Close the master: the reader sees the device vanish, as with a pulled USB cable."""
        if not self._closed:
            self._closed = True
            os.close(self._master)
            os.close(self._slave)

    def close(self) -> None:
        self.unplug()
        link = self.link
        if link is not None and link.is_symlink() and os.readlink(link) == self.port_path:
            link.unlink()  # only our own link: a newer simulator may have re-pointed it

    def play_script(
        self,
        path_or_lines: str | os.PathLike[str] | Iterable[str],
        rate_per_s: float,
        terminator: bytes = b"\r",
        aim: bool = True,
        stop: threading.Event | None = None,
    ) -> int:
        """Send a script's scans at rate_per_s; returns how many were sent."""
        return self.play(parse_script(path_or_lines, aim=aim), rate_per_s, terminator, stop)

    def play(
        self,
        scans: Iterable[bytes],
        rate_per_s: float,
        terminator: bytes = b"\r",
        stop: threading.Event | None = None,
    ) -> int:
        """Send scans on a fixed schedule (no drift from write time); stop ends early."""
        interval = 1.0 / rate_per_s
        due = time.monotonic()
        sent = 0
        for scan in scans:
            delay = due - time.monotonic()
            if stop is not None and stop.wait(max(delay, 0.0)):
                break
            if stop is None and delay > 0:
                time.sleep(delay)
            self.write(scan + terminator)
            sent += 1
            due += interval
        return sent


def point_link(link: Path, target: str) -> None:
    """Create or atomically re-point a symlink; never replaces a regular file."""
    if link.exists() and not link.is_symlink():
        raise FileExistsError(f"{link} exists and is not a symlink")
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, link)


def run_cli(argv: list[str] | None = None) -> int:
    """`receiving-desk scanner-sim --script FILE --rate 2 [--link PATH] [--loop]`."""
    parser = argparse.ArgumentParser(prog="receiving-desk scanner-sim", description=__doc__)
    parser.add_argument("--script", required=True, type=Path, help="scan script file")
    parser.add_argument("--rate", type=float, default=2.0, help="scans per second")
    parser.add_argument("--link", type=Path, help="symlink to create to the pty (stable path)")
    parser.add_argument("--loop", action="store_true", help="repeat the script until Ctrl+C")
    parser.add_argument("--delay", type=float, help="start after this many seconds, not Enter")
    parser.add_argument("--terminator", choices=sorted(TERMINATORS), default="cr")
    parser.add_argument("--no-aim", action="store_true", help="strip AIM ids from the script")
    args = parser.parse_args(argv)
    if sys.platform == "win32":
        print("scanner-sim: needs a POSIX pty (Linux/macOS)", file=sys.stderr)
        return 2
    if args.rate <= 0:
        parser.error("--rate must be positive")
    try:
        scans = parse_script(args.script, aim=not args.no_aim)
    except (OSError, ValueError) as exc:
        print(f"scanner-sim: {exc}", file=sys.stderr)
        return 2
    with VirtualScanner(link=args.link) as scanner:
        where = f" (link {args.link})" if args.link else ""
        print(f"scanner simulator on {scanner.port_path}{where}", flush=True)
        try:
            if args.delay is None:
                print("open the port in the desk, then press Enter to start", flush=True)
                with contextlib.suppress(EOFError):
                    input()
            else:
                time.sleep(args.delay)
            while True:
                sent = scanner.play(scans, args.rate, TERMINATORS[args.terminator])
                print(f"sent {sent} scans", flush=True)
                if not args.loop:
                    break
            scanner.drain(timeout=5.0)  # closing the master early would drop unread scans
        except KeyboardInterrupt:
            return 130
    return 0

"""What a printer URL may say, checked before it is saved or used.

`cups://queue`: the queue name reaches `lp -d` and `lpstat -p` as one argument, but a name
starting with `-` would be read by them as an option (`cups://-h` = "talk to another server").
A queue name is what CUPS accepts for a printer name (printable, no space, tab, `/` or `#`,
at most 127 characters), without quotes or backslashes, and not starting with `-`.
`tcp://host:port`: a host name or an IP address, a port 1..65535.
`file:///folder`: an absolute local folder, no host.
"""

from __future__ import annotations

import re
from pathlib import PureWindowsPath
from urllib.parse import unquote, urlsplit

from receiving_desk.domain.file_problems import SettingProblem
from receiving_desk.domain.file_problems import _t as _t

QUEUE = re.compile(r"[^\s/#\\'\"-][^\s/#\\'\"]{0,126}")
_PORT = _t("printer URL {url}: the port must be 1..65535")
HOST = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,252})|\[[0-9A-Fa-f:.]+\]")


def cups_queue(url: str) -> str:
    """The queue named by a cups:// URL (ValueError: not a usable queue name)."""
    parts = urlsplit(url)
    queue = unquote(parts.netloc + parts.path).strip("/")
    if parts.scheme != "cups" or not queue:
        raise SettingProblem(_t("not a cups://queue printer URL: {url}"), url=repr(url))
    if not QUEUE.fullmatch(queue):
        raise SettingProblem(
            _t(
                "printer URL {url}: a CUPS queue name has no spaces, / # \\ or quotes "
                "and does not start with -"
            ),
            url=repr(url),
        )
    return queue


def check_printer_url(url: str) -> None:
    """ValueError naming what is wrong with `url` (the scheme is checked by the caller)."""
    if any(ord(c) < 32 or c == "\x7f" for c in url) or url != url.strip():
        raise SettingProblem(
            _t("printer URL {url}: control characters or spaces around it"), url=repr(url)
        )
    parts = urlsplit(url)
    if parts.scheme == "cups":
        cups_queue(url)
    elif parts.scheme == "tcp":
        netloc = parts.netloc.rsplit("@", 1)[-1]
        host = netloc.rsplit(":", 1)[0] if not netloc.endswith("]") else netloc
        if parts.username or not host or not HOST.fullmatch(host) or host.startswith("-"):
            raise SettingProblem(
                _t("printer URL {url}: tcp://host:port, with a host name or address"), url=repr(url)
            )
        try:
            port = parts.port
        except ValueError as exc:
            raise SettingProblem(_PORT, url=repr(url)) from exc
        if port is not None and not 1 <= port <= 65535:
            raise SettingProblem(_PORT, url=repr(url))
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            raise SettingProblem(
                _t("printer URL {url}: tcp://host:port, nothing after the port"), url=repr(url)
            )
    elif parts.scheme == "file":
        path = unquote(parts.path)
        windows = PureWindowsPath(path.lstrip("/"))
        if parts.netloc not in ("", "localhost") or not (path.startswith("/") or windows.drive):
            raise SettingProblem(
                _t("printer URL {url}: file:///absolute/folder on this computer"), url=repr(url)
            )

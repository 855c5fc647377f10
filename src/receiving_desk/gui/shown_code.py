"""A scanned code as it is quoted on screen: control bytes made visible and a long code
shortened, so a 2,000-byte 2D code or line noise cannot push the message (and the window)
off the screen. The journal keeps the code as it was read; this is only what a clerk sees."""

from __future__ import annotations

LIMIT = 48  # characters quoted; a longer code shows its start, its end and its length
_HEAD, _TAIL = 32, 10


def _visible(char: str) -> str:
    point = ord(char)
    if point == 0x1D:
        return "<GS>"  # the GS1 separator: a clerk or a supervisor may need to see it
    if point < 0x20:
        return chr(0x2400 + point)  # Unicode control pictures: ␀ ␛ ␇ ...
    if point == 0x7F:
        return "\u2421"
    if 0x80 <= point < 0xA0:
        return "\ufffd"
    return char


def shown_code(code: str) -> str:
    if len(code) > LIMIT:
        code = f"{code[:_HEAD]}…{code[-_TAIL:]} ({len(code)})"
    return "".join(_visible(c) for c in code)

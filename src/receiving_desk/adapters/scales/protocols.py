"""What dock scales say on a serial line, read into `Reading`s (docs/scales.md names them).

- **MT-SICS** (Mettler Toledo Standard Interface Command Set, level 0): the desk asks, the
  scale answers one line. `SI` ("send immediately") answers the current weight, stable or
  not: `S S     12.345 kg` (stable), `S D     12.340 kg` (dynamic, still moving), `S I` (busy),
  `S +` / `S -` (overload / underload); `ES`, `ET`, `EL` are syntax, transmission and logical
  errors. `S` ("send stable") waits for stability; the desk polls with `SI` so the screen can
  show a moving weight and decide stability itself from the scale's own flag.
- **Continuous (A&D standard format)**: the scale sends a line for every reading, unasked:
  `ST,+00012.34  g` or with a data type `ST,GS,+00012.34 kg`; `ST` stable, `US` unstable,
  `OL` overload. Many bench scales of other makes speak the same shape (CAS, Ohaus in
  continuous mode with header on).
"""

from __future__ import annotations

import re
from typing import Literal

from receiving_desk.domain.weights import Reading, ReadingState, to_grams

Protocol = Literal["mt-sics", "continuous"]
PROTOCOLS: tuple[Protocol, ...] = ("mt-sics", "continuous")
REQUEST = {"mt-sics": b"SI\r\n", "continuous": b""}  # what the desk sends to get a reading

_NUMBER = r"(?P<value>[+-]?\s*\d+(?:\.\d+)?)\s*(?P<unit>kg|g|lb|oz)"
_SICS = re.compile(rf"S\s+(?P<flag>[SD])\s+{_NUMBER}", re.IGNORECASE)
_SICS_STATE = {"+": ReadingState.OVERLOAD, "-": ReadingState.UNDERLOAD, "I": ReadingState.ERROR}
_CONTINUOUS = re.compile(
    rf"(?P<head>ST|US|OL|QT)(?:,(?:(?:GS|NT|TR|G|N),)?{_NUMBER})?", re.IGNORECASE
)


def parse_line(protocol: Protocol, line: str) -> Reading | None:
    """One line from the scale; None for a line that is not a reading (echo, noise)."""
    text = line.strip()
    if not text:
        return None
    return _sics(text) if protocol == "mt-sics" else _continuous(text)


def _sics(text: str) -> Reading | None:
    found = _SICS.fullmatch(text)
    if found:
        state = ReadingState.STABLE if found["flag"].upper() == "S" else ReadingState.UNSTABLE
        return Reading(state, to_grams(found["value"], found["unit"]), text)
    parts = text.split()
    if len(parts) == 2 and parts[0].upper() in ("S", "SI") and parts[1] in _SICS_STATE:
        return Reading(_SICS_STATE[parts[1]], None, text)
    if parts and parts[0].upper() in ("ES", "ET", "EL"):
        return Reading(ReadingState.ERROR, None, text)
    return None


def _continuous(text: str) -> Reading | None:
    found = _CONTINUOUS.fullmatch(text.replace(" ,", ","))
    if not found:
        return None
    head = found["head"].upper()
    if head == "OL":
        return Reading(ReadingState.OVERLOAD, None, text)
    if found["value"] is None:
        return None
    grams = to_grams(found["value"], found["unit"])
    state = ReadingState.STABLE if head == "ST" else ReadingState.UNSTABLE
    return Reading(state, grams, text)
